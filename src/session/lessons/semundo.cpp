// SEM_UNDO: the kernel gives back a lock whose holder died holding it.
#include "faultwatch.h"
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/scenariofile.h"

namespace ipcscope {

namespace {

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
            const RunResult result = c.run(s, [&](const Run &run) { watch.sample(run); });
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
        return {
            {LessonText::tr("Holder killed, put taken with SEM_UNDO"),
             LessonText::tr("the kernel gives put back: 1, nobody waiting; P2 finishes"),
             state("undo_put_value", "undo_put_waiters", "undo_p2_finished"),
             flag(r, "undo_killed") && count(r, "undo_put_waiters") == 0 && flag(r, "undo_p2_finished")},
            {LessonText::tr("Holder killed, put taken without SEM_UNDO"),
             LessonText::tr("put stays 0 with P2 waiting; P2 never finishes"),
             state("plain_put_value", "plain_put_waiters", "plain_p2_finished"),
             flag(r, "plain_killed") && count(r, "plain_put_value") == 0 && count(r, "plain_put_waiters") == 1 &&
                 !flag(r, "plain_p2_finished")},
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
