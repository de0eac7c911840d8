/* The bare loops the engine is measured against: for each mechanism the
 * strongest plain C loop that moves SIZE-byte messages from one process to
 * another with the same calls and the same copies as the engine, and nothing
 * else — no framing, no checksum, no check of the bytes, no telemetry:
 *
 *   pipe, fifo            one write(2) and one read(2) per message (a read is
 *                         repeated only when it comes back short, as the
 *                         engine's is)
 *   unix-stream, tcp      one send and one read per message; tcp with
 *                         TCP_NODELAY on both ends, as the engine sets it
 *   unix-dgram            one send and one recv per datagram
 *   sysv-msg, posix-mq    msgsnd/msgrcv, mq_send/mq_receive (a queue of 10,
 *                         as the engine makes it)
 *   sysv-shm, posix-shm   the textbook ring of SLOTS slots: P(empty) P(put)
 *                         memcpy in V(put) V(full), P(full) P(take) memcpy out
 *                         V(take) V(empty) — semop(2) on one System V set, or
 *                         POSIX semaphores, each on its own cache line
 *   posix-shm+spin        the same POSIX ring, each P trying sem_trywait
 *                         1024 times (with a pause) before sem_wait, as the
 *                         engine's P does where the two sides run on two CPUs
 *   sysv-shm+spin         the same System V ring, each P trying semop with
 *                         IPC_NOWAIT 64 times (each a system call) first
 *   shm-mutex             the monitor: a process-shared robust mutex, two
 *                         condition variables and a count, each side
 *                         signalling after it unlocks
 *   shm-mutex+inside      the same monitor, each side signalling inside the
 *                         lock, before it unlocks (the textbook order)
 *   shm-mutex+spin        the plain monitor, each side first looking at the
 *                         count while the ring is full (empty) and then
 *                         trying pthread_mutex_trylock, each 1024 times with
 *                         a pause, before it locks and waits, as the
 *                         engine's does where the two sides run on two CPUs
 *   shm-spsc              a lock-free ring: head and tail on their own lines,
 *                         spin briefly, then sleep on a futex, woken only
 *                         when asleep, and once (the waker lowers the flag)
 *   shm-spsc/K            the same ring, its consumer publishing tail every K
 *                         messages or when the ring looks empty
 *   shm-spsc=K            the same ring, both sides batching as the engine
 *                         does at full speed: the producer publishes head and
 *                         the consumer tail every K messages, before either
 *                         waits, and whenever the other side sleeps; and the
 *                         producer, after each copy, asks for the first lines
 *                         of the slots given back that come next, to write
 *                         them (PREFETCHW where the CPU has it; the engine's
 *                         protocol, for a like-for-like floor)
 *   shm-spsc+check        the same ring, its consumer checking each slot in
 *                         place against the producer's bytes instead of
 *                         copying it out, in the engine's order (the first
 *                         32 bytes, the last 8, then the rest from byte 32
 *                         on): the engine's payload check alone, measured
 *                         against the copy (docs/benchmarks.md, tenth round)
 *
 *   ipcscope-bareloop MECHANISM SIZE COUNT [same|split|free [SLOTS [PNS CNS]]]
 *
 * prints the MB/s (10^6 bytes a second) from the producer's first send to the
 * consumer's last receive — what the engine's figure measures. same: both
 * processes on CPU 0; split: producer on CPU 0, consumer on CPU 1 (the
 * engine's --cpus split); free: where the scheduler puts them. SLOTS: ring
 * slots (default 16). PNS, CNS: nanoseconds the producer and the consumer
 * spin on the clock per message besides (default 0): work of a known length,
 * to see how the placement's hand-offs answer to it (on one CPU, unequal
 * work on the two sides changes how often each wake-up preempts; see
 * docs/benchmarks.md, fifth round). Every object made is private to the run and removed
 * before the loop starts (IPC_RMID, unlink) or when it ends. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <mqueue.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static size_t size;
static long count;
static int placement; /* 0 free, 1 same, 2 split */
static unsigned slots = 16;
static uint64_t producer_spin_ns, consumer_spin_ns;

static void die(const char *what)
{
    perror(what);
    exit(1);
}

