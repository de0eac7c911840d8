#pragma once
// What a lesson's scene shows, in the Live scene's vocabulary (scenemodel.h):
// the lesson names once which processes and kernel objects are its, and
// every sample reads them afresh — the workers' telemetry and /proc, GETVAL,
// GETNCNT and GETPID, msg_qnum and the queued messages' types, the segment's
// attach count, the counter read from the segment, the pending signals — so
// that nothing drawn is a number the lesson made up. A lesson that runs an
// example scenario shows that run's own scene. What a process reads where
// the session cannot look (a private IPC namespace) it reports, and the
// report is shown as its reading.
#include "session/runtypes.h"
#include "session/scenemodel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>
#include <string>

namespace ipcscope {

class TelemetryBlock;

class LessonStage {
public:
    using Reading = std::function<qint64()>;

    LessonStage();

    // A new part of the lesson: what the last one watched leaves the scene
    // (its counters stay, with their last values, when `keepCounters`: a
    // comparison across the parts). `part` and a counter's words are the
    // lesson's untranslated (lessonWords()).
    void begin(const Text &part, bool keepCounters = false);
    // Lesson workers with telemetry: their names by slot ("P1"… by default),
    // and for each slot what the object numbers of its states name (its
    // first and second semaphore, in its own order); `block` must outlive
    // the part.
    void watchWorkers(const TelemetryBlock &block, const QStringList &names = {},
                      const QVector<QStringList> &objects = {});
    // What the watched workers count, when not messages ("increments").
    void countIn(const QString &unit) { m_unit = unit; }
    // A process without telemetry: where it is from /proc (the call it is
    // in, asleep or running, gone).
    void watchProcess(const QString &name, qint64 pid, Role role = Role::Producer);
    // A watched process named by what it does in the lesson ("waiter"),
    // where it was named by what it runs.
    void nameProcess(qint64 pid, const QString &name);
    // Asleep in read() of its standard input, a pipe whose write end
    // ipcscope holds (a lesson worker's --hold): the moment a lesson keeps
    // as held, drawn "held by ipcscope".
    static bool isHeldByUs(qint64 pid);
    // A System V set: GETVAL, GETNCNT, GETPID of each. A lock at 0 is held
    // by the watched worker whose pid GETPID gives.
    void watchSemaphores(int semid, const QStringList &names, bool locks = true);
    // A number in a kernel object against what it should be; `shortfall`
    // says what the difference is ("lost", "torn").
    void watchCounter(const Text &name, const QString &id, Reading expected, Reading actual, const Text &shortfall);
    // A System V queue: msg_qnum, msg_cbytes and the types queued, read
    // without taking them (MSG_COPY); the one msgrcv(`msgtyp`) takes next is
    // marked. With `withKey` its key as well, for queues told apart by how
    // they were made (ftok: a key or IPC_PRIVATE); the card then says the
    // lesson's `name` under it.
    void watchQueue(const QString &name, int msqid, long msgtyp = 0, bool withKey = false);
    // A POSIX queue: mq_curmsgs of mq_maxmsg.
    void watchPosixQueue(const QString &name, const std::string &mq);
    // A System V segment: shm_nattch, and whether IPC_RMID marked it.
    void watchSegment(const QString &name, int shmid);
    // `signo` pending for `pid` (ShdPnd), and SigQ: the signals queued for the user.
    void watchSignals(const QString &name, qint64 pid, int signo);
    // An object as a process reported it ("segment", "queue"…; its kernel field and value).
    void report(const QString &kind, const QString &name, const QString &field, qint64 value);
    // A comparison across objects of a kind (init-race: the lecture's set,
    // then the fix's under the same key): one reported gone stays, with its
    // last values, beside those reported after it. Otherwise the new one
    // takes its place (lecture-shm: the key given to a new segment).
    void keepGoneObjects() { m_keepGone = true; }
    // The process reported that no object of `kind` is left: the last values stay, marked removed.
    void reportGone(const QString &kind);
    // What a process reported it took from the object of `kind`, in the
    // order it took it, where the kernel shows nothing without taking it (a
    // POSIX queue's priorities, a pipe's records): drawn as that object's
    // cells, in the kept picture (keepAsFinal()) too. Empty: none to draw.
    void reportTaken(const QString &kind, const QVector<SceneObject::Cell> &cells);
    // The part's words anew, within it (pipe-buf: its records cannot be drawn).
    void retitle(const Text &part) { m_part = part; }
    // The scene of a run the lesson runs (Run::scene()), as of its last poll.
    void showRun(const SceneModel &scene);
    // Of the run's semaphores, those the lesson is about (eidrm: full), in
    // that order: the whole ring's set leaves its words under the floor at
    // 1024 px. None named, none drawn (a speed run's, lecture-sem's).
    void showSemaphores(const QStringList &names);
    // A "key=value" line a lesson process printed: a reading, which the
    // Code dock places at the line of the code that made it.
    void reached(const QString &reading);

