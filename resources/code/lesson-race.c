// race: four processes attach one System V segment holding a counter,
// start together and add 1 to it for half a second; the lesson compares
// the counter with the increments they made. Nothing yields the CPU: a
// process preempted between its read and its write loses the updates made
// meanwhile. The semaphore is taken only in the run that has one.
//== prelude
static int shm_id, sem_id, with_semaphore;
static volatile unsigned long *counter;
static unsigned long seen, mine, increments;
int before_end(void); // CLOCK_MONOTONIC, 500 ms after the start
//== producer racer
    counter = (volatile unsigned long *) shmat(shm_id, NULL, 0);
    struct sembuf P = {0, -1, 0}, V = {0, +1, 0};
    // "one CPU": sched_setaffinity to one CPU first, as taskset -c 0
    while (before_end()) {
        if (with_semaphore)
            semop(sem_id, &P, 1);  //@ P 0
        seen = *counter;        // read ...  //@ running
        *counter = seen + 1;    // ... write back: stale, if another wrote
        if (with_semaphore)
            semop(sem_id, &V, 1);  //@ V 0
        mine++;
    }
    printf("increments=%lu\n", mine);
//== consumer lesson
    // the lesson, once every racer has exited
    counter = (volatile unsigned long *) shmat(shm_id, NULL, SHM_RDONLY);
    printf("lost: %lu\n", increments - *counter);
    shmdt((const void *) counter);
    shmctl(shm_id, IPC_RMID, NULL);
