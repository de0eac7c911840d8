#pragma once
// What a run shows while it runs (RunSnapshot, refreshed on every poll) and
// what it leaves when it ends (RunResult).
#include "faultrecord.h"
#include "lessons/lessonline.h"
#include "scenario.h"

#include "engine/telemetry.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace ipcscope {

struct WorkerSnapshot {
    int slot = 0;
    Role role = Role::Producer;
    int index = 0;
    qint64 pid = 0;
    StateWord state{WorkerState::Starting, Op::None, 0};
    double stateSinceS = 0; // how long it has been in this state, as far as the polls saw
    int error = 0;
    quint64 messages = 0;
    quint64 bytes = 0;
    quint64 corrupted = 0;
    quint64 duplicated = 0;
    quint64 reordered = 0;
    quint64 strangers = 0; // connections refused: not the run's
    quint64 foreign = 0;   // datagrams refused: not from the run
    quint64 ownerDead = 0; // a robust mutex taken over with EOWNERDEAD and made consistent
    quint64 queuedBytes = 0;
    quint64 capacityBytes = 0;
    quint64 kernelDrops = 0; // a UDP consumer's socket's, as it last read them
    quint64 firstNs = 0;
    quint64 lastNs = 0;
    // A consumer's newest message from producer p (by its index among the
    // producers): its sequence number + 1, 0 for none (WorkerSlot::takenFrom).
    // Read before the producers' counts, and checked against them (sendfloor.h).
    std::array<quint64, kMaxProducers> takenFrom{};
    // From /proc while it lives: where the kernel has it.
    QString wchan;
    QString syscall;
    bool blocked = false; // inside a call and asleep in the kernel
    char procState = '?'; // /proc/PID/status State: T while stopped
    double cpuS = 0;
    qint64 voluntaryCtxt = 0;
    qint64 involuntaryCtxt = 0;
    QString schedPolicy; // "SCHED_BATCH"..., from /proc
    bool exited = false;
    int exitCode = 0;   // shell convention: 128 + signal for a signal
    QString exitSignal; // "SIGKILL", or empty
    // ipcscope itself killed it, at the end of the run (it did not stop when
    // told, or Ctrl-C twice): not a fault's doing nor anyone else's.
    bool endedByUs = false;

    QString name() const; // "P1", "C2"
};

struct KernelReading {
    QString object;
    QString field;
    qint64 value = 0;
};

struct RunSnapshot {
    double elapsedS = 0;  // since go
    bool started = false; // go was given
    QVector<WorkerSnapshot> workers;
    // The slot of the worker named "P2", "C1", also one that joined the
    // run after its start (whose slot follows all the others'); -1: none.
    int slotOf(const QString &name) const;
    QVector<KernelReading> kernel;
    // object.field as the kernel gave it at this poll, or `otherwise`.
    qint64 reading(const QString &object, const QString &field, qint64 otherwise = -1) const;
    quint64 sent = 0;
    quint64 received = 0;
    quint64 receivedBytes = 0;
    quint64 roundTrips = 0; // ping-pong: echoes back at the producer
    quint64 corrupted = 0;
    quint64 duplicated = 0;
    quint64 reordered = 0;
    // Values read back from the workers' telemetry that no worker of ours
    // writes (a consumer's newest sequence number beyond what its producer
    // can have sent): ignored, and counted here over the whole run, each
    // value once however many polls read it again (IgnoredValues).
    quint64 untrusted = 0;
    std::optional<double> latencyP50Us;
    std::optional<double> latencyP99Us;
    double latencyMaxUs = 0;
    // A lesson's readings so far, oldest first, each "key=value" as its
    // processes printed it: where the Code dock places processes it cannot
    // see (lessonstage.h).
    QStringList readings;
};

// Throughput and latency at one point of a run's series (series.h): a
// window of about 100 ms, several merged, or the second up to it.
struct SeriesPoint {
    double tS = 0; // end of the window, since go
    bool held = false; // the run was held (paused) for most of it
    struct Worker {
        QString name;
        double msgsPerS = 0;
        double mbPerS = 0;
    };
    QVector<Worker> workers;
    double msgsPerS = 0; // received, all consumers
    double mbPerS = 0;
    // One-way latency of the messages received in this window.
    std::optional<double> latencyP50Us;
    std::optional<double> latencyP99Us;
};

struct KernelSample {
    double tS = 0;
    QVector<KernelReading> values;
    QVector<QPair<QString, QString>> blockedIn; // worker name -> "semop (wchan ...)"
};

struct RunResult {
    Scenario scenario;
    bool ok = false;
    bool stopped = false; // ended early by Stop or Ctrl-C
    QString error;        // in the language of the moment it was said
    LessonLine errorLine; // the same, said again in the reader's language when drawn (empty: `error` as it is)
    LessonLine errorSaid() const { return errorLine.isEmpty() ? LessonLine::verbatim(error) : errorLine; }
    quint64 sent = 0;
    quint64 messages = 0;   // received, each counted once
    quint64 roundTrips = 0; // ping-pong: messages that came back; latency is then the round trip
    quint64 bytes = 0;
    double seconds = 0;
    double mbPerS = 0;
    double msgsPerS = 0;
    std::optional<double> latencyP50Us;
    std::optional<double> latencyP99Us;
    std::optional<double> latencyMaxUs;
    quint64 lost = 0;
    quint64 duplicated = 0;
    quint64 reordered = 0;
    quint64 corrupted = 0;
    // Refused as not the run's (someone else on the machine reached its
    // socket): apart from the run's own counts, which they do not touch.
    quint64 strangers = 0;
    quint64 foreign = 0;
    // Values from shared memory no worker of ours can have written, ignored
    // (RunSnapshot::untrusted).
    quint64 untrusted = 0;
    QVector<WorkerSnapshot> workers;
    QVector<SeriesPoint> series;
    QVector<KernelSample> kernel;
    QStringList log;
    // What runs of ours whose process is gone had left behind, removed
    // before this run started.
    QStringList swept;
    // The faults injected by hand, each with its call and effects; the ends
    // of workers (and of the run) that the kernel gave as their answer; and
    // how many workers ended with each errno or signal among those.
    QVector<FaultRecord> faults;
    QStringList faultsCaused;
    QMap<QString, int> faultEndings;

    QJsonObject toJson(bool withSeries, bool withKernel) const;
};

QString opName(Op op);

} // namespace ipcscope
