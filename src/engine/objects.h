#pragma once
// The kernel objects a run creates, named so that they are unique and
// recognisably ours, and removed by kind whoever removes them: the session
// after a run, the reaper after a crash, a hand-run worker given --remove.
#include "names.h"

#include <functional>
#include <map>
#include <string>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/types.h>
#include <vector>

namespace ipcscope {

// SysvShmKey: a segment known by its key, because a worker creates it.
enum class ObjectKind { SysvShm, SysvSem, SysvMsg, PosixShm, PosixSem, PosixMq, Path, Directory, SysvShmKey };

struct OwnedObject {
    ObjectKind kind;
    std::string name; // SysV: the id; SysvShmKey: the key; POSIX: the name; Path/Directory: the path
    // System V: the key it was created with. Ids are reused, so removal
    // checks that the id still holds an object of ours with this key.
    key_t key = 0;
    // SysvShmKey: the process that creates the segment; only a segment it
    // created is removed.
    pid_t creator = 0;
};

std::string kindName(ObjectKind kind);
bool parseKind(const std::string &text, ObjectKind &kind);
// "sysv-sem 32769 0x1bc5abcd", "posix-shm /ipcscope-…", as the reaper reads them.
std::string describe(const OwnedObject &object);
bool parseObject(const std::string &line, OwnedObject &object);

// Removes the object if it is still ours (the same key, created by our user,
// and by `creator` where one is named); an object that is gone, or no longer
// ours, is left alone. Returns whether something was removed.
bool removeObject(const OwnedObject &object) noexcept;

// The ipc_perm (and, for a segment, the creator's PID) of System V object
// `id`; false when it is gone.
bool readSysvPerm(ObjectKind kind, int id, ::ipc_perm &perm, pid_t *creator = nullptr);

std::string formatKey(key_t key);
// Calls get(key) (an xxxget with IPC_CREAT | IPC_EXCL) with `requested` or,
// when that is empty, with fresh keys of ours until one is free. Returns the id.
int createWithFreshKey(const std::string &requested, key_t &key, const std::function<int(key_t)> &get,
                       const char *call);
key_t parseKey(const std::string &text);
// semctl(2)'s fourth argument, which the caller must define.
union SemctlArg {
    int val;
    ::semid_ds *buf;
    unsigned short *array;
};
// semctl(SETALL): one value per semaphore of the set, in order; throws SysError.
void setSemaphoreValues(int semid, std::vector<unsigned short> values);

// Key=value parameters handed to workers on the command line ("k=v,k=v").
using Params = std::map<std::string, std::string>;
std::string formatParams(const Params &params);
Params parseParams(const std::string &text);
std::string param(const Params &params, const std::string &key);

} // namespace ipcscope
