#pragma once
// The bounded buffer that the shared-memory mechanisms lay out in their
// segment: a header, then `slots` slots of one message each. The mechanisms
// differ only in how they guard it (System V semaphores, POSIX semaphores, a
// process-shared mutex, or nothing at all).
#include "../objects.h"

#include <pthread.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace ipcscope {

struct Shape;
struct KernelValue;
struct Objects;
class PosixSegment;

struct alignas(64) RingHeader {
    uint32_t magic;
    uint32_t slotCount; // not "slots": Qt code includes this, and there that is a macro
    uint32_t slotSize;
    uint32_t messageSize;
    // shm-spsc, posix-shm, sysv-shm and shm-mutex: the CPUs each side may
    // run on (bit i: CPU i, CPUs past 63 folded into bit 63), ORed in by each
    // worker as it opens the ring, read before a wait: spinning pays only
    // when the two sides can run at once (SpinBeforeSleep).
    std::atomic<uint64_t> producerCpus;
    std::atomic<uint64_t> consumerCpus;
    // Written under the producers' lock (head) and the consumers' lock (tail);
    // shm-nosync updates them with no lock at all, which is its point.
    alignas(64) std::atomic<uint64_t> head;
    alignas(64) std::atomic<uint64_t> tail;
    // shm-spsc only: each side's futex word (bumped only to wake the other
    // side) and whether it sleeps on it, beside the counter that side writes.
    alignas(64) std::atomic<uint32_t> headSignal;
    std::atomic<uint32_t> consumerSleeps;
    alignas(64) std::atomic<uint32_t> tailSignal;
    std::atomic<uint32_t> producerSleeps;
    // shm-mutex only: one process-shared mutex and its two conditions.
    alignas(64) pthread_mutex_t mutex;
    pthread_cond_t notEmpty;
    pthread_cond_t notFull;
    // Its fill count: changed only under the mutex, looked at without it.
    std::atomic<uint32_t> count;
};

constexpr uint32_t kRingMagic = 0x474e4952; // "RING"

size_t ringBytes(uint32_t slotCount, uint32_t messageSize);
// Writes the header into fresh, zeroed memory.
void initRing(void *base, uint32_t slotCount, uint32_t messageSize);

// The header alone, for reading the ring's counters from outside (the
// session's samples); throws SysError when the mapping cannot hold one.
const RingHeader *ringHeaderIn(const void *base, size_t mapped);

// A ring in a mapping of `mapped` bytes. Its geometry is checked once, against
// the shape the worker was started with and the size of the mapping, and kept
// here: the header lives in memory others can write, so a slot address never
// depends on what it says later.
class RingView {
public:
    RingView() = default;
    // Throws SysError(EPROTO) when the header does not describe this ring.
    RingView(void *base, size_t mapped, uint32_t slotCount, uint32_t messageSize);
    RingHeader *header() const { return m_header; }
    uint8_t *slot(uint64_t position) const { return slotAt(slotIndex(position)); }
    // Slot `index` (below slotCount()).
    uint8_t *slotAt(uint32_t index) const
    {
        return reinterpret_cast<uint8_t *>(m_header) + sizeof(RingHeader) + size_t(index) * m_slotSize;
    }
    uint16_t slotIndex(uint64_t position) const { return uint16_t(position % m_slots); }
    uint32_t slotCount() const { return m_slots; }
    uint32_t messageSize() const { return m_messageSize; }

private:
    RingHeader *m_header = nullptr;
    uint32_t m_slots = 1;
    uint32_t m_slotSize = 0;
    uint32_t m_messageSize = 0;
};

// What the session reads of a ring to draw it as it is: head, tail and what
// each slot holds, from a read-only mapping of the segment. A slot's header
// is used only when it is a message of this run (magic, size, producer).
struct RingReading {
    uint64_t head = 0;
    uint64_t tail = 0;
    uint32_t count = 0; // shm-mutex: its fill count
    struct Slot {
        bool holdsMessage = false;
        uint16_t producer = 0;
        uint64_t seq = 0;
    };
    std::vector<Slot> cells; // by slot index (not "slots": a Qt macro)
};

class RingObserver {
public:
    // `unmap` lets go of the mapping at `base` (shmdt or munmap).
    RingObserver(const void *base, size_t mapped, const Shape &shape, std::function<void()> unmap);
    RingObserver(const RingObserver &) = delete;
    RingObserver &operator=(const RingObserver &) = delete;

    RingReading read() const;
    // Only how many slots hold a message not yet read (head − tail), for a
    // sampler that looks often.
    uint64_t filled() const;

private:
    // First, so that the mapping goes even when the ring is refused below.
    struct Unmap {
        std::function<void()> unmap;
        ~Unmap()
        {
            if (unmap)
                unmap();
        }
    } m_mapping;
    RingView m_ring;
    int m_producers;
    uint32_t m_messageSize;
};

// A ring in POSIX shared memory, mapped read-only.
std::unique_ptr<RingObserver> observePosixRing(const std::string &name, const Shape &shape);

// The ring's POSIX segment for a run: under the name asked for ("shm") or an
// unguessable one, created exclusively, its header written, and recorded in
// `objects` (removed after the run, handed to the workers as "shm"). What a
// mechanism guards the ring with it adds itself.
PosixSegment createPosixRing(const Shape &shape, const Params &requested, Objects &objects);

// What the session samples of a ring in POSIX shared memory: `read` gets the
// header once it is checked to be a ring's; nothing when the segment is gone.
std::vector<KernelValue> samplePosixRing(const Params &params,
                                         const std::function<void(const RingHeader &, std::vector<KernelValue> &)> &read);
// Its head and tail.
void addRingCounters(const RingHeader &header, std::vector<KernelValue> &values);

} // namespace ipcscope
