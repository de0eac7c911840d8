#pragma once
// A lesson: one of the lecture's phenomena reproduced by real processes, with
// a short explanation, the outcome to expect, and the outcome measured on this
// run. A lesson is plain sequential code; LessonContext gives it blocking
// helpers (a run of workers, a lesson worker process, a wait), so the CLI
// runs it directly and the window runs it in a thread of its own.
#include "session/run.h"

#include "engine/mechanism.h"
#include "engine/telemetryblock.h"

#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QProcess;

namespace ipcscope {

struct LessonOutcome {
    QString id;
    QString expected;
    QString measured;
    bool asExpected = false;
    QStringList observations; // what was seen, step by step
    QString error;            // the lesson could not be run
    QJsonObject toJson() const;
};

class LessonContext {
public:
    using Observer = std::function<void(const QString &)>;
    LessonContext(Observer observer, const std::atomic<bool> *cancel);
    ~LessonContext(); // removes what the lesson made
    LessonContext(const LessonContext &) = delete;
    LessonContext &operator=(const LessonContext &) = delete;

    void observe(const QString &line);
    QStringList observations() const { return m_observations; }
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    // A run of real workers to its end (or until cancelled); `watch` sees the
    // run after every poll.
    RunResult run(const Scenario &scenario, const std::function<void(const Run &)> &watch = {});

    // Kernel objects the lesson made: known to the reaper, removed at the end
    // or by release().
    void own(const Objects &objects);
    void release(const Objects &objects);
    // A telemetry block whose slots the lesson workers use (states, start barrier).
    TelemetryBlock &telemetry(int workers);

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
    // `ipcscope-worker lesson ARGS...` left running for the lesson to drive.
    std::unique_ptr<QProcess> startWorker(const QStringList &args);
    // Waits for a started worker to end (killing it after timeoutMs).
    WorkerOutput finishWorker(QProcess &process, int timeoutMs = 30000);
    static WorkerOutput outputOf(QProcess &process);

    // Waits, handling events; false when cancelled or the condition timed out.
    bool waitFor(const std::function<bool()> &condition, int timeoutMs);
    void wait(int ms);

private:
    Observer m_observer;
    const std::atomic<bool> *m_cancel;
    QStringList m_observations;
    std::vector<Objects> m_owned;
    std::vector<std::unique_ptr<TelemetryBlock>> m_blocks;
};

class Lesson {
public:
    virtual ~Lesson() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QString explanation() const = 0; // a few lines, readable from a projector
    virtual QString expected() const = 0;
    // The mechanism whose code and scene fit the lesson best.
    virtual QString mechanism() const = 0;
    // The example scenario (scenarios/NAME.json) the lesson builds on, to
    // watch in the live view; empty when the lesson runs workers of its own.
    virtual QString scenario() const { return {}; }
    virtual LessonOutcome run(LessonContext &context) const = 0;
};

const QList<const Lesson *> &allLessons();
const Lesson *findLesson(const QString &id);
// Runs a lesson here and now; `observer` hears each observation as it is made.
LessonOutcome runLesson(const Lesson &lesson, const LessonContext::Observer &observer,
                        const std::atomic<bool> *cancel = nullptr);

} // namespace ipcscope
