// signals-std: kill(2) sends SIGUSR1 to the consumer's PID;
// the consumer takes it with sigtimedwait(2) (100 ms timeout).
//== prelude
static pid_t consumer_pid;
static int sig;
//== producer
    pid_t pid = consumer_pid;
    // a SIGUSR1 sent while one is still pending is lost
    for (seq = 0; seq < nmsg; seq++) {
        kill(pid, SIGUSR1);  //@ send
    }
    kill(pid, SIGUSR2);
//== consumer
    sigset_t set;
    siginfo_t info;
    struct timespec timeout = {0, 100000000};
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGUSR2);
    // blocked, a signal stays pending until sigtimedwait takes it
    sigprocmask(SIG_BLOCK, &set, NULL);
    for (;;) {
        sig = sigtimedwait(&set, &info, &timeout);  //@ receive
        if (sig == SIGUSR2)
            break;
    }
