// Lesson 1, the race: processes add to one counter in shared memory.
#include "lessonlist.h"

#include "session/formatter.h"

#include "engine/lessons/lessonobjects.h"

#include <QProcess>

namespace ipcscope {

namespace {

constexpr int kWorkers = 4;
constexpr int kTimes = 50000;

class RaceLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("race"); }
    QString title() const override { return LessonText::tr("The race: a counter in shared memory"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "Four processes each add 1 to one counter in shared memory, 50 000 times: read, then write back "
            "+ 1. Without a semaphore two read the same value and an update is lost; with a System V "
            "semaphore around each update (P, update, V) none is. Every 5 000th time each yields the CPU "
            "between read and write (sched_yield), as a preemption would, so the race shows on a busy "
            "machine too.");
    }
    QString expected() const override
    {
        return LessonText::tr("Without the semaphore the counter ends below 200 000; with it, at exactly 200 000.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }

    // Returns the counter after kWorkers processes added kTimes each.
    quint64 count(LessonContext &c, bool withSemaphore) const
    {
        Objects objects = createSysvSegment(sizeof(uint64_t));
        if (withSemaphore)
            objects = merge(objects, createSysvSemaphores(1, 1));
        c.own(objects);
        TelemetryBlock &block = c.telemetry(kWorkers);
        QStringList args = {QStringLiteral("race"),
                            QStringLiteral("--shm-key"),
                            QString::fromStdString(param(objects.params, "shm-key")),
                            QStringLiteral("--times"),
                            QString::number(kTimes),
                            QStringLiteral("--telemetry"),
                            QString::fromStdString(block.name())};
        if (withSemaphore)
            args << QStringLiteral("--sem-key") << QString::fromStdString(param(objects.params, "sem-key"));
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int i = 0; i < kWorkers; ++i)
            workers.push_back(c.startWorker(args + QStringList{QStringLiteral("--slot"), QString::number(i)}));
        // All at the start line, then go together: they must really overlap.
        c.waitFor(
            [&] {
                for (int i = 0; i < kWorkers; ++i)
                    if (unpackState(block.slot(i)->state.load()).state != WorkerState::Ready)
                        return false;
                return true;
            },
            10000);
        block.setGo();
        c.waitFor(
            [&] {
                for (const auto &w : workers)
                    if (w->state() != QProcess::NotRunning)
                        return false;
                return true;
            },
            60000);
        for (const auto &w : workers)
            if (w->exitCode() != 0)
                throw std::runtime_error(LessonContext::outputOf(*w).errorText.toStdString());
        const quint64 counter = readCounter(std::stoi(param(objects.params, "shm-id")));
        c.release(objects);
        return counter;
    }

    LessonOutcome run(LessonContext &c) const override
    {
        const quint64 expectedTotal = quint64(kWorkers) * kTimes;
        c.observe(LessonText::tr("Without a semaphore: %1 processes, %2 increments each…")
                      .arg(kWorkers)
                      .arg(Formatter::count(kTimes)));
        const quint64 racing = count(c, false);
        c.observe(LessonText::tr("The counter reads %1 of %2: %3 updates lost.")
                      .arg(Formatter::count(racing), Formatter::count(expectedTotal),
                           Formatter::count(expectedTotal - std::min(racing, expectedTotal))));
        c.observe(LessonText::tr("With P(sem) and V(sem) around every update…"));
        const quint64 guarded = count(c, true);
        c.observe(LessonText::tr("The counter reads %1 of %2.")
                      .arg(Formatter::count(guarded), Formatter::count(expectedTotal)));
        LessonOutcome o;
        o.measured =
            LessonText::tr("Without the semaphore: %1 of %2 (%3 updates lost). With it: %4 of %2.")
                .arg(Formatter::count(racing), Formatter::count(expectedTotal),
                     Formatter::count(expectedTotal - std::min(racing, expectedTotal)), Formatter::count(guarded));
        o.asExpected = racing < expectedTotal && guarded == expectedTotal;
        return o;
    }
};

} // namespace

const Lesson &raceLesson()
{
    static const RaceLesson lesson;
    return lesson;
}

} // namespace ipcscope
