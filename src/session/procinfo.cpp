#include "procinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <map>

namespace ipcscope {

namespace {

// Plain open and read, not QFile's engine (most of what a recorded run's
// session once spent in /proc).
QByteArray readSmallFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    char buffer[4096];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    ::close(fd);
    return n > 0 ? QByteArray(buffer, int(n)) : QByteArray();
}

// "State:\tT (stopped)" -> 'T'.
char stateLetter(const QByteArray &line)
{
    const QByteArray value = line.mid(6).trimmed();
    return value.isEmpty() ? '?' : value.at(0);
}

} // namespace

QString kernelPolicyName(long number)
{
    switch (number) {
    case SCHED_OTHER:
        return QStringLiteral("SCHED_OTHER");
    case SCHED_FIFO:
        return QStringLiteral("SCHED_FIFO");
    case SCHED_RR:
        return QStringLiteral("SCHED_RR");
    case SCHED_BATCH:
        return QStringLiteral("SCHED_BATCH");
    case SCHED_IDLE:
        return QStringLiteral("SCHED_IDLE");
    default:
        return QStringLiteral("policy %1").arg(number); // SCHED_DEADLINE (6) and any newer one
    }
}

QString syscallName(long number)
{
    // The calls a worker can block in, by their numbers on this architecture.
    static const std::map<long, const char *> names = {
        {SYS_read, "read"},
        {SYS_write, "write"},
        {SYS_poll, "poll"},
        {SYS_openat, "openat"},
        {SYS_accept4, "accept4"},
        {SYS_connect, "connect"},
        {SYS_sendto, "sendto"},
        {SYS_recvfrom, "recvfrom"},
        {SYS_kill, "kill"},
        {SYS_rt_sigqueueinfo, "rt_sigqueueinfo"},
        {SYS_rt_sigtimedwait, "rt_sigtimedwait"},
        {SYS_semop, "semop"},
        {SYS_semtimedop, "semtimedop"},
        {SYS_msgsnd, "msgsnd"},
        {SYS_msgrcv, "msgrcv"},
        {SYS_mq_timedsend, "mq_timedsend"},
        {SYS_mq_timedreceive, "mq_timedreceive"},
        {SYS_futex, "futex"},
        {SYS_nanosleep, "nanosleep"},
        {SYS_clock_nanosleep, "clock_nanosleep"},
        {SYS_sched_yield, "sched_yield"},
        {SYS_wait4, "wait4"},
    };
    const auto it = names.find(number);
    return it == names.end() ? QString() : QString::fromLatin1(it->second);
}

char processState(qint64 pid)
{
    for (const QByteArray &line : readSmallFile(QStringLiteral("/proc/%1/status").arg(pid)).split('\n'))
        if (line.startsWith("State:"))
            return stateLetter(line);
    return '?';
}

ProcInfo readProcInfo(qint64 pid)
{
    return ProcFiles(pid).read();
}

ProcFiles::ProcFiles(qint64 pid) : m_pid(pid) {}

ProcFiles::~ProcFiles()
{
    for (int fd : m_fds)
        if (fd >= 0)
            ::close(fd);
}

QByteArray ProcFiles::contents(File file)
{
    static const char *const names[Files] = {"status", "wchan", "syscall", "stat"};
    int &fd = m_fds[file];
    if (fd < 0 && !m_gone[file]) {
        fd = ::open(QStringLiteral("/proc/%1/%2").arg(m_pid).arg(QLatin1String(names[file])).toLatin1().constData(),
                    O_RDONLY | O_CLOEXEC);
        m_gone[file] = fd < 0; // not opened again: the pid may be another process's by now
    }
    if (fd < 0)
        return {};
    char buffer[4096];
    const ssize_t n = ::pread(fd, buffer, sizeof buffer, 0);
    return n > 0 ? QByteArray(buffer, int(n)) : QByteArray();
}

