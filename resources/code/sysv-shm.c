// sysv-shm: struct ring { head; tail; slot[N][SIZE]; } in a System V
// segment; a set of 4 semaphores: EMPTY=0, FULL=1, PUT=2, TAKE=3.
//== prelude
enum { EMPTY, FULL, PUT, TAKE };
struct ring { long head, tail; char slot[N][SIZE]; };
static struct ring *ring;
static int shm_id, sem_id;
static key_t shm_key, sem_key;
//== producer
    shm_id = shmget(shm_key, 0, 0);
    sem_id = semget(sem_key, 0, 0);
    ring = (struct ring *) shmat(shm_id, NULL, 0);
    struct sembuf P_empty = {EMPTY, -1, 0}, P_put = {PUT, -1, 0};
    struct sembuf V_put = {PUT, +1, 0}, V_full = {FULL, +1, 0};
    // at the start: empty = N, full = 0, put = take = 1
    // on two CPUs, P(empty) and P(full) first try with IPC_NOWAIT for a few
    // microseconds: the other side is that close to V
    for (seq = 0; seq < nmsg; seq++) {
        semop(sem_id, &P_empty, 1);  //@ P empty
        semop(sem_id, &P_put, 1);  //@ P put
        memcpy(ring->slot[ring->head % N], buf, SIZE);  //@ copy put
        ring->head++;  //@ advance put
        semop(sem_id, &V_put, 1);  //@ V put
        semop(sem_id, &V_full, 1);  //@ V full
    }
//== consumer
    shm_id = shmget(shm_key, 0, 0);
    sem_id = semget(sem_key, 0, 0);
    ring = (struct ring *) shmat(shm_id, NULL, 0);
    struct sembuf P_full = {FULL, -1, 0}, P_take = {TAKE, -1, 0};
    struct sembuf V_take = {TAKE, +1, 0}, V_empty = {EMPTY, +1, 0};
    // put and take: one mutex per side, so both sides copy at once
    for (;;) {
        semop(sem_id, &P_full, 1);  //@ P full
        semop(sem_id, &P_take, 1);  //@ P take
        memcpy(buf, ring->slot[ring->tail % N], SIZE);  //@ copy take
        ring->tail++;  //@ advance take
        semop(sem_id, &V_take, 1);  //@ V take
        semop(sem_id, &V_empty, 1);  //@ V empty
    }
