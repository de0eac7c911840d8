// EINTR: a process blocks in read() on an empty pipe, in semop() P on a
// semaphore at 0, or in msgrcv() on an empty queue; 200 ms later SIGALRM
// runs a handler; 400 ms after the start a child makes the call succeed
// (writes, V, msgsnd). Without SA_RESTART the call fails with EINTR when
// the handler returns; with it read() is restarted and returns the data —
// but semop() and msgrcv() are never restarted (signal(7)). --control: no
// signal comes, every call simply succeeds.
#include "lessonsteps.h"

#include "../clock.h"
#include "../ownership.h"
#include "../syserror.h"

#include <signal.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace ipcscope {

namespace {

constexpr long kSignalMs = 200;
constexpr long kReleaseMs = 400;

volatile sig_atomic_t handled = 0;
void onAlarm(int)
{
    handled = handled + 1;
}

struct Msg {
    long mtype;
    char text[16];
};

// One blocking call, interrupted (or not) by SIGALRM; prints
// "CALL.RESTART=<outcome> <ms>" — "EINTR", or "returned".
void attempt(const std::string &call, bool restart, bool signal, int semid, int queue)
{
    struct sigaction sa {};
    sa.sa_handler = onAlarm;
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigemptyset(&sa.sa_mask);
    checked(sigaction(SIGALRM, &sa, nullptr), "sigaction");
    handled = 0;
    int p[2];
    checked(pipe(p), "pipe");
    std::fflush(nullptr);
    // The child makes the call succeed later, whatever happened meanwhile.
    const pid_t child = fork();
    if (child < 0)
        throw SysError("fork", errno);
    if (child == 0) {
        const timespec nap{0, kReleaseMs * 1'000'000};
        nanosleep(&nap, nullptr);
        if (call == "read") {
            if (write(p[1], "x", 1) != 1)
                _exit(1);
        } else if (call == "semop") {
            sembuf v{0, +1, 0};
            semop(semid, &v, 1);
        } else {
            Msg m{1, "x"};
            msgsnd(queue, &m, sizeof m.text, 0);
        }
        _exit(0);
    }
    close(p[1]);
    if (signal) {
        itimerval once{};
        once.it_value.tv_usec = kSignalMs * 1000;
        checked(setitimer(ITIMER_REAL, &once, nullptr), "setitimer");
    }
    const uint64_t start = monotonicNs();
    long result;
    int error = 0;
    if (call == "read") {
        char c;
        result = read(p[0], &c, 1);
    } else if (call == "semop") {
        sembuf pop{0, -1, 0};
        result = semop(semid, &pop, 1);
    } else {
        Msg m{};
        result = msgrcv(queue, &m, sizeof m.text, 0, 0);
    }
    if (result < 0)
        error = errno;
    const unsigned long long ms = (monotonicNs() - start) / 1'000'000;
    waitpid(child, nullptr, 0);
    close(p[0]);
    // Whatever the child gave and was not taken goes back to the start state.
    if (call == "semop" && result < 0) {
        sembuf pop{0, -1, IPC_NOWAIT};
        semop(semid, &pop, 1);
    } else if (call == "msgrcv" && result < 0) {
        Msg m{};
        msgrcv(queue, &m, sizeof m.text, 0, IPC_NOWAIT);
    }
    std::printf("%s.%s=%s %llu %d\n", call.c_str(), restart ? "restart" : "norestart",
                error == EINTR ? "EINTR" : error ? std::strerror(error) : "returned", ms, int(handled));
}

} // namespace

int eintrWorker(const LessonArgs &args)
{
    const int semid = openOwnSysv(ObjectKind::SysvSem, key_t(args.number("sem-key")));
    const int queue = openOwnSysv(ObjectKind::SysvMsg, key_t(args.number("msg-key")));
    const bool signal = !args.has("control");
    for (const char *call : {"read", "semop", "msgrcv"})
        for (const bool restart : {false, true})
            attempt(call, restart, signal, semid, queue);
    return 0;
}

} // namespace ipcscope