static void pin_to(int cpu)
{
    if (placement == 0)
        return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(placement == 1 ? 0 : cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set))
        die("sched_setaffinity");
}

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* The producer's first send time, for the consumer to measure from. */
static _Atomic uint64_t *first_send;

static void *shared(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        die("mmap");
    return p;
}

static char *message_buffer(void)
{
    char *buf = aligned_alloc(64, (size + 63) / 64 * 64);
    if (!buf)
        die("aligned_alloc");
    memset(buf, 'x', size);
    return buf;
}

/* The consumer's copy is the work being measured, but nothing reads the
 * buffer afterwards, and it never leaves the function: without this the
 * compiler drops the memcpy out of a ring as a dead store (it did, for
 * sysv-shm, posix-shm and shm-mutex), and the loop then measures the
 * producer's copy alone. The engine's consumer reads every byte. */
static void spin(uint64_t ns)
{
    if (!ns)
        return;
    const uint64_t end = now_ns() + ns;
    while (now_ns() < end) {
    }
}

static void consumed(const char *buf)
{
    __asm__ volatile("" : : "r"(buf) : "memory");
    spin(consumer_spin_ns);
}

/* Before each send: the first send time, and the producer's spin. */
static void stamp_first(long i)
{
    if (i == 0)
        atomic_store(first_send, now_ns());
    spin(producer_spin_ns);
}

/* Runs produce() in a child on CPU 0 and consume() here on CPU 1; returns the
 * seconds from the first send to the last receive. */
static double run(void (*produce)(void *), void (*consume)(void *), void *ctx)
{
    pid_t child = fork();
    if (child < 0)
        die("fork");
    if (child == 0) {
        pin_to(0);
        produce(ctx);
        _exit(0);
    }
    pin_to(1);
    consume(ctx);
    const uint64_t end = now_ns();
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status))
        exit(1);
    return (double)(end - atomic_load(first_send)) / 1e9;
}

/* ---- byte streams and datagrams: pipe, fifo, unix-stream, tcp, unix-dgram */

struct fds {
    int in, out; /* the consumer's end, the producer's end */
    int datagram;
};

static void stream_produce(void *p)
{
    struct fds *f = p;
    close(f->in);
    char *buf = message_buffer();
    for (long i = 0; i < count; ++i) {
        stamp_first(i);
        size_t done = 0;
        while (done < size) {
            ssize_t n = write(f->out, buf + done, size - done);
            if (n < 0 && errno != EINTR)
                die("write");
            done += n > 0 ? (size_t)n : 0;
        }
    }
}

static void stream_consume(void *p)
{
    struct fds *f = p;
    close(f->out);
    char *buf = message_buffer();
    for (long i = 0; i < count; ++i) {
        if (f->datagram) {
            if (recv(f->in, buf, size, 0) != (ssize_t)size)
                die("recv");
            consumed(buf);
            continue;
        }
        size_t done = 0;
        while (done < size) {
            ssize_t n = read(f->in, buf + done, size - done);
            if (n <= 0 && errno != EINTR)
                die("read");
            done += n > 0 ? (size_t)n : 0;
        }
        consumed(buf);
    }
}

static void datagram_produce(void *p)
{
    struct fds *f = p;
    close(f->in);
    char *buf = message_buffer();
    for (long i = 0; i < count; ++i) {
        stamp_first(i);
        if (send(f->out, buf, size, 0) != (ssize_t)size)
            die("send");
    }
}

