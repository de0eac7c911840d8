// Deadlock: two processes, two semaphores, opposite orders.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/procinfo.h"

#include "engine/lessons/lessonobjects.h"

#include <QProcess>

namespace ipcscope {

namespace {

constexpr int kHoldMs = 300;

class DeadlockLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("deadlock"); }
    QString title() const override { return LessonText::tr("Deadlock: two semaphores, opposite orders"); }
    QString group() const override { return LessonText::tr("Synchronisation"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "P1 takes semaphore A, then B; P2 takes B, then A. Each holds its first 300 ms before asking for "
            "its second — on purpose, so that both hold one before either asks: a cycle, and both wait for "
            "ever. Removing the set wakes them with EIDRM. In one global order (A before B) there is no cycle.");
    }
    QString expected() const override
    {
        return LessonText::tr("In opposite orders both block for good and removing the set wakes both with EIDRM; in "
                              "one order both finish.");
    }
    QString control() const override { return LessonText::tr("Both take A, then B, in both runs: no cycle can form."); }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }
    QString code() const override { return QStringLiteral("lesson-deadlock"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("worker"), QStringLiteral("semaphore"), QStringLiteral("semaphore"), QStringLiteral("edge"), QStringLiteral("edge"), QStringLiteral("edge"), QStringLiteral("edge")};
    }

    // One attempt; its readings go under `p` ("opposite_" or "ordered_").
    void attempt(LessonContext &c, bool opposite, const QString &p, QJsonObject &r) const
    {
        Objects sems = createSysvSemaphores(2, 1); // A = 0, B = 1
        c.own(sems);
        const int semid = std::stoi(param(sems.params, "sem-id"));
        c.stage().begin({opposite ? QT_TRANSLATE_NOOP("Lessons", "P1: A then B; P2: B then A")
                                  : QT_TRANSLATE_NOOP("Lessons", "both: A then B")});
        TelemetryBlock &block = c.telemetry(2);
        // Each worker's state names its first and second semaphore.
        const QString a = QStringLiteral("A"), b = QStringLiteral("B");
        c.stage().watchWorkers(block, {QStringLiteral("P1"), QStringLiteral("P2")},
                               {{a, b}, opposite ? QStringList{b, a} : QStringList{a, b}});
        c.stage().watchSemaphores(semid, {a, b});
        const QString key = QString::fromStdString(param(sems.params, "sem-key"));
        const auto locker = [&](int slot, int first, int second) {
            return c.startWorker({QStringLiteral("lock"), QStringLiteral("--sem-key"), key, QStringLiteral("--first"),
                                  QString::number(first), QStringLiteral("--second"), QString::number(second),
                                  QStringLiteral("--hold-ms"), QString::number(kHoldMs), QStringLiteral("--telemetry"),
                                  QString::fromStdString(block.name()), QStringLiteral("--slot"),
                                  QString::number(slot)});
        };
        std::unique_ptr<QProcess> p1 = locker(0, 0, 1);
        std::unique_ptr<QProcess> p2 = opposite ? locker(1, 1, 0) : locker(1, 0, 1);
        c.waitForReady(block);
        block.setGo();
        const qint64 pid1 = block.slot(0)->pid.load();
        const qint64 pid2 = block.slot(1)->pid.load();
        // Asleep in P on its second semaphore (the workers name them by their order).
        const auto asleepInSecondP = [&](int slot, qint64 pid) {
            const StateWord s = unpackState(block.slot(slot)->state.load());
            return s.state == WorkerState::InCall && s.op == Op::SemP && s.object == 1 &&
                   !readProcInfo(pid).wchan.isEmpty();
        };
        // The cycle, from the kernel's numbers and the workers' states: each
        // semaphore at 0, last taken by one, waited for by the other; and
        // still so a second later.
        const auto cycle = [&] {
            const std::vector<SemaphoreReading> sem = readSemaphores(semid, 2);
            return asleepInSecondP(0, pid1) && asleepInSecondP(1, pid2) && sem[0].value == 0 && sem[1].value == 0 &&
                   sem[0].waiting == 1 && sem[1].waiting == 1 && sem[0].lastPid == pid1 && sem[1].lastPid == pid2;
        };
        bool cycled = c.waitFor(cycle, kHoldMs + 2000);
        if (cycled) {
            c.wait(1000);
            cycled = cycle();
            if (cycled && opposite)
                // The cycle is the picture the lesson ends on: drawn as that
                // moment (both asleep, each holding one), its caption saying
                // who has ended since — the set's removal woke them.
                c.stage().keepAsFinal({QT_TRANSLATE_NOOP("Lessons", "At the moment of the cycle")});
            const ProcInfo where = readProcInfo(pid1);
            r.insert(p + QStringLiteral("asleep_in"), where.syscallName);
            r.insert(p + QStringLiteral("wchan"), where.wchan);
        }
        r.insert(p + QStringLiteral("cycle"), cycled);
        const bool finished =
            c.waitFor([&] { return p1->state() == QProcess::NotRunning && p2->state() == QProcess::NotRunning; },
                      cycled ? 0 : 5000);
        r.insert(p + QStringLiteral("finished"), finished);
        // Removing the set wakes whoever waits in it with EIDRM.
        c.release(sems);
        const LessonContext::WorkerOutput o1 = c.finishWorker(*p1, 3000);
        const LessonContext::WorkerOutput o2 = c.finishWorker(*p2, 3000);
        int woken = 0;
        for (const LessonContext::WorkerOutput *o : {&o1, &o2})
            woken += o->values(QStringLiteral("removed")).size();
        r.insert(p + QStringLiteral("woken_by_eidrm"), woken);
        // The timing of the hold, as each worker lived it: "took=0@0", "asks=1@300".
        r.insert(p + QStringLiteral("p1_took"), o1.values(QStringLiteral("took")).join(QLatin1Char(' ')));
        r.insert(p + QStringLiteral("p2_took"), o2.values(QStringLiteral("took")).join(QLatin1Char(' ')));
        r.insert(p + QStringLiteral("p1_asks"), o1.value(QStringLiteral("asks")));
        r.insert(p + QStringLiteral("p2_asks"), o2.value(QStringLiteral("asks")));
        r.insert(p + QStringLiteral("pids"), QJsonArray{pid1, pid2});
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        QJsonObject r{{QStringLiteral("hold_ms"), kHoldMs}};
        const bool opposite = setup == LessonSetup::AsTaught;
        c.observe(opposite
                      ? LessonLine(QT_TRANSLATE_NOOP(
                                       "Lessons", "P1 takes A then B; P2 takes B then A; each holds its first %1 ms…"))
                            .arg(kHoldMs)
                      : LessonLine(QT_TRANSLATE_NOOP("Lessons", "Both take A then B; each holds its first %1 ms…"))
                            .arg(kHoldMs));
        attempt(c, opposite, QStringLiteral("opposite_"), r);
        if (r.value(QStringLiteral("opposite_cycle")).toBool())
            c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                     "Lessons",
                                     "A wait-for cycle: A held by P1 (pid %1) and awaited by P2, B held by P2 (pid %2) "
                                     "and awaited by P1 — both at 0 with one waiter each (GETVAL, GETNCNT, GETPID); "
                                     "both still asleep in %3 (wchan %4) a second later."))
                          .arg(r.value(QStringLiteral("opposite_pids")).toArray().at(0).toInteger())
                          .arg(r.value(QStringLiteral("opposite_pids")).toArray().at(1).toInteger())
                          .arg(r.value(QStringLiteral("opposite_asleep_in")).toString(),
                               r.value(QStringLiteral("opposite_wchan")).toString()));
        else
            c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "No cycle formed.")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons",
                                 "Asked for the second at %1 ms (P1) and %2 ms (P2) after the start; the set removed: "
                                 "%3 of 2 woken by EIDRM."))
                      .arg(r.value(QStringLiteral("opposite_p1_asks")).toString().section(QLatin1Char('@'), 1),
                           r.value(QStringLiteral("opposite_p2_asks")).toString().section(QLatin1Char('@'), 1))
                      .arg(r.value(QStringLiteral("opposite_woken_by_eidrm")).toInt()));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "Both take A, then B…")));
        attempt(c, false, QStringLiteral("ordered_"), r);
        c.observe(r.value(QStringLiteral("ordered_finished")).toBool()
                      ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "Both finished: one waited for A, then went through."))
                      : LessonLine(QT_TRANSLATE_NOOP("Lessons", "They did not finish.")));
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const auto yesNo = [](bool b) { return b ? LessonText::tr("yes") : LessonText::tr("no"); };
        return {
            {LessonText::tr("Opposite orders: a wait-for cycle that lasts"), LessonText::tr("yes"),
             yesNo(flag(r, "opposite_cycle")), flag(r, "opposite_cycle") && !flag(r, "opposite_finished")},
            {LessonText::tr("Removing the set woke the waiters with EIDRM"), LessonText::tr("2 of 2"),
             LessonText::tr("%1 of 2").arg(count(r, "opposite_woken_by_eidrm")), count(r, "opposite_woken_by_eidrm") == 2},
            {LessonText::tr("One order: both finished"), LessonText::tr("yes"), yesNo(flag(r, "ordered_finished")),
             flag(r, "ordered_finished") && !flag(r, "ordered_cycle")},
        };
    }

    LessonQuestion question() const override
    {
        return {LessonText::tr("Each of two processes has taken its first semaphore and now asks for the other's. "
                               "What happens?"),
                {LessonText::tr("Both finish"), LessonText::tr("Both wait for ever, until the set is removed"),
                 LessonText::tr("One of them fails")}};
    }

    // From the run in opposite orders.
    int answer(const QJsonObject &r) const override
    {
        using namespace readings;
        if (flag(r, "opposite_finished"))
            return 0;
        if (flag(r, "opposite_cycle"))
            return 1;
        return r.contains(QStringLiteral("opposite_cycle")) ? 2 : -1;
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("Opposite orders: %1; removing the set woke %2 of 2 with EIDRM. One order: %3.")
            .arg(flag(r, "opposite_cycle") ? LessonText::tr("a wait-for cycle, both blocked for good")
                                           : LessonText::tr("no cycle"))
            .arg(count(r, "opposite_woken_by_eidrm"))
            .arg(flag(r, "ordered_finished") ? LessonText::tr("both finished") : LessonText::tr("stuck"));
    }
};

} // namespace

const Lesson &deadlockLesson()
{
    static const DeadlockLesson lesson;
    return lesson;
}

} // namespace ipcscope
