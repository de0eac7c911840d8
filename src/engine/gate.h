#pragma once
// Where a worker meets the run control. Mechanisms call before()/after()
// around every call that may block (send, receive, semop P/V, lock, wait), so
// the worker's published state names the call it is in, and Pause/Step can
// hold it there: while the run is paused each such call needs a step token.
// Producers also ask pace() before every send, which enforces the rate.
#include "slotwriter.h"
#include "telemetry.h"

#include <atomic>
#include <cstdint>

namespace ipcscope {

// Whether a call takes or gives back a lock, so that the state shows the
// critical section in between (Op::Lock and Op::Unlock imply it).
enum class LockEffect : uint8_t { None, Acquires, Releases };

class Gate {
public:
    // control may be null: a worker started by hand runs free at `localRate`.
    Gate(ControlBlock *control, int slotIndex, SlotWriter &writer, double localRate = 0);

    void before(Op op, uint8_t object = 0, LockEffect effect = LockEffect::None)
    {
        if (m_control && m_control->paused.load(std::memory_order_relaxed))
            holdForStep(op, object);
        m_op = op;
        m_object = object;
        m_effect = op == Op::Lock ? LockEffect::Acquires : op == Op::Unlock ? LockEffect::Releases : effect;
        publish(WorkerState::InCall, op, object);
    }
    // The call returned. A lock that was taken leaves the worker in its
    // critical section until the matching unlock.
    void after();
    // A step of a ring's put or take that is not a call (Op::Copy,
    // Op::Advance): published, and held while the run is paused, so that Step
    // shows the slot written before head moves. It stays inside the critical
    // section; at full speed it costs a load and a store.
    void stage(Op op)
    {
        if (m_control && m_control->paused.load(std::memory_order_relaxed))
            holdForStep(op, m_heldLock);
        publish(WorkerState::Critical, op, m_heldLock);
    }

    // Blocks until the session says go (immediately without a session).
    void waitForGo();
    // Producers: waits until the next message is due under the current rate.
    void pace();
    // A mechanism made a system call that its messages do not show.
    void countSystemCall() { SlotWriter::add(m_writer.slot()->systemCalls, 1); }
    bool stopRequested() const { return m_control && m_control->stop.load(std::memory_order_relaxed); }
    // A producer is done; true for the last one, which ends the stream for all.
    bool finishProducer();
    bool allProducersDone() const;
    // Whether a message sent at sentNs has lived through a Pause (so its
    // latency is not the mechanism's).
    bool heldSince(uint64_t sentNs) const
    {
        return m_control && (m_control->paused.load(std::memory_order_relaxed) ||
                             sentNs < m_control->resumedNs.load(std::memory_order_relaxed));
    }
    void publish(WorkerState state, Op op = Op::None, uint8_t object = 0);

private:
    void holdForStep(Op op, uint8_t object);
    uint64_t currentRateMilli() const;

    ControlBlock *m_control;
    int m_slotIndex;
    SlotWriter &m_writer;
    uint64_t m_localRateMilli;
    Op m_op = Op::None;
    uint8_t m_object = 0;
    LockEffect m_effect = LockEffect::None;
    int m_locksHeld = 0;
    uint8_t m_heldLock = 0;
    uint64_t m_paceRate = 0;
    uint64_t m_paceStartNs = 0;
    uint64_t m_paceCount = 0;
};

} // namespace ipcscope
