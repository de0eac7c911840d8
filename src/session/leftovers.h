#pragma once
// System V objects left behind: every process the kernel names for one of
// them — a segment's creator and last user (cpid, lpid), a queue's last
// sender and receiver (lspid, lrpid), a set's last operation on each
// semaphore (GETPID) — is gone. Exactly what a lecture example killed
// halfway leaves in `ipcs`. The kernel records no creator for a queue or a
// set, so one nobody has used yet is never called left over: its creator may
// be about to use it.
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>

namespace ipcscope {

struct Leftover {
    QString kind; // "shm", "msg", "sem"
    qint64 key = 0;
    qint64 id = 0;
    qint64 owner = 0;          // uid
    QVector<qint64> pids;      // the processes the kernel names, all gone
    QString detail;            // "4096 B, never attached", "3 messages, 96 B"
    bool removable = false;    // ours to remove: owned by this user
};

using ProcessAlive = std::function<bool(qint64 pid)>;
// kill(pid, 0): it exists (also someone else's, EPERM).
bool processAlive(qint64 pid);

class Leftovers {
    Q_DECLARE_TR_FUNCTIONS(Leftovers)

public:
    // What /proc/sysvipc lists now, left over by the test of `alive`.
    static QVector<Leftover> find(const ProcessAlive &alive = processAlive);
    // IPC_RMID of `object`, once more checked to be the same object (its id
    // holds its key), owned by this user and still left over. Empty when
    // removed, else why not, in one line.
    static QString remove(const Leftover &object, const ProcessAlive &alive = processAlive);
};

} // namespace ipcscope
