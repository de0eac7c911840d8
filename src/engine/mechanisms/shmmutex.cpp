// POSIX shared memory guarded by a process-shared, robust pthread mutex and
// two condition variables: the monitor-style bounded buffer. Underneath, both
// are futexes: uncontended they never enter the kernel.
#include "mechanisms.h"
#include "posixsegment.h"
#include "shmring.h"
#include "spinbeforesleep.h"

#include "../syserror.h"
#include "../verifier.h"

#include <linux/futex.h>
#include <sys/mman.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace ipcscope {

namespace {

enum MutexObject : uint8_t { kMutex = 0, kNotEmpty = 1, kNotFull = 2 };

// Both sides take the one mutex for every message, so on two CPUs each waits
// out the other's critical section. A consumer that checked a small message in
// its slot held the lock through the check's fixed work (header, checksum,
// the payload compare's set-up), which costs more than the message's few lines
// take to copy: a message up to this size is copied out whole under the lock,
// as the bare monitor's consumer does, and its copy checked after the unlock.
// On two CPUs 1.13 times as fast at 64 B and 1.18 at 1 KiB; at 4 KiB the copy
// costs about what it saves (0.95-1.01 in trials, 1.00 as kept), so a larger
// message is checked where it lies (docs/benchmarks.md, twenty-sixth round).
constexpr size_t kCheckedAfterUnlockBytes = 1024;

void checkPthread(int result, const char *call)
{
    if (result != 0)
        throw SysError(call, result);
}

class MutexRingEndpoint : public Endpoint {
public:
    MutexRingEndpoint(PosixSegment segment, const Shape &shape, Gate &gate, bool producer)
        : m_segment(std::move(segment)), m_ring(m_segment.data(), m_segment.size(), shape.ringSlots, shape.size),
          m_gate(gate), m_spin(m_ring.header(), producer), m_side(producer ? Role::Producer : Role::Consumer),
          m_planned(producer ? shape.producers : shape.consumers)
    {
    }

    void send(uint8_t *message, size_t len) override
    {
        RingHeader *h = m_ring.header();
        lock([&] { return filled() < m_ring.slotCount(); }, kNotFull);
        while (filled() >= m_ring.slotCount())
            waitOn(&h->notFull, kNotFull);
        const uint64_t position = h->head.load(std::memory_order_relaxed);
        m_place = m_ring.slotIndex(position);
        m_gate.stage(Op::Copy);
        copyMessage(m_ring.slotAt(m_place), message, len);
        m_gate.stage(Op::Advance);
        h->head.store(position + 1, std::memory_order_release);
        setFilled(filled() + 1);
        // Signalled inside the lock, as the textbook does. Signalling after
        // the unlock was measured (docs/benchmarks.md, fourteenth round): it
        // won only at 64 KiB on two CPUs, and lost unpinned at 4 KiB and with
        // more workers than CPUs, as the window runs.
        signal(&h->notEmpty, kNotEmpty);
        unlock();
    }

    size_t receive(uint8_t *buffer, size_t cap) override
    {
        size_t len = 0;
        take([&](const uint8_t *slot, size_t size) {
            len = std::min(cap, size);
            std::memcpy(buffer, slot, len);
        });
        return len;
    }

    size_t receiveChecked(uint8_t *buffer, size_t cap, const Verifier &verifier, bool &intact) override
    {
        if (m_ring.messageSize() <= kCheckedAfterUnlockBytes)
            return Endpoint::receiveChecked(buffer, cap, verifier, intact); // receive(), then the check
        // Under the mutex, with the slot counted as filled, no producer writes
        // it: what is checked here is what is kept. Its lines are not asked
        // for ahead (intactInPlace): the other side waits out this check, and
        // the compare that only reads (on a CPU with AVX-512, against the
        // text's lines in registers) ends sooner, on two CPUs 1.02 to 1.05
        // times as fast at 4 KiB and the same at 16 and 64 KiB
        // (docs/benchmarks.md, twenty-eighth round).
        return take([&](const uint8_t *slot, size_t size) {
            intact = verifier.intact(slot, size);
            std::memcpy(buffer, slot, std::min({cap, size, kKeptBytes}));
        });
    }

