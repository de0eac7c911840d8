#include "decidinglimit.h"

#include "formatter.h"

#include "engine/limits.h"

#include <sys/resource.h>

#include <algorithm>
#include <climits>

namespace ipcscope {

SystemLimits SystemLimits::read(int ringSlots)
{
    SystemLimits l;
    const auto proc = [](const char *path, qint64 fallback, int field = 0) {
        const auto v = readProcNumber(path, field);
        return v ? qint64(*v) : fallback;
    };
    l.pipeCapacity = qint64(pipeCapacityLimit().value);
    l.msgmnb = proc("/proc/sys/kernel/msgmnb", l.msgmnb);
    // ipcscope asks mq_open for at most 10 messages (engine/mechanisms/posixmq.cpp).
    l.mqMaxmsg = std::min<qint64>(10, proc("/proc/sys/fs/mqueue/msg_max", l.mqMaxmsg));
    l.maxDgramQlen = proc("/proc/sys/net/unix/max_dgram_qlen", l.maxDgramQlen);
    l.unixSendBuffer = proc("/proc/sys/net/core/wmem_default", l.unixSendBuffer);
    l.tcpSendBuffer = proc("/proc/sys/net/ipv4/tcp_wmem", l.tcpSendBuffer, 1);
    l.tcpReceiveBuffer = proc("/proc/sys/net/ipv4/tcp_rmem", l.tcpReceiveBuffer, 1);
    l.udpReceiveBuffer = proc("/proc/sys/net/core/rmem_default", l.udpReceiveBuffer);
    rlimit r{};
    if (getrlimit(RLIMIT_SIGPENDING, &r) == 0)
        l.signalQueue = r.rlim_cur == RLIM_INFINITY ? 0 : qint64(r.rlim_cur);
    l.ringSlots = ringSlots;
    return l;
}

QString DecidingLimit::describe(const ComparePoint &p, const SystemLimits &l)
{
    const QString &m = p.mechanism;
    const QString size = Formatter::size(p.size);
    const auto inFlight = [&](qint64 bytes) { return int(std::min<qint64>(bytes / std::max(1, p.size), INT_MAX)); };
    if (m == QLatin1String("signals-std"))
        return tr("one pending SIGUSR1: the signals sent while it waits merge into it");
    if (m == QLatin1String("signals-rt"))
        return l.signalQueue > 0
                   ? tr("RLIMIT_SIGPENDING — signals queued for this user: %1").arg(Formatter::count(l.signalQueue))
                   : QString();
    if (m == QLatin1String("pipe") || m == QLatin1String("fifo")) {
        if (p.size > l.pipeCapacity)
            return tr("pipe capacity %1, less than one message of %2: every write waits for the reader")
                .arg(Formatter::size(l.pipeCapacity), size);
        return tr("pipe capacity %1 — messages in flight: %2 of %3")
            .arg(Formatter::size(l.pipeCapacity), Formatter::count(inFlight(l.pipeCapacity)), size);
    }
    if (m == QLatin1String("sysv-shm") || m == QLatin1String("posix-shm") || m == QLatin1String("shm-mutex") ||
        m == QLatin1String("shm-nosync"))
        return tr("ring slots: %1 — messages in flight: %1").arg(Formatter::count(l.ringSlots));
    if (m == QLatin1String("sysv-msg"))
        return tr("msgmnb %1 — messages in flight: %2 of %3")
            .arg(Formatter::size(l.msgmnb), Formatter::count(inFlight(l.msgmnb)), size);
    if (m == QLatin1String("posix-mq"))
        return tr("mq_maxmsg %1 — messages in flight: %1").arg(Formatter::count(l.mqMaxmsg));
    if (m == QLatin1String("unix-dgram"))
        return tr("max_dgram_qlen %1 — datagrams in flight: %1").arg(Formatter::count(l.maxDgramQlen));
    // A buffer smaller than one message: every send waits for the receiver.
    const auto lessThanOne = [&](const QString &limit) {
        return tr("%1, less than one message of %2: every send waits for the receiver").arg(limit, size);
    };
    if (m == QLatin1String("unix-stream") && inFlight(l.unixSendBuffer) < 1)
        return lessThanOne(QStringLiteral("wmem_default %1").arg(Formatter::size(l.unixSendBuffer)));
    if (m == QLatin1String("tcp") && inFlight(l.tcpSendBuffer + l.tcpReceiveBuffer) < 1)
        return lessThanOne(QStringLiteral("tcp_wmem %1 + tcp_rmem %2")
                               .arg(Formatter::size(l.tcpSendBuffer), Formatter::size(l.tcpReceiveBuffer)));
    if (m == QLatin1String("unix-stream"))
        return tr("wmem_default %1 — messages in flight: about %2 of %3")
            .arg(Formatter::size(l.unixSendBuffer), Formatter::count(inFlight(l.unixSendBuffer)), size);
    if (m == QLatin1String("tcp"))
        return tr("tcp_wmem %1 + tcp_rmem %2 to start with, then tuned by the kernel — messages in flight: about %3 "
                  "of %4")
            .arg(Formatter::size(l.tcpSendBuffer), Formatter::size(l.tcpReceiveBuffer),
                 Formatter::count(inFlight(l.tcpSendBuffer + l.tcpReceiveBuffer)), size);
    if (m == QLatin1String("udp"))
        return tr("rmem_default %1 — datagrams queued: about %2 of %3, the rest are dropped")
            .arg(Formatter::size(l.udpReceiveBuffer), Formatter::count(inFlight(l.udpReceiveBuffer)), size);
    return {};
}

} // namespace ipcscope
