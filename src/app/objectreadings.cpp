#include "objectreadings.h"

#include "session/formatter.h"

#include <QCoreApplication>

namespace ipcscope {

namespace {

// This file's texts, under one translation context.
struct ObjectReadingsText {
    Q_DECLARE_TR_FUNCTIONS(ObjectReadings)
};

qint64 reading(const RunSnapshot &s, const char *object, const char *field, qint64 otherwise = -1)
{
    for (const KernelReading &r : s.kernel)
        if (r.object == QLatin1String(object) && r.field == QLatin1String(field))
            return r.value;
    return otherwise;
}

QString p(const Params &params, const char *key)
{
    return QString::fromStdString(param(params, key));
}

bool isRing(const QString &m)
{
    return m == QLatin1String("sysv-shm") || m == QLatin1String("posix-shm") || m == QLatin1String("shm-mutex") ||
           m == QLatin1String("shm-nosync");
}

// Readers of one pipe all look at the same buffer: the freshest of their
// readings is the largest, and summing them would count it several times.
quint64 consumersQueued(const RunSnapshot &s)
{
    quint64 most = 0;
    for (const WorkerSnapshot &w : s.workers)
        if (w.role == Role::Consumer)
            most = std::max(most, w.queuedBytes);
    return most;
}

quint64 consumersCapacity(const RunSnapshot &s)
{
    for (const WorkerSnapshot &w : s.workers)
        if (w.role == Role::Consumer && w.capacityBytes)
            return w.capacityBytes;
    return 0;
}

} // namespace

QString workerNameForPid(const RunSnapshot &snapshot, qint64 pid)
{
    for (const WorkerSnapshot &w : snapshot.workers)
        if (w.pid == pid && pid > 0)
            return w.name();
    return {};
}

ObjectLayout objectLayout(const Scenario &s, const Params &params)
{
    ObjectLayout l;
    const QString &m = s.mechanism;
    const int size = std::max(s.size, 1);
    if (isRing(m)) {
        l.look = ObjectLook::Ring;
        l.cells = s.ringSlots;
        if (m == QLatin1String("sysv-shm"))
            l.title =
                ObjectReadingsText::tr("segment key %1 · shmid %2").arg(p(params, "shm-key"), p(params, "shm-id"));
        else
            l.title = ObjectReadingsText::tr("/dev/shm%1").arg(p(params, "shm"));
    } else if (m == QLatin1String("sysv-msg")) {
        l.cells = 16;
        l.title = ObjectReadingsText::tr("queue key %1 · msqid %2").arg(p(params, "key"), p(params, "id"));
    } else if (m == QLatin1String("posix-mq")) {
        l.cells = 10;
        l.title = ObjectReadingsText::tr("queue /dev/mqueue%1").arg(p(params, "mq"));
    } else if (m == QLatin1String("pipe") || m == QLatin1String("fifo")) {
        l.look = ObjectLook::Tube;
        l.cells = std::clamp(65536 / size, 1, 16);
        l.title = m == QLatin1String("pipe") ? ObjectReadingsText::tr("pipe: each worker inherited one end as fd 3")
                                             : ObjectReadingsText::tr("FIFO %1").arg(p(params, "path"));
    } else if (m == QLatin1String("unix-stream") || m == QLatin1String("tcp")) {
        l.look = ObjectLook::Tube;
        l.cells = 16;
        l.title = m == QLatin1String("tcp")
                      ? ObjectReadingsText::tr("connections to 127.0.0.1:%1").arg(p(params, "ports"))
                      : ObjectReadingsText::tr("sockets in %1").arg(p(params, "dir"));
    } else if (m == QLatin1String("unix-dgram")) {
        l.cells = 10;
        l.title = ObjectReadingsText::tr("socket %1/dgram.sock").arg(p(params, "dir"));
    } else if (m == QLatin1String("udp")) {
        l.cells = 16;
        l.title = ObjectReadingsText::tr("socket 127.0.0.1:%1").arg(p(params, "port"));
    } else {
        l.look = ObjectLook::PendingSignals;
        l.cells = m == QLatin1String("signals-rt") ? 8 : 1;
        l.title = m == QLatin1String("signals-rt")
                      ? ObjectReadingsText::tr("SIGRTMIN queue of pid %1").arg(p(params, "pid"))
                      : ObjectReadingsText::tr("SIGUSR1 pending on pid %1").arg(p(params, "pid"));
    }
    return l;
}

ObjectState objectState(const Scenario &s, const Params &params, const RunSnapshot &snap)
{
    Q_UNUSED(params);
    ObjectState st;
    const QString &m = s.mechanism;
    const int size = std::max(s.size, 1);
    if (m == QLatin1String("sysv-shm") || m == QLatin1String("posix-shm")) {
        st.filledSlots = int(reading(snap, "full", "semval"));
        const qint64 nattch = reading(snap, "segment", "nattch");
        // Two short lines rather than one long one: the box is narrow on a projector.
        QString filling = ObjectReadingsText::tr("%1 slots × %2 · %3 filled (semaphore 'full')")
                              .arg(s.ringSlots)
                              .arg(Formatter::size(size))
                              .arg(st.filledSlots < 0 ? QStringLiteral("?") : QString::number(st.filledSlots));
        if (nattch >= 0) {
            filling += QStringLiteral(" · ") + ObjectReadingsText::tr("%n attached (shm_nattch)", "", int(nattch));
            st.lines << filling
                     << ObjectReadingsText::tr("created by pid %1 · last shmat/shmdt: pid %2")
                            .arg(reading(snap, "segment", "cpid"))
                            .arg(reading(snap, "segment", "lpid"));
        } else {
            st.lines
                << filling
                << ObjectReadingsText::tr("%1 in /dev/shm").arg(Formatter::size(reading(snap, "segment", "bytes", 0)));
        }
    } else if (m == QLatin1String("shm-mutex")) {
        st.filledSlots = int(reading(snap, "ring", "filled"));
        const qint64 owner = reading(snap, "mutex", "owner", 0);
        st.lines << ObjectReadingsText::tr("%1 slots × %2 · %3 filled")
                        .arg(s.ringSlots)
                        .arg(Formatter::size(size))
                        .arg(st.filledSlots);
        const QString holder = workerNameForPid(snap, owner);
        st.lines << (owner > 0
                         ? (holder.isEmpty()
                                ? ObjectReadingsText::tr("mutex held by thread id %1 (from its futex word)").arg(owner)
                                : ObjectReadingsText::tr("mutex held by %1 (thread id %2, from its futex word)")
                                      .arg(holder)
                                      .arg(owner))
                         : ObjectReadingsText::tr("mutex free (futex word 0)"));
    } else if (m == QLatin1String("shm-nosync")) {
        const qint64 head = reading(snap, "ring", "head");
        const qint64 tail = reading(snap, "ring", "tail");
        if (head >= 0 && tail >= 0) {
            st.head = int(head % s.ringSlots);
            st.tail = int(tail % s.ringSlots);
            st.filledSlots = int(std::clamp<qint64>(head - tail, 0, s.ringSlots));
        }
        st.lines << ObjectReadingsText::tr("head %1, tail %2: written and read with no lock, nothing keeps them apart")
                        .arg(head)
                        .arg(tail);
        st.lines << ObjectReadingsText::tr("so far: %1 duplicated, %2 corrupted, %3 not (yet) received")
                        .arg(Formatter::count(snap.duplicated))
                        .arg(Formatter::count(snap.corrupted))
                        .arg(Formatter::count(snap.sent > snap.received ? snap.sent - snap.received : 0));
    } else if (m == QLatin1String("sysv-msg")) {
        const qint64 qnum = reading(snap, "queue", "qnum");
        const qint64 cbytes = reading(snap, "queue", "cbytes");
        const qint64 qbytes = reading(snap, "queue", "qbytes");
        st.fill = qbytes > 0 && cbytes >= 0 ? double(cbytes) / double(qbytes) : -1;
        st.lines << ObjectReadingsText::tr("msg_qnum %1 messages · msg_cbytes %2 of msg_qbytes %3")
                        .arg(qnum)
                        .arg(Formatter::count(cbytes))
                        .arg(Formatter::count(qbytes));
        const qint64 ls = reading(snap, "queue", "lspid", 0);
        const qint64 lr = reading(snap, "queue", "lrpid", 0);
        st.lines << ObjectReadingsText::tr("last msgsnd: %1 (pid %2) · last msgrcv: %3 (pid %4)")
                        .arg(workerNameForPid(snap, ls))
                        .arg(ls)
                        .arg(workerNameForPid(snap, lr))
                        .arg(lr);
    } else if (m == QLatin1String("posix-mq")) {
        const qint64 cur = reading(snap, "queue", "curmsgs");
        const qint64 max = reading(snap, "queue", "maxmsg");
        st.fill = max > 0 && cur >= 0 ? double(cur) / double(max) : -1;
        st.lines << ObjectReadingsText::tr("mq_curmsgs %1 of mq_maxmsg %2 · mq_msgsize %3 B")
                        .arg(cur)
                        .arg(max)
                        .arg(reading(snap, "queue", "msgsize"));
        st.lines << ObjectReadingsText::tr(
            "priority: producer Pn sends with priority n; the highest is received first");
    } else if (m == QLatin1String("pipe") || m == QLatin1String("fifo") || m == QLatin1String("unix-stream")) {
        const quint64 queued = consumersQueued(snap);
        const quint64 capacity = consumersCapacity(snap);
        st.fill = capacity ? double(queued) / double(capacity) : -1;
        st.lines << (capacity ? ObjectReadingsText::tr("%1 of %2 B waiting (FIONREAD; capacity from F_GETPIPE_SZ)")
                                    .arg(Formatter::count(queued))
                                    .arg(Formatter::count(capacity))
                              : ObjectReadingsText::tr("%1 B waiting (FIONREAD, as the readers see it)")
                                    .arg(Formatter::count(queued)));
    } else if (m == QLatin1String("tcp")) {
        st.lines << ObjectReadingsText::tr("rx_queue %1 B · tx_queue %2 B · sockets: %3 (/proc/net/tcp)")
                        .arg(Formatter::count(reading(snap, "sockets", "rx_queue")))
                        .arg(Formatter::count(reading(snap, "sockets", "tx_queue")))
                        .arg(reading(snap, "sockets", "count"));
    } else if (m == QLatin1String("unix-dgram")) {
        st.lines << ObjectReadingsText::tr("the receivers share one socket; a full queue makes senders wait");
    } else if (m == QLatin1String("udp")) {
        const qint64 rx = reading(snap, "socket", "rx_queue");
        st.fill = rx >= 0 ? double(rx) / 212992.0 : -1;
        st.lines << ObjectReadingsText::tr("rx_queue %1 B · dropped by the kernel: %2 datagrams (/proc/net/udp)")
                        .arg(Formatter::count(rx))
                        .arg(Formatter::count(reading(snap, "socket", "drops")));
    } else {
        const qint64 sigq = reading(snap, "consumer", "sigq");
        st.lines << ObjectReadingsText::tr("sent %1 · received %2")
                        .arg(Formatter::count(snap.sent), Formatter::count(snap.received));
        if (m == QLatin1String("signals-rt"))
            st.lines << ObjectReadingsText::tr("SigQ %1 of %2 (queued signals of this user, /proc/PID/status)")
                            .arg(sigq)
                            .arg(reading(snap, "consumer", "sigq_limit"));
        else
            st.lines << ObjectReadingsText::tr("a second SIGUSR1 sent while one is pending merges into it");
    }
    return st;
}

QList<QPair<QString, QString>> syncObjects(const QString &m)
{
    if (m == QLatin1String("sysv-shm") || m == QLatin1String("posix-shm"))
        return {{QStringLiteral("empty"), ObjectReadingsText::tr("free slots")},
                {QStringLiteral("full"), ObjectReadingsText::tr("filled slots")},
                {QStringLiteral("put"), ObjectReadingsText::tr("producers' lock")},
                {QStringLiteral("take"), ObjectReadingsText::tr("consumers' lock")}};
    if (m == QLatin1String("shm-mutex"))
        return {{QStringLiteral("mutex"), ObjectReadingsText::tr("1 free, 0 held")},
                {QStringLiteral("not empty"), ObjectReadingsText::tr("consumers wait")},
                {QStringLiteral("not full"), ObjectReadingsText::tr("producers wait")}};
    return {};
}

SyncObjectState syncObjectState(const QString &m, int index, const RunSnapshot &snap)
{
    SyncObjectState st;
    const auto objects = syncObjects(m);
    if (index >= objects.size())
        return st;
    const QByteArray name = objects[index].first.toLatin1();
    for (const WorkerSnapshot &w : snap.workers) {
        const bool waits = w.state.state == WorkerState::InCall && w.blocked && w.state.object == index &&
                           (w.state.op == Op::SemP || w.state.op == Op::Lock || w.state.op == Op::CondWait);
        if (waits)
            st.waiters << w.name();
    }
    st.waiting = int(st.waiters.size());
    if (m == QLatin1String("shm-mutex")) {
        if (index == 0) {
            const qint64 owner = reading(snap, "mutex", "owner");
            st.value = owner < 0 ? -1 : owner == 0 ? 1 : 0;
            st.lastPid = std::max<qint64>(owner, 0);
            st.lastBy = workerNameForPid(snap, owner);
        } else {
            st.value = -2;
        }
        return st;
    }
    st.value = reading(snap, name.constData(), "semval");
    const qint64 ncnt = reading(snap, name.constData(), "semncnt");
    if (ncnt >= 0)
        st.waiting = int(ncnt); // System V counts its waiters itself
    st.lastPid = reading(snap, name.constData(), "sempid", 0);
    st.lastBy = workerNameForPid(snap, st.lastPid);
    return st;
}

} // namespace ipcscope
