// posix-shm: struct ring { head; tail; slot[N][SIZE]; } in /dev/shm,
// guarded by named POSIX semaphores (they show as /dev/shm/sem.*).
//== prelude
struct ring { long head, tail; char slot[N][SIZE]; };
static struct ring *ring;
static int fd;
static const char *shm_name;
static size_t size;
static sem_t *empty, *full, *put, *take;
//== producer
    fd = shm_open(shm_name, O_RDWR, 0);
    ring = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    empty = sem_open("/sem-empty", 0);
    full = sem_open("/sem-full", 0);
    put = sem_open("/sem-put", 0);
    // on two CPUs, P(empty) and P(full) first try sem_trywait() for a few
    // microseconds: the other side is that close to V
    for (seq = 0; seq < nmsg; seq++) {
        sem_wait(empty);  //@ P empty
        sem_wait(put);  //@ P put
        memcpy(ring->slot[ring->head % N], buf, SIZE);  //@ copy put
        ring->head++;  //@ advance put
        sem_post(put);  //@ V put
        sem_post(full);  //@ V full
    }
//== consumer
    fd = shm_open(shm_name, O_RDWR, 0);
    ring = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    full = sem_open("/sem-full", 0);
    take = sem_open("/sem-take", 0);
    empty = sem_open("/sem-empty", 0);
    // uncontended, sem_wait() never enters the kernel
    for (;;) {
        sem_wait(full);  //@ P full
        sem_wait(take);  //@ P take
        memcpy(buf, ring->slot[ring->tail % N], SIZE);  //@ copy take
        ring->tail++;  //@ advance take
        sem_post(take);  //@ V take
        sem_post(empty);  //@ V empty
    }
