#include "machineinfo.h"

#include "engine/limits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QThread>

#include <sys/utsname.h>

namespace ipcscope {

namespace {

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("model name"))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
    return {};
}

qint64 memoryBytes()
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> first = f.readLine().simplified().split(' ');
    return first.value(1).toLongLong() * 1024;
}

} // namespace

QJsonObject describeMachine()
{
    utsname u{};
    uname(&u);
    QJsonObject limits;
    const auto add = [&](const char *name, const char *path) {
        if (const auto v = readProcNumber(path))
            limits.insert(QLatin1String(name), double(*v));
    };
    add("msgmax", "/proc/sys/kernel/msgmax");
    add("msgmnb", "/proc/sys/kernel/msgmnb");
    add("mq_msgsize_max", "/proc/sys/fs/mqueue/msgsize_max");
    add("mq_msg_max", "/proc/sys/fs/mqueue/msg_max");
    add("pipe_max_size", "/proc/sys/fs/pipe-max-size");
    add("wmem_max", "/proc/sys/net/core/wmem_max");
    add("rmem_max", "/proc/sys/net/core/rmem_max");
    add("max_dgram_qlen", "/proc/sys/net/unix/max_dgram_qlen");
    limits.insert(QStringLiteral("pipe_buf"), double(pipeBufLimit().value));
    limits.insert(QStringLiteral("pipe_capacity"), double(pipeCapacityLimit().value));
    return {
        {QStringLiteral("cpu_model"), cpuModel()},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("memory_bytes"), double(memoryBytes())},
        {QStringLiteral("kernel"), QStringLiteral("%1 %2").arg(QLatin1String(u.sysname), QLatin1String(u.release))},
        {QStringLiteral("machine"), QLatin1String(u.machine)},
        {QStringLiteral("limits"), limits},
        {QStringLiteral("measured_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("ipcscope"), QCoreApplication::applicationVersion()},
    };
}

} // namespace ipcscope
