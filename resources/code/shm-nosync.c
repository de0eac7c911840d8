// shm-nosync: the same ring in /dev/shm with no semaphore and no
// lock: lost, duplicated and torn messages are the lesson.
//== prelude
struct ring { volatile long head, tail; char slot[N][SIZE]; };
static struct ring *ring;
static int fd;
static const char *shm_name;
static size_t size;
//== producer
    fd = shm_open(shm_name, O_RDWR, 0);
    ring = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    for (seq = 0; seq < nmsg; seq++) {
        // nothing stops it from overwriting a slot not yet read
        memcpy(ring->slot[ring->head % N], buf, SIZE);  //@ send
        ring->head++;
    }
//== consumer
    fd = shm_open(shm_name, O_RDWR, 0);
    ring = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    for (;;) {
        // polling: spin, then sched_yield(), then nanosleep()
        while (ring->tail == ring->head) ;  //@ receive
        memcpy(buf, ring->slot[ring->tail % N], SIZE);
        ring->tail++;
    }
