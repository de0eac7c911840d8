#pragma once
// The system calls a fault injected by hand makes, each returning the call as
// strace would print it ("semctl(32780, 2, SETVAL, 2) = 0", "= -1 EIDRM
// (Identifier removed)"), so that what ipcscope did is shown, not described.
// Each touches only an object of the run that asks: a System V object is
// checked to be still ours (its key, created by our user) right before the
// call, a path to be ours and of the expected type; the rest is the caller's
// (it names only its own workers and objects).
#include "objects.h"
#include "resources.h"

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ipcscope {

struct FaultCall {
    std::string call; // "kill(1234, SIGSTOP)"
    long result = 0;
    int error = 0; // errno when result is -1

    bool ok() const { return result != -1; }
    // "kill(1234, SIGSTOP) = 0", "semctl(32780, 0, IPC_RMID) = -1 EINVAL (Invalid argument)"
    std::string text() const;
};

// "SIGSTOP", or "signal 40".
std::string signalName(int signal);
// "EIDRM", or "errno 200".
std::string errnoName(int error);

FaultCall sendSignal(pid_t pid, int signal);
// semctl(semid, index, SETVAL, value) on the run's set `object`.
FaultCall setSemaphore(const OwnedObject &object, int index, int value);
FaultCall getSemaphore(const OwnedObject &object, int index);
// IPC_RMID of a System V set, segment or queue of the run.
FaultCall removeSysvObject(const OwnedObject &object);
// shm_unlink or mq_unlink of the run's POSIX segment or queue.
FaultCall unlinkPosixObject(const OwnedObject &object);
// msgctl(IPC_STAT), then msgctl(IPC_SET) with msg_qbytes = bytes; `before`:
// the limit it replaced.
FaultCall setQueueBytes(const OwnedObject &object, uint64_t bytes, uint64_t *before = nullptr);
// F_SETPIPE_SZ on the pipe that `path` opens (a FIFO of the run, or
// /proc/PID/fd/N of a worker's end), then F_GETPIPE_SZ: `size` is what the
// kernel made of it (it rounds up to a power of two pages), `before` what it was.
FaultCall setPipeSize(const std::string &path, int bytes, long *size = nullptr, long *before = nullptr);

// The descriptors of `pid` that are sockets (from /proc/PID/fd), ascending.
std::vector<int> socketsOf(pid_t pid);
// A worker's socket is reached through pidfd_getfd (the same socket, a new
// descriptor, closed again here): the one way to act on another process's
// end without its help. The caller names only its own worker's pid.
// shutdown(fd, SHUT_WR): the peer reads end of stream; the owner's next
// write fails with EPIPE.
FaultCall shutdownWrite(pid_t pid, int fd);
// setsockopt(SO_RCVBUF, bytes); `before` and `after` are getsockopt's
// answers around it (the kernel doubles what it is asked, within limits).
FaultCall setReceiveBuffer(pid_t pid, int fd, int bytes, long *before = nullptr, long *after = nullptr);
// The socket `fd` of `pid` itself, kept as a descriptor of ours in `copy`
// (pidfd_getfd's answer is the new descriptor): a datagram consumer that
// joins a run inherits the consumers' one bound socket this way.
FaultCall copySocket(pid_t pid, int fd, UniqueFd &copy);

} // namespace ipcscope
