// deadlock: a set of two semaphores, A = 0 and B = 1, both at 1.
// P1 runs this with first = A, second = B; P2 with first = B, second = A.
//== prelude
static int sem_id, first, second, val, ncnt;
static pid_t pid;
static struct timespec hold = {0, 300000000};
//== producer both
    struct sembuf P1 = {first, -1, 0}, P2 = {second, -1, 0};
    struct sembuf V1 = {first, +1, 0}, V2 = {second, +1, 0};
    semop(sem_id, &P1, 1);  //@ P 0
    nanosleep(&hold, NULL); // 300 ms on purpose: both hold one
    if (semop(sem_id, &P2, 1) == -1 && errno == EIDRM)  //@ P 1
        return; // the set was removed while we waited
    semop(sem_id, &V2, 1);  //@ V 1
    semop(sem_id, &V1, 1);  //@ V 0
//== consumer lesson
    // the lesson watches the kernel's side of the cycle:
    val = semctl(sem_id, 0, GETVAL);    // 0: A is taken
    ncnt = semctl(sem_id, 0, GETNCNT);  // 1: someone waits for A
    pid = semctl(sem_id, 0, GETPID);    // who took it last
    // and ends it: both waiters wake with EIDRM
    semctl(sem_id, 0, IPC_RMID);
