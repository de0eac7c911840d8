/* How long one cache line takes to pass from one CPU to the other (CPU 0
 * and CPU 1, one way), as the two CPUs of a "split" benchmark case see it.
 *
 * On this kind of virtual machine the host decides where the two vCPUs run,
 * and it moves them: within one session the hand-off measured 65-83 ns, then
 * 214-221 ns minutes later (docs/benchmarks.md, twenty-sixth round). A case
 * whose speed is set by lines crossing between the CPUs — a lock both sides
 * take, as shm-mutex's — changes with it: the engine against its floor was
 * 0.83 at one and 0.55 at the other. scripts/bench prints this figure beside
 * every case on two CPUs, so that a row says which machine it ran on.
 *
 *   ipcscope-handoff [ROUNDS]
 *
 * Two threads, pinned to CPU 0 and CPU 1, pass a counter back and forth:
 * each waits until the other has written the value it expects, then writes
 * the next. ROUNDS (1 to 99, default 5) bursts of 100 000 passes each,
 * timed from the first pass the other thread answered (so that its start is
 * not counted); prints the median burst's time per pass (one way) in
 * nanoseconds. Exit 2 with one line on a bad argument or when the two CPUs
 * are not there to be pinned to. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { kPasses = 100000, kMaxRounds = 99 };

/* On a line of its own, padded to its end: nothing else the threads touch
 * moves with it. */
static struct {
    _Alignas(64) _Atomic uint64_t value;
    char rest[64 - sizeof(uint64_t)];
} counter;

static cpu_set_t only(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return set;
}

static void wait_for(uint64_t value)
{
    while (atomic_load_explicit(&counter.value, memory_order_acquire) != value)
        ;
}

/* Waits for each value from `from` below `to`, every other one, and answers
 * it with the next. */
static void pass(uint64_t from, uint64_t to)
{
    for (uint64_t v = from; v < to; v += 2) {
        wait_for(v);
        atomic_store_explicit(&counter.value, v + 1, memory_order_release);
    }
}

static void *answerer(void *unused)
{
    (void)unused;
    pass(1, kPasses);
    return NULL;
}

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    char *end = NULL;
    const long rounds = argc > 1 ? strtol(argv[1], &end, 10) : 5;
    if (argc > 2 || (argc > 1 && (*end || rounds < 1 || rounds > kMaxRounds))) {
        fprintf(stderr, "usage: %s [ROUNDS, 1 to %d]\n", argv[0], kMaxRounds);
        return 2;
    }
    const cpu_set_t first = only(0), second = only(1);
    if (pthread_setaffinity_np(pthread_self(), sizeof first, &first) != 0) {
        fprintf(stderr, "%s: cannot run on CPU 0\n", argv[0]);
        return 2;
    }
    double ns[kMaxRounds];
    for (long r = 0; r < rounds; ++r) {
        atomic_store(&counter.value, 0);
        pthread_t other;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        /* Pinned before it starts, so that no pass runs on CPU 0. */
        int failed = pthread_attr_setaffinity_np(&attr, sizeof second, &second);
        if (!failed)
            failed = pthread_create(&other, &attr, answerer, NULL);
        pthread_attr_destroy(&attr);
        if (failed) {
            fprintf(stderr, "%s: cannot run a thread on CPU 1: %s\n", argv[0], strerror(failed));
            return 2;
        }
        pass(0, 2);
        wait_for(2); /* the other thread runs */
        const uint64_t start = now_ns();
        pass(2, kPasses);
        wait_for(kPasses);
        ns[r] = (double)(now_ns() - start) / (kPasses - 2);
        pthread_join(other, NULL);
    }
    qsort(ns, (size_t)rounds, sizeof ns[0], by_value);
    printf("%.0f\n", ns[rounds / 2]);
    return 0;
}