static struct fds tcp_pair(void)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof a;
    int l = socket(AF_INET, SOCK_STREAM, 0), out = socket(AF_INET, SOCK_STREAM, 0), on = 1;
    if (l < 0 || out < 0 || bind(l, (struct sockaddr *)&a, sizeof a) || listen(l, 1) ||
        getsockname(l, (struct sockaddr *)&a, &len) || connect(out, (struct sockaddr *)&a, sizeof a))
        die("tcp");
    int in = accept(l, NULL, NULL);
    if (in < 0)
        die("accept");
    close(l);
    setsockopt(in, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    setsockopt(out, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    return (struct fds){in, out, 0};
}

/* As the engine's: the consumer's socket bound (here to an abstract name,
 * which leaves no file), the producer's connected to it. Not a socketpair:
 * there each end is the other's peer, and the kernel then lets a sender
 * past a full receive queue (max_dgram_qlen), which is another experiment. */
static struct fds dgram_pair(void)
{
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    const int len = snprintf(a.sun_path + 1, sizeof a.sun_path - 1, "ipcscope-bare-%d-%lx", (int)getpid(),
                             (unsigned long)now_ns());
    const socklen_t alen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + (size_t)len);
    int in = socket(AF_UNIX, SOCK_DGRAM, 0), out = socket(AF_UNIX, SOCK_DGRAM, 0);
    if (in < 0 || out < 0 || bind(in, (struct sockaddr *)&a, alen) || connect(out, (struct sockaddr *)&a, alen))
        die("unix-dgram");
    /* A datagram must fit the send buffer: grown when it would not, never shrunk. */
    int current = 0;
    socklen_t olen = sizeof current;
    getsockopt(out, SOL_SOCKET, SO_SNDBUF, &current, &olen);
    if ((size_t)current < size + 4096) {
        int bytes = (int)size + 4096;
        setsockopt(out, SOL_SOCKET, SO_SNDBUF, &bytes, sizeof bytes);
    }
    return (struct fds){in, out, 1};
}

static struct fds fifo_pair(void)
{
    char dir[] = "/tmp/ipcscope-bare-XXXXXX";
    if (!mkdtemp(dir))
        die("mkdtemp");
    char path[sizeof dir + 8];
    snprintf(path, sizeof path, "%s/fifo", dir);
    if (mkfifo(path, 0600))
        die("mkfifo");
    int in = open(path, O_RDONLY | O_NONBLOCK), out = open(path, O_WRONLY);
    if (in < 0 || out < 0)
        die("open fifo");
    fcntl(in, F_SETFL, 0);
    unlink(path);
    rmdir(dir);
    return (struct fds){in, out, 0};
}

/* ---- the semaphore rings: sysv-shm, posix-shm ------------------------- */

enum { EMPTY, FULL, PUT, TAKE };

struct posix_ring {
    struct {
        _Alignas(64) sem_t s;
    } sem[4];
    _Alignas(64) uint64_t head;
    _Alignas(64) uint64_t tail;
    _Alignas(64) char slots[];
};

static size_t slot_bytes(void)
{
    return (size + 63) / 64 * 64;
}

/* posix-shm+spin: P tries sem_trywait this many times before sem_wait. */
static int posix_spins;

static void posix_p(struct posix_ring *r, int s)
{
    for (int i = 0; i < posix_spins; ++i) {
        if (!sem_trywait(&r->sem[s].s))
            return;
        __builtin_ia32_pause();
    }
    while (sem_wait(&r->sem[s].s))
        if (errno != EINTR)
            die("sem_wait");
}

static void posix_v(struct posix_ring *r, int s)
{
    if (sem_post(&r->sem[s].s))
        die("sem_post");
}

static void posix_produce(void *p)
{
    struct posix_ring *r = p;
    char *buf = message_buffer();
    for (long i = 0; i < count; ++i) {
        stamp_first(i);
        posix_p(r, EMPTY);
        posix_p(r, PUT);
        memcpy(r->slots + (r->head % slots) * slot_bytes(), buf, size);
        ++r->head;
        posix_v(r, PUT);
        posix_v(r, FULL);
    }
}

static void posix_consume(void *p)
{
    struct posix_ring *r = p;
    char *buf = message_buffer();
    for (long i = 0; i < count; ++i) {
        posix_p(r, FULL);
        posix_p(r, TAKE);
        memcpy(buf, r->slots + (r->tail % slots) * slot_bytes(), size);
        consumed(buf);
        ++r->tail;
        posix_v(r, TAKE);
        posix_v(r, EMPTY);
    }
}

struct sysv_ring {
    int semid;
    uint64_t *head, *tail;
    char *slots;
};

/* sysv-shm+spin: P tries semop with IPC_NOWAIT this many times first. */
static int sysv_spins;

