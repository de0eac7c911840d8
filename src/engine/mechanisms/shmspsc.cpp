// Shared memory as a lock-free ring: one producer, one consumer, head and
// tail counters in the segment. Neither side makes a system call for a
// message while the other keeps up: the producer writes a slot and moves
// head, the consumer reads it and moves tail. Only when the ring is empty
// (or full) does a side sleep, on a futex, after a short spin — and only
// then does the other side make a call, to wake it. What shared memory is
// fast for, with nothing between. At full speed each side moves its shared
// counter once every few messages (kBatch) rather than after each; whenever
// a person follows the run (paced, stepped) it moves it at once.
#include "mechanisms.h"
#include "posixsegment.h"
#include "shmring.h"
#include "spinbeforesleep.h"

#include "../futex.h"
#include "../syserror.h"
#include "../verifier.h"

#include <algorithm>
#include <cstring>

namespace ipcscope {

namespace {

// How many messages' worth of bytes a side asks for ahead of the one it
// handles (ahead()), and at least one message.
constexpr uint32_t kAheadBytes = 1024;
// A sleeper looks at the run control this often (Stop, the producers done).
constexpr uint64_t kSleepCheckNs = 100'000'000;
// At full speed a side publishes its counter once every this many messages
// (at most half the ring), not after each: at 64 B on two CPUs each message
// otherwise waits for head's line to cross one way and tail's the other
// (about 320 ns a trip here), and each side's own work a message adds to
// that cycle one for one (docs/benchmarks.md, tenth and eleventh rounds).
constexpr uint32_t kBatch = 8;

// Whether this CPU asks for a line to write it (PREFETCHW): it fetches the
// line as this CPU's own, where a read hint brings in a copy shared with the
// CPU that last read it, and the store then still waits to take it over.
bool canAskToWrite()
{
#if defined(__x86_64__) || defined(__i386__)
    return __builtin_cpu_supports("prfchw");
#else
    return false;
#endif
}

// Asks for the line at `p`, to write it when `forWriting` (and the CPU can
// ask so), else to read it. GCC's own write hint, __builtin_prefetch(p, 1),
// is a read hint unless the build targets PREFETCHW (-mprfchw): the
// instruction is written out here instead, behind the CPU's own say-so. With
// the read hint the producer's stores waited for each slot's line in turn:
// at 64 B on two CPUs the real one took the ring from about 480 to 600 MB/s
// (docs/benchmarks.md, seventeenth round).
inline void askForLine(const void *p, bool forWriting)
{
#if defined(__x86_64__) || defined(__i386__)
    if (forWriting) {
        asm volatile("prefetchw %0" : : "m"(*static_cast<const char *>(p)));
        return;
    }
#endif
    __builtin_prefetch(p, 0);
}

class SpscEndpoint : public Endpoint {
public:
    SpscEndpoint(PosixSegment segment, const Shape &shape, Role role, Gate &gate)
        : m_segment(std::move(segment)),
          m_ring(m_segment.data(), m_segment.size(), shape.ringSlots, shape.size), m_gate(gate),
          m_producer(role == Role::Producer),
          m_counter(m_producer ? m_ring.header()->head : m_ring.header()->tail),
          m_signal(m_producer ? m_ring.header()->headSignal : m_ring.header()->tailSignal),
          m_peerSleeps(m_producer ? m_ring.header()->consumerSleeps : m_ring.header()->producerSleeps),
          m_spin(m_ring.header(), m_producer)
    {
        // Only this side writes its counter.
        m_next = m_published = m_counter.load(std::memory_order_relaxed);
    }
    ~SpscEndpoint() override
    {
        if (m_batch > 1) {
            publish();
            m_gate.beforeWaiting({});
        }
    }

    void batchPublication() override
    {
        m_batch = std::max<uint32_t>(1, std::min<uint32_t>(kBatch, m_ring.slotCount() / 2));
        if (m_batch > 1)
            m_gate.beforeWaiting([this] { publish(); });
    }

