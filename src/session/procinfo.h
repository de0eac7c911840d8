#pragma once
// What /proc says about a worker process: where it is blocked (wchan and the
// system call it is in), its context switches and CPU time, its IPC mappings
// and file descriptors (proc(5)).
#include <QString>
#include <QStringList>

namespace ipcscope {

struct ProcInfo {
    bool valid = false;   // the process exists
    QString wchan;        // kernel function it sleeps in; empty while running
    long syscall = -2;    // number of the system call it is in; -1: none, -2: unknown
    QString syscallName;  // "semop", "msgrcv"... or empty
    qint64 firstArgument = -1; // the call's first argument (a read()'s descriptor); -1 unknown
    bool running = false; // /proc/PID/syscall said "running"
    char state = '?';     // /proc/PID/status State: R, S, D, T (stopped), t (traced), Z...
    qint64 voluntaryCtxt = 0;
    qint64 involuntaryCtxt = 0;
    double cpuS = 0; // user + system time
    QString policy;  // its scheduling policy: "SCHED_BATCH", "SCHED_OTHER"... or empty
};

ProcInfo readProcInfo(qint64 pid);
// One process's /proc files read poll after poll (a run's workers) with their
// descriptors kept open, each opened when first needed and read with pread at
// 0, where readProcInfo opens, reads and closes each file. The descriptors are
// the process's, not its pid's: once it is gone they read nothing, and a
// process that takes its pid later is never read through them.
class ProcFiles {
public:
    explicit ProcFiles(qint64 pid);
    ~ProcFiles();
    ProcFiles(const ProcFiles &) = delete;
    ProcFiles &operator=(const ProcFiles &) = delete;
    ProcInfo read();
    qint64 pid() const { return m_pid; }

private:
    enum File { Status, Wchan, Syscall, Stat, Files };
    QByteArray contents(File file);
    qint64 m_pid;
    int m_fds[Files] = {-1, -1, -1, -1};
    bool m_gone[Files] = {};
};
// Only the State letter of /proc/PID/status ('?' when the process is gone): cheap.
char processState(qint64 pid);
QString syscallName(long number);
// The name of a scheduling policy (/proc/PID/stat field 41, sched(7)).
QString kernelPolicyName(long number);
// The lines of /proc/PID/maps that are IPC mappings (/SYSV…, /dev/shm/…).
QStringList ipcMappings(qint64 pid);
// "3 -> pipe:[12345]" for each open file descriptor.
QStringList openDescriptors(qint64 pid);
// The ends of pipe `pipe` ("pipe:[12345]") a process holds open, from
// /proc/PID/fd and the access mode in /proc/PID/fdinfo (-1: the process is gone).
struct PipeEnds {
    int readers = -1;
    int writers = -1;
};
PipeEnds pipeEnds(qint64 pid, const QString &pipe);
// Every other process of this user whose name (/proc/PID/comm) is `name`.
QList<qint64> otherProcessesNamed(const QString &name);

} // namespace ipcscope
