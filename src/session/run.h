#pragma once
// One run of a scenario with real processes: creates the telemetry block and
// the mechanism's kernel objects, starts the workers, gives them the go when
// all are ready, polls their telemetry (and, when asked, the kernel) on a
// timer, and when they are done — or one dies, or Stop is pressed — collects
// the result and removes everything it created. The GUI, the CLI and the
// tests all drive runs through this class.
#include "eventsampling.h"
#include "faultdriver.h"
#include "fifohold.h"
#include "procinfo.h"
#include "progresswatch.h"
#include "runtypes.h"
#include "scenebuilder.h"
#include "scenario.h"
#include "sendfloor.h"
#include "series.h"

#include "engine/histogram.h"
#include "engine/mechanism.h"
#include "engine/telemetryblock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QSet>
#include <QTimer>
#include <QVector>

#include <map>
#include <memory>

namespace ipcscope {

struct RunEvent {
    int slot; // whose event
    EventRecord event;
};

class Run : public QObject {
    Q_OBJECT
public:
    enum class Phase { Idle, Starting, Running, Stopping, Finished };

    explicit Run(const Scenario &scenario, QObject *parent = nullptr);
    ~Run() override;

    // Refuses an invalid scenario, creates the objects and starts the
    // workers. Returns false with error() set when it could not start.
    bool start();
    // Asks every worker to finish now; kills what is left after a grace period.
    void stop();
    // Kills every worker now (a second Ctrl-C); the run still cleans up.
    void kill();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Whether the hold (setPaused) is a stepped pace's, which lets a call
    // through on every beat, rather than the user's: the run then goes, one
    // call at a time, and its phase is running (runrules.h, goingPhase).
    void setPaced(bool paced) { m_paced = paced; }
    // Lets one worker held by Pause make its next call. Returns its name, or
    // an empty string when no worker waits to be stepped.
    QString step();
    void setRate(double messagesPerSecond);
    // Makes `fault` at the next poll (the script's faults come by
    // themselves). False with `error` when it does not apply to this run.
    bool inject(const Fault &fault, QString *error = nullptr);
    // Why `fault` cannot be made on this run now, or empty (the window
    // greys its action out with this as the reason).
    QString refusal(const Fault &fault) const;
    // How many producers and how many consumers a person may add to this
    // run from the window (add producer|consumer), on top of those its
    // script adds: their telemetry slots are reserved at the start, so the
    // block the workers map never grows. Before start().
    void setSpareWorkers(int perRole) { m_sparePerRole = perRole; }
    // The faults made so far, each with its call and effects.
    const QVector<FaultRecord> &faults() const { return m_faults.log().records(); }

    // How often whoever shows the run wants it read. While the workers get
    // ready, or a fault waits to catch one in its critical section, the run
    // is read at least every kEagerPollMs (polledEveryMs): each of those
    // polls moves it on (the go; one step of the catch).
    void setPollInterval(int ms);
    int pollInterval() const { return m_pollMs; }
    int polledEveryMs() const { return m_pollTimer.interval(); }
    static constexpr int kEagerPollMs = 20;
    // Read /proc for each worker on every poll (where it is blocked, CPU).
    void setWatchProcesses(bool on) { m_watchProcesses = on; }
    // Read the kernel state of the run's objects this often; 0 = never.
    void setKernelInterval(int ms) { m_kernelIntervalMs = ms; }
    // Keep the kernel readings in the result (--kernel).
    void setRecordKernel(bool on) { m_recordKernel = on; }
    // Build the scene model on every poll (the window, run --scene): it maps
    // the ring read-only and samples the workers' states. Before start().
    void setWatchScene(bool on) { m_watchScene = on; }
    // The scene as of the last poll; after the run, its final state.
    const SceneModel &scene() const { return m_scene; }

