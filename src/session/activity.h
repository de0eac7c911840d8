#pragma once
// When a run's workers were acting, read from the times of their own events
// (CLOCK_MONOTONIC, stamped by the workers), not from what the session
// meant them to do: the evidence that runs side by side took turns, or did
// not.
#include <QVector>
#include <QtGlobal>

namespace ipcscope {

struct ActiveInterval {
    quint64 startNs = 0;
    quint64 endNs = 0;
};

// The stretches of `timesNs` (any order) in which no two neighbours are more
// than `gapNs` apart.
QVector<ActiveInterval> activeIntervals(QVector<quint64> timesNs, quint64 gapNs);

// Whether some stretch of `a` and some stretch of `b` share a moment.
bool intervalsOverlap(const QVector<ActiveInterval> &a, const QVector<ActiveInterval> &b);

} // namespace ipcscope
