#include "activity.h"

#include <algorithm>

namespace ipcscope {

QVector<ActiveInterval> activeIntervals(QVector<quint64> timesNs, quint64 gapNs)
{
    std::sort(timesNs.begin(), timesNs.end());
    QVector<ActiveInterval> out;
    for (quint64 t : timesNs) {
        if (out.isEmpty() || t - out.last().endNs > gapNs)
            out.append({t, t});
        else
            out.last().endNs = t;
    }
    return out;
}

bool intervalsOverlap(const QVector<ActiveInterval> &a, const QVector<ActiveInterval> &b)
{
    for (const ActiveInterval &x : a)
        for (const ActiveInterval &y : b)
            if (x.startNs <= y.endNs && y.startNs <= x.endNs)
                return true;
    return false;
}

} // namespace ipcscope
