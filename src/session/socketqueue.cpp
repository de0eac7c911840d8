#include "socketqueue.h"

#include "engine/faultcalls.h"
#include "engine/resources.h"

#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ipcscope {

std::optional<quint64> socketQueued(qint64 pid)
{
    if (pid <= 0)
        return std::nullopt;
    // A worker of our own run: its pid is ours to name, its sockets ours.
    const UniqueFd process(int(::syscall(SYS_pidfd_open, pid_t(pid), 0)));
    if (!process.valid())
        return std::nullopt;
    std::optional<quint64> total;
    for (const int fd : socketsOf(pid_t(pid))) {
        const UniqueFd copy(int(::syscall(SYS_pidfd_getfd, process.get(), fd, 0)));
        struct stat st {};
        if (!copy.valid() || ::fstat(copy.get(), &st) != 0 || !S_ISSOCK(st.st_mode))
            continue;
        int listening = 0;
        socklen_t len = sizeof listening;
        if (::getsockopt(copy.get(), SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) == 0 && listening)
            continue; // connections wait there, not bytes
        int n = 0;
        if (::ioctl(copy.get(), SIOCINQ, &n) != 0)
            continue;
        total = total.value_or(0) + quint64(std::max(n, 0));
    }
    return total;
}

} // namespace ipcscope