static void sysv_op(struct sysv_ring *r, int s, short delta)
{
    if (delta < 0)
        for (int i = 0; i < sysv_spins; ++i) {
            struct sembuf try = {(unsigned short)s, delta, IPC_NOWAIT};
            if (!semop(r->semid, &try, 1))
                return;
            __builtin_ia32_pause();
        }
    struct sembuf op = {(unsigned short)s, delta, 0};
    while (semop(r->semid, &op, 1))
        if (errno != EINTR)
            die("semop");
}

static void sysv_produce(void *p)
{
    struct sysv_ring *r = p;
    char *buf = message_buffer();
    for (long i = 0; i < count; ++i) {
        stamp_first(i);
        sysv_op(r, EMPTY, -1);
        sysv_op(r, PUT, -1);
        memcpy(r->slots + (*r->head % slots) * slot_bytes(), buf, size);
        ++*r->head;
        sysv_op(r, PUT, +1);
        sysv_op(r, FULL, +1);
    }
}

static void sysv_consume(void *p)
{
    struct sysv_ring *r = p;
    char *buf = message_buffer();
    for (long i = 0; i < count; ++i) {
        sysv_op(r, FULL, -1);
        sysv_op(r, TAKE, -1);
        memcpy(buf, r->slots + (*r->tail % slots) * slot_bytes(), size);
        consumed(buf);
        ++*r->tail;
        sysv_op(r, TAKE, +1);
        sysv_op(r, EMPTY, +1);
    }
}

/* ---- the monitor: shm-mutex ------------------------------------------- */

/* Each side signals after it unlocks: a waiter woken while the mutex is
 * still held wakes only to sleep again on the mutex. Under SCHED_OTHER this
 * order was the strongest of three at 64 KiB on two CPUs (7.8 GB/s, against
 * 2.4 inside the lock and 6.7 signalling only when the ring leaves empty or
 * full). Under SCHED_BATCH signalling inside the lock (shm-mutex+inside, the
 * textbook's order and the engine's) is the faster at 64 B on two CPUs and
 * unpinned at 4 KiB, so scripts/bench runs both and takes the faster as the
 * floor (docs/benchmarks.md, fourteenth round). */

static int signal_inside; /* shm-mutex+inside */
/* shm-mutex+spin: on two CPUs the other side leaves the lock, or fills or
 * empties a slot, within microseconds; a side that sleeps instead pays for
 * the sleep, the wake and the switch. 1.6 to 3.1 times the plain monitor at
 * 64 B, 4 KiB and 64 KiB there; on one CPU a third (twenty-second round). */
static int monitor_spins;

struct mutex_ring {
    _Alignas(64) pthread_mutex_t mutex;
    pthread_cond_t not_empty, not_full;
    unsigned filled;
    uint64_t head, tail;
    _Alignas(64) char slots[];
};

/* Locks the monitor. With monitor_spins, a side first looks (without the
 * lock) until the ring has what it waits for — a free slot for a producer, a
 * filled one for a consumer — then tries the lock, each up to monitor_spins
 * times. */
static void monitor_lock(struct mutex_ring *r, int producer)
{
    for (int i = 0; i < monitor_spins; ++i) {
        const unsigned filled = __atomic_load_n(&r->filled, __ATOMIC_RELAXED);
        if (producer ? filled < slots : filled > 0)
            break;
        __builtin_ia32_pause();
    }
    for (int i = 0; i < monitor_spins; ++i) {
        if (!pthread_mutex_trylock(&r->mutex))
            return;
        __builtin_ia32_pause();
    }
    pthread_mutex_lock(&r->mutex);
}

static void mutex_produce(void *p)
{
    struct mutex_ring *r = p;
    char *buf = message_buffer();
    for (long i = 0; i < count; ++i) {
        stamp_first(i);
        monitor_lock(r, 1);
        while (r->filled >= slots)
            pthread_cond_wait(&r->not_full, &r->mutex);
        memcpy(r->slots + (r->head++ % slots) * slot_bytes(), buf, size);
        __atomic_store_n(&r->filled, r->filled + 1, __ATOMIC_RELAXED); /* looked at without the lock */
        if (signal_inside)
            pthread_cond_signal(&r->not_empty);
        pthread_mutex_unlock(&r->mutex);
        if (!signal_inside)
            pthread_cond_signal(&r->not_empty);
    }
}

