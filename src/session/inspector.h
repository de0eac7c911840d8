#pragma once
// The kernel inspector: what `ipcs` and `ls /dev/shm` would show — System V
// shared memory, message queues and semaphore sets from /proc/sysvipc, POSIX
// objects in /dev/shm and /dev/mqueue — with ipcscope's own objects marked,
// and for each worker its IPC mappings (/proc/PID/maps) and its open file
// descriptors (/proc/PID/fd: both ends of a pipe show one pipe:[inode]).
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ipcscope {

struct SysvObject {
    QString kind; // "shm", "msg", "sem"
    qint64 key = 0;
    qint64 id = 0;
    QString perms;
    // shm: bytes, nattch, cpid, lpid; msg: messages, bytes, lspid, lrpid; sem: nsems; all: uid (the owner)
    QList<QPair<QString, qint64>> fields;
    bool ours = false;
};

struct PosixObject {
    QString path;
    qint64 bytes = 0;
    bool ours = false;
};

struct ProcessView {
    QString name; // "P1"
    qint64 pid = 0;
    QStringList mappings;    // IPC lines of /proc/PID/maps
    QStringList descriptors; // "3 -> pipe:[12345]"
};

struct KernelInspection {
    QVector<SysvObject> sysv;
    QVector<PosixObject> posix;
    // POSIX message queues are listed only where an mqueue file system is
    // mounted at /dev/mqueue; they work without it.
    bool mqueueListed = false;
    QVector<ProcessView> processes;
    QJsonObject toJson() const;
};

// Whether POSIX message queues can be listed here (an mqueue file system at
// /dev/mqueue); they work without it.
bool mqueueListed();

// Everything the kernel lists now; `processes` are the workers to look into.
KernelInspection inspectKernel(const QList<QPair<QString, qint64>> &processes = {});

} // namespace ipcscope
