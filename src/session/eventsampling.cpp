#include "eventsampling.h"

#include "runtypes.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace ipcscope {

quint32 EventSampling::workerEvery(double busiestMsgsPerS)
{
    if (!(busiestMsgsPerS > kWorkerEventsPerS))
        return 1;
    const double ratio = std::min(busiestMsgsPerS / kWorkerEventsPerS, double(1u << 30));
    return std::bit_ceil(quint32(std::ceil(ratio)));
}

quint32 EventSampling::recorderEvery(quint32 workerEvery, int mostEvents, int keptWhole, int perPoll)
{
    const quint32 base = std::max<quint32>(workerEvery, 1);
    if (mostEvents <= keptWhole || perPoll <= 0)
        return base;
    const quint32 factor = std::bit_ceil(quint32((mostEvents + perPoll - 1) / perPoll));
    return base > (1u << 30) / factor ? 1u << 30 : base * factor;
}

bool EventSampling::isMessage(EventKind kind)
{
    switch (kind) {
    case EventKind::Sent:
    case EventKind::Received:
    case EventKind::Duplicated:
        return true;
    default:
        return false;
    }
}

bool EventSampling::keeps(EventKind kind, quint64 seq, quint32 every)
{
    return !isMessage(kind) || every <= 1 || seq % every == 0;
}

bool EventSampling::update(const RunSnapshot &snapshot, quint64 nowNs)
{
    double busiest = 0;
    const bool measured = m_lastNs && nowNs > m_lastNs && m_messages.size() == snapshot.workers.size();
    for (int i = 0; measured && i < snapshot.workers.size(); ++i) {
        const quint64 now = snapshot.workers.at(i).messages;
        const quint64 before = m_messages.at(i);
        if (now > before)
            busiest = std::max(busiest, double(now - before) * 1e9 / double(nowNs - m_lastNs));
    }
    m_messages.resize(snapshot.workers.size());
    for (int i = 0; i < snapshot.workers.size(); ++i)
        m_messages[i] = snapshot.workers.at(i).messages;
    m_lastNs = nowNs;
    if (!measured)
        return false;
    const quint32 every = workerEvery(busiest);
    if (every == m_every)
        return false;
    m_every = every;
    return true;
}

} // namespace ipcscope
