// Waiting for shared memory to change: a consumer process either spins on
// the sequence number (a busy wait) or sleeps on it in the kernel (a futex,
// as a semaphore or mutex does underneath), while the producer writes a
// message every 5 ms. The kernel's CPU time of the consumer (wait4's
// rusage) divided by the messages: what each message cost it. --control:
// the producer writes as fast as it can, so there is no waiting to waste.
#include "lessonsteps.h"

#include "../clock.h"
#include "../futex.h"
#include "../parentdeath.h"
#include "../syserror.h"

#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace ipcscope {

namespace {

constexpr uint32_t kMessages = 100;
constexpr long kGapUs = 5000;

struct Shared {
    std::atomic<uint32_t> seq;
    std::atomic<uint32_t> ready;
    char payload[64];
};

int consume(Shared *s, bool spin)
{
    s->ready.store(1);
    uint32_t last = 0;
    while (last < kMessages) {
        uint32_t now;
        if (spin) {
            while ((now = s->seq.load(std::memory_order_acquire)) == last)
                ; // burns its CPU until the producer writes
        } else {
            while ((now = s->seq.load(std::memory_order_acquire)) == last)
                futexWait(&s->seq, last, 1'000'000'000); // asleep in the kernel
        }
        last = now;
    }
    return 0;
}

} // namespace

int busyWaitWorker(const LessonArgs &args)
{
    const bool control = args.has("control");
    auto *s = static_cast<Shared *>(mmap(nullptr, sizeof(Shared), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
    if (s == MAP_FAILED)
        throw SysError("mmap", errno);
    for (const bool spin : {true, false}) {
        new (s) Shared{};
        std::fflush(nullptr);
        const pid_t parent = getpid();
        const pid_t consumer = fork();
        if (consumer < 0)
            throw SysError("fork", errno);
        if (consumer == 0) {
            if (!dieWithParent(parent))
                _exit(127);
            _exit(consume(s, spin));
        }
        while (!s->ready.load())
            sched_yield();
        const uint64_t start = monotonicNs();
        for (uint32_t i = 1; i <= kMessages; ++i) {
            if (!control) {
                const timespec gap{0, kGapUs * 1000};
                nanosleep(&gap, nullptr);
            }
            std::snprintf(s->payload, sizeof s->payload, "message %u", i);
            s->seq.store(i, std::memory_order_release);
            futexWakeAll(&s->seq);
        }
        int status = 0;
        rusage usage{};
        wait4(consumer, &status, 0, &usage);
        const uint64_t wallUs = (monotonicNs() - start) / 1000;
        const long long cpuUs = (long long)usage.ru_utime.tv_sec * 1'000'000 + usage.ru_utime.tv_usec +
                                (long long)usage.ru_stime.tv_sec * 1'000'000 + usage.ru_stime.tv_usec;
        const char *mode = spin ? "spin" : "sleep";
        std::printf("%s.messages=%u\n%s.wall_us=%llu\n%s.cpu_us=%lld\n%s.voluntary=%ld\n", mode, kMessages, mode,
                    (unsigned long long)wallUs, mode, cpuUs, mode, usage.ru_nvcsw);
    }
    munmap(s, sizeof(Shared));
    return 0;
}

} // namespace ipcscope
