#pragma once
// The bounded buffer guarded by counting semaphores, as in the textbook:
//   producer: P(empty) P(put)  copy into slot[head++]  V(put)  V(full)
//   consumer: P(full)  P(take) copy from slot[tail++]  V(take) V(empty)
// "put" and "take" are two mutexes, one per side, so that a producer and a
// consumer can copy at the same time. Subclasses supply P (with and without
// waiting) and V: System V semop(2) or POSIX sem_wait(3)/sem_post(3).
#include "../mechanism.h"
#include "shmring.h"
#include "spinbeforesleep.h"

namespace ipcscope {

enum RingSemaphore : uint8_t { kEmpty = 0, kFull = 1, kPut = 2, kTake = 3, kRingSemaphores = 4 };
// Whether the other side gives `sem` (empty, full), so that a spin before
// waiting for it pays where that side runs on another CPU. The locks (put,
// take) are given by this side's own others, who may share its CPU.
inline bool givenByTheOtherSide(RingSemaphore sem)
{
    return sem == kEmpty || sem == kFull;
}
const std::vector<std::string> &ringSemaphoreNames();
const std::vector<SyncRole> &ringSemaphoreRoles();

class SemaphoreRingEndpoint : public Endpoint {
public:
    // `triesBeforeWaiting`: how many times P of empty or full tries without
    // waiting, where the other side runs on another CPU, before it waits.
    SemaphoreRingEndpoint(RingView ring, Gate &gate, bool producer, int triesBeforeWaiting)
        : m_ring(ring), m_gate(gate), m_spin(ring.header(), producer), m_triesBeforeWaiting(triesBeforeWaiting)
    {
    }
    void send(uint8_t *message, size_t len) override;
    size_t receive(uint8_t *buffer, size_t cap) override;
    size_t receiveChecked(uint8_t *buffer, size_t cap, const Verifier &verifier, bool &intact) override;
    uint64_t queuedBytes() override;
    uint16_t lastPlace() const override { return m_place; }

protected:
    // P without waiting: false when the semaphore is 0.
    virtual bool tryWait(RingSemaphore sem) = 0;
    virtual void wait(RingSemaphore sem) = 0;
    virtual void post(RingSemaphore sem) = 0;

private:
    void p(RingSemaphore sem, LockEffect effect = LockEffect::None);
    void v(RingSemaphore sem, LockEffect effect = LockEffect::None);
    // The consumer's side of the ring: `use` sees the slot while it is ours.
    template <class Use> size_t take(Use &&use);

    RingView m_ring;
    Gate &m_gate;
    SpinBeforeSleep m_spin;
    int m_triesBeforeWaiting;
    uint16_t m_place = 0;
};

} // namespace ipcscope
