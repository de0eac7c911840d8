// The lecture's own example: shm_write creates a segment by key, writes a
// greeting and exits — the segment stays; shm_read attaches, reads it, and
// removes it while still attached, which only marks it until the last
// detach. And the POSIX twin, a file in /dev/shm.
#include "lessonsteps.h"

#include "../ownership.h"
#include "../syserror.h"

#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

namespace ipcscope {

namespace {

constexpr size_t kSize = 4096;

// This process's mapping of the segment, as /proc/self/maps lists it.
std::string mapsLine(const void *address)
{
    std::ifstream maps("/proc/self/maps");
    std::string line;
    const auto at = reinterpret_cast<uintptr_t>(address);
    while (std::getline(maps, line)) {
        uintptr_t from = 0, to = 0;
        if (std::sscanf(line.c_str(), "%lx-%lx", &from, &to) == 2 && at >= from && at < to)
            return line;
    }
    return {};
}

// The writer creates the segment, exclusively: a key or name someone else
// holds fails here rather than being written into. The reader uses only a
// segment of ours that the writer (--creator) made.
void *attach(const LessonArgs &args, bool create, int &shmid)
{
    if (args.has("sysv-key")) {
        const key_t key = key_t(args.number("sysv-key"));
        shmid = create ? int(checked(shmget(key, kSize, IPC_CREAT | IPC_EXCL | 0600), "shmget"))
                       : openOwnSysv(ObjectKind::SysvShm, key, pid_t(args.number("creator")));
        void *p = shmat(shmid, nullptr, 0);
        if (p == reinterpret_cast<void *>(-1))
            throw SysError("shmat", errno);
        return p;
    }
    const std::string name = args.text("posix");
    const int fd = shm_open(name.c_str(), (create ? O_CREAT | O_EXCL : 0) | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        throw SysError("shm_open(" + name + ")", errno);
    if (!create) {
        requireOwnFile(fd, S_IFREG, name);
        struct stat st {};
        if (fstat(fd, &st) != 0 || size_t(st.st_size) < kSize)
            throw SysError("shm_open(" + name + ")", EPROTO, "smaller than the writer makes it");
    }
    if (create && ftruncate(fd, kSize) != 0)
        throw SysError("ftruncate", errno);
    void *p = mmap(nullptr, kSize, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (p == MAP_FAILED)
        throw SysError("mmap", errno);
    return p;
}

} // namespace

int helloWriteWorker(const LessonArgs &args)
{
    int shmid = -1;
    char *memory = static_cast<char *>(attach(args, true, shmid));
    std::snprintf(memory, kSize, "%s", args.text("text").c_str());
    std::printf("wrote=%s\nshmid=%d\nmaps=%s\n", memory, shmid, mapsLine(memory).c_str());
    // Exits without removing anything: the segment outlives its creator.
    if (args.has("sysv-key"))
        shmdt(memory);
    else
        munmap(memory, kSize);
    return 0;
}

int helloReadWorker(const LessonArgs &args)
{
    int shmid = -1;
    char *memory = static_cast<char *>(attach(args, false, shmid));
    std::printf("read=%s\nmaps=%s\n", memory, mapsLine(memory).c_str());
    if (args.has("remove")) {
        if (args.has("sysv-key"))
            checked(shmctl(shmid, IPC_RMID, nullptr), "shmctl(IPC_RMID)");
        else
            checked(shm_unlink(args.text("posix").c_str()), "shm_unlink");
        std::printf("removed=1\nmaps_after=%s\n", mapsLine(memory).c_str());
    }
    std::printf("waiting=1\n");
    std::fflush(stdout);
    // Still attached while the session looks at the kernel's view of it.
    std::string go;
    std::getline(std::cin, go);
    if (args.has("sysv-key"))
        shmdt(memory);
    else
        munmap(memory, kSize);
    std::printf("detached=1\n");
    return 0;
}

} // namespace ipcscope
