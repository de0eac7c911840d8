#pragma once
// Names nobody can guess or take first. Every object a run creates carries the
// creating PID, its PID namespace and 64 random bits, so that another user
// cannot create it before us (a denial of service, or worse, a trap we would
// open), two containers that share /dev/shm never collide, and a later run
// can tell which leftovers belong to a process that is gone.
#include <cstdint>
#include <string>
#include <sys/types.h>

namespace ipcscope {

// 64 bits from getrandom(2).
uint64_t randomBits();
// randomBits() as 16 hex digits.
std::string randomHex();

// The inode of this process's PID namespace (/proc/self/ns/pid), 0 if unknown.
uint64_t pidNamespace();

// "/ipcscope-<pid>-<pidns>-<random>-<what>", for shm_open, sem_open, mq_open.
std::string uniquePosixName(const std::string &what);
// A new private directory (mode 0700) for FIFOs and socket files:
// $TMPDIR/ipcscope-<pid>-<pidns>-XXXXXX.
std::string makePrivateDirectory();

// What a name of ours tells about its creator. `base` is the name without its
// leading "/", "sem." or directory: "ipcscope-<pid>-<pidns>-…".
struct NameOrigin {
    pid_t pid = 0;
    uint64_t pidNamespace = 0;
};
bool parseOurName(const std::string &base, NameOrigin &origin);

// System V keys of ours carry this prefix, so `ipcs` shows them at a glance.
// That leaves 16 random bits, and that is enough because we never trust a key:
// every object is created with IPC_CREAT | IPC_EXCL and mode 0600, so a key
// someone else holds only makes us draw again (createWithFreshKey, 1000 draws).
// Nobody but root can hold more than semmni / msgmni (32000 each by default)
// or shmmni (4096) objects of a kind, fewer than half of the 65536 keys, so
// 1000 draws all landing on taken keys is below 2^-1000: squatting cannot
// stop a run, and guessing our key gains nothing.
constexpr key_t kSysvKeyPrefix = 0x1bc50000;
constexpr key_t kSysvKeyMask = int(0xffff0000u);
// A new random key with our prefix (the caller creates with IPC_EXCL and retries).
key_t randomSysvKey();
bool isOurKey(key_t key);

} // namespace ipcscope
