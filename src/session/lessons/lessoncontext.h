#pragma once
// What a lesson's plain sequential code needs to drive real processes: a run
// of workers, a lesson worker process (`ipcscope-worker lesson NAME`), the
// kernel objects it made, a wait that keeps events flowing. The CLI runs a
// lesson directly; the window runs it in a thread of its own. Observations go
// to an observer as they are made, and the lesson's scene (lessonstage.h)
// with its workers' states to a publisher, so the scene draws the lesson and
// the Code dock can mark the line each worker is in.
#include "lessonline.h"
#include "lessonstage.h"

#include "session/run.h"
#include "session/runtypes.h"

#include "engine/mechanism.h"
#include "engine/telemetryblock.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QProcess;

namespace ipcscope {

class LessonContext {
public:
    using Observer = std::function<void(const LessonLine &)>;
    using Publisher = std::function<void(const RunSnapshot &, const SceneModel &)>;
    LessonContext(Observer observer, const std::atomic<bool> *cancel, Publisher publisher = {});
    ~LessonContext(); // removes what the lesson made
    LessonContext(const LessonContext &) = delete;
    LessonContext &operator=(const LessonContext &) = delete;

    void observe(const LessonLine &line);
    // What the scene shows: the lesson names its processes and objects there.
    // A telemetry block's workers, a run's scene and the lesson workers
    // started without telemetry are on it without asking.
    LessonStage &stage() { return m_stage; }
    // The lesson is over: its last scene goes out, marked as such.
    void finishStage(bool failed);
    // Reads the scene now and sends it out: the last values of a part,
    // before its objects go.
    void showNow() { publish(true); }
    QList<LessonLine> observations() const { return m_observations; }
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    // A run of real workers to its end (or until cancelled); `watch` sees the
    // run after every poll (and may take its events: nobody else does).
    RunResult run(const Scenario &scenario, const std::function<void(Run &)> &watch = {});

    // Kernel objects the lesson made: known to the reaper, removed at the end
    // or by release().
    void own(const Objects &objects);
    void release(const Objects &objects);
    // A telemetry block whose slots the lesson workers use (states, start
    // barrier): producers first, then consumers. Its workers are published.
    TelemetryBlock &telemetry(int producers, int consumers = 0);
    // Waits until every slot of `block` is Ready (false: timed out or cancelled).
    bool waitForReady(const TelemetryBlock &block, int timeoutMs = 10000);

    struct WorkerOutput {
        int exitCode = -1; // 128 + signal for a signal
        QString exitSignal;
        QStringList lines;                       // standard output
        QString errorText;                       // standard error
        QString value(const QString &key) const; // the last "key=value" line's value
        QStringList values(const QString &key) const;
    };
    // `ipcscope-worker lesson ARGS...` to its end.
    WorkerOutput runWorker(const QStringList &args, int timeoutMs = 30000);
    // `ipcscope-worker lesson ARGS...` in slot 0 of `block` (drawn from its
    // telemetry): held at its start line until `beforeGo` has run (the
    // scene shows it ready there), then let go and run to its end.
    WorkerOutput runWorkerAtGo(TelemetryBlock &block, const QStringList &args,
                               const std::function<void()> &beforeGo = {}, int timeoutMs = 30000);
    // `ipcscope-worker lesson ARGS...` left running for the lesson to drive.
    std::unique_ptr<QProcess> startWorker(const QStringList &args);
    // Waits for a started worker to end (killing it after timeoutMs); each
    // line of its standard output reaches `onLine` as it is printed.
    WorkerOutput finishWorker(QProcess &process, int timeoutMs = 30000,
                              const std::function<void(const QString &)> &onLine = {});
    // The lines a running worker printed up to the first that starts with
    // `marker` (or to its end); the rest stays for finishWorker.
    QStringList linesUntil(QProcess &process, const QString &marker, int timeoutMs = 5000);
    static WorkerOutput outputOf(QProcess &process);

    // Waits, handling events; false when cancelled or the condition timed out.
    bool waitFor(const std::function<bool()> &condition, int timeoutMs);
    void wait(int ms);

private:
    void publish(bool now = false);
    // A "key=value" line of a lesson process is a reading the stage keeps
    // (the Code dock places it); false for any other line.
    bool noteReading(const QString &line);

    Observer m_observer;
    const std::atomic<bool> *m_cancel;
    Publisher m_publisher;
    QList<LessonLine> m_observations;
    std::vector<Objects> m_owned;
    std::vector<std::unique_ptr<TelemetryBlock>> m_blocks;
    qint64 m_lastPublishMs = 0;
    LessonStage m_stage;
    QMap<QString, int> m_processNames; // how many lesson workers of each name were watched
    // The pid of each lesson worker started and not yet finished: QProcess
    // forgets it once the process has ended, and the scene says how it did.
    QHash<const QProcess *, qint64> m_pids;
};

} // namespace ipcscope
