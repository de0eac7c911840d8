// SEM_UNDO: the kernel gives back a lock whose holder died holding it.
#include "faultwatch.h"
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/scenariofile.h"

#include <algorithm>

namespace ipcscope {

namespace {

// As the kernel has it at this poll: put at 0 (GETVAL), one waiter
// (GETNCNT), last taken by P1 (GETPID), P1 gone, and P2 asleep in the
// kernel (/proc wchan) in P(put) — and drawn so: at this pace the picture
// gives where a worker spent the last interval, and P2 spent all of it in
// P(put) (its first poll asleep drew it "P(empty) 55 %").
bool waitsForADeadHolder(const Run &run)
{
    const RunSnapshot &s = run.snapshot();
    const WorkerSnapshot *p1 = workerNamed(s.workers, QStringLiteral("P1"));
    const WorkerSnapshot *p2 = workerNamed(s.workers, QStringLiteral("P2"));
    if (!s.started || !p1 || !p2 || !p1->exited || p2->exited || !p2->blocked || p2->wchan.isEmpty())
        return false;
    const QVector<SceneWorker> &drawn = run.scene().workers;
    const bool inPPut = std::any_of(drawn.begin(), drawn.end(), [&](const SceneWorker &w) {
        return w.pid == p2->pid && w.state == QLatin1String("blocked") && w.on == QLatin1String("put") &&
               std::all_of(w.shares.begin(), w.shares.end(),
                           [](const SceneWorker::Share &share) { return share.key == QLatin1String("P(put)"); });
    });
    return inPPut && s.reading(QStringLiteral("put"), QStringLiteral("semval")) == 0 &&
           s.reading(QStringLiteral("put"), QStringLiteral("semncnt")) == 1 &&
           s.reading(QStringLiteral("put"), QStringLiteral("sempid")) == p1->pid;
}

class SemUndoLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("sem-undo"); }
    QString title() const override { return LessonText::tr("SEM_UNDO: a lock its dead holder gives back"); }
    QString group() const override { return LessonText::tr("Synchronisation"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "Two producers share a ring guarded by the System V semaphore put. P1 is killed with SIGKILL while it "
            "holds put. Taken with SEM_UNDO, the kernel undoes P1's P(put) when P1 dies and P2 goes on. Taken "
            "without, put stays 0 for ever and P2 sleeps in P(put) until the run is ended.");
    }
    QString expected() const override
    {
        return LessonText::tr("With SEM_UNDO put is 1 again and P2 finishes; without it put stays 0 with P2 waiting.");
    }
    QString control() const override
    {
        return LessonText::tr("P1 is killed between two messages, holding nothing: nothing needs undoing, and P2 "
                              "finishes either way.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }
    QString scenario() const override { return QStringLiteral("sem-undo"); }
    QString code() const override { return QStringLiteral("sysv-shm"); }
    QStringList sceneItems() const override
    {
        // put, given back or not, as the kernel last had it.
        return {QStringLiteral("worker"), QStringLiteral("segment"), QStringLiteral("semaphore")};
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        QJsonObject r;
        const bool inside = setup == LessonSetup::AsTaught;
        for (const bool undo : {true, false}) {
            const QString prefix = undo ? QStringLiteral("undo_") : QStringLiteral("plain_");
            Scenario s = exampleScenario(QStringLiteral("sem-undo"));
            s.semUndo = undo;
            s.faults = inside ? QStringLiteral("0.4:kill-in-cs P1") : QStringLiteral("0.4:kill P1");
            c.observe(undo ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "put taken with SEM_UNDO; P1 killed %1…"))
                                 .arg(inside ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "holding it"))
                                             : LessonLine(QT_TRANSLATE_NOOP("Lessons", "between messages")))
                           : LessonLine(QT_TRANSLATE_NOOP("Lessons", "put taken without SEM_UNDO; P1 killed %1…"))
                                 .arg(inside ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "holding it"))
                                             : LessonLine(QT_TRANSLATE_NOOP("Lessons", "between messages"))));
            FaultWatch watch;
            c.stage().showSemaphores({QStringLiteral("put")});
            // Without SEM_UNDO, killed holding put: the picture the lesson
            // ends on is the moment the kernel shows P2 asleep in P(put) for
            // ever — not the run's end, after the clean-up.
            const bool keep = !undo && inside;
            bool kept = false;
            const RunResult result = c.run(s, [&](const Run &run) {
                watch.sample(run);
                if (keep && !kept && waitsForADeadHolder(run)) {
                    c.stage().showRun(run.scene());
                    c.stage().keepAsFinal({QT_TRANSLATE_NOOP("Lessons", "At the moment P2 slept on put, its holder dead")});
                    kept = true;
                }
            });
            if (keep)
                r.insert(prefix + QStringLiteral("seen_waiting"), kept);
            if (keep && !kept)
                c.observe(LessonLine(QT_TRANSLATE_NOOP(
                    "Lessons", "The kernel never showed P2 asleep on put with its holder dead: no picture of it is kept.")));
            const double killedAt = std::max(watch.madeAt(Fault::Verb::KillInCs), watch.madeAt(Fault::Verb::Kill));
            const WorkerSnapshot *p2 = workerNamed(result.workers, QStringLiteral("P2"));
            const qint64 value = killedAt < 0 ? -1 : watch.first(QStringLiteral("put"), QStringLiteral("semval"), killedAt + 0.3);
            const qint64 waiters =
                killedAt < 0 ? -1 : watch.first(QStringLiteral("put"), QStringLiteral("semncnt"), killedAt + 0.3);
            const bool finished = p2 && p2->exitCode == 0;
            r.insert(prefix + QStringLiteral("killed"), killedAt >= 0);
            r.insert(prefix + QStringLiteral("put_value"), value);
            r.insert(prefix + QStringLiteral("put_waiters"), waiters);
            r.insert(prefix + QStringLiteral("p2_finished"), finished);
            c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons",
                                                   "0.3 s later put = %1 with %2 waiting (GETVAL, GETNCNT); P2 %3."))
                          .arg(value)
                          .arg(waiters)
                          .arg(finished ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "finished"))
                                        : LessonLine(QT_TRANSLATE_NOOP("Lessons", "never finished"))));
        }
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const auto state = [&](const char *value, const char *waiters, const char *finished) {
            return LessonText::tr("put = %1, %2 waiting; P2 %3")
                .arg(count(r, value))
                .arg(count(r, waiters))
                .arg(flag(r, finished) ? LessonText::tr("finished") : LessonText::tr("never finished"));
        };
        // Without SEM_UNDO the claim is "the lock died with its holder": it
        // is shown only by the moment itself — the kernel showing P2 asleep
        // on put with its holder P1 dead (GETVAL 0, GETNCNT 1, GETPID P1,
        // kept as the lesson's picture) — and by put still 0 with P2 waiting
        // 0.3 s after the kill. Readings of 0 and 1 alone could be any
        // instant of a slow run (P2 not yet at put, P1 not yet reaped); a
        // moment never seen shows nothing, and the check says so, failed
        // (the control's P1, killed holding nothing, never leaves it either).
        // With SEM_UNDO the kernel gave put back: P1 died holding it, and
        // only the undo could let P2 through, so nobody waits on put 0.3 s
        // later and P2 finishes.
        const bool seen = flag(r, "plain_seen_waiting");
        return {
            {LessonText::tr("Holder killed, put taken with SEM_UNDO"),
             LessonText::tr("the kernel gives put back: 1, nobody waiting; P2 finishes"),
             state("undo_put_value", "undo_put_waiters", "undo_p2_finished"),
             flag(r, "undo_killed") && count(r, "undo_put_waiters") == 0 && flag(r, "undo_p2_finished")},
            {LessonText::tr("Holder killed, put taken without SEM_UNDO"),
             LessonText::tr("put stays 0 with P2 waiting; P2 never finishes"),
             seen ? state("plain_put_value", "plain_put_waiters", "plain_p2_finished")
                  : LessonText::tr("P2 never seen asleep on put with its holder dead; %1")
                        .arg(state("plain_put_value", "plain_put_waiters", "plain_p2_finished")),
             flag(r, "plain_killed") && seen && count(r, "plain_put_value") == 0 &&
                 count(r, "plain_put_waiters") == 1 && !flag(r, "plain_p2_finished")},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("With SEM_UNDO: put = %1, P2 %2. Without: put = %3 with %4 waiting, P2 %5.")
            .arg(count(r, "undo_put_value"))
            .arg(flag(r, "undo_p2_finished") ? LessonText::tr("finished") : LessonText::tr("never finished"))
            .arg(count(r, "plain_put_value"))
            .arg(count(r, "plain_put_waiters"))
            .arg(flag(r, "plain_p2_finished") ? LessonText::tr("finished") : LessonText::tr("never finished"));
    }
};

} // namespace

const Lesson &semUndoLesson()
{
    static const SemUndoLesson lesson;
    return lesson;
}

} // namespace ipcscope
