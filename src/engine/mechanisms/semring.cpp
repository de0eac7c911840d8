#include "semring.h"

#include "../verifier.h"

#include <algorithm>
#include <cstring>

namespace ipcscope {

const std::vector<std::string> &ringSemaphoreNames()
{
    static const std::vector<std::string> names = {"empty", "full", "put", "take"};
    return names;
}

const std::vector<SyncRole> &ringSemaphoreRoles()
{
    static const std::vector<SyncRole> roles = {{SyncKind::Counter, QT_TRANSLATE_NOOP("Engine", "free slots")},
                                                {SyncKind::Counter, QT_TRANSLATE_NOOP("Engine", "filled slots")},
                                                {SyncKind::Lock, QT_TRANSLATE_NOOP("Engine", "producers' lock")},
                                                {SyncKind::Lock, QT_TRANSLATE_NOOP("Engine", "consumers' lock")}};
    return roles;
}

void SemaphoreRingEndpoint::p(RingSemaphore sem, LockEffect effect)
{
    m_gate.before(Op::SemP, sem, effect);
    // On two CPUs a ring whose sides sleep settles into a wait and a wake
    // every few messages; trying first keeps it out of that state (posix-shm
    // at 4 KiB: the plain textbook loop 2 800 MB/s, the loop that tries first
    // 6 900; docs/benchmarks.md, twenty-first round).
    if (!(givenByTheOtherSide(sem) && m_spin.tried(m_triesBeforeWaiting, [&] { return tryWait(sem); })))
        wait(sem);
    m_gate.after();
}

void SemaphoreRingEndpoint::v(RingSemaphore sem, LockEffect effect)
{
    m_gate.before(Op::SemV, sem, effect);
    post(sem);
    m_gate.after();
}

void SemaphoreRingEndpoint::send(uint8_t *message, size_t len)
{
    RingHeader *h = m_ring.header();
    p(kEmpty);
    p(kPut, LockEffect::Acquires);
    const uint64_t position = h->head.load(std::memory_order_relaxed);
    m_gate.stage(Op::Copy);
    copyMessage(m_ring.slot(position), message, len);
    m_gate.stage(Op::Advance);
    h->head.store(position + 1, std::memory_order_release);
    m_place = m_ring.slotIndex(position);
    v(kPut, LockEffect::Releases);
    v(kFull);
}

template <class Use> size_t SemaphoreRingEndpoint::take(Use &&use)
{
    RingHeader *h = m_ring.header();
    p(kFull);
    p(kTake, LockEffect::Acquires);
    const uint64_t position = h->tail.load(std::memory_order_relaxed);
    m_gate.stage(Op::Copy);
    use(m_ring.slot(position), m_ring.messageSize());
    m_gate.stage(Op::Advance);
    h->tail.store(position + 1, std::memory_order_release);
    m_place = m_ring.slotIndex(position);
    v(kTake, LockEffect::Releases);
    v(kEmpty);
    return m_ring.messageSize();
}

size_t SemaphoreRingEndpoint::receive(uint8_t *buffer, size_t cap)
{
    size_t len = 0;
    take([&](const uint8_t *slot, size_t size) {
        len = std::min(cap, size);
        std::memcpy(buffer, slot, len);
    });
    return len;
}

size_t SemaphoreRingEndpoint::receiveChecked(uint8_t *buffer, size_t cap, const Verifier &verifier, bool &intact)
{
    // Between P(full) and V(empty) no producer writes this slot: what is
    // checked here is what is kept.
    return take([&](const uint8_t *slot, size_t size) {
        intact = verifier.intactInPlace(slot, size);
        std::memcpy(buffer, slot, std::min({cap, size, kKeptBytes}));
    });
}

uint64_t SemaphoreRingEndpoint::queuedBytes()
{
    const RingHeader *h = m_ring.header();
    const uint64_t head = h->head.load(std::memory_order_relaxed);
    const uint64_t tail = h->tail.load(std::memory_order_relaxed);
    return head > tail ? std::min<uint64_t>(head - tail, m_ring.slotCount()) * m_ring.messageSize() : 0;
}

} // namespace ipcscope