ProcInfo ProcFiles::read()
{
    ProcInfo info;
    const QByteArray status = contents(Status);
    if (status.isEmpty())
        return info;
    info.valid = true;
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith("State:"))
            info.state = stateLetter(line);
        else if (line.startsWith("voluntary_ctxt_switches:"))
            info.voluntaryCtxt = line.mid(24).trimmed().toLongLong();
        else if (line.startsWith("nonvoluntary_ctxt_switches:"))
            info.involuntaryCtxt = line.mid(27).trimmed().toLongLong();
    }
    // A running process sleeps nowhere: the kernel gives it no wchan and its
    // syscall file says "running". At full speed the workers are running
    // nearly always; two files fewer a poll each.
    const QByteArray wchan =
        info.state == 'R' ? QByteArray() : contents(Wchan).trimmed();
    if (!wchan.isEmpty() && wchan != "0")
        info.wchan = QString::fromLatin1(wchan);
    const QByteArray syscall =
        info.state == 'R' ? QByteArrayLiteral("running") : contents(Syscall).trimmed();
    if (syscall == "running") {
        info.running = true;
        info.syscall = -1;
    } else if (!syscall.isEmpty()) {
        const QList<QByteArray> words = syscall.split(' ');
        info.syscall = words.value(0).toLong();
        info.syscallName = syscallName(info.syscall);
        bool ok = false;
        const qint64 first = words.value(1).toLongLong(&ok, 0); // "0x0"
        if (ok)
            info.firstArgument = first;
    }
    // Fields 14, 15 (CPU time) and 41 (policy) of /proc/PID/stat; the list
    // starts at field 3, after the parenthesised command name.
    const QByteArray stat = contents(Stat);
    const int close = stat.lastIndexOf(')');
    if (close > 0) {
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 12) {
            const double ticks = double(sysconf(_SC_CLK_TCK));
            info.cpuS = double(fields[11].toLongLong() + fields[12].toLongLong()) / ticks;
        }
        bool ok = false;
        const long policy = fields.value(41 - 3).toLong(&ok);
        if (ok)
            info.policy = kernelPolicyName(policy);
    }
    return info;
}

QStringList ipcMappings(qint64 pid)
{
    QStringList lines;
    QFile f(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.contains("/SYSV") || line.contains("/dev/shm/"))
            lines << QString::fromLatin1(line.simplified());
    }
    return lines;
}

QStringList openDescriptors(qint64 pid)
{
    QStringList out;
    const QDir dir(QStringLiteral("/proc/%1/fd").arg(pid));
    const QStringList entries = dir.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files);
    QList<int> fds;
    for (const QString &e : entries)
        fds << e.toInt();
    std::sort(fds.begin(), fds.end());
    for (int fd : fds) {
        // readlink(2), not QFileInfo: "pipe:[12345]" is not a path to resolve.
        char target[512];
        const QByteArray link = dir.filePath(QString::number(fd)).toLocal8Bit();
        const ssize_t n = readlink(link.constData(), target, sizeof target - 1);
        if (n > 0)
            out << QStringLiteral("%1 -> %2").arg(fd).arg(QString::fromLocal8Bit(target, int(n)));
    }
    return out;
}

PipeEnds pipeEnds(qint64 pid, const QString &pipe)
{
    PipeEnds ends;
    const QDir dir(QStringLiteral("/proc/%1/fd").arg(pid));
    if (!dir.exists())
        return ends;
    ends = {0, 0};
    for (const QString &line : openDescriptors(pid)) {
        if (line.section(QStringLiteral(" -> "), 1) != pipe)
            continue;
        QFile info(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(line.section(QLatin1Char(' '), 0, 0)));
        if (!info.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &l : info.readAll().split('\n'))
            if (l.startsWith("flags:")) {
                const int mode = int(l.mid(6).trimmed().toInt(nullptr, 8) & O_ACCMODE);
                (mode == O_RDONLY ? ends.readers : ends.writers) += 1;
                if (mode == O_RDWR)
                    ends.readers += 1;
            }
    }
    return ends;
}

QList<qint64> otherProcessesNamed(const QString &name)
{
    QList<qint64> out;
    const qint64 self = QCoreApplication::applicationPid();
    const uint uid = QFileInfo(QStringLiteral("/proc/self")).ownerId();
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == self)
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly) && QString::fromUtf8(comm.readAll()).trimmed() == name &&
            QFileInfo(QStringLiteral("/proc/%1").arg(pid)).ownerId() == uid)
            out << pid;
    }
    return out;
}

} // namespace ipcscope