    uint64_t queuedBytes() override
    {
        return std::min<uint64_t>(filled(), m_ring.slotCount()) * m_ring.messageSize();
    }
    uint16_t lastPlace() const override { return m_place; }

private:
    // The consumer's side of the ring: `use` sees the slot while it is ours.
    template <class Use> size_t take(Use &&use)
    {
        RingHeader *h = m_ring.header();
        lock([&] { return filled() > 0; }, kNotEmpty);
        while (filled() == 0)
            waitOn(&h->notEmpty, kNotEmpty);
        const uint64_t position = h->tail.load(std::memory_order_relaxed);
        m_place = m_ring.slotIndex(position);
        m_gate.stage(Op::Copy);
        use(m_ring.slotAt(m_place), size_t(m_ring.messageSize()));
        m_gate.stage(Op::Advance);
        h->tail.store(position + 1, std::memory_order_release);
        setFilled(filled() - 1);
        signal(&h->notFull, kNotFull);
        unlock();
        return m_ring.messageSize();
    }

    // Where the two sides run on two CPUs, the other side fills or empties a
    // slot, or leaves the lock, within microseconds, and a side that sleeps
    // instead pays for its sleep, the wake and the switch. So a side first
    // looks at the count (without the lock) until the ring has what it waits
    // for, `ready`: shown as a wait for that `condition`, though it makes no
    // call, and never held for a step (it lasts microseconds). Then, if no
    // other worker of its side shares the lock (who may share its CPU, too;
    // asked at each lock, since the window may add one to the run), it tries
    // the lock before it locks. The monitor's own check under the lock still
    // decides. The bare monitor that does both is 1.6 to 3.1 times the plain
    // one there (docs/benchmarks.md, twenty-second round).
    template <class Ready> void lock(const Ready &ready, MutexObject condition)
    {
        const bool spins = m_spin.pays(); // asked once: both spins below are for this one message
        if (spins && !ready()) {
            m_gate.publish(WorkerState::InCall, Op::CondWait, condition);
            SpinBeforeSleep::spun(kSpinsBeforeSleep, ready);
        }
        pthread_mutex_t *mutex = &m_ring.header()->mutex;
        m_gate.before(Op::Lock, kMutex);
        int result = EBUSY; // not taken yet
        if (spins && m_gate.workersOf(m_side, m_planned) <= 1) // 0: a finished producer's end markers
            SpinBeforeSleep::spun(kSpinsBeforeSleep, [&] { return (result = pthread_mutex_trylock(mutex)) != EBUSY; });
        if (result == EBUSY)
            result = pthread_mutex_lock(mutex);
        recover(result, "pthread_mutex_lock");
        m_gate.after();
    }
    uint32_t filled() const { return m_ring.header()->count.load(std::memory_order_relaxed); }
    void setFilled(uint32_t count) { m_ring.header()->count.store(count, std::memory_order_relaxed); }
    void unlock()
    {
        m_gate.before(Op::Unlock, kMutex);
        checkPthread(pthread_mutex_unlock(&m_ring.header()->mutex), "pthread_mutex_unlock");
        m_gate.after();
    }
    void waitOn(pthread_cond_t *cond, MutexObject object)
    {
        m_gate.before(Op::CondWait, object);
        recover(pthread_cond_wait(cond, &m_ring.header()->mutex), "pthread_cond_wait");
        m_gate.after();
    }
    void signal(pthread_cond_t *cond, MutexObject object)
    {
        m_gate.before(Op::CondSignal, object);
        checkPthread(pthread_cond_signal(cond), "pthread_cond_signal");
        m_gate.after();
    }
    // A robust mutex whose owner died is handed over with EOWNERDEAD.
    // The ring itself is whole: a holder dies between calls of ours, and
    // head, tail and count move only after a slot is complete.
    void recover(int result, const char *call)
    {
        if (result == EOWNERDEAD) {
            result = pthread_mutex_consistent(&m_ring.header()->mutex);
            if (result == 0)
                m_gate.countOwnerDead();
        }
        checkPthread(result, call);
    }

