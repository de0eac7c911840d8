#pragma once
// What a pipe or FIFO holds now, read from the kernel by ipcscope itself:
// FIONREAD on a consumer's own end of it, opened again through
// /proc/PID/fd. The consumer samples it too, but only after a receive (every
// 10 ms at most), so its figure goes stale once it is held or blocked; this
// one is as of the call.
#include <QString>

#include <optional>

namespace ipcscope {

// The bytes in the pipe that worker `pid` reads from: its fd `fd`, or, when
// `fifoPath` is given, its fd open on that FIFO. None when it cannot be read
// (the worker gone, the fd not a pipe).
std::optional<quint64> pipeQueued(qint64 pid, int fd, const QString &fifoPath = {});

} // namespace ipcscope
