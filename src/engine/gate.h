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
#include <functional>

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
    // critical section until the matching unlock. At full speed this is a few
    // loads and a store, inline, around a lock too: a fast mechanism makes up
    // to eight of these per message, shm-mutex three (lock, signal, unlock)
    // around its lock.
    void after()
    {
        if (m_effect == LockEffect::Acquires) {
            ++m_locksHeld;
            m_heldLock = m_object;
        } else if (m_effect == LockEffect::Releases && m_locksHeld > 0) {
            --m_locksHeld;
        }
        if (followed())
            m_writer.opDone(m_op, m_object);
        if (m_locksHeld > 0)
            publish(WorkerState::Critical, Op::None, m_heldLock);
        else
            publish(WorkerState::Running);
    }
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
    // Whether nobody follows the messages one by one: no rate, not paused.
    // Only then may a ring hold its counter back for a few messages.
    bool atFullSpeed() const
    {
        return m_control ? !m_control->paused.load(std::memory_order_relaxed) &&
                               !m_control->rateMilliHz.load(std::memory_order_relaxed)
                         : m_localRateMilli == 0;
    }
    // What this worker holds back and must give out before it waits here
    // (held for a step, or paced): a ring's batched head or tail. Empty: none.
    void beforeWaiting(std::function<void()> publish) { m_beforeWaiting = std::move(publish); }
    // A mechanism made a system call that its messages do not show.
    void countSystemCall() { SlotWriter::add(m_writer.slot()->systemCalls, 1); }
    // A lock came with EOWNERDEAD and was recovered (pthread_mutex_consistent).
    void countOwnerDead() { SlotWriter::add(m_writer.slot()->ownerDead, 1); }
    bool stopRequested() const { return m_control && m_control->stop.load(std::memory_order_relaxed); }
    bool closeReadAsked() const
    {
        return m_control && ((m_control->closeRead.load(std::memory_order_relaxed) >> m_slotIndex) & 1);
    }
    // A producer is done; true for the last one, which ends the stream for
    // all. `consumers`, with a session: every consumer the run has at that
    // moment, those added to it included.
    bool finishProducer(int *consumers = nullptr);
    bool allProducersDone() const;
    // The workers of `role` the run has at this moment, those added to it
    // since it started included (producers: those still sending); without
    // a session, `planned`. One load of a line that changes only when
    // someone joins or finishes.
    int workersOf(Role role, int planned) const
    {
        if (!m_control)
            return planned;
        const uint64_t members = m_control->members.load(std::memory_order_relaxed);
        return int(role == Role::Producer ? members & 0xffffffffu : members >> 32);
    }
    // Whether a message sent at sentNs has lived through a Pause (so its
    // latency is not the mechanism's).
    bool heldSince(uint64_t sentNs) const
    {
        return m_control && (m_control->paused.load(std::memory_order_relaxed) ||
                             sentNs < m_control->resumedNs.load(std::memory_order_relaxed));
    }
    void publish(WorkerState state, Op op = Op::None, uint8_t object = 0)
    {
        // Only the state word: a clock read on every call would cost more than
        // the call itself on a fast mechanism; the session times the states it
        // sees. Without telemetry (a bare benchmark run) not even that.
        if (m_writer.live())
            m_writer.slot()->state.store(packState(state, op, object), std::memory_order_relaxed);
    }

private:
    // Whether a person follows the calls one by one (a rate is set or the
    // run is paused), so that each P and V is worth an event. Send and
    // receive are shown by their messages' own events.
    bool followed() const
    {
        return m_op != Op::Send && m_op != Op::Receive && m_control &&
               (m_control->rateMilliHz.load(std::memory_order_relaxed) ||
                m_control->paused.load(std::memory_order_relaxed));
    }
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
    std::function<void()> m_beforeWaiting;
};

} // namespace ipcscope
