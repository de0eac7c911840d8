// The deadlock: a process takes semaphore `first`, holds it a moment, then
// takes `second`. Two of them in opposite orders wait for each other for
// ever; in the same order they run through.
#include "lessonsteps.h"

#include "../gate.h"
#include "../ownership.h"
#include "../syserror.h"

#include <sys/sem.h>
#include <time.h>

#include <cerrno>
#include <cstdio>

namespace ipcscope {

namespace {
void semop1(int semid, int sem, short delta, Gate &gate, LockEffect effect)
{
    gate.before(delta < 0 ? Op::SemP : Op::SemV, uint8_t(sem), effect);
    sembuf op{static_cast<unsigned short>(sem), delta, 0};
    while (semop(semid, &op, 1) != 0)
        if (errno != EINTR)
            throw SysError(delta < 0 ? "semop(P)" : "semop(V)", errno);
    gate.after();
}
} // namespace

int lockerWorker(const LessonArgs &args)
{
    const int semid = openOwnSysv(ObjectKind::SysvSem, key_t(args.number("sem-key")));
    const int first = int(args.number("first"));
    const int second = int(args.number("second"));
    LessonTelemetry telemetry(args);
    Gate &gate = telemetry.gate();
    gate.waitForGo();
    semop1(semid, first, -1, gate, LockEffect::Acquires);
    std::printf("holds=%d\n", first);
    std::fflush(stdout);
    const long holdMs = long(args.number("hold-ms", 200));
    const timespec hold{holdMs / 1000, (holdMs % 1000) * 1'000'000};
    nanosleep(&hold, nullptr);
    semop1(semid, second, -1, gate, LockEffect::Acquires); // in opposite orders, nobody gets past this
    std::printf("holds=%d\n", second);
    semop1(semid, second, +1, gate, LockEffect::Releases);
    semop1(semid, first, +1, gate, LockEffect::Releases);
    std::printf("done=1\n");
    return 0;
}

} // namespace ipcscope
