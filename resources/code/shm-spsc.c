// shm-spsc: struct ring { head; tail; slot[N][SIZE]; } in /dev/shm, one
// producer and one consumer, no lock: each side writes only its own counter.
//== prelude
#include <linux/futex.h>
#include <stdatomic.h>
#include <sys/syscall.h>
struct ring {
    _Atomic unsigned long head, tail;        // each written by one side only
    _Atomic unsigned head_signal, tail_signal; // futex words: bumped to wake a sleeper
    _Atomic int producer_sleeps, consumer_sleeps;
    char slot[N][SIZE];
};
static struct ring *ring;
static int fd;
static const char *shm_name;
static size_t size;
static unsigned seen;
// glibc has no futex(): the system call itself. It sleeps only while *word
// still equals `expected`, so a wake between the test and the sleep is not lost.
static void futex_wait(_Atomic unsigned *word, unsigned expected)
{
    syscall(SYS_futex, word, FUTEX_WAIT, expected, NULL, NULL, 0);
}
static void futex_wake(_Atomic unsigned *word)
{
    syscall(SYS_futex, word, FUTEX_WAKE, 1, NULL, NULL, 0);
}
//== producer
    fd = shm_open(shm_name, O_RDWR, 0);
    ring = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    for (seq = 0; seq < nmsg; seq++) {
        while (ring->head - atomic_load(&ring->tail) == N) {  //@ send
            seen = atomic_load(&ring->tail_signal);
            atomic_store(&ring->producer_sleeps, 1);  // then look once more
            if (ring->head - atomic_load(&ring->tail) == N)
                futex_wait(&ring->tail_signal, seen);  // full: sleep
            atomic_store(&ring->producer_sleeps, 0);
        }
        memcpy(ring->slot[ring->head % N], buf, SIZE);
        atomic_store(&ring->head, ring->head + 1);
        if (atomic_exchange(&ring->consumer_sleeps, 0)) {  // it sleeps: wake it, once
            atomic_fetch_add(&ring->head_signal, 1);
            futex_wake(&ring->head_signal);
        }
    }
//== consumer
    fd = shm_open(shm_name, O_RDWR, 0);
    ring = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    // no system call per message while both keep up
    for (;;) {
        while (atomic_load(&ring->head) == ring->tail) {  //@ receive
            seen = atomic_load(&ring->head_signal);
            atomic_store(&ring->consumer_sleeps, 1);
            if (atomic_load(&ring->head) == ring->tail)
                futex_wait(&ring->head_signal, seen);  // empty: sleep
            atomic_store(&ring->consumer_sleeps, 0);
        }
        memcpy(buf, ring->slot[ring->tail % N], SIZE);
        atomic_store(&ring->tail, ring->tail + 1);
        if (atomic_exchange(&ring->producer_sleeps, 0)) {
            atomic_fetch_add(&ring->tail_signal, 1);
            futex_wake(&ring->tail_signal);
        }
    }
