#include "lecturetable.h"

#include <QCoreApplication>

namespace ipcscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LectureTable", text);
}
} // namespace

LectureRow lectureRow(const QString &m)
{
    using T = ThroughputClass;
    const QString async = tr("synchronous / asynchronous*");
    if (m.startsWith(QLatin1String("signals")))
        return {tr("Signals"), {T::Low}, tr("low"), tr("none"), tr("asynchronous")};
    if (m == QLatin1String("pipe"))
        return {tr("Pipes"), {T::Medium}, tr("medium"), tr("yes (blocking)"), tr("synchronous")};
    if (m == QLatin1String("fifo"))
        return {tr("FIFO"), {T::Medium}, tr("medium"), tr("yes"), tr("synchronous")};
    if (m.contains(QLatin1String("shm")))
        return {tr("Shared memory"), {T::High}, tr("high"), tr("needs semaphores"), async};
    if (m == QLatin1String("sysv-msg") || m == QLatin1String("posix-mq"))
        return {tr("Message queues"), {T::Medium}, tr("high"), tr("built in"), async};
    return {tr("Sockets"), {T::Medium, T::High}, tr("high"), tr("yes"), async};
}

QString className(ThroughputClass c)
{
    switch (c) {
    case ThroughputClass::Low:
        return tr("low");
    case ThroughputClass::Medium:
        return tr("medium");
    case ThroughputClass::High:
        return tr("high");
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
