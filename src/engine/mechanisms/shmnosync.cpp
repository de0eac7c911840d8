// A shared-memory ring with no synchronisation at all: producers write slots
// and bump the head, consumers poll the head and read. Nothing stops a
// producer from overwriting a slot not yet read, two consumers from reading
// the same slot, or a consumer from reading a slot half written. The counts of
// lost, duplicated and corrupted messages are the lesson.
#include "mechanisms.h"
#include "posixsegment.h"
#include "shmring.h"

#include "../clock.h"
#include "../syserror.h"

#include <sched.h>
#include <time.h>

#include <cstring>

namespace ipcscope {

namespace {

constexpr uint64_t kIdleTimeoutNs = 100'000'000;

class NoSyncEndpoint : public Endpoint {
public:
    NoSyncEndpoint(PosixSegment segment, const Shape &shape, Gate &gate)
        : m_segment(std::move(segment)), m_ring(m_segment.data(), m_segment.size(), shape.ringSlots, shape.size),
          m_gate(gate)
    {
    }

    void send(uint8_t *message, size_t len) override
    {
        RingHeader *h = m_ring.header();
        m_gate.before(Op::Send);
        const uint64_t position = h->head.load(std::memory_order_relaxed);
        copyMessage(m_ring.slot(position), message, len);
        h->head.store(position + 1, std::memory_order_relaxed);
        m_place = m_ring.slotIndex(position);
        m_gate.after();
    }

    size_t receive(uint8_t *buffer, size_t cap) override
    {
        RingHeader *h = m_ring.header();
        m_gate.before(Op::Receive);
        const uint64_t idleSince = monotonicNs();
        for (unsigned spins = 0;; ++spins) {
            const uint64_t tail = h->tail.load(std::memory_order_relaxed);
            if (tail < h->head.load(std::memory_order_relaxed)) {
                const size_t len = std::min<size_t>(cap, m_ring.messageSize());
                std::memcpy(buffer, m_ring.slot(tail), len);
                h->tail.store(tail + 1, std::memory_order_relaxed);
                m_place = m_ring.slotIndex(tail);
                m_gate.after();
                return len;
            }
            // Done only if, after learning that the producers are done, the
            // ring still has nothing new: the last one may have written meanwhile.
            if ((m_gate.allProducersDone() || m_gate.stopRequested()) &&
                h->tail.load(std::memory_order_acquire) >= h->head.load(std::memory_order_acquire)) {
                m_gate.after();
                return 0;
            }
            // Polling is all a reader can do without synchronisation: spin
            // briefly, then yield, then sleep so a slow run costs no CPU.
            if (spins < 2000) {
#if defined(__x86_64__) || defined(__i386__)
                __builtin_ia32_pause();
#endif
            } else if (spins < 2100) {
                sched_yield();
            } else {
                if (monotonicNs() - idleSince > kIdleTimeoutNs) {
                    m_gate.after();
                    return kTimedOut;
                }
                const timespec nap{0, 200'000};
                nanosleep(&nap, nullptr);
            }
        }
    }

    // Nothing reliable can carry an end marker here: consumers stop when all
    // producers are done and the ring is drained.
    void endStream(int, MessageBuilder &) override {}
    uint64_t queuedBytes() override
    {
        const RingHeader *h = m_ring.header();
        const uint64_t head = h->head.load(std::memory_order_relaxed);
        const uint64_t tail = h->tail.load(std::memory_order_relaxed);
        return head > tail ? std::min<uint64_t>(head - tail, m_ring.slotCount()) * m_ring.messageSize() : 0;
    }
    uint16_t lastPlace() const override
    {
        return m_place;
    }

private:
    PosixSegment m_segment;
    RingView m_ring;
    Gate &m_gate;
    uint16_t m_place = 0;
};

class ShmNoSyncMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "shm-nosync",
            .group = Group::SharedMemory,
            .lecture = LectureKind::SharedMemory,
            .inFlight = InFlightBound::RingSlots,
            .title = QT_TRANSLATE_NOOP("Engine", "Shared memory without synchronisation"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "The ring with no semaphore and no lock: the race. Producers overwrite slots nobody has "
                "read, consumers read a slot twice or while it is being written. Every lost, duplicated "
                "and torn message is counted."),
            .calls = "memcpy(ring[head++], msg, n);   /* and hope */",
            .colour = 0xd55e00,
            .scene = SceneKind::Ring,
            .lossy = true,
            .handParams = {{"shm", HandObject::PosixName}},
        };
        return info;
    }
    Footprint footprint(const Shape &shape) const override
    {
        return {.shmBytes = ringBytes(shape.ringSlots, shape.size)};
    }
    Limit maxMessage() const override { return posixSegmentMessageLimit(); }
    std::vector<Limit> limits() const override { return {maxMessage()}; }

    Created create(const Shape &shape, const Params &requested) const override
    {
        Created made;
        createPosixRing(shape, requested, made.objects);
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        return std::make_unique<NoSyncEndpoint>(PosixSegment::open(param(context.params, "shm")), context.shape,
                                                context.gate);
    }

    std::unique_ptr<RingObserver> observeRing(const Params &params, const Shape &shape) const override
    {
        return observePosixRing(param(params, "shm"), shape);
    }

    std::vector<KernelValue> sample(const Params &params) const override
    {
        return samplePosixRing(params, addRingCounters);
    }
};

} // namespace

const Mechanism &shmNoSync()
{
    static const ShmNoSyncMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
