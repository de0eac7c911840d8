#include "mechanismcatalog.h"

#include <QCoreApplication>

namespace ipcscope {

namespace {

// This file's texts, under one translation context.
struct MechanismCatalogText {
    Q_DECLARE_TR_FUNCTIONS(MechanismCatalog)
};

// Colours from the Okabe–Ito set and its neighbours: distinct for the common
// forms of colour blindness, and readable on a projector.
QList<MechanismText> build()
{
    const QString signalGroup = MechanismCatalogText::tr("Signals");
    const QString pipes = MechanismCatalogText::tr("Pipes & FIFOs");
    const QString shm = MechanismCatalogText::tr("Shared memory");
    const QString queues = MechanismCatalogText::tr("Message queues");
    const QString sockets = MechanismCatalogText::tr("Sockets");
    return {
        {QStringLiteral("signals-std"), signalGroup, MechanismCatalogText::tr("Standard signals (SIGUSR1)"),
         MechanismCatalogText::tr(
             "kill() sends SIGUSR1; the consumer takes it with sigwaitinfo(). A standard signal is one pending bit: "
             "signals sent while one is still pending merge into it, so fewer arrive than were sent."),
         QStringLiteral("kill(pid, SIGUSR1);  sigwaitinfo(&set, &info);"), QColor(0x99, 0x99, 0x99)},
        {QStringLiteral("signals-rt"), signalGroup, MechanismCatalogText::tr("Real-time signals (sigqueue)"),
         MechanismCatalogText::tr(
             "sigqueue() sends SIGRTMIN with an 8-byte value. Real-time signals queue: none is lost, they arrive in "
             "order, each with its value — here the producer, the sequence number and the send time."),
         QStringLiteral("sigqueue(pid, SIGRTMIN, value);  sigwaitinfo(&set, &info);"), QColor(0x55, 0x55, 0x55)},
        {QStringLiteral("pipe"), pipes, MechanismCatalogText::tr("Anonymous pipe"),
         MechanismCatalogText::tr(
             "pipe() makes a one-way byte stream in the kernel; the workers inherit its ends, as a child does across "
             "fork(). write() waits while the pipe is full, read() while it is empty."),
         QStringLiteral("pipe(fd);  write(fd[1], buf, n);  read(fd[0], buf, n);"), QColor(0xe6, 0x9f, 0x00)},
        {QStringLiteral("fifo"), pipes, MechanismCatalogText::tr("Named pipe (FIFO)"),
         MechanismCatalogText::tr("mkfifo() gives a pipe a name in the file system, so unrelated processes can open it "
                                  "by path. open() waits "
                                  "until there is both a reader and a writer."),
         QStringLiteral("mkfifo(path, 0600);  open(path, O_WRONLY);  write(fd, buf, n);"), QColor(0xf0, 0xe4, 0x42)},
        {QStringLiteral("sysv-shm"), shm, MechanismCatalogText::tr("System V shared memory + semaphores"),
         MechanismCatalogText::tr(
             "shmget() finds a segment by its key and shmat() maps it into each worker: the data is copied into a ring "
             "of slots. A System V semaphore set guards it: P(empty) waits for a free slot, V(full) announces a filled "
             "one, 'put' and 'take' are the two sides' mutexes."),
         QStringLiteral("shmget(key, size, IPC_CREAT | 0600);  shmat(id, NULL, 0);  semop(semid, &P, 1);"),
         QColor(0x00, 0x72, 0xb2)},
        {QStringLiteral("posix-shm"), shm, MechanismCatalogText::tr("POSIX shared memory + semaphores"),
         MechanismCatalogText::tr(
             "shm_open() and mmap() map a file in /dev/shm into each worker. Named POSIX semaphores guard the ring: "
             "sem_wait() and sem_post(). Without contention they never enter the kernel."),
         QStringLiteral("shm_open(name, O_CREAT | O_RDWR, 0600);  mmap(...);  sem_wait(empty);"),
         QColor(0x56, 0xb4, 0xe9)},
        {QStringLiteral("shm-mutex"), shm, MechanismCatalogText::tr("Shared memory + process-shared mutex"),
         MechanismCatalogText::tr(
             "The same ring, guarded as threads guard memory: a pthread mutex and two condition variables made "
             "PTHREAD_PROCESS_SHARED. Both are futexes underneath."),
         QStringLiteral("pthread_mutex_lock(&m);  while (full) pthread_cond_wait(&not_full, &m);"),
         QColor(0x00, 0x9e, 0x73)},
        {QStringLiteral("shm-nosync"), shm, MechanismCatalogText::tr("Shared memory without synchronisation"),
         MechanismCatalogText::tr(
             "The ring with no semaphore and no lock: the race. Producers overwrite slots nobody has read, consumers "
             "read "
             "a slot twice or while it is being written. Every lost, duplicated and torn message is counted."),
         QStringLiteral("memcpy(ring[head++], msg, n);   /* and hope */"), QColor(0xd5, 0x5e, 0x00)},
        {QStringLiteral("sysv-msg"), queues, MechanismCatalogText::tr("System V message queue"),
         MechanismCatalogText::tr(
             "msgget() finds a queue by its key; msgsnd() and msgrcv() move whole messages, each with an mtype. "
             "msgsnd() waits while the message would not fit in the queue (msg_qbytes, msgmnb by default)."),
         QStringLiteral("msgget(key, IPC_CREAT | 0600);  msgsnd(id, &msg, n, 0);  msgrcv(id, &msg, n, 0, 0);"),
         QColor(0xcc, 0x79, 0xa7)},
        {QStringLiteral("posix-mq"), queues, MechanismCatalogText::tr("POSIX message queue"),
         MechanismCatalogText::tr(
             "mq_open(), mq_send() and mq_receive(): whole messages with a priority; the highest priority is received "
             "first. The queue holds at most msg_max messages."),
         QStringLiteral("mq_open(name, O_CREAT | O_RDWR, 0600, &attr);  mq_send(q, buf, n, prio);"),
         QColor(0xa0, 0x3c, 0x8c)},
        {QStringLiteral("unix-stream"), sockets, MechanismCatalogText::tr("Unix domain socket (stream)"),
         MechanismCatalogText::tr(
             "socket(AF_UNIX, SOCK_STREAM): a connected, two-way byte stream between processes on one machine, found "
             "by a path."),
         QStringLiteral("socket(AF_UNIX, SOCK_STREAM, 0);  connect(...);  send(fd, buf, n, 0);"),
         QColor(0x2a, 0x9d, 0x8f)},
        {QStringLiteral("unix-dgram"), sockets, MechanismCatalogText::tr("Unix domain socket (datagram)"),
         MechanismCatalogText::tr(
             "socket(AF_UNIX, SOCK_DGRAM): whole messages to a socket found by its path. Reliable on one machine: a "
             "full receiver makes the sender wait."),
         QStringLiteral("socket(AF_UNIX, SOCK_DGRAM, 0);  sendto(...);  recvfrom(...);"), QColor(0x26, 0x46, 0x53)},
        {QStringLiteral("tcp"), sockets, MechanismCatalogText::tr("TCP on loopback"),
         MechanismCatalogText::tr(
             "socket(AF_INET, SOCK_STREAM) on 127.0.0.1: the network stack without the network — a reliable, ordered "
             "byte stream with acknowledgements and flow control."),
         QStringLiteral("socket(AF_INET, SOCK_STREAM, 0);  connect(127.0.0.1:port);  send(...);"),
         QColor(0x8a, 0x6d, 0x3b)},
        {QStringLiteral("udp"), sockets, MechanismCatalogText::tr("UDP on loopback"),
         MechanismCatalogText::tr(
             "socket(AF_INET, SOCK_DGRAM) on 127.0.0.1: datagrams without connection or acknowledgement. When the "
             "receive buffer is full the kernel drops the datagram — loss even on one machine."),
         QStringLiteral("socket(AF_INET, SOCK_DGRAM, 0);  sendto(127.0.0.1:port);  recvfrom(...);"),
         QColor(0xe7, 0x6f, 0x51)},
    };
}

QList<MechanismText> &storage()
{
    static QList<MechanismText> catalog;
    return catalog;
}

} // namespace

const QList<MechanismText> &mechanismCatalog()
{
    // Built on first use, after the translators are installed.
    if (storage().isEmpty())
        storage() = build();
    return storage();
}

void retranslateMechanismCatalog()
{
    storage() = build();
}

const MechanismText &mechanismText(const QString &id)
{
    for (const MechanismText &m : mechanismCatalog())
        if (m.id == id)
            return m;
    static const MechanismText unknown;
    return unknown;
}

QStringList mechanismGroups()
{
    return {MechanismCatalogText::tr("Signals"), MechanismCatalogText::tr("Pipes & FIFOs"),
            MechanismCatalogText::tr("Shared memory"), MechanismCatalogText::tr("Message queues"),
            MechanismCatalogText::tr("Sockets")};
}

} // namespace ipcscope
