#include "faultcalls.h"

#include "ownership.h"
#include "resources.h"
#include "syserror.h"

#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace ipcscope {

namespace {

FaultCall made(std::string call, long result)
{
    return {std::move(call), result, result == -1 ? errno : 0};
}

FaultCall refused(std::string call, int error)
{
    return {std::move(call), -1, error};
}

int idOf(const OwnedObject &object)
{
    return std::atoi(object.name.c_str());
}

// Ids are reused: the id must still hold an object of ours with the run's key.
bool stillOurs(const OwnedObject &object)
{
    ipc_perm perm{};
    if (!readSysvPerm(object.kind, idOf(object), perm))
        return false;
    return perm.__key == object.key && perm.cuid == geteuid() && perm.uid == geteuid();
}

} // namespace

std::string FaultCall::text() const
{
    std::string out = call + " = " + std::to_string(result);
    if (result == -1)
        out += " " + errnoName(error) + " (" + std::strerror(error) + ")";
    return out;
}

std::string signalName(int signal)
{
    const char *abbrev = sigabbrev_np(signal);
    return abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(signal);
}

std::string errnoName(int error)
{
    const char *name = strerrorname_np(error);
    return name ? name : "errno " + std::to_string(error);
}

FaultCall sendSignal(pid_t pid, int signal)
{
    return made("kill(" + std::to_string(pid) + ", " + signalName(signal) + ")", ::kill(pid, signal));
}

FaultCall setSemaphore(const OwnedObject &object, int index, int value)
{
    std::string call = "semctl(" + object.name + ", " + std::to_string(index) + ", SETVAL, " + std::to_string(value) + ")";
    if (object.kind != ObjectKind::SysvSem || !stillOurs(object))
        return refused(std::move(call), EIDRM);
    SemctlArg arg{};
    arg.val = value;
    return made(std::move(call), semctl(idOf(object), index, SETVAL, arg));
}

FaultCall getSemaphore(const OwnedObject &object, int index)
{
    std::string call = "semctl(" + object.name + ", " + std::to_string(index) + ", GETVAL)";
    if (object.kind != ObjectKind::SysvSem || !stillOurs(object))
        return refused(std::move(call), EIDRM);
    return made(std::move(call), semctl(idOf(object), index, GETVAL));
}

FaultCall removeSysvObject(const OwnedObject &object)
{
    const int id = idOf(object);
    switch (object.kind) {
    case ObjectKind::SysvSem: {
        std::string call = "semctl(" + object.name + ", 0, IPC_RMID)";
        return stillOurs(object) ? made(std::move(call), semctl(id, 0, IPC_RMID)) : refused(std::move(call), EIDRM);
    }
    case ObjectKind::SysvShm: {
        std::string call = "shmctl(" + object.name + ", IPC_RMID, NULL)";
        return stillOurs(object) ? made(std::move(call), shmctl(id, IPC_RMID, nullptr))
                                 : refused(std::move(call), EIDRM);
    }
    case ObjectKind::SysvMsg: {
        std::string call = "msgctl(" + object.name + ", IPC_RMID, NULL)";
        return stillOurs(object) ? made(std::move(call), msgctl(id, IPC_RMID, nullptr))
                                 : refused(std::move(call), EIDRM);
    }
    default:
        return refused("IPC_RMID(" + object.name + ")", EINVAL);
    }
}

FaultCall unlinkPosixObject(const OwnedObject &object)
{
    // A name of the run's own making (random, unguessable): removing it
    // removes the run's object, never someone else's.
    switch (object.kind) {
    case ObjectKind::PosixShm:
        return made("shm_unlink(\"" + object.name + "\")", shm_unlink(object.name.c_str()));
    case ObjectKind::PosixMq:
        return made("mq_unlink(\"" + object.name + "\")", mq_unlink(object.name.c_str()));
    default:
        return refused("unlink(\"" + object.name + "\")", EINVAL);
    }
}

FaultCall setQueueBytes(const OwnedObject &object, uint64_t bytes)
{
    std::string call = "msgctl(" + object.name + ", IPC_SET, {msg_qbytes=" + std::to_string(bytes) + "})";
    if (object.kind != ObjectKind::SysvMsg || !stillOurs(object))
        return refused(std::move(call), EIDRM);
    msqid_ds ds{};
    if (msgctl(idOf(object), IPC_STAT, &ds) != 0)
        return refused(std::move(call), errno);
    ds.msg_qbytes = msglen_t(bytes);
    return made(std::move(call), msgctl(idOf(object), IPC_SET, &ds));
}

FaultCall setPipeSize(const std::string &path, int bytes, long *size)
{
    std::string call = "fcntl(fd, F_SETPIPE_SZ, " + std::to_string(bytes) + ")";
    // Opened for reading without waiting: a FIFO gains a reader for a moment,
    // which nobody writing to it can tell from its own.
    // A worker's end is reached through its /proc link, which must be
    // followed; a FIFO's own path never.
    const int follow = path.rfind("/proc/", 0) == 0 ? 0 : O_NOFOLLOW;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | follow);
    if (fd < 0)
        return refused(std::move(call), errno);
    const UniqueFd owned(fd);
    try {
        requireOwnFile(fd, S_IFIFO, path);
    } catch (const SysError &e) {
        return refused(std::move(call), e.error());
    }
    FaultCall result = made(std::move(call), fcntl(fd, F_SETPIPE_SZ, bytes));
    if (size)
        *size = fcntl(fd, F_GETPIPE_SZ);
    return result;
}

} // namespace ipcscope
