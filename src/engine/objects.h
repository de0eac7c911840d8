#pragma once
// The kernel objects a run creates, named so that they are unique and
// recognisably ours, and removed by kind whoever removes them: the session
// after a run, the reaper after a crash, a hand-run worker given --remove.
#include <functional>
#include <map>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ipcscope {

// SysvShmKey: a segment known by its key, because a worker creates it.
enum class ObjectKind { SysvShm, SysvSem, SysvMsg, PosixShm, PosixSem, PosixMq, Path, Directory, SysvShmKey };

struct OwnedObject {
    ObjectKind kind;
    std::string name; // SysV: the id; POSIX: the name; Path/Directory: the path
};

std::string kindName(ObjectKind kind);
bool parseKind(const std::string &text, ObjectKind &kind);
// "sysv-sem 32769", "posix-shm /ipcscope-…", as the reaper reads them.
std::string describe(const OwnedObject &object);
bool parseObject(const std::string &line, OwnedObject &object);

// Removes the object; an object that is already gone is not an error.
void removeObject(const OwnedObject &object) noexcept;

// System V keys of ours carry this prefix, so `ipcs` shows them at a glance.
constexpr key_t kSysvKeyPrefix = 0x1bc50000;
constexpr key_t kSysvKeyMask = int(0xffff0000u);
// A new random key with our prefix (the caller creates with IPC_EXCL and retries).
key_t randomSysvKey();
std::string formatKey(key_t key);
// Calls get(key) (an xxxget with IPC_CREAT | IPC_EXCL) with `requested` or,
// when that is empty, with fresh keys of ours until one is free. Returns the id.
int createWithFreshKey(const std::string &requested, key_t &key, const std::function<int(key_t)> &get,
                       const char *call);
key_t parseKey(const std::string &text);
// semctl(SETALL): one value per semaphore of the set, in order; throws SysError.
void setSemaphoreValues(int semid, std::vector<unsigned short> values);

// "/ipcscope-<pid>-<n>-<what>": unique among all processes and runs.
std::string uniquePosixName(const std::string &what);
// A new private directory (mode 0700) for FIFOs and socket files:
// $TMPDIR/ipcscope-<pid>-XXXXXX.
std::string makePrivateDirectory();

// Key=value parameters handed to workers on the command line ("k=v,k=v").
using Params = std::map<std::string, std::string>;
std::string formatParams(const Params &params);
Params parseParams(const std::string &text);
std::string param(const Params &params, const std::string &key);

} // namespace ipcscope