static void mutex_consume(void *p)
{
    struct mutex_ring *r = p;
    char *buf = message_buffer();
    for (long i = 0; i < count; ++i) {
        monitor_lock(r, 0);
        while (r->filled == 0)
            pthread_cond_wait(&r->not_empty, &r->mutex);
        memcpy(buf, r->slots + (r->tail++ % slots) * slot_bytes(), size);
        consumed(buf);
        __atomic_store_n(&r->filled, r->filled - 1, __ATOMIC_RELAXED);
        if (signal_inside)
            pthread_cond_signal(&r->not_full);
        pthread_mutex_unlock(&r->mutex);
        if (!signal_inside)
            pthread_cond_signal(&r->not_full);
    }
}

/* ---- the lock-free ring: shm-spsc ------------------------------------- */

struct spsc_ring {
    _Alignas(64) _Atomic uint64_t head;
    _Alignas(64) _Atomic uint64_t tail;
    _Alignas(64) _Atomic uint32_t head_signal;
    _Atomic uint32_t consumer_sleeps;
    _Alignas(64) _Atomic uint32_t tail_signal;
    _Atomic uint32_t producer_sleeps;
    _Alignas(64) char slots[];
};

enum { SPINS = 1024 }; /* as the engine's */

/* Spinning pays only while the peer runs on another CPU: never on one. */
static int other_cpus(void)
{
    return placement != 1 && sysconf(_SC_NPROCESSORS_ONLN) > 1;
}

/* Waits until ready() says the peer's counter lets us on: spins, then sleeps. */
static void spsc_wait(_Atomic uint64_t *peer, uint64_t *seen, int (*ready)(uint64_t, uint64_t), uint64_t position,
                      _Atomic uint32_t *signal, _Atomic uint32_t *sleeps, int spin)
{
    for (int i = 0; spin && i < SPINS; ++i) {
        if (ready(position, *seen = atomic_load_explicit(peer, memory_order_acquire)))
            return;
        __builtin_ia32_pause();
    }
    while (!ready(position, *seen = atomic_load_explicit(peer, memory_order_acquire))) {
        uint32_t s = atomic_load(signal);
        atomic_store(sleeps, 1);
        if (!ready(position, *seen = atomic_load(peer)))
            syscall(SYS_futex, signal, FUTEX_WAIT, s, NULL, NULL, 0);
        atomic_store(sleeps, 0);
    }
}

/* Wakes the other side once, lowering its flag (the engine's protocol): a
 * side woken on the CPU this one runs on runs only once this one waits, and
 * with its flag still up each message here woke it again. */
static void spsc_wake(_Atomic uint32_t *signal, _Atomic uint32_t *sleeps)
{
    if (!atomic_load(sleeps) || !atomic_exchange(sleeps, 0))
        return;
    atomic_fetch_add(signal, 1);
    syscall(SYS_futex, signal, FUTEX_WAKE, 1 << 30, NULL, NULL, 0);
}

static int has_room(uint64_t position, uint64_t tail)
{
    return position - tail < slots;
}

static int has_data(uint64_t position, uint64_t head)
{
    return head > position;
}

/* How often the producer publishes head: every message, or for shm-spsc=K
 * every K messages, before it waits for room, at its last message, and
 * whenever the consumer sleeps. */
static unsigned head_every = 1;
/* shm-spsc=K: after each copy the producer asks for the first line of the
 * slots after it that the consumer has given back (up to `end`), at most 1 KiB
 * of slots and at least one, each once, to write them: the line comes over as
 * this CPU's own at once, instead of one store at a time waiting for it. As
 * the engine asks (docs/benchmarks.md, seventeenth round); where the CPU has
 * no PREFETCHW, it asks to read, as the engine does. */
static int ask_ahead;
#if defined(__x86_64__) || defined(__i386__)
static int can_ask_to_write;
#endif