    Phase phase() const { return m_phase; }
    bool isActive() const
    {
        return m_phase == Phase::Starting || m_phase == Phase::Running || m_phase == Phase::Stopping;
    }
    const Scenario &scenario() const { return m_scenario; }
    // CLOCK_MONOTONIC at the go (0 before): the workers' event stamps count from it.
    quint64 goNs() const { return m_goNs; }
    // Which messages' events the workers publish now (EventSampling).
    quint32 eventEvery() const { return m_eventSampling.every(); }
    const Mechanism *mechanism() const { return m_mechanism; }
    const RunSnapshot &snapshot() const { return m_snapshot; }
    const RunResult &result() const { return m_result; }
    // The throughput and latency over time so far (bounded, however long
    // the run goes); result().series is its windows once the run has ended.
    const RunSeries &series() const { return m_series; }
    QString error() const { return m_error.text(); }
    // The same, kept as a sentence, so that a lesson that ends on it says it
    // in the language of the moment it is drawn.
    LessonLine errorLine() const { return m_error; }
    // The run's objects as the workers are told them (keys, names, paths).
    Params objectParams() const { return m_objects.params; }
    QString telemetryName() const { return QString::fromStdString(m_block.name()); }
    // The command line of each worker of this run, as started.
    QStringList workerCommands() const { return m_commands; }
    // Events the workers recorded since the last call (for the animation).
    QVector<RunEvent> takeEvents();

signals:
    void started(); // every worker is ready and was given the go
    void sampled(); // snapshot() was refreshed
    void logLine(const QString &line);
    void faultMade(const ipcscope::FaultRecord &record);
    void finished(); // result() is final; nothing of the run is left

private:
    void spawn(Role role, int index, int slot);
    // add producer|consumer: one more worker in a spare slot, its command
    // line and PID in `record`.
    void addWorker(const Fault &fault, FaultRecord &record);
    // The spare slots still free for `role`.
    int spareLeft(Role role) const;
    void poll();
    void readSlots();
    void readPipeQueue();
    void readProcesses();
    void readKernel(bool record);
    void addConsumersDrops();
    enum class SeriesWindow { Full, Last };
    void recordSeries(SeriesWindow window = SeriesWindow::Full);
    void recordWindow(bool last);
    double sinceGoS() const;
    void workerExited(int slot, int exitCode, QProcess::ExitStatus status);
    // An added worker's end, or its failed start: what was kept for it let go.
    void joinerEnded(int slot, bool countedOut);
    void fail(const LessonLine &reason);
    // The run must end, and a fault made is why: reported, not a failure.
    void endByFault(const LessonLine &reason);
    // Ends the run for `reason`: by a fault's doing when the faults made explain it.
    void stall(const LessonLine &reason);
    // The run's error, said once: the first reason stands.
    void setError(const LessonLine &reason);
    void makeFaults();
    // The poll timer's interval: the asked one, or kEagerPollMs while the
    // run waits on a poll to move on. A changed interval restarts the timer.
    bool applyPollInterval();
    int stepAny(); // the slot let through, or -1
    void killAll();
    void finish();
    void cleanup();
    bool allExited() const;
    QString describeWorker(int slot) const;
    LessonLine workerSaid(int slot) const; // "producer P1 (pid 42)", in the language of the moment it is drawn
    bool plausible(const EventRecord &event) const;

    Scenario m_scenario;
    const Mechanism *m_mechanism = nullptr;
    Phase m_phase = Phase::Idle;
    LessonLine m_error;
    TelemetryBlock m_block;
    Objects m_objects;
    Objects m_replyObjects; // ping-pong: the channel back
    // The ends the workers inherit, held until they have started.
    std::vector<InheritedFd> m_fds;
    std::vector<InheritedFd> m_replyFds;
    QVector<QProcess *> m_processes; // by slot: producers, then consumers
    QVector<QByteArray> m_lastStderr;
    QStringList m_commands;
    RunSnapshot m_snapshot;
    RunResult m_result;
    QTimer m_pollTimer;
    int m_pollMs = kEagerPollMs;
    QTimer m_graceTimer;
    QElapsedTimer m_clock; // since start()
    quint64 m_goNs = 0;
    qint64 m_producersDoneMs = -1;
    bool m_paused = false;
    bool m_paced = false;
    bool m_stopRequested = false;
    bool m_killed = false;
    bool m_watchProcesses = false;
    // Kept open from the first poll that reads them to the cleanup, before
    // the objects go: the workers' /proc files (by slot) and the kernel's.
    std::map<int, std::unique_ptr<ProcFiles>> m_procFiles;
    std::unique_ptr<KernelReader> m_kernelReader;
    int m_kernelIntervalMs = 0;
    bool m_recordKernel = false;
    qint64 m_lastKernelMs = -1;
    int m_lastStepped = -1;
    QVector<quint64> m_eventCursor;
    EventSampling m_eventSampling;
    // Workers publish only their state; the session times how long each lasts.
    QVector<uint32_t> m_stateWord;
    QVector<quint64> m_stateSinceNs;
    // Series bookkeeping: the counters where a window starts.
    struct SeriesMark {
        double tS = 0;
        QVector<quint64> messages; // per worker slot
        QVector<quint64> bytes;
        LatencyCounts latency{};
    };
    SeriesMark m_seriesMark; // where the next window starts
    RunSeries m_series;
    LatencyCounts m_latency{};       // all consumers, since the start
    IgnoredValues m_ignored;         // values from shared memory ignored, each once (RunSnapshot::untrusted)
    ProgressWatch m_progress;
    bool m_watchScene = false;
    std::unique_ptr<SceneBuilder> m_sceneBuilder;
    SceneModel m_scene;
    LatencyRange m_latencyRange;     // their extremes, which bound every quantile
    FaultDriver m_faults;
    // A worker stopped by a fault is not stuck; with a script (nobody at the
    // keys to continue it) it may stay stopped this long before the watch
    // judges it.
    double m_handStopLimitS = -1;
    bool m_endedByFault = false;
    bool m_killedAfterFaults = false;
    int m_sparePerRole = 0;
    int m_added[2] = {0, 0};  // workers added, by role
    FifoHold m_fifoHold;      // while a worker joins a FIFO's run
    QSet<int> m_joinersEnded; // added workers' slots let go by joinerEnded()
};

} // namespace ipcscope
