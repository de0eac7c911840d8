// The race: processes add to one counter in shared memory.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/formatter.h"

#include "engine/lessons/lessonobjects.h"

#include <QProcess>
#include <QThread>

namespace ipcscope {

namespace {

constexpr int kWorkers = 4;
constexpr int kMs = 500;

struct RaceRun {
    const char *name; // prefix of its readings
    bool oneCpu;
    bool semaphore;
};

class RaceLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("race"); }
    QString title() const override { return LessonText::tr("The race: a counter in shared memory"); }
    QString group() const override { return LessonText::tr("Synchronisation"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "Four processes, started together, add 1 to one counter in shared memory for half a second: "
            "read it, write back +1. One preempted (or on another CPU) between its read and its write "
            "writes back a stale value: every update made meanwhile is lost — on one CPU as on several. "
            "With P and V around each update, none is. Nothing yields the CPU on purpose.");
    }
    QString expected() const override
    {
        return LessonText::tr("Without the semaphore updates are lost, on all CPUs and on one; with it, none.");
    }
    QString control() const override
    {
        return LessonText::tr("Every run takes the semaphore, so no update can be lost.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }
    QString code() const override { return QStringLiteral("lesson-race"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("counter"), QStringLiteral("counter"), QStringLiteral("counter"), QStringLiteral("semaphore")};
    }

    // Runs kWorkers racers for kMs; their readings go under `run.name`.
    void race(LessonContext &c, const RaceRun &run, QJsonObject &r) const
    {
        Objects objects = createSysvSegment(sizeof(uint64_t));
        if (run.semaphore)
            objects = merge(objects, createSysvSemaphores(1, 1));
        c.own(objects);
        const Text part{run.semaphore ? QT_TRANSLATE_NOOP("Lessons", "with P and V")
                        : run.oneCpu  ? QT_TRANSLATE_NOOP("Lessons", "no semaphore, one CPU")
                                      : QT_TRANSLATE_NOOP("Lessons", "no semaphore, all CPUs")};
        c.stage().begin(part, true);
        c.stage().countIn(QStringLiteral("increments"));
        TelemetryBlock &block = c.telemetry(kWorkers);
        // The counter as the segment holds it, against the increments the
        // workers say they made (published every 1024).
        const int shmid = std::stoi(param(objects.params, "shm-id"));
        c.stage().watchCounter(
            part, QString::fromStdString(param(objects.params, "shm-key")),
            [&block] {
                qint64 made = 0;
                for (int i = 0; i < block.workers(); ++i)
                    made += qint64(block.slot(i)->messages.load());
                return made;
            },
            [shmid]() -> qint64 {
                try {
                    return qint64(readCounter(shmid));
                } catch (const std::exception &) {
                    return -1; // removed: the last value stays
                }
            },
            Text{QT_TRANSLATE_NOOP("Lessons", "lost")});
        if (run.semaphore)
            c.stage().watchSemaphores(std::stoi(param(objects.params, "sem-id")), {QStringLiteral("mutex")});
        QStringList args = {QStringLiteral("race"),
                            QStringLiteral("--shm-key"),
                            QString::fromStdString(param(objects.params, "shm-key")),
                            QStringLiteral("--ms"),
                            QString::number(kMs),
                            QStringLiteral("--telemetry"),
                            QString::fromStdString(block.name())};
        if (run.semaphore)
            args << QStringLiteral("--sem-key") << QString::fromStdString(param(objects.params, "sem-key"));
        if (run.oneCpu)
            args << QStringLiteral("--one-cpu");
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int i = 0; i < kWorkers; ++i)
            workers.push_back(c.startWorker(args + QStringList{QStringLiteral("--slot"), QString::number(i)}));
        // All at the start line, then go together: they must really overlap.
        c.waitForReady(block);
        block.setGo();
        qint64 increments = 0, switches = 0;
        QJsonArray perWorker;
        QString cpu;
        for (int i = 0; i < kWorkers; ++i) {
            const LessonContext::WorkerOutput out = c.finishWorker(*workers[size_t(i)], kMs + 30000);
            if (out.exitCode != 0)
                throw std::runtime_error(out.errorText.toStdString());
            const qint64 mine = out.value(QStringLiteral("increments")).toLongLong();
            increments += mine;
            perWorker.append(mine);
            switches += qint64(block.slot(i)->involuntaryCtxt.load());
            cpu = out.value(QStringLiteral("cpu"));
        }
        const qint64 counter = qint64(readCounter(std::stoi(param(objects.params, "shm-id"))));
        c.showNow(); // the counter's last value, before the segment goes
        c.release(objects);
        const QString p = QLatin1String(run.name) + QLatin1Char('_');
        r.insert(p + QStringLiteral("increments"), increments);
        r.insert(p + QStringLiteral("counter"), counter);
        r.insert(p + QStringLiteral("lost"), increments - counter);
        r.insert(p + QStringLiteral("per_worker"), perWorker);
        r.insert(p + QStringLiteral("preemptions"), switches);
        r.insert(p + QStringLiteral("semaphore"), run.semaphore);
        if (run.oneCpu)
            r.insert(p + QStringLiteral("cpu"), cpu.toInt());
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        const bool control = setup == LessonSetup::Control;
        QJsonObject r{{QStringLiteral("workers"), kWorkers},
                      {QStringLiteral("ms"), kMs},
                      {QStringLiteral("cpus"), QThread::idealThreadCount()}};
        const RaceRun runs[] = {{"all", false, control}, {"one", true, control}, {"sem", false, true}};
        for (const RaceRun &run : runs) {
            c.observe(
                run.semaphore
                    ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "%1 processes for %2 ms, P and V around every update%3…"))
                          .arg(kWorkers)
                          .arg(kMs)
                          .arg(run.oneCpu ? LessonLine(QT_TRANSLATE_NOOP("Lessons", ", all on one CPU")) : LessonLine())
                    : LessonLine(QT_TRANSLATE_NOOP("Lessons", "%1 processes for %2 ms, no semaphore%3…"))
                          .arg(kWorkers)
                          .arg(kMs)
                          .arg(run.oneCpu ? LessonLine(QT_TRANSLATE_NOOP("Lessons", ", all on one CPU (as taskset -c)"))
                                          : LessonLine()));
            race(c, run, r);
            const QString p = QLatin1String(run.name) + QLatin1Char('_');
            c.observe(LessonLine(
                          QT_TRANSLATE_NOOP("Lessons",
                                            "%1 increments made, the counter reads %2: %3 lost; %4 involuntary context "
                                            "switches (preemptions)."))
                          .arg(figure(Formatter::count, r.value(p + QStringLiteral("increments")).toInteger()),
                               figure(Formatter::count, r.value(p + QStringLiteral("counter")).toInteger()),
                               figure(Formatter::count, r.value(p + QStringLiteral("lost")).toInteger()),
                               figure(Formatter::count, r.value(p + QStringLiteral("preemptions")).toInteger())));
        }
        return r;
    }

    static QString lostOf(const QJsonObject &r, const char *run)
    {
        const QString p = QLatin1String(run) + QLatin1Char('_');
        return LessonText::tr("%1 of %2")
            .arg(Formatter::count(r.value(p + QStringLiteral("lost")).toInteger()),
                 Formatter::count(r.value(p + QStringLiteral("increments")).toInteger()));
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const auto racedAndLost = [&](const char *lost, const char *made) {
            return count(r, lost) > 0 && count(r, made) > 0;
        };
        return {
            {LessonText::tr("Updates lost without a semaphore, on all CPUs"), LessonText::tr("more than 0"),
             lostOf(r, "all"), racedAndLost("all_lost", "all_increments")},
            {LessonText::tr("Updates lost without a semaphore, all on one CPU"), LessonText::tr("more than 0"),
             lostOf(r, "one"), racedAndLost("one_lost", "one_increments")},
            {LessonText::tr("Updates lost with P and V around each"), LessonText::tr("0"), lostOf(r, "sem"),
             count(r, "sem_lost") == 0 && count(r, "sem_increments") > 0},
        };
    }

    LessonQuestion question() const override
    {
        return {LessonText::tr("Four processes add 1 to one counter in shared memory for %1 ms, without P and V. "
                               "Does the counter reach the number of additions made?")
                    .arg(kMs),
                {LessonText::tr("Yes, exactly"), LessonText::tr("A little less (under 1 % lost)"),
                 LessonText::tr("Far less")}};
    }

    // From the run on all CPUs without the semaphore.
    int answer(const QJsonObject &r) const override
    {
        using namespace readings;
        const qint64 made = count(r, "all_increments"), lost = count(r, "all_lost");
        if (made <= 0)
            return -1;
        if (lost <= 0)
            return 0;
        return lost * 100 < made ? 1 : 2;
    }

    QString summary(const QJsonObject &r) const override
    {
        return LessonText::tr("Without the semaphore: %1 updates lost on all CPUs, %2 on one CPU. With it: %3.")
            .arg(lostOf(r, "all"), lostOf(r, "one"), lostOf(r, "sem"));
    }
};

} // namespace

const Lesson &raceLesson()
{
    static const RaceLesson lesson;
    return lesson;
}

} // namespace ipcscope