    // Moves the shared counter to where this side is, and wakes the other
    // side if it sleeps: the store and the look at its sleeps flag are
    // seq_cst, against its store of the flag and its look at our counter.
    void publish() override
    {
        if (m_published == m_next)
            return;
        m_counter.store(m_next, std::memory_order_seq_cst);
        m_published = m_next;
        wake(m_signal, m_peerSleeps);
    }
    void finish() override { publish(); }
    void endStream(int consumers, MessageBuilder &builder) override
    {
        Endpoint::endStream(consumers, builder);
        publish();
    }

    void send(uint8_t *message, size_t len) override
    {
        RingHeader *h = m_ring.header();
        m_gate.before(Op::Send);
        const uint64_t position = m_next;
        // Room: the consumer's tail within one ring of head. The tail seen
        // last is looked at first: the shared one, on the consumer's cache
        // line, only when that says full.
        const auto room = [&] {
            if (position - m_seenPeer < m_ring.slotCount())
                return true;
            m_seenPeer = h->tail.load(std::memory_order_acquire);
            return position - m_seenPeer < m_ring.slotCount();
        };
        // After Stop the consumer goes on taking until the producers are
        // done, so room comes; only a consumer that took nothing during a
        // whole sleep (gone, killed) leaves this message unwritten.
        uint64_t tailAtLook = ~uint64_t(0);
        const auto consumerStalled = [&] {
            const uint64_t tail = h->tail.load(std::memory_order_acquire);
            const bool stalled = tail == tailAtLook;
            tailAtLook = tail;
            return stalled;
        };
        // The slot's address before the wait: once there is room, only the
        // copy and the move of head stand between the two sides.
        const uint16_t place = m_ring.slotIndex(position);
        uint8_t *slot = m_ring.slotAt(place);
        if (!waitUntil(room, consumerStalled, h->tailSignal, h->producerSleeps)) {
            m_gate.after();
            return; // stopped while the ring was full: nothing written
        }
        copyMessage(slot, message, len);
        // The slots the consumer has given back since (tail moved) are this
        // side's to write next: their lines are asked for now, for writing,
        // all at once, instead of one miss at a time as each is written.
        ahead<1>(m_seenPeer + m_ring.slotCount(), position);
        m_next = position + 1;
        published();
        m_place = place;
        m_gate.after();
    }

    size_t receive(uint8_t *buffer, size_t cap) override
    {
        return take([&](const uint8_t *slot, size_t size) { std::memcpy(buffer, slot, std::min(cap, size)); }, cap);
    }

    size_t receiveChecked(uint8_t *buffer, size_t cap, const Verifier &verifier, bool &intact) override
    {
        // Until tail moves past it the producer does not write this slot:
        // what is checked here is what is kept.
        intact = false;
        return take(
            [&](const uint8_t *slot, size_t size) {
                intact = verifier.intactInPlace(slot, size);
                std::memcpy(buffer, slot, std::min({cap, size, kKeptBytes}));
            },
            cap);
    }

    uint64_t queuedBytes() override
    {
        // This side's own counter as it is, not as last published.
        const RingHeader *h = m_ring.header();
        const uint64_t head = m_producer ? m_next : h->head.load(std::memory_order_relaxed);
        const uint64_t tail = m_producer ? h->tail.load(std::memory_order_relaxed) : m_next;
        return head > tail ? std::min<uint64_t>(head - tail, m_ring.slotCount()) * m_ring.messageSize() : 0;
    }
    uint16_t lastPlace() const override { return m_place; }

private:
    // After a message: publishes unless this side is batching and none of
    // these holds — the batch is full, someone follows the run (paced or
    // paused: the scene shows each message as it goes), the other side
    // sleeps (it waits for this very counter). Before any wait of its own
    // the side publishes too (waitUntil, the gate's hook, finish), so no
    // message sits unpublished while the other side sleeps for longer than
    // this side takes to its next message.
    void published()
    {
        if (m_next - m_published >= m_batch || !m_gate.atFullSpeed() ||
            m_peerSleeps.load(std::memory_order_relaxed))
            publish();
    }

