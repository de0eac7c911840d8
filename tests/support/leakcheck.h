#pragma once
// What a process of ours left behind: System V objects it created (by cpid in
// /proc/sysvipc), POSIX objects and private directories named after its PID.
#include <QStringList>

namespace ipcscope::test {

// Every object created by `pid` that still exists, one line each.
QStringList leftovers(qint64 pid);
// Whether a POSIX message queue of that name still exists (they are not
// listed anywhere unless /dev/mqueue is mounted).
bool messageQueueExists(const QString &name);
// Whether any ipcscope-worker process is still alive with `parent` as parent.
QStringList livingWorkers(qint64 parent = 0);

} // namespace ipcscope::test
