// Lesson 6, deadlock: two processes, two semaphores, opposite orders.
#include "lessonlist.h"

#include "session/procinfo.h"

#include "engine/lessons/lessonobjects.h"

#include <QProcess>

namespace ipcscope {

namespace {

class DeadlockLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("deadlock"); }
    QString title() const override { return LessonText::tr("Deadlock: two semaphores, opposite orders"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "P1 takes semaphore A, then B; P2 takes B, then A. Each gets its first and waits for its "
            "second, which the other holds: a cycle, and both wait for ever. Taking them in one global "
            "order (A before B, always) breaks the cycle.");
    }
    QString expected() const override
    {
        return LessonText::tr("In opposite orders both block for good (a wait-for cycle); in one order both finish.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }

    struct Attempt {
        bool cycle = false;
        bool finished = false;
        QString picture;
    };

    Attempt attempt(LessonContext &c, bool oppositeOrders) const
    {
        Objects sems = createSysvSemaphores(2, 1); // A = 0, B = 1
        c.own(sems);
        const int semid = std::stoi(param(sems.params, "sem-id"));
        TelemetryBlock &block = c.telemetry(2);
        const QString key = QString::fromStdString(param(sems.params, "sem-key"));
        const auto locker = [&](int slot, int first, int second) {
            return c.startWorker({QStringLiteral("lock"), QStringLiteral("--sem-key"), key, QStringLiteral("--first"),
                                  QString::number(first), QStringLiteral("--second"), QString::number(second),
                                  QStringLiteral("--hold-ms"), QStringLiteral("300"), QStringLiteral("--telemetry"),
                                  QString::fromStdString(block.name()), QStringLiteral("--slot"),
                                  QString::number(slot)});
        };
        std::unique_ptr<QProcess> p1 = locker(0, 0, 1);
        std::unique_ptr<QProcess> p2 = oppositeOrders ? locker(1, 1, 0) : locker(1, 0, 1);
        c.waitFor(
            [&] {
                return unpackState(block.slot(0)->state.load()).state == WorkerState::Ready &&
                       unpackState(block.slot(1)->state.load()).state == WorkerState::Ready;
            },
            10000);
        block.setGo();
        Attempt a;
        const qint64 pid1 = block.slot(0)->pid.load();
        const qint64 pid2 = block.slot(1)->pid.load();
        const auto asleepInP = [&](int slot, qint64 pid, int sem) {
            const StateWord s = unpackState(block.slot(slot)->state.load());
            return s.state == WorkerState::InCall && s.op == Op::SemP && s.object == sem &&
                   !readProcInfo(pid).wchan.isEmpty();
        };
        // The cycle, from the kernel's numbers and the workers' states: each
        // semaphore is at 0, last taken by one, waited for by the other.
        a.cycle = c.waitFor(
            [&] {
                const std::vector<SemaphoreReading> sem = readSemaphores(semid, 2);
                return asleepInP(0, pid1, 1) && asleepInP(1, pid2, 0) && sem[0].value == 0 && sem[1].value == 0 &&
                       sem[0].waiting == 1 && sem[1].waiting == 1 && sem[0].lastPid == pid1 && sem[1].lastPid == pid2;
            },
            oppositeOrders ? 3000 : 1500);
        if (a.cycle) {
            c.wait(1000); // and it stays that way
            const std::vector<SemaphoreReading> sem = readSemaphores(semid, 2);
            a.cycle = sem[0].waiting == 1 && sem[1].waiting == 1 && asleepInP(0, pid1, 1) && asleepInP(1, pid2, 0);
            const ProcInfo where = readProcInfo(pid1);
            a.picture =
                LessonText::tr("P1 (pid %1) holds A and waits for B; P2 (pid %2) holds B and waits for A — "
                               "A: value 0, GETNCNT 1, last taken by %1; B: value 0, GETNCNT 1, last taken by %2; "
                               "both asleep in %3 (wchan %4)")
                    .arg(pid1)
                    .arg(pid2)
                    .arg(where.syscallName, where.wchan);
        }
        a.finished =
            c.waitFor([&] { return p1->state() == QProcess::NotRunning && p2->state() == QProcess::NotRunning; },
                      oppositeOrders ? 0 : 5000);
        // Removing the set wakes both with EIDRM; the lesson ends either way.
        c.release(sems);
        c.waitFor([&] { return p1->state() == QProcess::NotRunning && p2->state() == QProcess::NotRunning; }, 3000);
        return a;
    }

    LessonOutcome run(LessonContext &c) const override
    {
        c.observe(LessonText::tr("P1 takes A then B; P2 takes B then A…"));
        const Attempt opposite = attempt(c, true);
        c.observe(opposite.cycle ? opposite.picture : LessonText::tr("No cycle formed."));
        c.observe(LessonText::tr("Removing the semaphore set ends the wait (EIDRM)."));
        c.observe(LessonText::tr("Both take A, then B…"));
        const Attempt ordered = attempt(c, false);
        c.observe(ordered.finished ? LessonText::tr("Both finished: one waited a moment for A, then went through.")
                                   : LessonText::tr("They did not finish."));
        LessonOutcome o;
        o.measured = LessonText::tr("Opposite orders: %1. One order: %2.")
                         .arg(opposite.cycle ? LessonText::tr("a wait-for cycle, both blocked for good")
                                             : LessonText::tr("no cycle"),
                              ordered.finished ? LessonText::tr("both finished") : LessonText::tr("stuck"));
        o.asExpected = opposite.cycle && !opposite.finished && ordered.finished && !ordered.cycle;
        return o;
    }
};

} // namespace

const Lesson &deadlockLesson()
{
    static const DeadlockLesson lesson;
    return lesson;
}

} // namespace ipcscope