    // The consumer's side of the ring: `use` sees the next slot while it is
    // ours; 0 when the run was stopped while the ring was empty.
    template <class Use> size_t take(Use &&use, size_t cap)
    {
        RingHeader *h = m_ring.header();
        m_gate.before(Op::Receive);
        const uint64_t position = m_next;
        const auto data = [&] {
            if (m_seenPeer > position)
                return true;
            m_seenPeer = h->head.load(std::memory_order_acquire);
            return m_seenPeer > position;
        };
        // After Stop a message may still be on its way, already counted as
        // sent: the consumer gives up only once the producers are done.
        const auto producersDone = [&] { return m_gate.allProducersDone(); };
        const uint16_t place = m_ring.slotIndex(position);
        const uint8_t *slot = m_ring.slotAt(place);
        if (!waitUntil(data, producersDone, h->headSignal, h->consumerSleeps)) {
            m_gate.after();
            return 0; // stopped while the ring was empty
        }
        // The messages already there after this one start on their way into
        // this CPU's cache now, all at once: their lines come from the
        // producer's while this one is checked, instead of one miss after
        // another (a hint; nothing is read early).
        ahead<0>(m_seenPeer, position);
        use(slot, size_t(m_ring.messageSize()));
        m_next = position + 1;
        published();
        m_place = place;
        m_gate.after();
        return std::min<size_t>(cap, m_ring.messageSize());
    }

    // Asks for the first line of the slots after `position` up to `end`
    // (not included: the messages published, for the consumer; the slots
    // given back, for the producer, which asks to write them) that were not
    // asked for yet, at most m_aheadSlots of them. At 64 B a slot is one
    // line, and a whole ring's misses overlap instead of coming one after
    // another; a larger slot's further lines follow its first in the
    // hardware's own prefetch, and asking for more than the next slot was
    // slower at 4 KiB (docs/benchmarks.md, fifteenth round).
    template <int ForWriting> void ahead(uint64_t end, uint64_t position)
    {
        m_asked = std::max(m_asked, position + 1);
        end = std::min(end, position + 1 + m_aheadSlots);
        for (; m_asked < end; ++m_asked)
            askForLine(m_ring.slot(m_asked), ForWriting && m_canAskToWrite);
    }

    // Spins (when it pays), then sleeps on `signal` with `sleeps` raised
    // (the other side lowers it as it wakes this one), until ready(); false
    // when the run was stopped meanwhile and the other side, asked after
    // Stop, says it will not move the ring any more (`peerIsDone`), and the
    // ring, looked at once more, is still not ready.
    template <typename Ready, typename PeerIsDone>
    bool waitUntil(const Ready &ready, const PeerIsDone &peerIsDone, std::atomic<uint32_t> &signal,
                   std::atomic<uint32_t> &sleeps)
    {
        if (ready())
            return true;
        // The other side may be waiting for what this one holds back.
        publish();
        if (m_spin.tried(kSpinsBeforeSleep, ready))
            return true;
        while (!ready()) {
            if (m_gate.stopRequested() && peerIsDone() && !ready())
                return false;
            // Say we sleep, then look once more: a peer that moved in between
            // either sees us asleep and bumps the signal, or we see its move.
            const uint32_t seen = signal.load(std::memory_order_acquire);
            sleeps.store(1, std::memory_order_seq_cst);
            // ready() loads with acquire, which the language lets pass the
            // store above; the other side's store and look are seq_cst. The
            // fence keeps the look after the store everywhere (on x86 the
            // store already does).
            std::atomic_thread_fence(std::memory_order_seq_cst);
            if (!ready()) {
                m_gate.countSystemCall();
                futexWait(&signal, seen, kSleepCheckNs);
            }
            sleeps.store(0, std::memory_order_relaxed);
        }
        return true;
    }

