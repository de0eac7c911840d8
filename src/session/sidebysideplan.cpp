#include "sidebysideplan.h"

#include <QSet>

#include <cmath>

namespace ipcscope {

QString SideBySidePlan::validate() const
{
    if (mechanisms.size() < kMinMechanisms || mechanisms.size() > kMaxMechanisms)
        return tr("side by side takes %1 to %2 mechanisms, not %3")
            .arg(kMinMechanisms)
            .arg(kMaxMechanisms)
            .arg(mechanisms.size());
    if (QSet<QString>(mechanisms.begin(), mechanisms.end()).size() != mechanisms.size())
        return tr("each mechanism may appear once");
    if (!std::isfinite(seconds) || seconds < 0 || seconds > kMaxDurationS)
        return tr("the running time must be 0 (until stopped) to %1 s").arg(kMaxDurationS);
    if (!std::isfinite(callEveryS) || callEveryS < 0 || callEveryS > kMaxCallEveryS)
        return tr("a stepped pace must be one call every 0 to %1 s").arg(kMaxCallEveryS);
    if (!together && !stepped() && (sliceMs < kMinSliceMs || sliceMs > kMaxSliceMs))
        return tr("a turn must last %1 to %2 ms").arg(kMinSliceMs).arg(kMaxSliceMs);
    for (const QString &mechanism : mechanisms) {
        const QString problem = scenarioFor(mechanism).validate();
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

Scenario SideBySidePlan::scenarioFor(const QString &mechanism) const
{
    Scenario s;
    s.mechanism = mechanism;
    s.producers = 1;
    s.consumers = 1;
    s.size = size;
    s.rate = stepped() ? 0 : rate; // the beat sets the pace
    s.untilStopped = true; // the side by side counts each one's own time
    s.cpus = CpuPlacement::Split;
    return s;
}

} // namespace ipcscope
