#include "fdio.h"

#include "../gate.h"
#include "../syserror.h"

#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace ipcscope {

void writeFully(int fd, const uint8_t *buf, size_t len, bool socket)
{
    size_t done = 0;
    while (done < len) {
        // A socket reports a closed peer as EPIPE (MSG_NOSIGNAL); a pipe keeps
        // the classic SIGPIPE, which is part of what it teaches.
        const ssize_t n = socket ? send(fd, buf + done, len - done, MSG_NOSIGNAL) : write(fd, buf + done, len - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw SysError("write", errno);
        }
        done += size_t(n);
    }
}

size_t readFully(int fd, uint8_t *buf, size_t len)
{
    size_t done = 0;
    while (done < len) {
        const ssize_t n = read(fd, buf + done, len - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw SysError("read", errno);
        }
        if (n == 0)
            break;
        done += size_t(n);
    }
    return done;
}

void writeAll(int fd, const uint8_t *buf, size_t len, Gate &gate, bool socket)
{
    gate.before(Op::Send);
    writeFully(fd, buf, len, socket);
    gate.after();
}

size_t readAll(int fd, uint8_t *buf, size_t len, Gate &gate)
{
    gate.before(Op::Receive);
    const size_t n = readFully(fd, buf, len);
    gate.after();
    return n;
}

uint64_t bytesReadable(int fd)
{
    int n = 0;
    return ioctl(fd, FIONREAD, &n) == 0 && n > 0 ? uint64_t(n) : 0;
}

} // namespace ipcscope
