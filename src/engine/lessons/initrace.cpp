// The lecture's semaphore start-up race, with more instances: each starts
// 5 ms after the last and stays 20 ms in its critical section, as a student
// starting programs from several terminals would. Each one semget()s with
// IPC_CREAT and sets the value to 1 (SETVAL), so one that starts while
// another is inside lets itself in too. The fix: only the instance whose
// semget(IPC_CREAT | IPC_EXCL) made the set sets its value; a later one
// finds it and leaves it alone (a new set is 0, so it waits in P until the
// creator's SETVAL). A shared counter of the processes inside records the
// most at once. In a private IPC namespace, as the lecture's examples.
// --control: the fix in both runs. The set as the instances meet it
// (GETVAL, GETNCNT, GETPID), after each start and at the end, is printed
// as "STAGE.sem=key … id … nsems 1 semval … semncnt … sempid …": the
// session cannot look into the private namespace.
#include "lecturehost.h"
#include "lessonsteps.h"

#include "../ownership.h"
#include "../parentdeath.h"
#include "../syserror.h"

#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/sem.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <string>
#include <vector>

namespace ipcscope {

namespace {

constexpr int kInstances = 8;
constexpr long kStaggerMs = 5;
constexpr long kInsideMs = 20;

struct Shared {
    std::atomic<int> inside;
    std::atomic<int> mostInside;
    std::atomic<int> entered;
};

void sleepMs(long ms)
{
    const timespec t{ms / 1000, (ms % 1000) * 1'000'000};
    nanosleep(&t, nullptr);
}

// One instance, as the lecture writes it (or fixed); its exit status says
// whether it got through.
int instance(key_t key, int mode, bool fixed, Shared *shared)
{
    int semid;
    if (!fixed) {
        semid = semget(key, 1, IPC_CREAT | mode);
        semctl(semid, 0, SETVAL, 1); // every instance: the lecture's start-up
    } else {
        semid = semget(key, 1, IPC_CREAT | IPC_EXCL | mode);
        if (semid != -1)
            semctl(semid, 0, SETVAL, 1); // the creator, once
        else if (errno == EEXIST)
            semid = semget(key, 1, mode);
    }
    if (semid < 0)
        return 2;
    sembuf p{0, -1, 0}, v{0, +1, 0};
    if (semop(semid, &p, 1) != 0)
        return 3;
    const int now = shared->inside.fetch_add(1) + 1;
    for (int most = shared->mostInside.load(); now > most && !shared->mostInside.compare_exchange_weak(most, now);)
        ;
    shared->entered.fetch_add(1);
    sleepMs(kInsideMs);
    shared->inside.fetch_sub(1);
    semop(semid, &v, 1);
    return 0;
}

// The set now, from the kernel: its value, the processes asleep in P on it, the last to operate on it.
void saySet(const std::string &stage, key_t key, int semid)
{
    const int value = semctl(semid, 0, GETVAL);
    const int waiting = semctl(semid, 0, GETNCNT);
    const int last = semctl(semid, 0, GETPID);
    if (value < 0 || waiting < 0 || last < 0)
        return; // removed meanwhile
    LectureHost::say(stage + ".sem", "key " + formatKey(key) + " id " + std::to_string(semid) + " nsems 1 semval " +
                                         std::to_string(value) + " semncnt " + std::to_string(waiting) + " sempid " +
                                         std::to_string(last));
}

} // namespace

int initRaceWorker(const LessonArgs &args)
{
    LectureHost host(args, false);
    const key_t key = host.isolated() ? ftok("/tmp", 'C') : host.names().semKey;
    LectureHost::say("key", formatKey(key));
    auto *shared = static_cast<Shared *>(
        mmap(nullptr, sizeof(Shared), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
    if (shared == MAP_FAILED)
        throw SysError("mmap", errno);
    for (const std::string stage : {"lecture", "fix"}) {
        const bool fixed = stage == "fix" || args.has("control");
        new (shared) Shared{};
        bool owned = false;
        std::vector<pid_t> children;
        for (int i = 0; i < kInstances; ++i) {
            const pid_t parent = getpid();
            const pid_t child = fork();
            if (child < 0)
                throw SysError("fork", errno);
            if (child == 0) {
                if (!dieWithParent(parent))
                    _exit(127);
                _exit(instance(key, host.names().mode, fixed, shared));
            }
            children.push_back(child);
            sleepMs(kStaggerMs);
            // Once an instance has made the set: ours, checked and told.
            if (const int id = owned ? -1 : semget(key, 0, 0); id >= 0) {
                if (!host.isolated())
                    openOwnSysv(ObjectKind::SysvSem, key);
                host.own({ObjectKind::SysvSem, std::to_string(id), key});
                owned = true;
            }
            if (const int id = semget(key, 0, 0); id >= 0)
                saySet(stage, key, id);
        }
        int failed = 0;
        for (const pid_t c : children) {
            int status = 0;
            waitpid(c, &status, 0);
            failed += !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        }
        const int semid = semget(key, 0, 0);
        if (semid >= 0)
            saySet(stage, key, semid);
        LectureHost::say(stage + ".instances", kInstances);
        LectureHost::say(stage + ".entered", shared->entered.load());
        LectureHost::say(stage + ".failed", failed);
        LectureHost::say(stage + ".most_inside", shared->mostInside.load());
        LectureHost::say(stage + ".value_after", semid >= 0 ? semctl(semid, 0, GETVAL) : -1);
        if (semid >= 0)
            semctl(semid, 0, IPC_RMID); // the lesson's own set: the next stage starts afresh
        LectureHost::say(stage + ".sem", "none");
    }
    munmap(shared, sizeof(Shared));
    return 0;
}

} // namespace ipcscope
