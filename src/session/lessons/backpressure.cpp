// Back-pressure: a slow reader fills the pipe and the writer blocks.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/formatter.h"
#include "session/scenariofile.h"

#include "engine/limits.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace ipcscope {

namespace {

constexpr int kPage = 4096;

// What F_GETPIPE_SZ says of a new pipe here: the size is read, not assumed.
qint64 newPipeCapacity()
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return 0;
    const int size = fcntl(fds[0], F_GETPIPE_SZ);
    close(fds[0]);
    close(fds[1]);
    return std::max(size, 0);
}

class BackPressureLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("back-pressure"); }
    QString title() const override { return LessonText::tr("Back-pressure: a full pipe stops the writer"); }
    QString group() const override { return LessonText::tr("Pipes"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "A writer as fast as it can, a reader taking 50 messages of 4 KiB a second. The pipe fills up to "
            "its capacity (F_GETPIPE_SZ, read before anything is said of it) and then write() blocks: the "
            "writer sleeps in the kernel until the reader makes room. F_SETPIPE_SZ gives the pipe more room.");
    }
    QString expected() const override
    {
        return LessonText::tr("The pipe fills to its capacity and the writer blocks in write(); after F_SETPIPE_SZ "
                              "it holds the larger capacity before the writer blocks.");
    }
    QString control() const override
    {
        return LessonText::tr("The writer writes half the pipe's capacity in all: the pipe never fills.");
    }
    QString mechanism() const override { return QStringLiteral("pipe"); }
    QString code() const override { return QStringLiteral("pipe"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("pipe")};
    }
    QString scenario() const override { return QStringLiteral("back-pressure"); }

    // One run; readings under `p`. capacity: F_SETPIPE_SZ (0: the default),
    // known: what the pipe will hold, to write half of it in the control.
    void watchFill(LessonContext &c, int capacity, qint64 known, bool control, const QString &p, QJsonObject &r) const
    {
        Scenario s = exampleScenario(QStringLiteral("back-pressure"));
        s.tweaks.pipeCapacity = capacity;
        if (control) {
            s.durationS = 0;
            s.count = std::max<qint64>(1, known / 2 / s.size);
        } else {
            // The writer fills the pipe at once; a second is many samples of it full.
            s.durationS = 1.0;
            s.count = 0;
        }
        qint64 most = 0, capacitySeen = 0;
        QString blockedIn;
        c.run(s, [&](const Run &run) {
            const auto &workers = run.snapshot().workers;
            if (workers.size() != 2)
                return;
            const WorkerSnapshot &writer = workers[0];
            const WorkerSnapshot &reader = workers[1];
            capacitySeen = std::max(capacitySeen, qint64(reader.capacityBytes)); // the reader's F_GETPIPE_SZ
            most = std::max(most, qint64(reader.queuedBytes));                   // its FIONREAD
            if (writer.blocked && writer.state.op == Op::Send && blockedIn.isEmpty())
                blockedIn = LessonText::tr("%1 (wchan %2)").arg(writer.syscall, writer.wchan);
            // The lesson's answer is this moment, not the drained pipe the run
            // ends on: the default pipe full and its writer asleep in write().
            if (capacity == 0 && !control && writer.blocked && writer.state.op == Op::Send &&
                reader.capacityBytes > 0 && qint64(reader.queuedBytes) + 2 * kPage > qint64(reader.capacityBytes)) {
                c.stage().showRun(run.scene());
                c.stage().keepAsFinal({QT_TRANSLATE_NOOP("Lessons", "At the moment the pipe was full")});
            }
        });
        r.insert(p + QStringLiteral("capacity"), capacitySeen);
        r.insert(p + QStringLiteral("most_queued"), most);
        r.insert(p + QStringLiteral("blocked_in"), blockedIn);
        r.insert(p + QStringLiteral("written"), control ? s.count * s.size : -1);
    }

    static QString blocking(const QJsonObject &r, const char *key)
    {
        const QString in = readings::text(r, key);
        return in.isEmpty() ? LessonText::tr("the writer never blocked") : LessonText::tr("the writer blocked in %1").arg(in);
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        const bool control = setup == LessonSetup::Control;
        const qint64 fresh = newPipeCapacity();
        // 256 KiB: four times the default, and what the reader drains within
        // about a second after the run (a larger pipe only makes the lesson
        // wait for its reader); or as much as pipe-max-size allows one who is
        // not root.
        constexpr qint64 kLarger = 256 * 1024;
        const qint64 larger = geteuid() == 0 ? kLarger : qint64(std::min<uint64_t>(kLarger, pipeMaxSizeLimit().value));
        QJsonObject r{{QStringLiteral("new_pipe_capacity"), fresh}, {QStringLiteral("larger_requested"), larger}};
        c.observe(LessonLine(
                      QT_TRANSLATE_NOOP("Lessons", "F_GETPIPE_SZ of a new pipe here: %1 B. A reader at %2 messages/s…"))
                      .arg(figure(Formatter::count, fresh))
                      .arg(exampleScenario(QStringLiteral("back-pressure")).tweaks.consumerRate));
        watchFill(c, 0, fresh, control, QStringLiteral("default_"), r);
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "Capacity %1 B; at most %2 B were queued; %3."))
                      .arg(figure(Formatter::count, readings::count(r, "default_capacity")),
                           figure(Formatter::count, readings::count(r, "default_most_queued")),
                           figure(blocking, r, "default_blocked_in")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "The same after F_SETPIPE_SZ(%1 B)…"))
                      .arg(figure(Formatter::count, larger)));
        watchFill(c, int(larger), larger, control, QStringLiteral("larger_"), r);
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "Capacity %1 B; at most %2 B were queued; %3."))
                      .arg(figure(Formatter::count, readings::count(r, "larger_capacity")),
                           figure(Formatter::count, readings::count(r, "larger_most_queued")),
                           figure(blocking, r, "larger_blocked_in")));
        return r;
    }

    LessonQuestion question() const override
    {
        return {LessonText::tr("A writer as fast as it can, a reader taking 50 messages a second. How much does the "
                               "pipe take before write() makes the writer wait?"),
                {LessonText::tr("Nothing: every write() waits for a read()"), LessonText::tr("One page, 4 KiB"),
                 LessonText::tr("16 pages, 64 KiB"), LessonText::tr("No limit: write() never waits")}};
    }

    // From the default pipe: never blocked, or the most it held when the
    // writer did block, to the nearest choice.
    int answer(const QJsonObject &r) const override
    {
        using namespace readings;
        if (count(r, "default_capacity") <= 0)
            return -1;
        if (text(r, "default_blocked_in").isEmpty())
            return 3;
        const qint64 most = count(r, "default_most_queued");
        return most < kPage ? 0 : most <= 4 * kPage ? 1 : 2;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        // Full means within two pages of the capacity: the kernel grants pipe
        // space a page at a time, so a blocked writer may leave most of a page
        // free, and a sample may fall just after the reader took a message.
        const auto filled = [&](const char *capacity, const char *most) {
            return count(r, capacity) > 0 && count(r, most) + 2 * kPage > count(r, capacity);
        };
        const auto queued = [&](const char *most, const char *capacity) {
            return LessonText::tr("%1 of %2 B").arg(Formatter::count(count(r, most)), Formatter::count(count(r, capacity)));
        };
        const auto blocked = [&](const char *key) {
            return text(r, key).isEmpty() ? LessonText::tr("no") : text(r, key);
        };
        return {
            {LessonText::tr("Default pipe: filled to its capacity (F_GETPIPE_SZ)"),
             LessonText::tr("within two pages of %1 B").arg(Formatter::count(count(r, "default_capacity"))),
             queued("default_most_queued", "default_capacity"), filled("default_capacity", "default_most_queued")},
            {LessonText::tr("Default pipe: the writer blocked in write()"), LessonText::tr("yes"),
             blocked("default_blocked_in"), !text(r, "default_blocked_in").isEmpty()},
            {LessonText::tr("After F_SETPIPE_SZ: filled to the larger capacity"),
             LessonText::tr("at least %1 B, filled").arg(Formatter::count(count(r, "larger_requested"))),
             queued("larger_most_queued", "larger_capacity"),
             filled("larger_capacity", "larger_most_queued") &&
                 count(r, "larger_capacity") >= count(r, "larger_requested") &&
                 count(r, "larger_capacity") > count(r, "default_capacity")},
            {LessonText::tr("After F_SETPIPE_SZ: the writer blocked in write()"), LessonText::tr("yes"),
             blocked("larger_blocked_in"), !text(r, "larger_blocked_in").isEmpty()},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("Default: %1 of %2 B filled, %3. With F_SETPIPE_SZ: %4 of %5 B filled, %6.")
            .arg(Formatter::count(count(r, "default_most_queued")), Formatter::count(count(r, "default_capacity")),
                 blocking(r, "default_blocked_in"), Formatter::count(count(r, "larger_most_queued")),
                 Formatter::count(count(r, "larger_capacity")), blocking(r, "larger_blocked_in"));
    }
};

} // namespace

const Lesson &backPressureLesson()
{
    static const BackPressureLesson lesson;
    return lesson;
}

} // namespace ipcscope
