// The lock holder stopped (SIGSTOP): everyone else waits, asleep, using no
// CPU, until SIGCONT lets it go on.
#include "faultwatch.h"
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/scenariofile.h"

namespace ipcscope {

namespace {

class HolderStoppedLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("holder-stopped"); }
    QString title() const override { return LessonText::tr("The lock holder stopped: everyone waits"); }
    QString group() const override { return LessonText::tr("Synchronisation"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "Three producers take turns at the System V semaphore put. P1 is stopped with SIGSTOP while it holds "
            "put. The other producers pile up in P(put), the consumer in P(full): all asleep in the kernel, using "
            "no CPU. SIGCONT lets P1 go on, it gives put back, and everyone runs again.");
    }
    QString expected() const override
    {
        return LessonText::tr("While P1 is stopped: 2 waiting in P(put), nothing sent, almost no CPU; after SIGCONT all "
                              "finish.");
    }
    QString control() const override
    {
        return LessonText::tr("P1 is stopped between two messages, holding nothing: the others go on without it.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }
    QString scenario() const override { return QStringLiteral("holder-stopped"); }
    QString code() const override { return QStringLiteral("sysv-shm"); }
    QStringList sceneItems() const override
    {
        // put held by P1 with the producers asleep on it, full with the
        // consumer, as the kernel last had them.
        return {QStringLiteral("worker"), QStringLiteral("segment"), QStringLiteral("semaphore"),
                QStringLiteral("semaphore")};
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        const bool holding = setup == LessonSetup::AsTaught;
        Scenario s = exampleScenario(QStringLiteral("holder-stopped"));
        s.faults =
            holding ? QStringLiteral("0.4:stop-in-cs P1; 1.4:cont P1") : QStringLiteral("0.4:stop P1; 1.4:cont P1");
        c.observe(holding ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "P1 is stopped (SIGSTOP) while it holds put…"))
                          : LessonLine(QT_TRANSLATE_NOOP("Lessons", "P1 is stopped (SIGSTOP) between two messages…")));
        FaultWatch watch;
        c.stage().showSemaphores({QStringLiteral("put"), QStringLiteral("full")});
        const RunResult result = c.run(s, [&](const Run &run) { watch.sample(run); });
        const double stoppedAt = std::max(watch.madeAt(Fault::Verb::StopInCs), watch.madeAt(Fault::Verb::Stop));
        const double contAt = watch.madeAt(Fault::Verb::Cont);
        QJsonObject r{{QStringLiteral("stopped"), stoppedAt >= 0 && contAt > stoppedAt}};
        if (stoppedAt >= 0 && contAt > stoppedAt) {
            // From a moment after the stop (the others reach put) to the SIGCONT.
            const double from = stoppedAt + 0.2;
            r.insert(QStringLiteral("put_waiters"), watch.largest(QStringLiteral("put"), QStringLiteral("semncnt"), from, contAt));
            r.insert(QStringLiteral("sent_while_stopped"), watch.sentBetween(from, contAt));
            r.insert(QStringLiteral("cpu_while_stopped_ms"), qRound(watch.cpuOfOthers(QStringLiteral("P1"), from, contAt) * 1000));
            r.insert(QStringLiteral("window_ms"), qRound((contAt - from) * 1000));
        }
        int finished = 0;
        for (const WorkerSnapshot &w : result.workers)
            finished += w.exitCode == 0 ? 1 : 0;
        r.insert(QStringLiteral("finished"), finished);
        r.insert(QStringLiteral("workers"), result.workers.size());
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons",
                                 "While P1 was stopped: %1 waiting in P(put), %2 messages sent, %3 ms of CPU in %4 ms "
                                 "by the others. After SIGCONT %5 of %6 finished."))
                      .arg(r.value(QStringLiteral("put_waiters")).toInteger())
                      .arg(r.value(QStringLiteral("sent_while_stopped")).toInteger())
                      .arg(r.value(QStringLiteral("cpu_while_stopped_ms")).toInteger())
                      .arg(r.value(QStringLiteral("window_ms")).toInteger())
                      .arg(finished)
                      .arg(result.workers.size()));
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const qint64 window = count(r, "window_ms");
        return {
            {LessonText::tr("Waiting in P(put) while the holder is stopped"), LessonText::tr("the other 2 producers"),
             QString::number(count(r, "put_waiters")), flag(r, "stopped") && count(r, "put_waiters") == 2},
            {LessonText::tr("Work done meanwhile"), LessonText::tr("nothing sent, CPU under a tenth of the time"),
             LessonText::tr("%1 sent, %2 ms of CPU in %3 ms").arg(count(r, "sent_while_stopped")).arg(count(r, "cpu_while_stopped_ms")).arg(window),
             flag(r, "stopped") && count(r, "sent_while_stopped") == 0 && window > 0 &&
                 count(r, "cpu_while_stopped_ms") * 10 < window},
            {LessonText::tr("After SIGCONT"), LessonText::tr("everyone finishes"),
             LessonText::tr("%1 of %2 finished").arg(count(r, "finished")).arg(count(r, "workers")),
             count(r, "workers") > 0 && count(r, "finished") == count(r, "workers")},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("Holder stopped: %1 waiting in P(put), %2 sent, %3 ms of CPU; %4 of %5 finished.")
            .arg(count(r, "put_waiters"))
            .arg(count(r, "sent_while_stopped"))
            .arg(count(r, "cpu_while_stopped_ms"))
            .arg(count(r, "finished"))
            .arg(count(r, "workers"));
    }
};

} // namespace

const Lesson &holderStoppedLesson()
{
    static const HolderStoppedLesson lesson;
    return lesson;
}

} // namespace ipcscope
