#include "fdio.h"

#include "../syserror.h"

#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace ipcscope {

namespace {

// Adds a system call's result to a transfer: false at end of file; EINTR
// transfers nothing and goes on; any other error throws.
bool advance(ssize_t n, size_t &done, const char *call)
{
    if (n < 0) {
        if (errno == EINTR)
            return true;
        throw SysError(call, errno);
    }
    done += size_t(n);
    return n != 0;
}

} // namespace

void writeRest(int fd, const uint8_t *buf, size_t len, ssize_t first, bool socket)
{
    size_t done = 0;
    advance(first, done, "write");
    while (done < len) {
        const ssize_t n = socket ? send(fd, buf + done, len - done, MSG_NOSIGNAL) : write(fd, buf + done, len - done);
        advance(n, done, "write");
    }
}

void writeFully(int fd, const uint8_t *buf, size_t len, bool socket)
{
    const ssize_t n = socket ? send(fd, buf, len, MSG_NOSIGNAL) : write(fd, buf, len);
    if (n != ssize_t(len))
        writeRest(fd, buf, len, n, socket);
}

size_t readRest(int fd, uint8_t *buf, size_t len, ssize_t first)
{
    size_t done = 0;
    if (!advance(first, done, "read"))
        return 0; // the stream ended before this message began
    while (done < len && advance(read(fd, buf + done, len - done), done, "read")) {
    }
    return done;
}

size_t readFully(int fd, uint8_t *buf, size_t len)
{
    const ssize_t n = read(fd, buf, len);
    return n == ssize_t(len) ? len : readRest(fd, buf, len, n);
}

uint64_t bytesReadable(int fd)
{
    int n = 0;
    return ioctl(fd, FIONREAD, &n) == 0 && n > 0 ? uint64_t(n) : 0;
}

} // namespace ipcscope
