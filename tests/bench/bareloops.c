/* The bare loops the engine is measured against: the least a program can do
 * to move SIZE-byte messages from one process to another over a pipe, a Unix
 * stream socket, or shared memory (a ring of 8 slots guarded by two POSIX
 * semaphores, memcpy in and out). No framing, no checksum, no telemetry.
 *
 *   ipcscope-bareloop pipe|unix-stream|shm SIZE COUNT [pin]
 * prints the MB/s (10^6 bytes) the reader saw from its first to last byte.
 * With "pin", the writer runs on CPU 0 and the reader on CPU 1, as the engine
 * pins its producer and consumer. */
#define _GNU_SOURCE
#include <sched.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { SLOTS = 8 };

static int pin = 0;

static void pin_to(int cpu)
{
    if (!pin)
        return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    sched_setaffinity(0, sizeof set, &set);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void write_all(int fd, const char *buf, size_t len)
{
    while (len) {
        ssize_t n = write(fd, buf, len);
        if (n <= 0) {
            perror("write");
            exit(1);
        }
        buf += n;
        len -= (size_t)n;
    }
}

/* Reads until COUNT messages of SIZE bytes arrived; returns the seconds taken. */
static double read_stream(int fd, char *buf, size_t size, long count)
{
    double start = 0;
    size_t total = size * (size_t)count, got = 0;
    while (got < total) {
        ssize_t n = read(fd, buf, size);
        if (n <= 0) {
            perror("read");
            exit(1);
        }
        if (!got)
            start = now();
        got += (size_t)n;
    }
    return now() - start;
}

static double stream(int fds[2], size_t size, long count)
{
    char *buf = malloc(size);
    memset(buf, 'x', size);
    pid_t child = fork();
    if (child == 0) {
        pin_to(0);
        close(fds[0]);
        for (long i = 0; i < count; ++i)
            write_all(fds[1], buf, size);
        _exit(0);
    }
    pin_to(1);
    close(fds[1]);
    double seconds = read_stream(fds[0], buf, size, count);
    waitpid(child, NULL, 0);
    free(buf);
    return seconds;
}

/* Each semaphore on its own cache line, and the slots after them, so that
 * the two processes do not fight over one line. */
struct ring {
    _Alignas(64) sem_t empty;
    _Alignas(64) sem_t full;
    _Alignas(64) char slots[];
};

static double shm(size_t size, long count)
{
    size_t slot = (size + 63) / 64 * 64;
    size_t bytes = sizeof(struct ring) + SLOTS * slot;
    struct ring *r = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    sem_init(&r->empty, 1, SLOTS);
    sem_init(&r->full, 1, 0);
    char *buf = malloc(size);
    memset(buf, 'x', size);
    pid_t child = fork();
    if (child == 0) {
        pin_to(0);
        for (long i = 0; i < count; ++i) {
            sem_wait(&r->empty);
            memcpy(r->slots + (size_t)(i % SLOTS) * slot, buf, size);
            sem_post(&r->full);
        }
        _exit(0);
    }
    pin_to(1);
    double start = 0;
    for (long i = 0; i < count; ++i) {
        sem_wait(&r->full);
        if (!i)
            start = now();
        memcpy(buf, r->slots + (size_t)(i % SLOTS) * slot, size);
        sem_post(&r->empty);
    }
    double seconds = now() - start;
    waitpid(child, NULL, 0);
    munmap(r, bytes);
    free(buf);
    return seconds;
}

int main(int argc, char **argv)
{
    if (argc != 4 && !(argc == 5 && !strcmp(argv[4], "pin"))) {
        fprintf(stderr, "usage: %s pipe|unix-stream|shm SIZE COUNT [pin]\n", argv[0]);
        return 2;
    }
    pin = argc == 5;
    size_t size = (size_t)atol(argv[2]);
    long count = atol(argv[3]);
    double seconds;
    int fds[2];
    if (!strcmp(argv[1], "pipe")) {
        if (pipe(fds))
            return 1;
        seconds = stream(fds, size, count);
    } else if (!strcmp(argv[1], "unix-stream")) {
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds))
            return 1;
        seconds = stream(fds, size, count);
    } else if (!strcmp(argv[1], "shm")) {
        seconds = shm(size, count);
    } else {
        fprintf(stderr, "unknown loop %s\n", argv[1]);
        return 2;
    }
    printf("%.1f\n", (double)size * (double)count / seconds / 1e6);
    return 0;
}
