// shm-mutex: the ring in /dev/shm with a pthread mutex and two
// condition variables inside it (a monitor), plus a fill count.
//== prelude
struct ring { pthread_mutex_t mutex; pthread_cond_t not_full, not_empty; long head, tail, count; char slot[N][SIZE]; };
static struct ring *ring;
static int fd;
static const char *shm_name;
static size_t size;
//== producer
    fd = shm_open(shm_name, O_RDWR, 0);
    ring = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    pthread_mutex_t *m = &ring->mutex;
    // made PTHREAD_PROCESS_SHARED: futexes shared by processes; on two
    // CPUs or more, before pthread_mutex_lock() each side looks at count
    // (atomic, then) and, if alone on its side, tries
    // pthread_mutex_trylock() for some microseconds
    for (seq = 0; seq < nmsg; seq++) {
        pthread_mutex_lock(m);  //@ lock mutex
        while (ring->count == N)
            pthread_cond_wait(&ring->not_full, m);  //@ wait not full
        memcpy(ring->slot[ring->head % N], buf, SIZE);  //@ copy mutex
        ring->head++;  //@ advance mutex
        ring->count++;
        pthread_cond_signal(&ring->not_empty);  //@ signal not empty
        pthread_mutex_unlock(m);  //@ unlock mutex
    }
//== consumer
    fd = shm_open(shm_name, O_RDWR, 0);
    ring = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    pthread_mutex_t *m = &ring->mutex;
    // cond_wait unlocks m while it sleeps and relocks it to return
    for (;;) {
        pthread_mutex_lock(m);  //@ lock mutex
        while (ring->count == 0)
            pthread_cond_wait(&ring->not_empty, m);  //@ wait not empty
        memcpy(buf, ring->slot[ring->tail % N], SIZE);  //@ copy mutex
        ring->tail++;  //@ advance mutex
        ring->count--;
        pthread_cond_signal(&ring->not_full);  //@ signal not full
        pthread_mutex_unlock(m);  //@ unlock mutex
    }
