#include "recordedseries.h"

#include <algorithm>

namespace ipcscope {

void RecordedSeries::load(const Recording &recording)
{
    m_windows = recording.series;
    m_names = recording.workers;
    m_producers = recording.producers;
    m_seen.clear();
    Seen seen;
    for (const RecordedWindow &w : std::as_const(m_windows)) {
        seen.bytesPerS = std::max(seen.bytesPerS, w.averagedMbPerS * 1e6);
        seen.msgsPerS = std::max(seen.msgsPerS, w.averagedMsgsPerS);
        for (const double worker : w.workerMsgsPerS)
            seen.msgsPerS = std::max(seen.msgsPerS, worker);
        if (w.averagedP50Us)
            seen.lowUs = std::min(seen.lowUs.value_or(*w.averagedP50Us), *w.averagedP50Us);
        if (w.averagedP99Us)
            seen.highUs = std::max(seen.highUs.value_or(*w.averagedP99Us), *w.averagedP99Us);
        m_seen.append(seen);
    }
    m_size = 0;
    ++m_revision;
}

void RecordedSeries::setCursor(double tS)
{
    // The windows that had ended by tS.
    const auto end = std::upper_bound(m_windows.cbegin(), m_windows.cend(), tS,
                                      [](double t, const RecordedWindow &w) { return t < w.endS; });
    const int size = int(end - m_windows.cbegin());
    if (size < m_size)
        ++m_revision;
    m_size = size;
}

SeriesPoint RecordedSeries::averaged(int i) const
{
    const RecordedWindow &w = m_windows.at(i);
    SeriesPoint p;
    p.tS = w.endS;
    p.held = w.held;
    p.msgsPerS = w.averagedMsgsPerS;
    p.mbPerS = w.averagedMbPerS;
    p.latencyP50Us = w.averagedP50Us;
    p.latencyP99Us = w.averagedP99Us;
    for (int slot = 0; slot < m_names.size(); ++slot)
        p.workers.append({m_names.at(slot), w.workerMsgsPerS.value(slot), w.workerMbPerS.value(slot)});
    return p;
}

double RecordedSeries::peakBytesPerS() const
{
    return m_size > 0 ? m_seen.at(m_size - 1).bytesPerS : 0;
}

double RecordedSeries::peakMessagesPerS() const
{
    return m_size > 0 ? m_seen.at(m_size - 1).msgsPerS : 0;
}

std::optional<std::pair<double, double>> RecordedSeries::latencyExtentUs() const
{
    if (m_size == 0)
        return {};
    const Seen &seen = m_seen.at(m_size - 1);
    if (!seen.lowUs || !seen.highUs)
        return {};
    return std::pair{*seen.lowUs, *seen.highUs};
}

} // namespace ipcscope
