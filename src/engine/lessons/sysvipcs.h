#pragma once
// What `ipcs` shows, read where it reads it: /proc/sysvipc/{shm,msg,sem},
// which list the objects of the reader's own IPC namespace. Inside a
// lesson's private namespace that is exactly what the lecture's programs
// made, and nothing else.
#include <sys/types.h>

#include <string>
#include <vector>

namespace ipcscope {

struct SysvObject {
    key_t key = 0;
    int id = -1;
    int perms = 0;         // the mode's permission bits
    bool dest = false;     // a segment marked by IPC_RMID, removed at its last detach
    long long bytes = 0;   // a segment's size, a queue's bytes queued (cbytes)
    long long count = 0;   // a segment's attachments (nattch), a queue's messages (qnum), a set's semaphores
    pid_t creator = 0;     // a segment's cpid
    // "key 0x00002fbe id 0 perms 666 bytes 1000000 nattch 1 cpid 42", as the lessons print it.
    std::string describe(const char *kind) const;
};

// kind: "shm", "msg" or "sem".
std::vector<SysvObject> readSysvipc(const char *kind);
// Every object of `kind`, one described line each; "none" when there is none.
std::vector<std::string> describeSysvipc(const char *kind);

} // namespace ipcscope
