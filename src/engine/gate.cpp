#include "gate.h"

#include "clock.h"
#include "futex.h"

#include <cmath>
#include <ctime>

namespace ipcscope {

namespace {
constexpr uint64_t kControlPollNs = 100'000'000; // re-check the control at least this often
}

Gate::Gate(ControlBlock *control, int slotIndex, SlotWriter &writer, double localRate)
    : m_control(control), m_slotIndex(slotIndex), m_writer(writer),
      m_localRateMilli(localRate > 0 ? uint64_t(std::llround(localRate * 1000.0)) : 0)
{
}

void Gate::holdForStep(Op op, uint8_t object)
{
    if (m_beforeWaiting)
        m_beforeWaiting();
    publish(WorkerState::Paused, op, object);
    for (;;) {
        const uint32_t generation = m_control->generation.load(std::memory_order_acquire);
        if (!m_control->paused.load(std::memory_order_acquire) || m_control->stop.load(std::memory_order_acquire))
            break;
        auto &tokens = m_control->stepTokens[m_slotIndex];
        uint32_t available = tokens.load(std::memory_order_acquire);
        bool taken = false;
        while (available > 0 && !taken)
            taken = tokens.compare_exchange_weak(available, available - 1, std::memory_order_acq_rel);
        if (taken)
            break;
        futexWait(&m_control->generation, generation, kControlPollNs);
    }
    // Time spent held does not count against the rate: no burst afterwards.
    m_paceStartNs = 0;
}

void Gate::waitForGo()
{
    // Ready is part of the start protocol, so it is published even when the
    // rest of the telemetry is off.
    m_writer.slot()->state.store(packState(WorkerState::Ready), std::memory_order_release);
    if (!m_control)
        return;
    for (;;) {
        const uint32_t generation = m_control->generation.load(std::memory_order_acquire);
        if (m_control->go.load(std::memory_order_acquire) || m_control->stop.load(std::memory_order_acquire))
            break;
        futexWait(&m_control->generation, generation, kControlPollNs);
    }
    publish(WorkerState::Running);
}

uint64_t Gate::currentRateMilli() const
{
    return m_control ? m_control->rateMilliHz.load(std::memory_order_relaxed) : m_localRateMilli;
}

void Gate::pace()
{
    for (;;) {
        const uint64_t rate = currentRateMilli();
        if (rate == 0) {
            m_paceStartNs = 0;
            return;
        }
        const uint64_t now = monotonicNs();
        if (rate != m_paceRate || m_paceStartNs == 0) {
            m_paceRate = rate;
            m_paceStartNs = now;
            m_paceCount = 0;
        }
        const uint64_t due = m_paceStartNs + uint64_t(double(m_paceCount) * 1e12 / double(rate));
        if (now >= due || stopRequested()) {
            ++m_paceCount;
            return;
        }
        // Sleep in short pieces so a new rate, Pause or Stop takes effect at once.
        if (m_beforeWaiting)
            m_beforeWaiting();
        publish(WorkerState::Sleeping);
        const uint64_t wakeAt = std::min(due, now + kControlPollNs);
        if (m_control) {
            const uint32_t generation = m_control->generation.load(std::memory_order_acquire);
            futexWait(&m_control->generation, generation, wakeAt - now);
        } else {
            const timespec ts = toTimespec(wakeAt);
            clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr);
        }
        publish(WorkerState::Running);
    }
}

bool Gate::finishProducer(int *consumers)
{
    if (!m_control)
        return true;
    const uint64_t before = m_control->members.fetch_sub(1, std::memory_order_acq_rel);
    if (consumers)
        *consumers = int(before >> 32);
    return (before & 0xffffffffu) == 1;
}

bool Gate::allProducersDone() const
{
    return m_control && (m_control->members.load(std::memory_order_acquire) & 0xffffffffu) == 0;
}

} // namespace ipcscope
