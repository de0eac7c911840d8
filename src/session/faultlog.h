#pragma once
// What the faults made so far did. After each fault the log watches the
// workers' telemetry and /proc and writes down what changed — a worker
// stopped, asleep in a call for a while, going on again, killed by a signal,
// failed with an errno — under the fault before it. It also says which ends
// the kernel defines as the answer to a fault made (a worker killed by the
// signal sent to it, EIDRM after its set was removed, SIGPIPE once its reader
// was killed): those are the playground's result, not ipcscope's failure.
#include "faultrecord.h"
#include "runtypes.h"

#include <QMap>
#include <QVector>

#include <string>
#include <vector>

namespace ipcscope {

class FaultLog {
    Q_DECLARE_TR_FUNCTIONS(FaultLog)

public:
    // A worker asleep in one call this long is an effect worth naming.
    static constexpr double kAsleepS = 0.3;

    void add(const FaultRecord &record, const RunSnapshot &snapshot);
    bool any() const { return !m_records.isEmpty(); }
    const QVector<FaultRecord> &records() const { return m_records; }
    // The last record whose step can still be taken back, or null.
    FaultRecord *lastUndoable();
    // The add step that started the worker in `slot`, or null.
    FaultRecord *addedWorker(int slot);

    // Notes what changed for each worker since the last poll.
    void observe(const RunSnapshot &snapshot, const std::vector<std::string> &syncObjects);
    // Why the end of `worker` (exited with a signal or a failure whose errno
    // is `error`) is the kernel's answer to a fault made, or empty when no
    // fault explains it. An explained end is kept in caused().
    QString explainEnd(const WorkerSnapshot &worker, int error);
    // A run ended by the watch (no progress, a worker stopped) after faults
    // that stop, kill or take away what workers wait on: the end is theirs.
    bool explainsStall() const;
    void addCaused(const QString &line) { m_caused << line; }
    const QStringList &caused() const { return m_caused; }
    bool explained(int slot) const { return m_explained.value(slot); }
    // errno (or signal) name -> workers that ended with it, explained ends only.
    const QMap<QString, int> &endings() const { return m_endings; }
    // Since when `slot` is stopped by a fault and not continued, or -1.
    double handStoppedSince(int slot) const { return m_stoppedSince.value(slot, -1); }
    // The step that last touched the run, for the lines that name it.
    QString lastStep() const;

private:
    QString describe(const WorkerSnapshot &w, const std::vector<std::string> &syncObjects) const;
    const FaultRecord *lastAt(const QString &worker, std::initializer_list<Fault::Verb> verbs) const;

    QVector<FaultRecord> m_records;
    QMap<int, QString> m_seen; // slot -> what it was doing when last described
    QMap<int, double> m_stoppedSince;
    QMap<int, bool> m_explained;
    QMap<QString, int> m_endings;
    QStringList m_caused;
};

} // namespace ipcscope
