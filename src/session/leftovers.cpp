#include "leftovers.h"

#include "formatter.h"
#include "inspector.h"

#include "engine/objects.h"

#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ipcscope {

namespace {

qint64 field(const SysvObject &o, const char *name)
{
    for (const auto &[n, v] : o.fields)
        if (n == QLatin1String(name))
            return v;
    return 0;
}

// The processes the kernel names for `o`; for a set, GETPID of each
// semaphore (read permission needed: a set we cannot read is not judged).
bool pidsOf(const SysvObject &o, QVector<qint64> &pids)
{
    if (o.kind == QLatin1String("shm")) {
        pids << field(o, "cpid") << field(o, "lpid");
        return true;
    }
    if (o.kind == QLatin1String("msg")) {
        pids << field(o, "lspid") << field(o, "lrpid");
        return true;
    }
    for (qint64 i = 0; i < field(o, "nsems"); ++i) {
        const int pid = semctl(int(o.id), int(i), GETPID);
        if (pid < 0)
            return false;
        pids << pid;
    }
    return true;
}

bool leftOver(const SysvObject &o, const ProcessAlive &alive, QVector<qint64> &gone)
{
    QVector<qint64> pids;
    if (!pidsOf(o, pids))
        return false;
    for (qint64 pid : pids) {
        if (pid <= 0)
            continue; // not recorded: never attached, never sent to…
        if (alive(pid))
            return false;
        if (!gone.contains(pid))
            gone << pid;
    }
    // A segment always has its creator; a queue or a set nobody has used
    // has no process recorded at all.
    return !gone.isEmpty();
}

ObjectKind kindOf(const QString &kind)
{
    return kind == QLatin1String("shm") ? ObjectKind::SysvShm
           : kind == QLatin1String("msg") ? ObjectKind::SysvMsg
                                          : ObjectKind::SysvSem;
}

} // namespace

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QVector<Leftover> Leftovers::find(const ProcessAlive &alive)
{
    QVector<Leftover> out;
    for (const SysvObject &o : inspectKernel().sysv) {
        Leftover l;
        if (!leftOver(o, alive, l.pids))
            continue;
        l.kind = o.kind;
        l.key = o.key;
        l.id = o.id;
        l.owner = field(o, "uid");
        l.removable = l.owner == qint64(geteuid());
        if (o.kind == QLatin1String("shm"))
            l.detail = field(o, "nattch") ? tr("%1, %2 attached").arg(Formatter::size(field(o, "bytes"))).arg(field(o, "nattch"))
                                          : tr("%1, nobody attached").arg(Formatter::size(field(o, "bytes")));
        else if (o.kind == QLatin1String("msg"))
            l.detail = tr("%1 messages, %2").arg(field(o, "messages")).arg(Formatter::size(field(o, "bytes")));
        else
            l.detail = tr("%1 semaphores").arg(field(o, "nsems"));
        out << l;
    }
    return out;
}

QString Leftovers::remove(const Leftover &object, const ProcessAlive &alive)
{
    // Ids are reused: the id must still hold this key, this owner, and be left over.
    ipc_perm perm{};
    if (!readSysvPerm(kindOf(object.kind), int(object.id), perm) || perm.__key != key_t(object.key))
        return tr("%1 %2 is no longer there").arg(object.kind).arg(object.id);
    if (perm.uid != geteuid())
        return tr("%1 %2 belongs to uid %3, not to you").arg(object.kind).arg(object.id).arg(perm.uid);
    bool still = false;
    for (const Leftover &now : find(alive))
        still = still || (now.kind == object.kind && now.id == object.id);
    if (!still)
        return tr("%1 %2 is in use again").arg(object.kind).arg(object.id);
    const int id = int(object.id);
    const int result = object.kind == QLatin1String("shm")   ? shmctl(id, IPC_RMID, nullptr)
                       : object.kind == QLatin1String("msg") ? msgctl(id, IPC_RMID, nullptr)
                                                             : semctl(id, 0, IPC_RMID);
    return result == 0 ? QString() : tr("IPC_RMID of %1 %2: %3").arg(object.kind).arg(id).arg(QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace ipcscope
