#pragma once
// What a lesson built on the playground watches while its faults are made:
// the kernel's readings of the run's objects and the workers' /proc states,
// taken live from each poll (a run's result keeps only its end).
#include "session/run.h"

namespace ipcscope {

class FaultWatch {
public:
    // Give it every poll of the run (LessonContext::run's watch).
    void sample(const Run &run);

    // When the first fault with this verb was made, or -1.
    double madeAt(Fault::Verb verb) const;
    // The largest reading of object.field from `fromS` to `toS` (seconds
    // since the start), or -1 when none was read.
    qint64 largest(const QString &object, const QString &field, double fromS, double toS) const;
    // The first reading of object.field at or after `atS`, or -1.
    qint64 first(const QString &object, const QString &field, double atS) const;
    // The most workers of `role` seen asleep in a call at one poll from `fromS` to `toS`.
    int mostAsleep(Role role, double fromS, double toS) const;
    // CPU time the workers other than `except` used from `fromS` to `toS` (/proc).
    double cpuOfOthers(const QString &except, double fromS, double toS) const;
    // Messages the producers sent from `fromS` to `toS`.
    qint64 sentBetween(double fromS, double toS) const;

private:
    struct Poll {
        double tS;
        RunSnapshot snapshot;
    };
    const Poll *at(double tS) const; // the first poll at or after tS
    const Poll *before(double tS) const; // the last poll at or before tS

    QVector<Poll> m_polls;
    QVector<FaultRecord> m_faults;
};

// The worker called `name` ("P2") in `workers`, or null.
const WorkerSnapshot *workerNamed(const QVector<WorkerSnapshot> &workers, const QString &name);

} // namespace ipcscope
