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
    double seconds = 0; // each one's own running time; 0: until stopped
    bool together = false;
    int sliceMs = 500;  // one turn, when they take turns

    // Empty when it can run; otherwise one line saying why not.
    QString validate() const;
    // The scenario each mechanism runs (until the side by side stops it).
    Scenario scenarioFor(const QString &mechanism) const;
};

} // namespace ipcscope
