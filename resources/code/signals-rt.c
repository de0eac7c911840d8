// signals-rt: sigqueue(3) sends SIGRTMIN with an 8-byte value
// (producer, sequence number, send time); real-time signals queue.
//== prelude
static pid_t consumer_pid;
static int sig;
static struct timespec nap = {0, 50000};
long pack(long id, long seq, long t);
long unpack(void *value);
long now(void);
//== producer
    pid_t pid = consumer_pid;
    union sigval value;
    for (seq = 0; seq < nmsg; seq++) {
        value.sival_ptr = (void *) pack(id, seq, now());
        // EAGAIN: the queue is full (RLIMIT_SIGPENDING), retry
        while (sigqueue(pid, SIGRTMIN, value) == -1)  //@ send
            nanosleep(&nap, NULL);
    }
    sigqueue(pid, SIGRTMIN + 1, value);
//== consumer
    sigset_t set;
    siginfo_t info;
    struct timespec timeout = {0, 100000000};
    sigemptyset(&set);
    sigaddset(&set, SIGRTMIN);
    sigaddset(&set, SIGRTMIN + 1);
    sigprocmask(SIG_BLOCK, &set, NULL);
    for (;;) {
        sig = sigtimedwait(&set, &info, &timeout);  //@ receive
        if (sig == SIGRTMIN + 1)
            break;
        // each signal arrives with its own value, in order
        if (sig == SIGRTMIN)
            seq = unpack(info.si_value.sival_ptr);
    }
