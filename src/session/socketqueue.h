#pragma once
// What a consumer's sockets hold now, read from the kernel by ipcscope
// itself: SIOCINQ on each of the worker's connected sockets, reached through
// pidfd_getfd (the same socket, a descriptor of ours, closed at once). The
// consumer samples FIONREAD too, but only after a receive, so its figure goes
// stale once it is held or blocked; this one is as of the call. (A pipe's:
// pipequeue.h.)
#include <QtGlobal>

#include <optional>

namespace ipcscope {

// The bytes waiting to be read on the sockets of worker `pid` (a stream
// socket's whole receive queue; a datagram socket's next datagram, as
// FIONREAD says), its listening socket left out. None when it cannot be read
// (the worker gone, no socket).
std::optional<quint64> socketQueued(qint64 pid);

} // namespace ipcscope
