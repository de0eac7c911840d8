// signals: four senders, one receiver. kill() returns 0 even when the
// SIGUSR1 merges into one already pending; sigqueue() fails with EAGAIN
// when the queue is at RLIMIT_SIGPENDING, and the sender counts that.
//== prelude
static pid_t receiver;
static int sig, r;
static long accepted, refused, received;
static union sigval value;
static siginfo_t info;
static sigset_t set;
static struct timespec timeout = {0, 100000000};
//== producer sender
    // sig: SIGUSR1 in the first run, SIGRTMIN in the second
    for (seq = 0; seq < nmsg; seq++) {
        value.sival_int = (int) accepted;
        r = sig == SIGUSR1 ? kill(receiver, sig) : sigqueue(receiver, sig, value);  //@ send
        if (r == 0)
            accepted++;
        else if (errno == EAGAIN)
            refused++; // the queue is full: counted, never retried
    }
//== consumer receiver
    sigemptyset(&set);
    sigaddset(&set, sig);
    // blocked, a signal stays pending until sigtimedwait takes it
    sigprocmask(SIG_BLOCK, &set, NULL);
    for (;;) {
        // SigQ in /proc/self/status: queued / RLIMIT_SIGPENDING
        if (sigtimedwait(&set, &info, &timeout) == -1)  //@ receive
            break; // nothing for 100 ms, and the senders are done
        received++;
        // SIGRTMIN: info.si_value says which and in what order
    }
