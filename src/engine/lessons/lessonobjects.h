#pragma once
// The kernel objects the lessons use, made with fresh keys of ours (mode 0600)
// and listed as owned, so that the session removes them — and the reaper, if
// the session dies.
#include "../mechanism.h"

#include <sys/types.h>

#include <vector>

namespace ipcscope {

// A System V segment of `bytes` (params: shm-key, shm-id).
Objects createSysvSegment(size_t bytes);
// A System V semaphore set of `count` semaphores, each `value` (params: sem-key, sem-id).
Objects createSysvSemaphores(int count, int value);
// A System V message queue (params: key, id).
Objects createSysvQueue();
// A POSIX message queue of `maxmsg` messages of `msgsize` bytes (params: mq).
Objects createPosixQueue(long maxmsg, long msgsize);
// One Objects holding both's params and owned objects.
Objects merge(Objects a, const Objects &b);

// The counter in a race lesson's segment.
uint64_t readCounter(int shmid);

// A System V semaphore as semctl reports it: GETVAL, GETNCNT, GETPID.
struct SemaphoreReading {
    int value = -1;
    int waiting = -1;
    int lastPid = -1;
};
std::vector<SemaphoreReading> readSemaphores(int semid, int count);

// A System V segment as shmctl(IPC_STAT) reports it; exists false once removed.
struct SegmentReading {
    bool exists = false;
    key_t key = 0;
    int attached = 0;              // shm_nattch
    int creator = 0;               // shm_cpid
    bool markedForRemoval = false; // SHM_DEST: IPC_RMID while attached
};
SegmentReading readSegment(int shmid);

} // namespace ipcscope