    // The picture that tells the lesson (the deadlock's cycle, before the set
    // is removed): read now, and shown at the end instead of the last part's.
    // With `moment` ("at the moment the pipe was full") it is shown as that
    // moment, its caption saying so and naming who has ended since: its
    // workers keep the states they had then. Without, those asleep in it are
    // drawn as they ended.
    void keepAsFinal(const Text &moment = {});
    // A process the lesson started has ended, as its parent collected it:
    // every picture from now on says so, and the kept one (keepAsFinal()) for those asleep in it.
    void ended(qint64 pid, int exitCode, const QString &exitSignal);
    // The lesson is over: the last values stay, marked as such.
    void finish(bool failed);
    // One sample, now.
    SceneModel read();
    // Where the watched workers are, for the Code dock's marks, with the
    // readings so far.
    RunSnapshot workers() const;
    // A lesson's picture in the language installed now: what its workers do
    // in words (the lesson's own words are translated where they are drawn).
    static void retranslate(SceneModel &model);

private:
    struct Workers {
        const TelemetryBlock *block;
        QStringList names;
        QVector<QStringList> objects;
    };
    struct Process {
        QString name;
        qint64 pid;
        Role role;
    };
    struct Semaphores {
        int semid;
        QStringList names;
        bool locks;
    };
    struct Counter {
        SceneCounter last;
        Reading expected, actual;
    };
    struct Watched {
        QString kind; // queue, mq, segment, signals
        QString name;
        int id = -1;
        long msgtyp = 0;
        bool withKey = false;
        std::string mq;
        qint64 pid = 0;
        int signo = 0;
        std::optional<SceneObject> last;
    };

    void readWorkers(SceneModel &m) const;
    void readSemaphores(SceneModel &m);
    void keepRunSemaphores(SceneModel &m);
    void readObjects(SceneModel &m);
    static void addEdges(SceneModel &m);
    void markEnded(SceneModel &m, bool onlyAsleep = false) const;
    void addTaken(SceneModel &m) const;

    Text m_part;
    QString m_unit;
    QVector<Workers> m_blocks;
    QVector<Process> m_processes;
    QVector<Semaphores> m_sets;
    QVector<SceneSemaphore> m_lastSemaphores;
    QVector<Counter> m_counters;
    QVector<Watched> m_objects;
    QVector<SceneObject> m_reported;
    bool m_keepGone = false;
    QStringList m_runSemaphores;
    std::optional<SceneModel> m_run;
    std::optional<ScenePhase> m_ended;
    std::optional<SceneModel> m_final;
    Text m_moment; // which moment m_final shows, if it is one
    QString m_takenKind;
    QVector<SceneObject::Cell> m_taken;
    struct Exit {
        int code = 0;
        QString signal;
    };
    QHash<qint64, Exit> m_exits; // by pid
    RunSnapshot m_lastWorkers;
    QStringList m_readings;
    QElapsedTimer m_clock;
};

} // namespace ipcscope
