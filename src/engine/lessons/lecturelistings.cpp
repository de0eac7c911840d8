// Transcribed from the lecture. Its own comments are kept; ours say where a
// variant departs from it. C++ needs the one cast the lecture's POSIX
// listing lacks (mmap returns void *), which is its own lesson.
#include "lecturelistings.h"

#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ipcscope {

namespace {
constexpr size_t SHM_SIZE = 1000000; // Size of the shared memory segment
constexpr size_t POSIX_SHM_SIZE = 256;

int creation(const LectureNames &n)
{
    return n.exclusive ? IPC_EXCL : 0;
}
} // namespace

int shmWriteListing(const LectureNames &names, ShmWriteVariant variant)
{
    int shm_id;
    char *shm_ptr;
    // Create the shared memory segment
    shm_id = shmget(names.shmKey, SHM_SIZE, IPC_CREAT | creation(names) | names.mode);
    if (shm_id == -1) {
        perror("shmget");
        exit(1);
    }

    // Attach the shared memory segment to the process's address space
    shm_ptr = (char *)shmat(shm_id, NULL, 0);
    if (shm_ptr == (char *)-1) {
        perror("shmat");
        exit(1);
    }

    // Write to shared memory
    const char *message = "Hello from writer!";
    sprintf(shm_ptr, "%s", message);
    printf("Writer: Wrote to shared memory: %s\n", message);

    if (variant.getchar)
        getchar();
    if (variant.removeBeforeExit) // not in the lecture: what it fears the exit does
        shmctl(shm_id, IPC_RMID, NULL);
    // Detach from shared memory
    shmdt(shm_ptr);
    return 0;
}

int shmReadListing(const LectureNames &names)
{
    int shm_id;
    char *shm_ptr;

    // Access the shared memory segment
    shm_id = shmget(names.shmKey, SHM_SIZE, names.mode);
    if (shm_id == -1) {
        perror("shmget");
        exit(1);
    }

    // Attach the shared memory segment to the process's address space
    shm_ptr = (char *)shmat(shm_id, NULL, 0);
    if (shm_ptr == (char *)-1) {
        perror("shmat");
        exit(1);
    }

    // Read from shared memory
    printf("Reader: Read from shared memory: %s\n", shm_ptr);

    // Detach from shared memory
    shmdt(shm_ptr);

    // Optionally, remove the shared memory segment
    shmctl(shm_id, IPC_RMID, NULL);

    return 0;
}

namespace {
struct message {
    long mtype;
    char mtext[100];
};
} // namespace

int msgSendListing(const LectureNames &names, bool removeQueue)
{
    key_t key = names.msgKey != -1 ? names.msgKey : ftok("/tmp", 'B');
    int msgid = msgget(key, IPC_CREAT | creation(names) | names.mode);

    message msg;
    msg.mtype = 1;
    strcpy(msg.mtext, "Hello Message Queue!");

    msgsnd(msgid, &msg, sizeof(msg.mtext), 0);

    printf("Sender: sent message\n");
    getchar();

    if (removeQueue) // commented out in the lecture
        msgctl(msgid, IPC_RMID, NULL);
    return 0;
}

int semListing(const LectureNames &names, SemVariant variant)
{
    key_t key = names.semKey != -1 ? names.semKey : ftok("/tmp", 'C');
    int semid;
    if (!variant.initOnce) {
        semid = semget(key, 1, IPC_CREAT | creation(names) | names.mode);

        // инициализация семафора значением 1
        semctl(semid, 0, SETVAL, 1);
    } else {
        // The fix: only the instance that creates the set gives it its value;
        // a later one finds it and leaves it alone (a new semaphore is 0, so
        // it waits in P until the creator has set it).
        semid = semget(key, 1, IPC_CREAT | IPC_EXCL | names.mode);
        if (semid != -1)
            semctl(semid, 0, SETVAL, 1);
        else if (errno == EEXIST)
            semid = semget(key, 1, names.mode);
    }

    struct sembuf op;
    op.sem_num = 0;
    op.sem_op = -1; // P-операция (захват)
    op.sem_flg = variant.undo ? SEM_UNDO : 0;

    semop(semid, &op, 1);
    printf("Critical section start\n");
    getchar();

    op.sem_op = 1; // V-операция (освобождение)
    semop(semid, &op, 1);

    // semctl(semid, 0, IPC_RMID);
    return 0;
}

int posixShmWriteListing(const LectureNames &names)
{
    int shm_fd;
    char *ptr;

    // Create shared memory object
    shm_fd = shm_open(names.posixName.c_str(), O_CREAT | O_RDWR | (names.exclusive ? O_EXCL : 0), names.mode);
    if (shm_fd == -1) {
        perror("shm_open");
        exit(1);
    }

    // Configure the size of the shared memory object
    ftruncate(shm_fd, POSIX_SHM_SIZE);

    // Map the shared memory object in the address space
    ptr = (char *)mmap(0, POSIX_SHM_SIZE, PROT_WRITE, MAP_SHARED, shm_fd, 0);
    if (ptr == MAP_FAILED) {
        perror("mmap");
        exit(1);
    }

    // Write to shared memory
    const char *message = "Hello from writer!";
    sprintf(ptr, "%s", message);
    printf("Writer: Wrote to shared memory: %s\n", message);

    getchar();

    // Clean up
    munmap(ptr, POSIX_SHM_SIZE);
    close(shm_fd);
    shm_unlink(names.posixName.c_str());

    return 0;
}

} // namespace ipcscope
