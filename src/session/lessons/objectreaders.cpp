#include "objectreaders.h"

#include "engine/lessons/lessonobjects.h"

#include <QFile>

#include <fcntl.h>
#include <mqueue.h>
#include <sys/msg.h>

#include <csignal>
#include <cstring>

namespace ipcscope {

namespace {

// /proc/PID/status: ShdPnd (the process's pending set, a hex mask) and SigQ
// ("queued/limit" for the user).
bool readPending(qint64 pid, int signo, qint64 &pending, qint64 &queued)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("ShdPnd:"))
            pending = (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (signo - 1)) & 1;
        else if (line.startsWith("SigQ:"))
            queued = line.mid(5).trimmed().split('/').value(0).toLongLong();
    }
    return true;
}

// The types of the messages queued, oldest first, copied without taking
// them (MSG_COPY, IPC_NOWAIT); empty where the kernel cannot copy.
QVector<long> queuedTypes(int msqid, int count)
{
    QVector<long> types;
    struct {
        long mtype;
        char mtext[8192];
    } buffer;
    for (int i = 0; i < count && i < 64; ++i) {
        if (msgrcv(msqid, &buffer, sizeof buffer.mtext, i, IPC_NOWAIT | MSG_COPY | MSG_NOERROR) < 0)
            break;
        types << buffer.mtype;
    }
    return types;
}

// The message msgrcv(msgtyp) takes next (msgrcv(2)): the first; the first of
// that type; the first of the lowest type not above |msgtyp|.
int nextTaken(const QVector<long> &types, long msgtyp)
{
    if (msgtyp == 0)
        return types.isEmpty() ? -1 : 0;
    int best = -1;
    for (int i = 0; i < types.size(); ++i) {
        if (msgtyp > 0 && types[i] == msgtyp)
            return i;
        if (msgtyp < 0 && types[i] <= -msgtyp && (best < 0 || types[i] < types[best]))
            best = i;
    }
    return best;
}

} // namespace

std::optional<SceneObject> readQueue(const QString &name, int msqid, long msgtyp, bool withKey)
{
    msqid_ds ds{};
    if (msgctl(msqid, IPC_STAT, &ds) != 0)
        return std::nullopt;
    SceneObject o;
    o.kind = QStringLiteral("queue");
    o.id = name;
    o.kernelId = QString::number(msqid);
    o.fields = {{QStringLiteral("msg_qnum"), qint64(ds.msg_qnum)}, {QStringLiteral("msg_cbytes"), qint64(ds.__msg_cbytes)}};
    if (withKey)
        o.fields.prepend({QStringLiteral("key"), qint64(quint32(ds.msg_perm.__key))}); // 0: IPC_PRIVATE
    const QVector<long> types = queuedTypes(msqid, int(ds.msg_qnum));
    const int next = nextTaken(types, msgtyp);
    for (int i = 0; i < types.size(); ++i)
        o.cells.append({QString::number(types[i]), i == next ? QStringLiteral("next") : QString()});
    return o;
}

std::optional<SceneObject> readPosixQueue(const QString &name, const std::string &mq)
{
    const mqd_t q = mq_open(mq.c_str(), O_RDONLY | O_CLOEXEC);
    if (q == mqd_t(-1))
        return std::nullopt;
    mq_attr attr{};
    const bool read = mq_getattr(q, &attr) == 0;
    mq_close(q);
    if (!read)
        return std::nullopt;
    SceneObject o;
    o.kind = QStringLiteral("queue");
    o.id = name;
    o.fields = {{QStringLiteral("mq_curmsgs"), qint64(attr.mq_curmsgs)},
                {QStringLiteral("mq_maxmsg"), qint64(attr.mq_maxmsg)}};
    return o;
}

std::optional<SceneObject> readSegmentObject(const QString &name, int shmid)
{
    const SegmentReading r = readSegment(shmid);
    if (!r.exists)
        return std::nullopt;
    SceneObject o;
    o.kind = QStringLiteral("segment");
    o.id = name;
    o.kernelId = QString::number(shmid);
    o.fields = {{QStringLiteral("shm_nattch"), r.attached},
                {QStringLiteral("shm_cpid"), r.creator},
                {QStringLiteral("ipc_rmid"), r.markedForRemoval ? 1 : 0}};
    return o;
}

std::optional<SceneObject> readSignals(const QString &name, qint64 pid, int signo)
{
    qint64 pending = 0, queued = 0;
    if (!readPending(pid, signo, pending, queued))
        return std::nullopt;
    SceneObject o;
    o.kind = QStringLiteral("signals");
    o.id = name;
    o.fields = {{QStringLiteral("pending"), pending}, {QStringLiteral("sigq"), queued}};
    const char *abbrev = sigabbrev_np(signo);
    o.cells.append({abbrev ? QStringLiteral("SIG%1").arg(QLatin1String(abbrev))
                    : signo == SIGRTMIN ? QStringLiteral("SIGRTMIN")
                                        : QStringLiteral("SIGRTMIN+%1").arg(signo - SIGRTMIN),
                    pending ? QStringLiteral("pending") : QString()});
    return o;
}

} // namespace ipcscope
