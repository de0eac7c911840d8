#pragma once
// Whole-message reads and writes on byte streams, retried across EINTR and
// short transfers, each under the gate so the worker's state shows the call.
#include <cstddef>
#include <cstdint>

namespace ipcscope {

class Gate;

// Writes all of buf; throws SysError (EPIPE when the readers are gone).
void writeAll(int fd, const uint8_t *buf, size_t len, Gate &gate, bool socket = false);
void writeFully(int fd, const uint8_t *buf, size_t len, bool socket = false); // the same, without the gate
// Reads exactly len bytes; returns len, or fewer only at end of file (0 when
// the stream ended before this message began).
size_t readAll(int fd, uint8_t *buf, size_t len, Gate &gate);
size_t readFully(int fd, uint8_t *buf, size_t len); // the same, without the gate
// Bytes waiting to be read (FIONREAD), 0 when unknown.
uint64_t bytesReadable(int fd);

} // namespace ipcscope
