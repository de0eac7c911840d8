#pragma once
// How the session starts any worker process: it dies with the session
// (PR_SET_PDEATHSIG), stays out of the terminal's Ctrl-C (its own process
// group), finds inherited ends on fds 3 and 4, and is known to the reaper.
#include <QProcess>
#include <QStringList>

namespace ipcscope {

// Prepares `process` to run the worker with `arguments`. fd3/fd4: session
// descriptors the child gets as fd 3 and fd 4 (-1: none).
void prepareWorkerProcess(QProcess &process, const QStringList &arguments, int fd3 = -1, int fd4 = -1);

} // namespace ipcscope
