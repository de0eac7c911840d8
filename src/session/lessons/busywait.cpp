// Busy waiting against sleeping: the CPU a waiting consumer burns.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/formatter.h"

#include <QFile>
#include <QProcess>

#include <algorithm>

namespace ipcscope {

namespace {

double perMessageUs(const QJsonObject &r, const char *mode)
{
    const QString m = QLatin1String(mode);
    const double messages = r.value(m + QStringLiteral(".messages")).toString().toDouble();
    return messages > 0 ? r.value(m + QStringLiteral(".cpu_us")).toString().toDouble() / messages : 0;
}

// The shared page the consumer waits on, as the kernel maps it in `pid`
// (/proc/PID/maps): MAP_SHARED | MAP_ANONYMOUS is shmem, "/dev/zero
// (deleted)". Its size, or -1 while it is not mapped.
qint64 sharedAnonymousBytes(qint64 pid)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly))
        return -1;
    for (const QString &line : QString::fromLatin1(maps.readAll()).split(QLatin1Char('\n'))) {
        // "7f…000-7f…000 rw-s 00000000 00:01 2050   /dev/zero (deleted)": shared, not copy-on-write.
        if (!line.endsWith(QLatin1String("/dev/zero (deleted)")) || line.section(QLatin1Char(' '), 1, 1).mid(3, 1) != QLatin1String("s"))
            continue;
        const QString range = line.section(QLatin1Char(' '), 0, 0);
        return range.section(QLatin1Char('-'), 1, 1).toLongLong(nullptr, 16) -
               range.section(QLatin1Char('-'), 0, 0).toLongLong(nullptr, 16);
    }
    return -1;
}

class BusyWaitLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("busy-wait"); }
    QString title() const override { return LessonText::tr("Busy waiting: spinning against sleeping"); }
    QString group() const override { return LessonText::tr("Keys and shared memory"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "A producer writes a message into shared memory every 5 ms, 100 in all. The consumer waits for "
            "each either by spinning on the sequence number or asleep in the kernel on it (a futex, as "
            "semaphores and mutexes do underneath). The kernel's CPU time of the consumer, per message, "
            "says what waiting cost.");
    }
    QString expected() const override
    {
        return LessonText::tr("Spinning costs at least ten times the CPU per message; the sleeper wakes once a message.");
    }
    QString control() const override
    {
        return LessonText::tr("The producer writes as fast as it can: there is no waiting to burn CPU on.");
    }
    QString mechanism() const override { return QStringLiteral("shm-nosync"); }
    QString code() const override { return QStringLiteral("lesson-busy-wait"); }
    QStringList sceneItems() const override { return {QStringLiteral("worker"), QStringLiteral("segment")}; }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        QStringList args{QStringLiteral("busy-wait")};
        if (setup == LessonSetup::Control)
            args << QStringLiteral("--control");
        c.observe(
            setup == LessonSetup::Control
                ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "100 messages as fast as possible; the consumer spins, "
                                                          "then sleeps…"))
                : LessonLine(QT_TRANSLATE_NOOP("Lessons", "100 messages, one every 5 ms; the consumer spins, then "
                                                          "sleeps…")));
        std::unique_ptr<QProcess> worker = c.startWorker(args);
        // The page producer and consumer share, read from the worker's maps
        // while it runs; gone with it.
        const qint64 pid = worker->processId();
        const QString page = QStringLiteral("MAP_SHARED | MAP_ANONYMOUS");
        qint64 bytes = -1;
        c.waitFor([&] { return (bytes = sharedAnonymousBytes(pid)) >= 0 || worker->state() == QProcess::NotRunning; },
                  2000);
        if (bytes >= 0)
            c.stage().report(QStringLiteral("segment"), page, QStringLiteral("bytes"), bytes);
        const LessonContext::WorkerOutput out = c.finishWorker(*worker);
        c.stage().reportGone(QStringLiteral("segment"));
        if (out.exitCode != 0)
            throw std::runtime_error(out.errorText.toStdString());
        QJsonObject r;
        for (const QString &line : out.lines)
            r.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
        for (const char *mode : {"spin", "sleep"}) {
            const QString m = QLatin1String(mode);
            c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                     "Lessons", "%1: %2 of CPU in %3, %4 per message; %5 voluntary context switches."))
                          .arg(mode == QLatin1String("spin") ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "Spinning"))
                                                             : LessonLine(QT_TRANSLATE_NOOP("Lessons", "Sleeping")),
                               figure(Formatter::duration,
                                      r.value(m + QStringLiteral(".cpu_us")).toString().toDouble() / 1e6),
                               figure(Formatter::duration,
                                      r.value(m + QStringLiteral(".wall_us")).toString().toDouble() / 1e6),
                               figure(Formatter::duration, perMessageUs(r, mode) / 1e6),
                               r.value(m + QStringLiteral(".voluntary")).toString()));
        }
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const double spin = perMessageUs(r, "spin"), sleep = perMessageUs(r, "sleep");
        return {
            {LessonText::tr("CPU per message, spinning against sleeping"), LessonText::tr("at least 10 times as much"),
             LessonText::tr("%1 against %2").arg(Formatter::duration(spin / 1e6), Formatter::duration(sleep / 1e6)),
             spin > 0 && spin >= 10 * std::max(sleep, 0.001), true},
            {LessonText::tr("Voluntary context switches of the sleeping consumer"),
             LessonText::tr("about one a message (%1)").arg(text(r, "sleep.messages")), text(r, "sleep.voluntary"),
             count(r, "sleep.messages") > 0 && 2 * count(r, "sleep.voluntary") >= count(r, "sleep.messages")},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        return LessonText::tr("CPU per message: spinning %1, sleeping %2.")
            .arg(Formatter::duration(perMessageUs(r, "spin") / 1e6), Formatter::duration(perMessageUs(r, "sleep") / 1e6));
    }
};

} // namespace

const Lesson &busyWaitLesson()
{
    static const BusyWaitLesson lesson;
    return lesson;
}

} // namespace ipcscope
