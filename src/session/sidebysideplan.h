#pragma once
// What a side-by-side run is: two to four mechanisms, each with one producer
// and one consumer, the same message size and pace, taking turns in short
// slices (so that they never share the CPUs) or all at once.
#include "scenario.h"

#include <QCoreApplication>
#include <QStringList>

namespace ipcscope {

struct SideBySidePlan {
    Q_DECLARE_TR_FUNCTIONS(SideBySidePlan)
public:
    static constexpr int kMinMechanisms = 2;
    static constexpr int kMaxMechanisms = 4;
    static constexpr int kMinSliceMs = 100;
    static constexpr int kMaxSliceMs = 10000;

    QStringList mechanisms;
    int size = 64;      // the whole message, header included
    double rate = 0;    // messages per second per producer, 0 = unlimited
    // > 0: stepped — every run held, each let through one call on every beat
    // of this many seconds, all on the same beat (one call at a time
    // competes for nothing, so there are no turns).
    double callEveryS = 0;
    static constexpr double kMaxCallEveryS = 60;
    bool stepped() const { return callEveryS > 0; }
    double seconds = 0; // each one's own running time; 0: until stopped
    bool together = false;
    int sliceMs = 500;  // one turn, when they take turns

    // Empty when it can run; otherwise one line saying why not.
    QString validate() const;
    // The scenario each mechanism runs (until the side by side stops it).
    Scenario scenarioFor(const QString &mechanism) const;
};

} // namespace ipcscope
