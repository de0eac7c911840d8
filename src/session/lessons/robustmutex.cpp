// A robust mutex: the next locker learns that the holder died (EOWNERDEAD)
// and makes the state consistent again.
#include "faultwatch.h"
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/scenariofile.h"

#include <memory>

namespace ipcscope {

namespace {

class RobustMutexLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("robust-mutex"); }
    QString title() const override { return LessonText::tr("A robust mutex: EOWNERDEAD and recovery"); }
    QString group() const override { return LessonText::tr("Synchronisation"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "Two producers share a ring in shared memory behind a process-shared mutex made robust "
            "(PTHREAD_MUTEX_ROBUST). P1 is killed with SIGKILL while it holds the mutex. The kernel hands the "
            "mutex to the next locker with EOWNERDEAD; it calls pthread_mutex_consistent() and the run goes on.");
    }
    QString expected() const override
    {
        return LessonText::tr("One EOWNERDEAD, made consistent; P2 and the consumer finish.");
    }
    QString control() const override
    {
        return LessonText::tr("P1 is stopped and continued instead: its owner never dies, so nobody sees EOWNERDEAD.");
    }
    QString mechanism() const override { return QStringLiteral("shm-mutex"); }
    QString scenario() const override { return QStringLiteral("robust-mutex"); }
    QString code() const override { return QStringLiteral("shm-mutex"); }
    QStringList sceneItems() const override { return {QStringLiteral("worker"), QStringLiteral("counter")}; }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        const bool kill = setup == LessonSetup::AsTaught;
        Scenario s = exampleScenario(QStringLiteral("robust-mutex"));
        s.faults = kill ? QStringLiteral("0.4:kill-in-cs P1") : QStringLiteral("0.4:stop-in-cs P1; 0.8:cont P1");
        c.observe(
            kill ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "P1 is killed while it holds the mutex…"))
                 : LessonLine(QT_TRANSLATE_NOOP("Lessons", "P1 is stopped while it holds the mutex, and continued…")));
        FaultWatch watch;
        // The scene says what happened, in the lecture's words: who was
        // killed holding the mutex, and the EOWNERDEAD the next locker got,
        // as the workers count it.
        auto seen = std::make_shared<qint64>(0);
        c.stage().begin({kill ? QT_TRANSLATE_NOOP("Lessons", "P1 killed holding the robust mutex: the next locker gets "
                                                             "EOWNERDEAD and makes it consistent")
                              : QT_TRANSLATE_NOOP("Lessons", "P1 stopped holding the mutex, then continued: its owner "
                                                             "never dies"),
                         {}});
        c.stage().watchCounter({QT_TRANSLATE_NOOP("Lessons", "EOWNERDEAD, then pthread_mutex_consistent()"), {}},
                               QString(), [kill] { return qint64(kill ? 1 : 0); }, [seen] { return *seen; },
                               {QT_TRANSLATE_NOOP("Lessons", "not seen"), {}});
        const RunResult result = c.run(s, [&](const Run &run) {
            watch.sample(run);
            qint64 ownerDead = 0;
            for (const WorkerSnapshot &w : run.snapshot().workers)
                ownerDead += qint64(w.ownerDead);
            *seen = ownerDead;
        });
        quint64 ownerDead = 0;
        QStringList finishers;
        for (const WorkerSnapshot &w : result.workers) {
            ownerDead += w.ownerDead;
            if (w.name() != QLatin1String("P1") && w.exitCode == 0)
                finishers << w.name();
        }
        *seen = qint64(ownerDead); // as the run ended, for the last picture
        const bool held = watch.madeAt(kill ? Fault::Verb::KillInCs : Fault::Verb::StopInCs) >= 0;
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "EOWNERDEAD seen %1 time(s); finished: %2."))
                      .arg(ownerDead)
                      .arg(finishers.join(QStringLiteral(", "))));
        return {{QStringLiteral("caught_holding"), held},
                {QStringLiteral("owner_dead"), qint64(ownerDead)},
                {QStringLiteral("others_finished"), finishers.size() == 2},
                {QStringLiteral("finished"), finishers.join(QStringLiteral(", "))}};
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        return {
            {LessonText::tr("The next locker after the holder died"),
             LessonText::tr("EOWNERDEAD once, then pthread_mutex_consistent()"),
             LessonText::tr("EOWNERDEAD %1 time(s)").arg(count(r, "owner_dead")),
             flag(r, "caught_holding") && count(r, "owner_dead") == 1},
            {LessonText::tr("The run after the recovery"), LessonText::tr("P2 and C1 finish"),
             text(r, "finished").isEmpty() ? LessonText::tr("nobody finished")
                                           : LessonText::tr("finished: %1").arg(text(r, "finished")),
             flag(r, "others_finished")},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("EOWNERDEAD %1 time(s); %2.")
            .arg(count(r, "owner_dead"))
            .arg(flag(r, "others_finished") ? LessonText::tr("the others finished")
                                            : LessonText::tr("the others did not finish"));
    }
};

} // namespace

const Lesson &robustMutexLesson()
{
    static const RobustMutexLesson lesson;
    return lesson;
}

} // namespace ipcscope