static void ask_for_slots(const struct spsc_ring *r, uint64_t *asked, uint64_t end, uint64_t position)
{
    const uint64_t most = size < 1024 ? 1024 / size : 1;
    if (*asked < position + 1)
        *asked = position + 1;
    if (end > position + 1 + most)
        end = position + 1 + most;
    for (; *asked < end; ++*asked) {
        const char *line = r->slots + (*asked % slots) * slot_bytes();
#if defined(__x86_64__) || defined(__i386__)
        if (can_ask_to_write) {
            __asm__ volatile("prefetchw %0" : : "m"(*line));
            continue;
        }
#endif
        __builtin_prefetch(line, 0);
    }
}

static void spsc_produce(void *p)
{
    struct spsc_ring *r = p;
    char *buf = message_buffer();
    const int spin = other_cpus();
    uint64_t seen = 0, published = 0, asked = 0;
    for (long i = 0; i < count; ++i) {
        stamp_first(i);
        const uint64_t position = (uint64_t)i;
        if (!has_room(position, seen)) {
            if (published < position) {
                atomic_store(&r->head, position);
                published = position;
                spsc_wake(&r->head_signal, &r->consumer_sleeps);
            }
            spsc_wait(&r->tail, &seen, has_room, position, &r->tail_signal, &r->producer_sleeps, spin);
        }
        memcpy(r->slots + (position % slots) * slot_bytes(), buf, size);
        if (ask_ahead)
            ask_for_slots(r, &asked, seen + slots, position);
        if (position + 1 - published >= head_every || i + 1 == count ||
            atomic_load_explicit(&r->consumer_sleeps, memory_order_relaxed)) {
            atomic_store(&r->head, position + 1);
            published = position + 1;
            spsc_wake(&r->head_signal, &r->consumer_sleeps);
        }
    }
}

/* How often the consumer publishes tail: every message, or, for shm-spsc/K
 * and shm-spsc=K, every K messages and whenever the ring looks empty — before
 * it waits, so that a producer waiting for room always gets it (K <= SLOTS: a
 * full ring is drained past K before it looks empty); for shm-spsc=K also
 * whenever the producer sleeps. */
static unsigned tail_every = 1;
static int tail_when_asleep;
/* shm-spsc+check: the consumer compares each slot, where it lies, with this
 * image of what the producer writes, instead of copying it out. */
static const char *check_image;

static void differs(void)
{
    fprintf(stderr, "ipcscope-bareloop: shm-spsc+check: a slot differs from what was sent\n");
    exit(1);
}

/* The engine's order: the header, the trailer, then the payload onwards. */
static void check_in_place(const char *slot, char *buf)
{
    if (size < 40) {
        if (memcmp(slot, check_image, size))
            differs();
        return;
    }
    memcpy(buf, slot, 32); /* the header, as the engine copies it, then checks the copy */
    if (memcmp(buf, check_image, 32) || memcmp(slot + size - 8, check_image + size - 8, 8) || memcmp(slot + 32, check_image + 32, size - 40))
        differs();
}

static void spsc_consume(void *p)
{
    struct spsc_ring *r = p;
    char *buf = message_buffer();
    const int spin = other_cpus();
    uint64_t seen = 0, published = 0;
    for (long i = 0; i < count; ++i) {
        const uint64_t position = (uint64_t)i;
        if (!has_data(position, seen)) {
            if (published < position) {
                atomic_store(&r->tail, position);
                published = position;
                spsc_wake(&r->tail_signal, &r->producer_sleeps);
            }
            spsc_wait(&r->head, &seen, has_data, position, &r->head_signal, &r->consumer_sleeps, spin);
        }
        const char *slot = r->slots + (position % slots) * slot_bytes();
        if (check_image)
            check_in_place(slot, buf);
        else
            memcpy(buf, slot, size);
        consumed(buf);
        if (position + 1 - published >= tail_every || i + 1 == count ||
            (tail_when_asleep && atomic_load_explicit(&r->producer_sleeps, memory_order_relaxed))) {
            atomic_store(&r->tail, position + 1);
            published = position + 1;
            spsc_wake(&r->tail_signal, &r->producer_sleeps);
        }
    }
}

/* ---- the queues: sysv-msg, posix-mq ------------------------------------ */

struct queue {
    int msqid;
    mqd_t mq;
};

