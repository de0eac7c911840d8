#include "ownership.h"

#include "syserror.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace ipcscope {

namespace {

std::string octal(mode_t mode)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04o", unsigned(mode & 07777));
    return text;
}

void check(const struct stat &st, mode_t type, const std::string &what)
{
    if (type && (st.st_mode & S_IFMT) != type)
        throw SysError(what, EACCES, "not the kind of object this run made: refusing to use it");
    if (st.st_uid != geteuid() || (st.st_mode & 077) != 0)
        throw SysError(what, EACCES,
                       "not this run's (owner uid " + std::to_string(st.st_uid) + ", mode " + octal(st.st_mode) +
                           "): refusing to use it");
}

} // namespace

void requireOwnFile(int fd, mode_t type, const std::string &what)
{
    struct stat st {};
    if (fstat(fd, &st) != 0)
        throw SysError("fstat(" + what + ")", errno);
    check(st, type, what);
}

void requireOwnPath(const std::string &path, mode_t type, const std::string &what)
{
    struct stat st {};
    if (lstat(path.c_str(), &st) != 0)
        throw SysError("lstat(" + path + ")", errno);
    if (S_ISLNK(st.st_mode))
        throw SysError(what, ELOOP, path + " is a symbolic link: refusing to follow it");
    check(st, type, what);
}

void requireOwnSysv(const ipc_perm &perm, const std::string &what)
{
    const uid_t me = geteuid();
    if (perm.cuid != me || perm.uid != me || (perm.mode & 077) != 0)
        throw SysError(what, EACCES,
                       "not this run's (creator uid " + std::to_string(perm.cuid) + ", owner uid " +
                           std::to_string(perm.uid) + ", mode " + octal(perm.mode) + "): refusing to use it");
}

int openOwnSysv(ObjectKind kind, key_t key, pid_t creator)
{
    int id = -1;
    switch (kind) {
    case ObjectKind::SysvShm:
        id = shmget(key, 0, 0);
        break;
    case ObjectKind::SysvSem:
        id = semget(key, 0, 0);
        break;
    case ObjectKind::SysvMsg:
        id = msgget(key, 0);
        break;
    default:
        throw SysError("open " + kindName(kind), EINVAL);
    }
    const std::string what = kindName(kind) + " " + formatKey(key);
    if (id < 0)
        throw SysError(what, errno);
    ipc_perm perm{};
    pid_t cpid = 0;
    if (!readSysvPerm(kind, id, perm, &cpid))
        throw SysError(what, errno);
    requireOwnSysv(perm, what);
    if (creator && cpid != creator)
        throw SysError(what, EACCES,
                       "made by pid " + std::to_string(cpid) + ", not by " + std::to_string(creator) +
                           ": refusing to use it");
    return id;
}

UniqueFd openOwnSegment(const std::string &name, int access)
{
    UniqueFd fd(shm_open(name.c_str(), access | O_CLOEXEC | O_NONBLOCK, 0));
    if (!fd.valid())
        throw SysError("shm_open(" + name + ")", errno);
    requireOwnFile(fd.get(), S_IFREG, name);
    return fd;
}

} // namespace ipcscope
