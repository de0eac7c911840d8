#pragma once
// Whole-message reads and writes on byte streams, retried across EINTR and
// short transfers, each under the gate so the worker's state shows the call.
// writeAll and readAll are inline: on a 64-byte pipe message the engine's own
// work is a few tens of nanoseconds, and two out-of-line calls around the one
// system call were a tenth of it. The first call is made here; only a short
// transfer, EINTR or an error goes on to the out-of-line rest.
#include "../gate.h"

#include <sys/socket.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>

namespace ipcscope {

// Writes all of buf; throws SysError (EPIPE when the readers are gone).
void writeFully(int fd, const uint8_t *buf, size_t len, bool socket = false); // without the gate
// The rest of a write whose first call returned `first` (negative: failed).
void writeRest(int fd, const uint8_t *buf, size_t len, ssize_t first, bool socket);

inline void writeAll(int fd, const uint8_t *buf, size_t len, Gate &gate, bool socket = false)
{
    gate.before(Op::Send);
    // A socket reports a closed peer as EPIPE (MSG_NOSIGNAL); a pipe keeps
    // the classic SIGPIPE, which is part of what it teaches.
    const ssize_t n = socket ? send(fd, buf, len, MSG_NOSIGNAL) : write(fd, buf, len);
    if (n != ssize_t(len))
        writeRest(fd, buf, len, n, socket);
    gate.after();
}

// Reads exactly len bytes; returns len, or fewer only at end of file (0 when
// the stream ended before this message began).
size_t readFully(int fd, uint8_t *buf, size_t len); // without the gate
// The rest of a read whose first call returned `first`.
size_t readRest(int fd, uint8_t *buf, size_t len, ssize_t first);

inline size_t readAll(int fd, uint8_t *buf, size_t len, Gate &gate)
{
    gate.before(Op::Receive);
    const ssize_t n = read(fd, buf, len);
    const size_t got = n == ssize_t(len) ? len : readRest(fd, buf, len, n);
    gate.after();
    return got;
}

// Bytes waiting to be read (FIONREAD), 0 when unknown.
uint64_t bytesReadable(int fd);

} // namespace ipcscope