static void msg_produce(void *p)
{
    struct queue *q = p;
    char *buf = aligned_alloc(64, (sizeof(long) + size + 63) / 64 * 64);
    memset(buf, 'x', sizeof(long) + size);
    *(long *)buf = 1;
    for (long i = 0; i < count; ++i) {
        stamp_first(i);
        while (msgsnd(q->msqid, buf, size, 0))
            if (errno != EINTR)
                die("msgsnd");
    }
}

static void msg_consume(void *p)
{
    struct queue *q = p;
    char *buf = aligned_alloc(64, (sizeof(long) + size + 63) / 64 * 64);
    for (long i = 0; i < count; ++i) {
        while (msgrcv(q->msqid, buf, size, 0, 0) != (ssize_t)size)
            if (errno != EINTR)
                die("msgrcv");
        consumed(buf);
    }
}

static void mq_produce(void *p)
{
    struct queue *q = p;
    char *buf = message_buffer();
    for (long i = 0; i < count; ++i) {
        stamp_first(i);
        while (mq_send(q->mq, buf, size, 0))
            if (errno != EINTR)
                die("mq_send");
    }
}

static void mq_consume(void *p)
{
    struct queue *q = p;
    char *buf = message_buffer();
    for (long i = 0; i < count; ++i) {
        while (mq_receive(q->mq, buf, size, NULL) != (ssize_t)size)
            if (errno != EINTR)
                die("mq_receive");
        consumed(buf);
    }
}

/* ------------------------------------------------------------------------ */

