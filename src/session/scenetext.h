#pragma once
// The scene model (scenemodel.h) in words, in the language installed now:
// what a worker does or where its time went, what a semaphore holds and who
// waits on it, how full the ring is, what the kernel says of the object, and
// whether the picture is exact. The window draws these words; the CLI and the
// tests can read the very same ones.
//
// An exact picture says what is; one that is not (full speed) says where the
// time went and what the means were, each labelled as such; a run that has
// ended says that its objects are gone and these were their last values.
#include "pace.h"
#include "scenemodel.h"

#include "engine/mechanism.h"

#include <QCoreApplication>
#include <QStringList>

namespace ipcscope {

class SceneText {
    Q_DECLARE_TR_FUNCTIONS(SceneText)
public:
    // A worker's state in words from the scene model's key, call and object
    // (Live and lesson scenes alike): "blocked in P(empty)". `detail` is
    // what the kernel adds: the system call it sleeps in, or the error it
    // failed with.
    static QString state(const SceneWorker &w, const QString &detail = {});
    // "stopped (SIGSTOP)": a worker the kernel holds stopped ('T' in
    // /proc/PID/stat), in every place that says so.
    static QString stopped();
    // A worker's headline: its state when the picture is exact (or it has
    // ended), otherwise where its time went.
    static QString workerState(const SceneWorker &w, bool exact);
    // The same state in fewer and shorter words, for a card too narrow for
    // one of the full form's (side by side): blocked in which operation,
    // without the kernel's detail; starting, in a shorter word.
    static QString briefState(const SceneWorker &w);
    // "P(empty) 70 % · copy 20 %": the largest shares first, at most `most`,
    // none under 5 %; empty when there are none.
    static QString shares(const SceneWorker &w, int most = 3);
    static QString messages(quint64 n); // "1 message", "5 messages"
    // What the worker counted, in its unit: "5 messages", "5 increments".
    static QString count(const SceneWorker &w);
    static QString rate(double perS);   // "4 msg/s", zero after the end
    // A process's or object's name as drawn: a lesson names its own by their
    // source words (QT_TRANSLATE_NOOP("Lessons", "receiver")), translated
    // here, when drawn, so that a live language switch renames them too;
    // "P1" stays "P1".
    static QString name(const QString &name);
    // "Producer P1" or "Consumer C1".
    static QString who(const SceneWorker &w);
    static QString pid(qint64 pid); // "pid 4242"; empty before it has one

    // A semaphore's value as drawn: "3", "?" (not read), "—" (a condition).
    static QString value(const SceneSemaphore &s);
    // The value as drawn on its card: exact, as value(); otherwise "≈3", the
    // kernel's GETVAL of one instant of a value that changes faster than a
    // frame, marked so in the value itself (a narrow card has no line to spare).
    static QString valueSampled(const SceneSemaphore &s, bool exact);
    // After a kernel reading at speed: "3 (sampled)".
    static QString sampled(const QString &value);
    // Exact: "waiting: C1, C2" or "nobody waits"; otherwise "mean waiters 1.4".
    static QString waiting(const SceneSemaphore &s, bool exact);
    // The same in shorter words, for a card too narrow for the full form's
    // ("mean waiters" at speed: «ждут в ср.»; before the first sample
    // «ждут: нет замера», where «ожидающие не измерены» was cut).
    static QString briefWaiting(const SceneSemaphore &s, bool exact);
    // A lock, exact: "held by P1" or "free"; empty for a counter, a condition
    // or a picture that is not exact.
    static QString holder(const SceneSemaphore &s, bool exact);
    // The same, where "held by P1" would be cut: "by P1".
    static QString briefHolder(const SceneSemaphore &s, bool exact);
    // "last: P1 (pid 4242)", from GETPID; empty when unknown.
    static QString lastBy(const SceneSemaphore &s);
    // The same without the pid where a worker or ipcscope was last
    // ("last: P1"), for a card too narrow for the whole.
    static QString briefLastBy(const SceneSemaphore &s);
    // Whose `pid` is, in a picture: its worker's name ("P1"), "ipcscope"
    // for this process, empty for a stranger's (or none).
    static QString pidOwner(const SceneModel &m, qint64 pid);
    // A pid with whose it is (pidOwner()): "P1 (pid 4242)", "ipcscope (pid 4200)",
    // a stranger's bare, "pid 4100".
    static QString byPid(const QString &who, qint64 pid);

    // Exact: "3 of 8 slots filled"; otherwise "mean fill 2.3 of 8 slots".
    static QString ringFill(const SceneRing &r, bool exact);
    static QString head(const SceneRing &r); // "head 11"
    static QString tail(const SceneRing &r); // "tail 8"

    // What the object is: "segment key 0x1bc5… · shmid 42", "FIFO /tmp/…".
    // Brief: the few words that still name it where the whole would be cut
    // (a narrow object side by side): "key 0x1bc5087d", "segment".
    static QString objectTitle(const SceneObject &o, const MechanismInfo &info, bool brief = false);
    // The kernel's depth of it in one line ("3 messages waiting (msg_qnum)"),
    // then what else the kernel says, a line each. In a small scene's
    // `narrow` object, in fewer words: the kernel's field left out, a ring's
    // slots as "0/8 filled".
    // What kind of object, in one word ("queue"): the title
    // where even the brief one would be cut.
    static QString objectKind(const SceneObject &o);
    static QString objectDepth(const SceneObject &o, const SceneModel &m, bool narrow = false);
    // Under the depth: what else the kernel says of it, a line each
    // (readings, "shm_nattch 3"), and what explains them rather than reads
    // the kernel (notes, "FIONREAD, as the readers see it"), drawn as labels
    // after them. One choice of object makes both.
    struct ObjectLines {
        QStringList readings;
        QStringList notes;
    };
    static ObjectLines objectLines(const SceneObject &o, const SceneModel &m);
    // How full it is, 0..1, or negative when the kernel does not say.
    static double objectFill(const SceneObject &o);
    // Whole messages waiting in it, or -1 where it holds bytes.
    static qint64 objectMessages(const SceneObject &o);

    // Over an object or a semaphore once the run has ended.
    static QString removed(); // "removed — last values"
    static QString removedBrief(); // "removed", where the whole would be cut
    // A stream's bytes queued (FIONREAD) against its capacity (F_GETPIPE_SZ).
    static QString bytesWaiting(const SceneObject &o);
    // What kind of picture this is, for the top of the scene.
    static QString picture(const SceneModel &m);
    // One line of what is happening, for the presentation caption.
    static QString caption(const SceneModel &m);
    // "1 producer → 1 consumer · 64 bytes per message · one call every 2 s ·
    // exact between calls"; at a rate, "… · 5 msg/s per producer · sampled".
    static QString shape(int producers, int consumers, qint64 size, bool takesSize, const Pace &pace);

private:
    static QString lastWas(const QString &who); // "last: P1 (pid 4242)", "last: P1"
};

} // namespace ipcscope
