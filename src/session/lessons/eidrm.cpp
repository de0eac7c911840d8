// EIDRM: a semaphore set removed under the processes asleep on it.
#include "faultwatch.h"
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/scenariofile.h"

#include <cerrno>

namespace ipcscope {

namespace {

class EidrmLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("eidrm"); }
    QString title() const override { return LessonText::tr("EIDRM: the set removed under its waiters"); }
    QString group() const override { return LessonText::tr("Synchronisation"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "The producer is stopped; both consumers fall asleep in P(full) on the System V set. Then the set is "
            "removed (semctl IPC_RMID). The kernel wakes every process asleep on it, and each semop returns -1 with "
            "errno EIDRM: the object it waited on no longer exists.");
    }
    QString expected() const override
    {
        return LessonText::tr("Two consumers asleep on the set; both woken by its removal with EIDRM.");
    }
    QString control() const override
    {
        return LessonText::tr("The producer is continued and the set is left alone: the consumers wake with a "
                              "message, never with EIDRM.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }
    QString scenario() const override { return QStringLiteral("eidrm"); }
    QString code() const override { return QStringLiteral("sysv-shm"); }
    QStringList sceneItems() const override
    {
        // full, the consumers asleep on it, as the kernel last had it.
        return {QStringLiteral("worker"), QStringLiteral("segment"), QStringLiteral("semaphore")};
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        const bool remove = setup == LessonSetup::AsTaught;
        Scenario s = exampleScenario(QStringLiteral("eidrm"));
        s.faults = remove ? QStringLiteral("0.3:stop P1; 0.8:rmid sem; 0.9:cont P1")
                          : QStringLiteral("0.3:stop P1; 0.9:cont P1");
        c.observe(remove
                      ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "P1 stopped; the consumers wait; the set is removed…"))
                      : LessonLine(QT_TRANSLATE_NOOP("Lessons", "P1 stopped; the consumers wait; P1 is continued…")));
        FaultWatch watch;
        c.stage().showSemaphores({QStringLiteral("full")});
        const RunResult result = c.run(s, [&](const Run &run) { watch.sample(run); });
        const double stoppedAt = watch.madeAt(Fault::Verb::Stop);
        const double removedAt = watch.madeAt(Fault::Verb::Rmid);
        const int asleep = stoppedAt < 0 ? 0 : watch.mostAsleep(Role::Consumer, stoppedAt + 0.2, stoppedAt + 0.5);
        const qint64 waiters = stoppedAt < 0 ? -1 : watch.largest(QStringLiteral("full"), QStringLiteral("semncnt"),
                                                                  stoppedAt + 0.2, stoppedAt + 0.5);
        int woken = 0;
        for (const WorkerSnapshot &w : result.workers)
            woken += w.role == Role::Consumer && w.error == EIDRM ? 1 : 0;
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "Asleep in P(full): %1 (GETNCNT %2). Woken with EIDRM: %3."))
                      .arg(asleep)
                      .arg(waiters)
                      .arg(woken));
        return {{QStringLiteral("removed"), removedAt >= 0},
                {QStringLiteral("asleep"), asleep},
                {QStringLiteral("waiters"), waiters},
                {QStringLiteral("woken_by_eidrm"), woken}};
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        return {
            {LessonText::tr("Consumers asleep on the set"), LessonText::tr("2 (GETNCNT of full: 2)"),
             LessonText::tr("%1 (GETNCNT of full: %2)").arg(count(r, "asleep")).arg(count(r, "waiters")),
             count(r, "asleep") == 2 && count(r, "waiters") == 2},
            {LessonText::tr("Woken by the removal"), LessonText::tr("both, with EIDRM"),
             LessonText::tr("%1 with EIDRM").arg(count(r, "woken_by_eidrm")),
             flag(r, "removed") && count(r, "woken_by_eidrm") == 2},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("%1 asleep on the set; %2 woken with EIDRM.")
            .arg(count(r, "asleep"))
            .arg(count(r, "woken_by_eidrm"));
    }
};

} // namespace

const Lesson &eidrmLesson()
{
    static const EidrmLesson lesson;
    return lesson;
}

} // namespace ipcscope
