#include "leakcheck.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>

namespace ipcscope::test {

namespace {

// /proc/sysvipc/{shm,msg,sem}: key id perms ... with the creator's pid in a
// column named cpid (shm) or lspid/...; for msg and sem we compare the key
// prefix and the creator via the "cuid"-independent pid columns below.
QStringList sysvLeftovers(const QString &table, qint64 pid)
{
    QStringList out;
    QFile f(QStringLiteral("/proc/sysvipc/") + table);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.isEmpty())
        return out;
    const QList<QByteArray> header = lines.first().simplified().split(' ');
    const int keyColumn = int(header.indexOf("key"));
    const int cpidColumn = int(header.indexOf("cpid"));
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].simplified().split(' ');
        if (cells.size() <= keyColumn)
            continue;
        const qint64 key = cells[keyColumn].toLongLong();
        const bool ours = (key & 0xffff0000) == 0x1bc50000;
        // shm records its creator; for msg and sem the key prefix identifies us.
        const bool fromPid = cpidColumn < 0 || cells.value(cpidColumn).toLongLong() == pid || pid == 0;
        if (ours && fromPid)
            out << QStringLiteral("sysv %1 key 0x%2").arg(table).arg(quint32(key), 8, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace

QStringList leftovers(qint64 pid)
{
    QStringList out;
    for (const char *table : {"shm", "msg", "sem"})
        out << sysvLeftovers(QLatin1String(table), pid);
    const QString prefix = pid ? QStringLiteral("ipcscope-%1-").arg(pid) : QStringLiteral("ipcscope-");
    for (const QString &entry : QDir(QStringLiteral("/dev/shm")).entryList(QDir::Files | QDir::System)) {
        // A living process keeps its journal (of what it owns) until it exits.
        if (entry.endsWith(QLatin1String("-journal")) && ::kill(pid_t(entry.section(QLatin1Char('-'), 1, 1).toLongLong()), 0) == 0)
            continue;
        if (entry.contains(prefix))
            out << QStringLiteral("/dev/shm/") + entry;
    }
    // POSIX message queues are listed only where /dev/mqueue is mounted.
    for (const QString &entry : QDir(QStringLiteral("/dev/mqueue")).entryList(QDir::Files | QDir::System))
        if (entry.contains(prefix))
            out << QStringLiteral("/dev/mqueue/") + entry;
    const QString tmp = qEnvironmentVariable("TMPDIR", QStringLiteral("/tmp"));
    for (const QString &entry : QDir(tmp).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (entry.startsWith(prefix))
            out << tmp + QLatin1Char('/') + entry;
    return out;
}

bool messageQueueExists(const QString &name)
{
    const mqd_t mq = mq_open(name.toLocal8Bit().constData(), O_RDONLY);
    if (mq == mqd_t(-1))
        return false;
    mq_close(mq);
    return true;
}

QStringList livingWorkers(qint64 parent)
{
    QStringList out;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray args = cmdline.readAll();
        if (!args.split('\0').value(0).endsWith("ipcscope-worker") || args.contains("reaper"))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
        // A zombie has exited already; it is only waiting to be reaped.
        if (fields.value(0) == "Z")
            continue;
        if (parent && fields.value(1).toLongLong() != parent)
            continue;
        out << QStringLiteral("pid %1: %2")
                   .arg(pid)
                   .arg(QString::fromLocal8Bit(args).replace(QLatin1Char('\0'), QLatin1Char(' ')));
    }
    return out;
}

} // namespace ipcscope::test
