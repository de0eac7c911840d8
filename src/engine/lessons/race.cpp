// The race: processes add 1 to one counter in shared memory. Without a
// semaphore, "read, add, write back" of two processes interleave and an
// update is lost; with P and V around it, none is.
#include "lessonsteps.h"

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

int raceWorker(const LessonArgs &args)
{
    const ShmAttachment segment(openOwnSysv(ObjectKind::SysvShm, key_t(args.number("shm-key"))));
    auto *counter = static_cast<volatile uint64_t *>(segment.data());
    const int semid = args.has("sem-key") ? openOwnSysv(ObjectKind::SysvSem, key_t(args.number("sem-key"))) : -1;
    LessonTelemetry telemetry(args);
    Gate &gate = telemetry.gate();
    gate.waitForGo(); // all start together, so that they really race
    const uint64_t times = uint64_t(args.number("times"));
    sembuf p{0, -1, 0}, v{0, +1, 0};
    for (uint64_t i = 0; i < times; ++i) {
        if (semid >= 0) {
            while (semop(semid, &p, 1) != 0)
                if (errno != EINTR)
                    throw SysError("semop(P)", errno);
        }
        const uint64_t seen = *counter; // read ...
        // Now and then give the CPU up right here, as a preemption between the
        // read and the write would. Two processes on two idle cores race
        // without it; on a busy machine (a lecturer's laptop) the four take
        // turns whole time slices long, and 50 000 additions fit in one.
        if (i % 5000 == 4999)
            sched_yield();
        *counter = seen + 1; // ... and write back: another process may have written in between
        if (semid >= 0)
            checked(semop(semid, &v, 1), "semop(V)");
        if ((i & 1023) == 1023)
            telemetry.writer().add(telemetry.writer().slot()->messages, 1024);
    }
    std::printf("increments=%llu\n", (unsigned long long)times);
    return 0;
}

} // namespace ipcscope
