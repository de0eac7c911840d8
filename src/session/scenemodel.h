#pragma once
// What the scene draws, as data: one consistent picture of a run per frame,
// built from one sample (scenebuilder.h). The window draws only this, the
// CLI prints it (run --scene), and the tests hold its invariants, so every
// visual claim can be checked without a display.
//
// When the run is held (paused or stepping) and every worker has come to
// rest — held at its next call, asleep in the kernel, or ended — the picture
// is exact: a semaphore's waiters are the workers drawn asleep on it, the
// filled slots are the messages drawn in the ring, a lock drawn as held is
// held by that worker. At full speed states change faster than a frame: a
// worker then shows where it spent the last interval (shares), a semaphore
// its mean waiters, the ring its mean fill, each marked as such.
#include "engine/telemetry.h"
#include "engine/text.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ipcscope {

// A run's phases are the contract's running, paused, finished, stopped and
// failed (runrules.h decides them); Starting is a picture with no run behind
// it yet (a mechanism's preview before Start). Numbered as recordings keep them.
enum class ScenePhase { Starting, Running, Paused, Finished, Stopped, Failed };

struct SceneWorker {
    QString name; // "P1", "C2"
    qint64 pid = 0;
    Role role = Role::Producer;
    // One of: starting, ready, running, in-call, blocked, critical, paused,
    // sleeping, stopped (SIGSTOP: the kernel's word), done, failed, killed
    // (by a signal ipcscope did not send at its clean-up), ended (killed by
    // ipcscope as the run ended: it did not stop when told).
    QString state;
    QString text; // the state in words, in the current language
    // What the kernel adds to the state: the system call it sleeps in, or
    // the error it failed with (SceneText::state); kept so that a replay
    // can say the state again in its own language.
    QString detail;
    QString on;   // the semaphore or object it is in or waits on; empty if none
    QString call; // the call it is in or before, as the code writes it ("P(empty)")
    // Non-exact only: where it spent the last interval, each share with its
    // words, the largest first; they add up to at most 1.
    struct Share {
        QString key; // "P(empty)", "copy", "running"…
        QString text;
        double fraction = 0;
    };
    QVector<Share> shares;
    quint64 messages = 0;
    // What `messages` counts when it is not messages, as a lesson names it
    // ("increments"); empty: messages.
    QString unit;
    // False for a process watched from /proc alone (a lesson's): it reports
    // no counts, so none are drawn.
    bool counted = true;
    bool exited = false;
    QString exitSignal; // "SIGKILL" when it was killed
    int exitCode = 0;
};

struct SceneSemaphore {
    QString name;    // "empty", "put", "mutex"
    QString purpose; // "free slots", in the current language
    enum class Kind { Counter, Lock, Condition } kind = Kind::Counter;
    qint64 value = -1; // -1 unknown; a condition variable has none
    int waiters = 0;   // exact: as the kernel counts them (GETNCNT) or the workers asleep on it
    QStringList waiting; // the workers drawn asleep on it
    QString holder;      // a lock at 0: the worker that holds it
    qint64 lastPid = 0;  // GETPID, where the kernel says
    QString lastBy;      // its worker's name, or "ipcscope" when it set the value up
    double meanWaiters = -1; // non-exact: mean over the last interval
};

struct SceneSlot {
    int index = 0;
    // empty; written (copied in, not yet announced); announced (counted by
    // the semaphore or the count the consumers wait on)
    enum class State { Empty, Written, Announced } state = State::Empty;
    quint64 seq = 0;
    int producer = -1;
};

struct SceneRing {
    quint64 head = 0; // the counters, as the segment holds them
    quint64 tail = 0;
    int filled = 0; // slots holding a message not yet read
    QVector<SceneSlot> cells; // by slot index (not "slots": a Qt macro)
    double meanFill = -1; // non-exact: mean over the last interval
};

struct SceneObject {
    QString kind; // segment, queue, pipe, socket, signals
    QString id;   // key, name, path or port
    // What `id` is, as the workers are told it (--object): shm-key, shm, key,
    // mq, path, dir, ports, port or pid; empty for an anonymous pipe.
    QString idKind;
    QString kernelId; // the kernel's own number for it (shmid, msqid), if any
    bool live = true; // false: removed with the run; the values are its last
    QVector<QPair<QString, qint64>> fields; // depth fields, as the kernel names them
    qint64 field(const QString &name, qint64 otherwise = -1) const;
    // The field that says how much it holds: "qnum" (a System V queue's
    // messages, msg_qnum), "curmsgs" (a POSIX queue's, mq_curmsgs), "queued"
    // (the bytes in a stream or socket); empty where none does (a ring
    // counts its own slots).
    QString heldField() const;
    // It says it holds nothing: that field at 0.
    bool isEmpty() const;
    // What it holds, in order, where the kernel lets it be read without
    // taking it (a queue's messages by type); `mark` says what is special
    // about one: next (the one msgrcv takes next), torn, pending.
    struct Cell {
        QString text;
        QString mark;
    };
    QVector<Cell> cells;
};

// A number in a kernel object against what it should be: the race's counter
// read from the segment against the increments the workers made.
struct SceneCounter {
    Text name; // the lesson's words (lessonWords())
    QString id; // the segment's key, as the workers are told it
    qint64 expected = -1;
    qint64 actual = -1;
    Text shortfall; // what the difference is, in the lesson's words: "lost", "torn"
    bool live = true;
};

// A line of the wait-for graph: a worker asleep on a semaphore ("waits"), a
// semaphore at 0 held by a worker ("held"): a cycle of them is a deadlock.
struct SceneEdge {
    QString from;
    QString to;
    QString kind; // waits | held
};

struct SceneModel {
    double tS = 0;
    bool exact = false;
    ScenePhase phase = ScenePhase::Starting;
    QVector<SceneWorker> workers;
    QVector<SceneSemaphore> semaphores;
    std::optional<SceneRing> ring;
    QVector<SceneObject> objects;
    // A lesson's scene: which part of the lesson this is, its counters and
    // the wait-for graph drawn from the kernel's numbers.
    Text part; // the lesson's words (lessonWords())
    QVector<SceneCounter> counters;
    QVector<SceneEdge> edges;

    // One line of `ipcscope-cli run --scene` (see the README for the fields).
    QJsonObject toJson() const;
};

QString phaseName(ScenePhase phase);
// Finished, stopped or failed: the objects are removed, their values the last.
bool isEnded(ScenePhase phase);

// A lesson's own words in its scene — its part's caption, a counter's name
// and shortfall — in the language installed now. The lesson hands them on
// as it wrote them (QT_TRANSLATE_NOOP("Lessons", …) and the arguments), not
// translated in its thread, so that whoever draws them translates them when
// drawing and a live language switch changes them too.
QString lessonWords(const Text &words);

} // namespace ipcscope
