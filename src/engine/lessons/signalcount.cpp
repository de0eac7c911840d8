// Signals counted at both ends. Senders call kill(SIGUSR1) or
// sigqueue(SIGRTMIN) as fast as they can; the receiver takes them with
// sigtimedwait. A standard signal is one pending bit, so those sent while it
// is pending merge and kill() never says so. A real-time signal is queued —
// or, when the queue is at RLIMIT_SIGPENDING, refused: sigqueue fails with
// EAGAIN, and the sender counts the refusal instead of retrying it away.
#include "lessonsteps.h"

#include "../clock.h"
#include "../gate.h"
#include "../syserror.h"

#include <signal.h>
#include <time.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

namespace ipcscope {

namespace {

// A real-time signal's value: the sender (3 bits) and its sequence number.
constexpr int kSeqBits = 29;
constexpr uint64_t kSeqMask = (uint64_t(1) << kSeqBits) - 1;

int signalOf(const LessonArgs &args)
{
    return args.text("kind") == "rt" ? SIGRTMIN : SIGUSR1;
}

// "SigQ: 12/96365" of /proc/self/status: signals queued for this user, and
// this process's RLIMIT_SIGPENDING.
std::pair<long, long> sigq()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("SigQ:", 0) == 0) {
            long queued = 0, limit = 0;
            std::sscanf(line.c_str() + 5, "%ld/%ld", &queued, &limit);
            return {queued, limit};
        }
    return {-1, -1};
}

} // namespace

int signalReceiveWorker(const LessonArgs &args)
{
    const int sig = signalOf(args);
    const bool realtime = sig != SIGUSR1;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    // Blocked before the worker reports ready: no signal finds it unprepared.
    checked(sigprocmask(SIG_BLOCK, &set, nullptr), "sigprocmask");
    LessonTelemetry telemetry(args);
    Gate &gate = telemetry.gate();
    gate.waitForGo();
    uint64_t received = 0, outOfOrder = 0, duplicates = 0;
    uint64_t next[8] = {};
    long mostQueued = 0, limit = 0;
    const timespec timeout{0, 100'000'000};
    for (;;) {
        siginfo_t info{};
        gate.before(Op::Receive);
        const int got = sigtimedwait(&set, &info, &timeout);
        gate.after();
        if (got < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN)
                throw SysError("sigtimedwait", errno);
            // Nothing pending: done once the session says every sender is.
            if (gate.stopRequested())
                break;
            continue;
        }
        ++received;
        SlotWriter::add(telemetry.writer().slot()->messages, 1);
        if (realtime) {
            const uint64_t value = uint64_t(reinterpret_cast<uintptr_t>(info.si_value.sival_ptr));
            const uint64_t sender = (value >> kSeqBits) & 7, seq = value & kSeqMask;
            if (seq == next[sender])
                ++next[sender];
            else if (seq < next[sender])
                ++duplicates;
            else {
                ++outOfOrder;
                next[sender] = seq + 1;
            }
        }
        if ((received & 255) == 1) {
            const auto [queued, max] = sigq();
            mostQueued = std::max(mostQueued, queued);
            limit = max;
        }
    }
    std::printf("received=%llu\nout_of_order=%llu\nduplicates=%llu\nsigq_peak=%ld\nsigq_limit=%ld\n",
                (unsigned long long)received, (unsigned long long)outOfOrder, (unsigned long long)duplicates,
                mostQueued, limit);
    return 0;
}

int signalSendWorker(const LessonArgs &args)
{
    const int sig = signalOf(args);
    const pid_t to = pid_t(args.number("to"));
    const uint64_t count = uint64_t(args.number("count"));
    const uint64_t sender = uint64_t(args.number("slot")) & 7;
    // The control: wait until the receiver has taken each signal before the
    // next, so that no two are ever pending at once.
    const bool awaitEach = args.has("await-each");
    LessonTelemetry telemetry(args);
    Gate &gate = telemetry.gate();
    const WorkerSlot *receiver = telemetry.block().isValid() ? telemetry.block().slot(Role::Consumer, 0) : nullptr;
    gate.waitForGo();
    uint64_t accepted = 0, refused = 0;
    for (uint64_t i = 0; i < count; ++i) {
        gate.before(Op::Send);
        if (sig == SIGUSR1) {
            checked(kill(to, sig), "kill");
            ++accepted;
        } else {
            sigval value{};
            value.sival_ptr = reinterpret_cast<void *>(uintptr_t((sender << kSeqBits) | (accepted & kSeqMask)));
            if (sigqueue(to, sig, value) == 0)
                ++accepted;
            else if (errno == EAGAIN)
                ++refused; // the queue is full: told, not hidden by a retry
            else
                throw SysError("sigqueue", errno);
        }
        gate.after();
        SlotWriter::add(telemetry.writer().slot()->messages, 1);
        if (awaitEach && receiver) {
            const uint64_t deadline = monotonicNs() + 1'000'000'000;
            while (receiver->messages.load(std::memory_order_acquire) < accepted && monotonicNs() < deadline) {
                const timespec nap{0, 10'000};
                nanosleep(&nap, nullptr);
            }
        }
    }
    std::printf("attempted=%llu\naccepted=%llu\nrefused=%llu\n", (unsigned long long)count,
                (unsigned long long)accepted, (unsigned long long)refused);
    return 0;
}

} // namespace ipcscope
