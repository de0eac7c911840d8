#pragma once
// What a comparison measures: which mechanisms, at which message sizes, with
// how many producers and consumers, how often and for how long — and the
// points that makes, each mechanism where it allows the size and the workers.
#include "comparerow.h"

#include <QList>
#include <QStringList>

namespace ipcscope {

struct ComparePlan {
    QStringList mechanisms; // empty: every mechanism
    QList<int> sizes = {64, 4096, 65536, 1 << 20};
    // N for N producers and N consumers; {1} for the lecture's table, {1, 2, 4}
    // for a scaling sweep (run at the smallest size).
    QList<int> workers = {1};
    int repeat = 3;
    double secondsPerRun = 0.5; // each one-way stream; a ping-pong runs half as long
    bool pin = true;            // producer and consumer on different CPUs, where there are two

    // Empty when the plan can run; else one line saying what is wrong.
    QString validate() const;
    bool scaling() const { return workers.size() > 1 || workers.value(0, 1) != 1; }
};

// The points of a plan: each mechanism at each size it allows with one
// producer and one consumer (one point for a signal), then, for a sweep, at
// the smallest size with each N:N it allows.
QList<ComparePoint> comparePoints(const ComparePlan &plan);

} // namespace ipcscope