    PosixSegment m_segment;
    RingView m_ring;
    Gate &m_gate;
    SpinBeforeSleep m_spin;
    const Role m_side;
    const int m_planned; // its side's workers in the scenario, for a run without a session
    uint16_t m_place = 0;
};

class ShmMutexMechanism : public Mechanism {
public:
    const MechanismInfo &info() const override
    {
        static const MechanismInfo info{
            .id = "shm-mutex",
            .group = Group::SharedMemory,
            .lecture = LectureKind::SharedMemory,
            .inFlight = InFlightBound::RingSlots,
            .title = QT_TRANSLATE_NOOP("Engine", "Shared memory + process-shared mutex"),
            .summary = QT_TRANSLATE_NOOP(
                "Engine",
                "The same ring, guarded as threads guard memory: a pthread mutex and two condition "
                "variables made PTHREAD_PROCESS_SHARED. Both are futexes underneath."),
            .calls = "pthread_mutex_lock(&m);  while (full) pthread_cond_wait(&not_full, &m);",
            .colour = 0x009e73,
            .scene = SceneKind::Ring,
            .syncObjects = {"mutex", "not empty", "not full"},
            .syncRoles = {{SyncKind::Lock, QT_TRANSLATE_NOOP("Engine", "1 free, 0 held")},
                          {SyncKind::Condition, QT_TRANSLATE_NOOP("Engine", "consumers wait")},
                          {SyncKind::Condition, QT_TRANSLATE_NOOP("Engine", "producers wait")}},
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
        Objects &objects = made.objects;
        const RemoveOnFailure undo(objects);
        const PosixSegment segment = createPosixRing(shape, requested, objects);
        RingHeader *h = RingView(segment.data(), segment.size(), shape.ringSlots, shape.size).header();
        pthread_mutexattr_t ma;
        pthread_mutexattr_init(&ma);
        pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
        pthread_mutexattr_setrobust(&ma, PTHREAD_MUTEX_ROBUST);
        const int mutexResult = pthread_mutex_init(&h->mutex, &ma);
        pthread_mutexattr_destroy(&ma);
        checkPthread(mutexResult, "pthread_mutex_init");
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
        const int notEmpty = pthread_cond_init(&h->notEmpty, &ca);
        const int notFull = pthread_cond_init(&h->notFull, &ca);
        pthread_condattr_destroy(&ca);
        checkPthread(notEmpty, "pthread_cond_init");
        checkPthread(notFull, "pthread_cond_init");
        return made;
    }

    std::unique_ptr<Endpoint> open(const EndpointContext &context) const override
    {
        return std::make_unique<MutexRingEndpoint>(PosixSegment::open(param(context.params, "shm")), context.shape,
                                                   context.gate, context.role == Role::Producer);
    }

    std::unique_ptr<RingObserver> observeRing(const Params &params, const Shape &shape) const override
    {
        return observePosixRing(param(params, "shm"), shape);
    }

    std::vector<KernelValue> sample(const Params &params) const override
    {
        return samplePosixRing(params, [](const RingHeader &h, std::vector<KernelValue> &values) {
            // A robust mutex keeps its owner's thread id in the futex word, with
            // FUTEX_WAITERS set while someone sleeps on it (futex(2), robust futexes).
            uint32_t word;
            std::memcpy(&word, &h.mutex, sizeof word);
            values.push_back({"mutex", "owner", int64_t(word & FUTEX_TID_MASK)});
            values.push_back({"mutex", "waiters", (word & FUTEX_WAITERS) ? 1 : 0});
            values.push_back({"ring", "filled", int64_t(h.count)});
            values.push_back({"ring", "slots", int64_t(h.slotCount)});
        });
    }
};

} // namespace

const Mechanism &shmMutex()
{
    static const ShmMutexMechanism mechanism;
    return mechanism;
}

} // namespace ipcscope
