// Lesson 4, back-pressure: a slow reader fills the pipe and the writer blocks.
#include "lessonlist.h"

#include "session/formatter.h"
#include "session/scenariofile.h"

#include "engine/limits.h"

#include <unistd.h>

#include <algorithm>

namespace ipcscope {

namespace {

struct Seen {
    quint64 capacity = 0;
    quint64 mostQueued = 0;
    QString blockedIn; // "write (wchan pipe_write)" while the writer slept in the kernel
};

class BackPressureLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("back-pressure"); }
    QString title() const override { return LessonText::tr("Back-pressure: a full pipe stops the writer"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "A writer as fast as it can, a reader taking 50 messages a second. The pipe fills up to its "
            "capacity (F_GETPIPE_SZ) and then write() blocks: the writer sleeps in the kernel until the "
            "reader makes room. F_SETPIPE_SZ gives the pipe more room.");
    }
    QString expected() const override
    {
        return LessonText::tr(
            "The pipe fills to 64 KiB and the writer blocks in write(); with F_SETPIPE_SZ of 1 MiB it "
            "fills to 1 MiB before it blocks.");
    }
    QString mechanism() const override { return QStringLiteral("pipe"); }
    QString scenario() const override { return QStringLiteral("back-pressure"); }

    Seen watchFill(LessonContext &c, int capacity) const
    {
        Scenario s = exampleScenario(QStringLiteral("back-pressure"));
        // Long enough for the writer to fill the pipe at the reader's pace.
        s.durationS = capacity > 65536 ? 2.0 : 1.0;
        s.count = 0;
        s.tweaks.pipeCapacity = capacity;
        Seen seen;
        c.run(s, [&](const Run &run) {
            const auto &workers = run.snapshot().workers;
            if (workers.size() != 2)
                return;
            const WorkerSnapshot &writer = workers[0];
            const WorkerSnapshot &reader = workers[1];
            seen.capacity = std::max(seen.capacity, reader.capacityBytes);
            seen.mostQueued = std::max(seen.mostQueued, reader.queuedBytes);
            if (writer.blocked && writer.state.op == Op::Send && seen.blockedIn.isEmpty())
                seen.blockedIn = LessonText::tr("%1 (wchan %2)").arg(writer.syscall, writer.wchan);
        });
        return seen;
    }

    static QString blocking(const Seen &s)
    {
        return s.blockedIn.isEmpty() ? LessonText::tr("the writer never blocked")
                                     : LessonText::tr("the writer blocked in %1").arg(s.blockedIn);
    }

    LessonOutcome run(LessonContext &c) const override
    {
        c.observe(LessonText::tr("A default pipe, a reader at %1 messages/s…")
                      .arg(exampleScenario(QStringLiteral("back-pressure")).tweaks.consumerRate));
        const Seen plain = watchFill(c, 0);
        c.observe(LessonText::tr("Capacity %1 B (F_GETPIPE_SZ); at most %2 B were queued; %3.")
                      .arg(Formatter::count(plain.capacity), Formatter::count(plain.mostQueued), blocking(plain)));
        // 1 MiB, or as much as pipe-max-size allows one who is not root.
        const int larger = geteuid() == 0 ? 1 << 20 : int(std::min<uint64_t>(1 << 20, pipeMaxSizeLimit().value));
        c.observe(LessonText::tr("The same after F_SETPIPE_SZ(%1 B)…").arg(Formatter::count(larger)));
        const Seen large = watchFill(c, larger);
        c.observe(LessonText::tr("Capacity %1 B; at most %2 B were queued; %3.")
                      .arg(Formatter::count(large.capacity), Formatter::count(large.mostQueued), blocking(large)));
        LessonOutcome o;
        o.measured = LessonText::tr("Default: %1 of %2 B filled, %3. With F_SETPIPE_SZ: %4 of %5 B filled, %6.")
                         .arg(Formatter::count(plain.mostQueued), Formatter::count(plain.capacity), blocking(plain),
                              Formatter::count(large.mostQueued), Formatter::count(large.capacity), blocking(large));
        // Full means within two pages of the capacity: the kernel grants pipe
        // space a page at a time, so a blocked writer may leave most of a page
        // free, and a sample may fall just after the reader took a message.
        const auto filled = [](const Seen &s) { return s.capacity > 0 && s.mostQueued + 2 * 4096 > s.capacity; };
        o.asExpected = filled(plain) && filled(large) && !plain.blockedIn.isEmpty() && !large.blockedIn.isEmpty() &&
                       large.capacity >= quint64(larger) && plain.capacity < large.capacity;
        return o;
    }
};

} // namespace

const Lesson &backPressureLesson()
{
    static const BackPressureLesson lesson;
    return lesson;
}

} // namespace ipcscope
