// eintr: a handler for SIGALRM, with or without SA_RESTART; the call
// blocks, the signal comes at 200 ms, a child ends the wait at 400 ms.
//== prelude
static volatile sig_atomic_t handled;
static int fd[2], semid, msgid, restart;
static struct sembuf P = {0, -1, 0};
static struct message { long mtype; char mtext[16]; } m;
static void on_alarm(int sig) { (void) sig; handled++; }
//== producer process
    struct sigaction sa = {0};
    sa.sa_handler = on_alarm;
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval once = {{0, 0}, {0, 200000}};
    setitimer(ITIMER_REAL, &once, NULL);
    n = read(fd[0], buf, 1);            // SA_RESTART: restarted  //@ receive //@ says read.*
    if (n == -1 && errno == EINTR)
        printf("read: EINTR\n");
    // semop and msgrcv are never restarted, SA_RESTART or not
    if (semop(semid, &P, 1) == -1 && errno == EINTR)  //@ says semop.*
        printf("semop: EINTR\n");
    if (msgrcv(msgid, &m, sizeof m.mtext, 0, 0) == -1 && errno == EINTR)  //@ says msgrcv.*
        printf("msgrcv: EINTR\n");
//== consumer child
    // 400 ms after the start, whatever happened meanwhile
    usleep(400000);
    write(fd[1], "x", 1);               // or V, or msgsnd  //@ send
