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
#include <dirent.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>

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

FaultCall setQueueBytes(const OwnedObject &object, uint64_t bytes, uint64_t *before)
{
    std::string call = "msgctl(" + object.name + ", IPC_SET, {msg_qbytes=" + std::to_string(bytes) + "})";
    if (object.kind != ObjectKind::SysvMsg || !stillOurs(object))
        return refused(std::move(call), EIDRM);
    msqid_ds ds{};
    if (msgctl(idOf(object), IPC_STAT, &ds) != 0)
        return refused(std::move(call), errno);
    if (before)
        *before = ds.msg_qbytes;
    ds.msg_qbytes = msglen_t(bytes);
    return made(std::move(call), msgctl(idOf(object), IPC_SET, &ds));
}

FaultCall setPipeSize(const std::string &path, int bytes, long *size, long *before)
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
    if (before)
        *before = fcntl(fd, F_GETPIPE_SZ);
    FaultCall result = made(std::move(call), fcntl(fd, F_SETPIPE_SZ, bytes));
    if (size)
        *size = fcntl(fd, F_GETPIPE_SZ);
    return result;
}

std::vector<int> socketsOf(pid_t pid)
{
    std::vector<int> fds;
    const std::string dir = "/proc/" + std::to_string(pid) + "/fd";
    DIR *d = opendir(dir.c_str());
    if (!d)
        return fds;
    while (const dirent *e = readdir(d)) {
        char *end = nullptr;
        const long fd = std::strtol(e->d_name, &end, 10);
        if (end == e->d_name || *end)
            continue;
        char link[64] = {};
        const ssize_t n = readlink((dir + "/" + e->d_name).c_str(), link, sizeof link - 1);
        if (n > 0 && std::strncmp(link, "socket:[", 8) == 0)
            fds.push_back(int(fd));
    }
    closedir(d);
    std::sort(fds.begin(), fds.end());
    return fds;
}

namespace {

// The socket `fd` of `pid`, as a descriptor of ours; -1 with errno.
int takeSocket(pid_t pid, int fd)
{
    const int pidfd = int(syscall(SYS_pidfd_open, pid, 0));
    if (pidfd < 0)
        return -1;
    const UniqueFd owner(pidfd);
    const int copy = int(syscall(SYS_pidfd_getfd, pidfd, fd, 0));
    if (copy < 0)
        return -1;
    struct stat st {};
    if (fstat(copy, &st) != 0 || !S_ISSOCK(st.st_mode)) {
        ::close(copy);
        errno = ENOTSOCK;
        return -1;
    }
    return copy;
}

std::string inWorker(pid_t pid, int fd, const std::string &call)
{
    return call + " on fd " + std::to_string(fd) + " of pid " + std::to_string(pid);
}

} // namespace

FaultCall shutdownWrite(pid_t pid, int fd)
{
    std::string call = inWorker(pid, fd, "shutdown(fd, SHUT_WR)");
    const int copy = takeSocket(pid, fd);
    if (copy < 0)
        return refused(std::move(call), errno);
    const UniqueFd owned(copy);
    return made(std::move(call), ::shutdown(copy, SHUT_WR));
}

FaultCall setReceiveBuffer(pid_t pid, int fd, int bytes, long *before, long *after)
{
    std::string call = inWorker(pid, fd, "setsockopt(fd, SOL_SOCKET, SO_RCVBUF, [" + std::to_string(bytes) + "])");
    const int copy = takeSocket(pid, fd);
    if (copy < 0)
        return refused(std::move(call), errno);
    const UniqueFd owned(copy);
    const auto read = [&](long *out) {
        int value = 0;
        socklen_t len = sizeof value;
        if (out)
            *out = getsockopt(copy, SOL_SOCKET, SO_RCVBUF, &value, &len) == 0 ? value : -1;
    };
    read(before);
    FaultCall result = made(std::move(call), setsockopt(copy, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof bytes));
    read(after);
    return result;
}

FaultCall copySocket(pid_t pid, int fd, UniqueFd &copy)
{
    std::string call = "pidfd_getfd(pidfd_open(" + std::to_string(pid) + ", 0), " + std::to_string(fd) + ", 0)";
    const int taken = takeSocket(pid, fd);
    if (taken < 0)
        return refused(std::move(call), errno);
    copy = UniqueFd(taken);
    return made(std::move(call), taken);
}

} // namespace ipcscope
