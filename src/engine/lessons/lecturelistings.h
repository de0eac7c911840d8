#pragma once
// The lecture's programs, call for call as it prints them (shm_write.cpp,
// shm_read.cpp, the message-queue sender, the semaphore example, the POSIX
// writer), each the main() of a ListingProcess. Where the lesson varies one
// (the line the lecture comments out, a getchar() left out, the fix), the
// variant is named; the names are the lecture's unless nothing is private
// (Isolation::None), when fresh ones are used, created exclusively.
#include <sys/types.h>

#include <string>

namespace ipcscope {

struct LectureNames {
    key_t shmKey = 12222;
    // The queue's and the set's keys come from ftok("/tmp", 'B') and ('C');
    // set (not -1) to use a fresh key instead.
    key_t msgKey = -1;
    key_t semKey = -1;
    std::string posixName = "/my_shm";
    int mode = 0666;        // 0600 with fresh names: nobody else's business
    bool exclusive = false; // IPC_EXCL / O_EXCL on creation
};

struct ShmWriteVariant {
    bool getchar = true;          // as printed; without it, the lecture says, the reader comes too late
    bool removeBeforeExit = false; // what the lecture fears the exit does: IPC_RMID before leaving
};

int shmWriteListing(const LectureNames &names, ShmWriteVariant variant);
int shmReadListing(const LectureNames &names);
// removeQueue: the msgctl(IPC_RMID) line the lecture leaves commented out.
int msgSendListing(const LectureNames &names, bool removeQueue);

struct SemVariant {
    bool undo = false;       // SEM_UNDO in sem_flg: the kernel gives back what a dying process held
    bool initOnce = false;   // the fix: the creator (IPC_EXCL) sets the value, later instances do not
};
int semListing(const LectureNames &names, SemVariant variant);
int posixShmWriteListing(const LectureNames &names);

} // namespace ipcscope
