#pragma once
// Checks that an object we are about to use is the one our run made: owned by
// our effective user and closed to everyone else. A worker opens objects by
// name or key, and anyone on the machine can create a name or key first, so
// each open is followed by one of these before a byte is read or written.
// Each throws SysError(EACCES) naming the object, its owner and mode.
#include "objects.h"
#include "resources.h"

#include <string>
#include <sys/ipc.h>
#include <sys/types.h>

namespace ipcscope {

// `fd` is a file of `type` (S_IFREG, S_IFIFO, …; 0: any) owned by us, with no
// permission for group or others.
void requireOwnFile(int fd, mode_t type, const std::string &what);
// A path that is not a symbolic link and passes requireOwnFile's test.
void requireOwnPath(const std::string &path, mode_t type, const std::string &what);
// A System V object created and owned by us, with no permission for others.
void requireOwnSysv(const ipc_perm &perm, const std::string &what);
// The id of the System V object of `kind` (SysvShm, SysvSem, SysvMsg) with
// `key`, checked as requireOwnSysv does; with `creator`, a segment made by
// that process only.
int openOwnSysv(ObjectKind kind, key_t key, pid_t creator = 0);
// Our POSIX shared-memory segment `name` (a worker's ring, the telemetry
// block), opened with `access` (O_RDONLY, O_RDWR) and checked as ours
// (requireOwnFile) before anything is read; throws SysError. Non-blocking: a
// FIFO someone made under the name does not hold the caller in open().
// shm_open adds O_NOFOLLOW: a symbolic link at the name is refused.
UniqueFd openOwnSegment(const std::string &name, int access);

} // namespace ipcscope