    // Wakes the other side once: the flag is lowered here, not only when
    // the sleeper runs again. On one CPU a woken side runs only once this
    // one waits (under SCHED_BATCH, and often under SCHED_OTHER), and with
    // its flag still up each of this side's messages woke it again, one
    // system call a message on each side: 2.1 futex calls a message, where
    // the monitor makes 0.38 (docs/benchmarks.md, twenty-fifth round). The
    // look comes first, so that a side nobody sleeps on does not write the
    // flag's line.
    void wake(std::atomic<uint32_t> &signal, std::atomic<uint32_t> &sleeps)
    {
        if (!sleeps.load(std::memory_order_seq_cst) || !sleeps.exchange(0, std::memory_order_seq_cst))
            return;
        signal.fetch_add(1, std::memory_order_release);
        m_gate.countSystemCall();
        futexWakeAll(&signal);
    }

    PosixSegment m_segment;
    RingView m_ring;
    Gate &m_gate;
    const bool m_producer;
    std::atomic<uint64_t> &m_counter;     // this side's: head or tail
    std::atomic<uint32_t> &m_signal;      // what the other side sleeps on
    std::atomic<uint32_t> &m_peerSleeps;  // whether it does
    uint64_t m_next = 0;                  // this side's counter as it is
    uint64_t m_published = 0;             // and as the other side can see it
    uint32_t m_batch = 1;                 // publish after this many messages
    uint16_t m_place = 0;
    uint64_t m_seenPeer = 0; // the other side's counter, as last read
    uint64_t m_asked = 0;    // the slots up to here were asked for (ahead)
    const uint32_t m_aheadSlots = std::max<uint32_t>(1, kAheadBytes / std::max<uint32_t>(1, m_ring.messageSize()));
    const bool m_canAskToWrite = canAskToWrite();
    SpinBeforeSleep m_spin;
};

class ShmSpscMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "shm-spsc",
            .group = Group::SharedMemory,
            .lecture = LectureKind::SharedMemory,
            .inFlight = InFlightBound::RingSlots,
            .title = QT_TRANSLATE_NOOP("Engine", "Shared memory, lock-free ring"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine", "One producer and one consumer share a ring in /dev/shm with only two counters, head and "
                          "tail: no semaphore and no lock, so no system call per message while both keep up. A side "
                          "sleeps on a futex only when the ring is empty or full, and the other wakes it."),
            .calls = "memcpy(slot[head % N], msg, n);  head++;  /* futex only to sleep */",
            .colour = 0x332288,
            .scene = SceneKind::Ring,
            .maxProducers = 1,
            .maxConsumers = 1,
            .handParams = {{"shm", HandObject::PosixName}},
        };
        return info;
    }
    Limit maxMessage() const override { return posixSegmentMessageLimit(); }
    std::vector<Limit> limits() const override
    {
        return {maxMessage(), {{QT_TRANSLATE_NOOP("Engine", "producers and consumers")},
                               1,
                               {},
                               {QT_TRANSLATE_NOOP("Engine", "one of each: a single-producer, single-consumer ring")}}};
    }
    Footprint footprint(const Shape &shape) const override
    {
        return {.shmBytes = ringBytes(shape.ringSlots, shape.size)};
    }

    Created create(const Shape &shape, const Params &requested) const override
    {
        Created made;
        createPosixRing(shape, requested, made.objects);
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        return std::make_unique<SpscEndpoint>(PosixSegment::open(param(context.params, "shm")), context.shape,
                                              context.role, context.gate);
    }

    std::unique_ptr<RingObserver> observeRing(const Params &params, const Shape &shape) const override
    {
        return observePosixRing(param(params, "shm"), shape);
    }

    std::vector<KernelValue> sample(const Params &params) const override
    {
        return samplePosixRing(params, [](const RingHeader &h, std::vector<KernelValue> &values) {
            addRingCounters(h, values);
            values.push_back({"ring", "producer_sleeps", h.producerSleeps.load(std::memory_order_relaxed)});
            values.push_back({"ring", "consumer_sleeps", h.consumerSleeps.load(std::memory_order_relaxed)});
        });
    }
};

} // namespace

const Mechanism &shmSpsc()
{
    static const ShmSpscMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
