#include "lecturetable.h"

#include <QCoreApplication>

namespace ipcscope {

namespace {
// This file's texts, under one translation context.
struct LectureTableText {
    Q_DECLARE_TR_FUNCTIONS(LectureTable)
};
} // namespace

LectureRow lectureRow(const QString &m)
{
    using T = ThroughputClass;
    const QString async = LectureTableText::tr("synchronous / asynchronous*");
    if (m.startsWith(QLatin1String("signals")))
        return {LectureTableText::tr("Signals"),
                {T::Low},
                LectureTableText::tr("low"),
                LectureTableText::tr("none"),
                LectureTableText::tr("asynchronous")};
    if (m == QLatin1String("pipe"))
        return {LectureTableText::tr("Pipes"),
                {T::Medium},
                LectureTableText::tr("medium"),
                LectureTableText::tr("yes (blocking)"),
                LectureTableText::tr("synchronous")};
    if (m == QLatin1String("fifo"))
        return {LectureTableText::tr("FIFO"),
                {T::Medium},
                LectureTableText::tr("medium"),
                LectureTableText::tr("yes"),
                LectureTableText::tr("synchronous")};
    if (m.contains(QLatin1String("shm")))
        return {LectureTableText::tr("Shared memory"),
                {T::High},
                LectureTableText::tr("high"),
                LectureTableText::tr("needs semaphores"),
                async};
    if (m == QLatin1String("sysv-msg") || m == QLatin1String("posix-mq"))
        return {LectureTableText::tr("Message queues"),
                {T::Medium},
                LectureTableText::tr("high"),
                LectureTableText::tr("built in"),
                async};
    return {LectureTableText::tr("Sockets"),
            {T::Medium, T::High},
            LectureTableText::tr("high"),
            LectureTableText::tr("yes"),
            async};
}

QString lectureFootnote()
{
    return LectureTableText::tr("* depends on how it is used (for example, non-blocking I/O, callbacks)");
}

QString className(ThroughputClass c)
{
    switch (c) {
    case ThroughputClass::Low:
        return LectureTableText::tr("low");
    case ThroughputClass::Medium:
        return LectureTableText::tr("medium");
    case ThroughputClass::High:
        return LectureTableText::tr("high");
    }
    return {};
}

QString classNames(const QList<ThroughputClass> &classes)
{
    QStringList names;
    for (ThroughputClass c : classes)
        names << className(c);
    return names.join(QLatin1Char('/'));
}

ThroughputClass measuredClass(double value, double fastest)
{
    if (fastest <= 0)
        return ThroughputClass::Low;
    const double share = value / fastest;
    if (share >= 1 / 2.5)
        return ThroughputClass::High;
    if (share >= 1 / 20.0)
        return ThroughputClass::Medium;
    return ThroughputClass::Low;
}

} // namespace ipcscope
