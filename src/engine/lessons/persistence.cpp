// Kernel persistence: a System V queue with messages, a System V segment and
// a POSIX segment outlive the process that made and used them. This process
// creates the three exclusively (fresh keys, O_EXCL, mode 0600), names each
// in a journal of its own before anything else (so that if it and the
// session both die here, the next start sweeps them, sweep.h), tells the
// session (own=…), and once the session says it tracks them ("owned" on
// standard input) drops its journal. Then it sends three messages, writes
// into both segments, detaches, and exits. --control: it removes all three
// before it exits (IPC_RMID, shm_unlink), as a careful program does.
#include "lessonsteps.h"

#include "../names.h"
#include "../objects.h"
#include "../sweep.h"
#include "../syserror.h"

#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/shm.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace ipcscope {

namespace {

constexpr size_t kSegmentBytes = 4096;
constexpr int kMessages = 3;

struct Note {
    long mtype;
    char text[32];
};

// Until the session has taken the objects they are this process's: it
// removes them, and its journal, if it fails first.
struct Untaken {
    Journal &journal;
    std::vector<OwnedObject> objects;
    bool taken = false;
    ~Untaken()
    {
        if (!taken)
            for (const OwnedObject &o : objects)
                removeObject(o);
        if (!journal.name().empty())
            shm_unlink(journal.name().c_str());
    }
    void announce(const OwnedObject &object)
    {
        objects.push_back(object);
        journal.append("+" + describe(object));
        std::printf("own=%s\n", describe(object).c_str());
    }
};

} // namespace

int persistenceWorker(const LessonArgs &args)
{
    const bool control = args.has("control");
    Journal journal;
    if (!journal.create())
        throw SysError("journal", errno);

    Untaken untaken{journal, {}};
    key_t queueKey = 0, segmentKey = 0;
    const int msqid = createWithFreshKey(
        {}, queueKey, [](key_t k) { return msgget(k, IPC_CREAT | IPC_EXCL | 0600); }, "msgget");
    untaken.announce({ObjectKind::SysvMsg, std::to_string(msqid), queueKey});
    const int shmid = createWithFreshKey(
        {}, segmentKey, [](key_t k) { return shmget(k, kSegmentBytes, IPC_CREAT | IPC_EXCL | 0600); }, "shmget");
    untaken.announce({ObjectKind::SysvShm, std::to_string(shmid), segmentKey});
    const std::string posix = uniquePosixName("lesson-shm");
    const int fd = shm_open(posix.c_str(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        throw SysError("shm_open(" + posix + ")", errno);
    untaken.announce({ObjectKind::PosixShm, posix});
    std::printf("pid=%d\nmsqid=%d\nshmid=%d\nposix=%s\ncreated=1\n", int(getpid()), msqid, shmid, posix.c_str());
    std::fflush(stdout);

    // The session tracks them now (its reaper and journal): this journal may go.
    char line[32] = {};
    if (!std::fgets(line, sizeof line, stdin) || std::strncmp(line, "owned", 5) != 0)
        throw SysError("waiting for the session", EPIPE, "the session did not take the objects");
    untaken.taken = true;
    shm_unlink(journal.name().c_str());

    for (int i = 1; i <= kMessages; ++i) {
        Note note{1, {}};
        std::snprintf(note.text, sizeof note.text, "message %d", i);
        checked(msgsnd(msqid, &note, sizeof note.text, IPC_NOWAIT), "msgsnd");
    }
    void *segment = shmat(shmid, nullptr, 0);
    if (segment == reinterpret_cast<void *>(-1))
        throw SysError("shmat", errno);
    std::snprintf(static_cast<char *>(segment), kSegmentBytes, "written by pid %d", int(getpid()));
    checked(shmdt(segment), "shmdt");
    checked(ftruncate(fd, kSegmentBytes), "ftruncate");
    void *mapped = mmap(nullptr, kSegmentBytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (mapped == MAP_FAILED)
        throw SysError("mmap", errno);
    std::snprintf(static_cast<char *>(mapped), kSegmentBytes, "written by pid %d", int(getpid()));
    munmap(mapped, kSegmentBytes);
    close(fd);
    std::printf("sent=%d\n", kMessages);
    if (control) {
        checked(msgctl(msqid, IPC_RMID, nullptr), "msgctl(IPC_RMID)");
        checked(shmctl(shmid, IPC_RMID, nullptr), "shmctl(IPC_RMID)");
        checked(shm_unlink(posix.c_str()), "shm_unlink");
        std::printf("removed=1\n");
    }
    return 0;
}

} // namespace ipcscope
