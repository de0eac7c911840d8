// The lecture's programs run from the text the Code dock shows
// (lecturelistingtexts.cpp, lectureposixlisting.c); here is only what the
// lesson changes in their calls (lecturecalls.h) and how each is started.
// A listing runs in a process of its own (ListingProcess): what it was set
// up with is that process's alone.
#include "lecturelistings.h"
#include "lecturecalls.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <vector>

int lectureShmWriteMain();
int lectureShmReadMain();
int lectureMsgSendMain();
int lectureSemMain();

namespace ipcscope {

namespace {

// The names the lecture prints, which the lesson's may replace.
constexpr key_t kLectureShmKey = 12222;
constexpr const char *kLecturePosixName = "/my_shm";

struct Setup {
    LectureNames names;
    bool getchar = true;
    SemVariant sem;
    bool creator = true; // the fix: this instance made the set
    int shmId = -1;
    int msgId = -1;
};
Setup setup;

void begin(const LectureNames &names)
{
    setup = {};
    setup.names = names;
}

// A System V get's flags: the lecture's mode replaced by the lesson's,
// IPC_EXCL added to a creation where nothing is private.
int flagsOf(int flags)
{
    flags = (flags & ~0777) | setup.names.mode;
    if (setup.names.exclusive && (flags & IPC_CREAT))
        flags |= IPC_EXCL;
    return flags;
}

} // namespace

int shmWriteListing(const LectureNames &names, ShmWriteVariant variant)
{
    begin(names);
    setup.getchar = variant.getchar;
    const int status = lectureShmWriteMain();
    if (variant.removeBeforeExit) // not in the lecture: what it fears the exit does
        shmctl(setup.shmId, IPC_RMID, nullptr);
    return status;
}

int shmReadListing(const LectureNames &names)
{
    begin(names);
    return lectureShmReadMain();
}

int msgSendListing(const LectureNames &names, bool removeQueue)
{
    begin(names);
    const int status = lectureMsgSendMain();
    if (removeQueue) // the line the lecture leaves commented out
        msgctl(setup.msgId, IPC_RMID, nullptr);
    return status;
}

int semListing(const LectureNames &names, SemVariant variant)
{
    begin(names);
    setup.sem = variant;
    return lectureSemMain();
}

int posixShmWriteListing(const LectureNames &names)
{
    begin(names);
    return lecturePosixShmWriteMain();
}

} // namespace ipcscope

using ipcscope::setup;

extern "C" int lectureShmget(key_t key, size_t size, int flags)
{
    if (key == ipcscope::kLectureShmKey)
        key = setup.names.shmKey;
    setup.shmId = shmget(key, size, ipcscope::flagsOf(flags));
    return setup.shmId;
}

extern "C" int lectureMsgget(key_t key, int flags)
{
    if (setup.names.msgKey != -1) // instead of ftok("/tmp", 'B')
        key = setup.names.msgKey;
    setup.msgId = msgget(key, ipcscope::flagsOf(flags));
    return setup.msgId;
}

extern "C" int lectureSemget(key_t key, int nsems, int flags)
{
    if (setup.names.semKey != -1) // instead of ftok("/tmp", 'C')
        key = setup.names.semKey;
    if (!setup.sem.initOnce || !(flags & IPC_CREAT))
        return semget(key, nsems, ipcscope::flagsOf(flags));
    // The fix: only the instance that creates the set gives it its value; a
    // later one finds it and leaves it alone (a new semaphore is 0, so it
    // waits in P until the creator has set it).
    const int made = semget(key, nsems, ipcscope::flagsOf(flags) | IPC_EXCL);
    setup.creator = made != -1;
    if (made != -1 || errno != EEXIST)
        return made;
    return semget(key, nsems, ipcscope::flagsOf(flags) & ~IPC_CREAT);
}

extern "C" int lectureSemctl(int semid, int semnum, int cmd, ...)
{
    // The listings call it to set a value and (commented out) to remove the set.
    va_list rest;
    va_start(rest, cmd);
    const int value = cmd == SETVAL ? va_arg(rest, int) : 0;
    va_end(rest);
    if (cmd == SETVAL)
        return setup.sem.initOnce && !setup.creator ? 0 : semctl(semid, semnum, SETVAL, value);
    return semctl(semid, semnum, cmd);
}

extern "C" int lectureSemop(int semid, struct sembuf *ops, size_t count)
{
    std::vector<sembuf> taken(ops, ops + count);
    if (setup.sem.undo) // the kernel gives back what a dying process held
        for (sembuf &op : taken)
            op.sem_flg |= SEM_UNDO;
    return semop(semid, taken.data(), count);
}

extern "C" int lectureShmOpen(const char *name, int flags, mode_t)
{
    if (std::strcmp(name, ipcscope::kLecturePosixName) == 0)
        name = setup.names.posixName.c_str();
    if (setup.names.exclusive && (flags & O_CREAT))
        flags |= O_EXCL;
    return shm_open(name, flags, mode_t(setup.names.mode));
}

extern "C" int lectureShmUnlink(const char *name)
{
    if (std::strcmp(name, ipcscope::kLecturePosixName) == 0)
        name = setup.names.posixName.c_str();
    return shm_unlink(name);
}

extern "C" int lectureGetchar(void)
{
    // Without getchar(), as the lesson tries it: on at once.
    return setup.getchar ? std::getchar() : '\n';
}