static double run_mechanism(const char *m)
{
    struct fds f = {-1, -1, 0};
    int pair[2];
    if (!strcmp(m, "pipe")) {
        if (pipe(pair))
            die("pipe");
        f = (struct fds){pair[0], pair[1], 0};
        return run(stream_produce, stream_consume, &f);
    }
    if (!strcmp(m, "fifo")) {
        f = fifo_pair();
        return run(stream_produce, stream_consume, &f);
    }
    if (!strcmp(m, "unix-stream")) {
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair))
            die("socketpair");
        f = (struct fds){pair[0], pair[1], 0};
        return run(stream_produce, stream_consume, &f);
    }
    if (!strcmp(m, "unix-dgram")) {
        f = dgram_pair();
        return run(datagram_produce, stream_consume, &f);
    }
    if (!strcmp(m, "tcp")) {
        f = tcp_pair();
        return run(stream_produce, stream_consume, &f);
    }
    const size_t ring = slots * slot_bytes();
    if (!strcmp(m, "posix-shm") || !strcmp(m, "posix-shm+spin")) {
        posix_spins = m[9] ? 1024 : 0;
        struct posix_ring *r = shared(sizeof *r + ring);
        const unsigned initial[4] = {slots, 0, 1, 1};
        for (int s = 0; s < 4; ++s)
            if (sem_init(&r->sem[s].s, 1, initial[s]))
                die("sem_init");
        return run(posix_produce, posix_consume, r);
    }
    if (!strcmp(m, "sysv-shm") || !strcmp(m, "sysv-shm+spin")) {
        sysv_spins = m[8] ? 64 : 0;
        struct sysv_ring r;
        const int shmid = shmget(IPC_PRIVATE, 128 + ring, IPC_CREAT | 0600);
        r.semid = semget(IPC_PRIVATE, 4, IPC_CREAT | 0600);
        if (shmid < 0 || r.semid < 0)
            die("shmget/semget");
        char *base = shmat(shmid, NULL, 0);
        shmctl(shmid, IPC_RMID, NULL); /* gone when both have detached */
        if (base == (void *)-1)
            die("shmat");
        r.head = (uint64_t *)base;
        r.tail = (uint64_t *)(base + 64);
        r.slots = base + 128;
        const unsigned short initial[4] = {(unsigned short)slots, 0, 1, 1};
        if (semctl(r.semid, 0, SETALL, initial))
            die("semctl");
        double seconds = run(sysv_produce, sysv_consume, &r);
        semctl(r.semid, 0, IPC_RMID);
        return seconds;
    }
    if (!strcmp(m, "shm-mutex") || !strcmp(m, "shm-mutex+inside") || !strcmp(m, "shm-mutex+spin")) {
        signal_inside = !strcmp(m, "shm-mutex+inside");
        monitor_spins = !strcmp(m, "shm-mutex+spin") ? 1024 : 0;
        struct mutex_ring *r = shared(sizeof *r + ring);
        pthread_mutexattr_t ma;
        pthread_mutexattr_init(&ma);
        pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
        pthread_mutexattr_setrobust(&ma, PTHREAD_MUTEX_ROBUST);
        pthread_mutex_init(&r->mutex, &ma);
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
        pthread_cond_init(&r->not_empty, &ca);
        pthread_cond_init(&r->not_full, &ca);
        return run(mutex_produce, mutex_consume, r);
    }
    if (!strcmp(m, "shm-spsc"))
        return run(spsc_produce, spsc_consume, shared(sizeof(struct spsc_ring) + ring));
    if (!strcmp(m, "shm-spsc+check")) {
        check_image = message_buffer(); /* the producer's bytes: message_buffer() fills both alike */
        return run(spsc_produce, spsc_consume, shared(sizeof(struct spsc_ring) + ring));
    }
    if (!strncmp(m, "shm-spsc/", 9) || !strncmp(m, "shm-spsc=", 9)) {
        tail_every = (unsigned)atoi(m + 9);
        if (tail_every < 1 || tail_every > slots) {
            fprintf(stderr, "ipcscope-bareloop: shm-spsc/K and shm-spsc=K take 1 <= K <= SLOTS\n");
            exit(2);
        }
        if (m[8] == '=') {
            head_every = tail_every;
            tail_when_asleep = 1;
#if defined(__x86_64__) || defined(__i386__)
            can_ask_to_write = __builtin_cpu_supports("prfchw");
#endif
            ask_ahead = 1;
        }
        return run(spsc_produce, spsc_consume, shared(sizeof(struct spsc_ring) + ring));
    }
    if (!strcmp(m, "sysv-msg")) {
        struct queue q = {msgget(IPC_PRIVATE, IPC_CREAT | 0600), 0};
        if (q.msqid < 0)
            die("msgget");
        double seconds = run(msg_produce, msg_consume, &q);
        msgctl(q.msqid, IPC_RMID, NULL);
        return seconds;
    }
    if (!strcmp(m, "posix-mq")) {
        char name[64];
        snprintf(name, sizeof name, "/ipcscope-bare-%d-%lx", (int)getpid(), (long)now_ns());
        struct mq_attr attr = {.mq_maxmsg = 10, .mq_msgsize = (long)size};
        struct queue q = {-1, mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr)};
        if (q.mq == (mqd_t)-1)
            die("mq_open");
        mq_unlink(name); /* both ends hold it open */
        return run(mq_produce, mq_consume, &q);
    }
    fprintf(stderr, "ipcscope-bareloop: unknown mechanism '%s'\n", m);
    exit(2);
}

int main(int argc, char **argv)
{
    if (argc < 4 || argc > 8 || argc == 7) {
        fprintf(stderr, "usage: %s MECHANISM SIZE COUNT [same|split|free [SLOTS [PNS CNS]]]\n", argv[0]);
        return 2;
    }
    size = (size_t)atol(argv[2]);
    count = atol(argv[3]);
    if (argc >= 5)
        placement = !strcmp(argv[4], "same") ? 1 : !strcmp(argv[4], "split") ? 2 : !strcmp(argv[4], "free") ? 0 : -1;
    if (argc >= 6)
        slots = (unsigned)atoi(argv[5]);
    if (argc == 8) {
        producer_spin_ns = strtoull(argv[6], NULL, 10);
        consumer_spin_ns = strtoull(argv[7], NULL, 10);
    }
    if (size < 1 || count < 1 || placement < 0 || slots < 1) {
        fprintf(stderr, "ipcscope-bareloop: bad size, count, placement or slots\n");
        return 2;
    }
    first_send = shared(sizeof *first_send);
    const double seconds = run_mechanism(argv[1]);
    printf("%.1f\n", (double)size * (double)count / seconds / 1e6);
    return 0;
}
