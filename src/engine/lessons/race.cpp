// The race: processes add 1 to one counter in shared memory for a fixed time,
// started together. Without a semaphore, "read, add, write back" of two
// processes interleave — on two CPUs at once, or on one when the scheduler
// preempts a process between its read and its write — and the updates made
// in between are lost; with P and V around it, none is. Nothing here yields
// the CPU: whatever is lost, the scheduler lost it.
#include "lessonsteps.h"

#include "../clock.h"
#include "../gate.h"
#include "../ownership.h"
#include "../resources.h"
#include "../syserror.h"
#include "../telemetryblock.h"

#include <sched.h>
#include <sys/sem.h>
#include <sys/shm.h>

#include <cerrno>
#include <cstdio>

namespace ipcscope {

namespace {

// The first CPU this process may run on: every racer pinned with --one-cpu
// picks the same one (they inherit one affinity mask), as `taskset -c N` would.
void pinToFirstCpu()
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    checked(sched_getaffinity(0, sizeof allowed, &allowed), "sched_getaffinity");
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (!CPU_ISSET(cpu, &allowed))
            continue;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        checked(sched_setaffinity(0, sizeof one, &one), "sched_setaffinity");
        std::printf("cpu=%d\n", cpu);
        return;
    }
}

void semop1(int semid, short delta, Gate &gate)
{
    gate.before(delta < 0 ? Op::SemP : Op::SemV, 0, delta < 0 ? LockEffect::Acquires : LockEffect::Releases);
    sembuf op{0, delta, 0};
    while (semop(semid, &op, 1) != 0)
        if (errno != EINTR)
            throw SysError(delta < 0 ? "semop(P)" : "semop(V)", errno);
    gate.after();
}

} // namespace

int raceWorker(const LessonArgs &args)
{
    const ShmAttachment segment(openOwnSysv(ObjectKind::SysvShm, key_t(args.number("shm-key"))));
    auto *counter = static_cast<volatile uint64_t *>(segment.data());
    const int semid = args.has("sem-key") ? openOwnSysv(ObjectKind::SysvSem, key_t(args.number("sem-key"))) : -1;
    if (args.has("one-cpu"))
        pinToFirstCpu();
    LessonTelemetry telemetry(args);
    Gate &gate = telemetry.gate();
    gate.waitForGo(); // all start together, so that they really race
    const uint64_t end = monotonicNs() + uint64_t(args.number("ms")) * 1'000'000;
    uint64_t mine = 0;
    do {
        for (int i = 0; i < 1024; ++i) {
            if (semid >= 0)
                semop1(semid, -1, gate);
            const uint64_t seen = *counter; // read ...
            *counter = seen + 1;            // ... and write back: another process may have written in between
            if (semid >= 0)
                semop1(semid, +1, gate);
        }
        mine += 1024;
        telemetry.writer().add(telemetry.writer().slot()->messages, 1024);
    } while (monotonicNs() < end);
    std::printf("increments=%llu\n", (unsigned long long)mine);
    return 0;
}

} // namespace ipcscope
