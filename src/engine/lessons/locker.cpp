// The deadlock: a process takes semaphore `first`, holds it --hold-ms (on
// purpose: so that both hold one before either asks for the other), then
// takes `second`. Two of them in opposite orders wait for each other for
// ever; in the same order they run through. When the set is removed under a
// waiter, semop fails with EIDRM: the worker says so and ends.
#include "lessonsteps.h"

#include "../clock.h"
#include "../gate.h"
#include "../ownership.h"
#include "../syserror.h"

#include <sys/sem.h>
#include <time.h>

#include <cerrno>
#include <cstdio>

namespace ipcscope {

namespace {

// false: the set was removed while this process waited (EIDRM). The state
// names the semaphore by its place in this process's order (0: its first,
// 1: its second), as the code both processes run names them.
bool semop1(int semid, int sem, int place, short delta, Gate &gate, LockEffect effect)
{
    gate.before(delta < 0 ? Op::SemP : Op::SemV, uint8_t(place), effect);
    sembuf op{static_cast<unsigned short>(sem), delta, 0};
    while (semop(semid, &op, 1) != 0) {
        if (errno == EIDRM)
            return false;
        if (errno != EINTR)
            throw SysError(delta < 0 ? "semop(P)" : "semop(V)", errno);
    }
    gate.after();
    return true;
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
    const uint64_t go = monotonicNs();
    const auto sinceGo = [go] { return (unsigned long long)((monotonicNs() - go) / 1'000'000); };
    const auto say = [](const char *line, int sem, unsigned long long ms) {
        std::printf("%s=%d@%llu\n", line, sem, ms);
        std::fflush(stdout);
    };
    if (!semop1(semid, first, 0, -1, gate, LockEffect::Acquires)) {
        say("removed", first, sinceGo());
        return 0;
    }
    say("took", first, sinceGo());
    const long holdMs = long(args.number("hold-ms", 200));
    const timespec hold{holdMs / 1000, (holdMs % 1000) * 1'000'000};
    nanosleep(&hold, nullptr);
    say("asks", second, sinceGo());
    // In opposite orders, nobody gets past this.
    if (!semop1(semid, second, 1, -1, gate, LockEffect::Acquires)) {
        say("removed", second, sinceGo()); // woken by EIDRM: the set is gone
        return 0;
    }
    say("took", second, sinceGo());
    semop1(semid, second, 1, +1, gate, LockEffect::Releases);
    semop1(semid, first, 0, +1, gate, LockEffect::Releases);
    std::printf("done=1\n");
    return 0;
}

} // namespace ipcscope
