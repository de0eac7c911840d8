#include "statesampler.h"

#include "engine/clock.h"

#include <time.h>

namespace ipcscope {

StateSampler::StateSampler(const TelemetryBlock &block, const RingObserver *ring) : m_block(block), m_ring(ring)
{
    m_interval.states.resize(block.workers());
    m_thread = std::thread([this] { loop(); });
}

StateSampler::~StateSampler()
{
    m_stop.store(true);
    m_thread.join();
}

StateSampler::Interval StateSampler::take()
{
    Interval fresh;
    {
        const std::lock_guard lock(m_mutex);
        fresh = std::move(m_interval);
        m_interval = Interval();
        m_interval.states.resize(m_block.workers());
    }
    m_recent.push_back(std::move(fresh));
    int samples = 0;
    for (const Interval &i : m_recent)
        samples += i.samples;
    while (m_recent.size() > 1 && samples - m_recent.front().samples >= kMinSamples) {
        samples -= m_recent.front().samples;
        m_recent.pop_front();
    }
    Interval out;
    out.states.resize(m_block.workers());
    for (const Interval &i : m_recent) {
        out.samples += i.samples;
        out.fillSum += i.fillSum;
        for (int w = 0; w < i.states.size() && w < out.states.size(); ++w)
            for (auto it = i.states[w].begin(); it != i.states[w].end(); ++it)
                out.states[w][it.key()] += it.value();
    }
    return out;
}

void StateSampler::loop()
{
    const int workers = m_block.workers();
    QVector<quint32> words(workers);
    uint64_t next = monotonicNs();
    while (!m_stop.load(std::memory_order_relaxed)) {
        for (int i = 0; i < workers; ++i)
            words[i] = m_block.slot(i)->state.load(std::memory_order_relaxed);
        const double fill = m_ring ? double(m_ring->filled()) : 0;
        {
            const std::lock_guard lock(m_mutex);
            ++m_interval.samples;
            for (int i = 0; i < workers; ++i)
                ++m_interval.states[i][words[i]];
            m_interval.fillSum += fill;
        }
        // On a fixed grid, so that a late wake-up does not bias the shares.
        next += uint64_t(kPeriodUs) * 1000;
        const uint64_t now = monotonicNs();
        if (next < now)
            next = now;
        const timespec at = toTimespec(next);
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, nullptr);
    }
}

} // namespace ipcscope
