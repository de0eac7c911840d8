// persistence: the objects a process makes outlive it, until removed.
// The process exits without IPC_RMID or shm_unlink; then, from a shell:
//   ipcs -q -m          the queue with its 3 messages, the segment (nattch 0)
//   ls -l /dev/shm      the POSIX segment
//   ipcrm -q MSQID -m SHMID; rm /dev/shm/NAME
//== prelude
static int msqid, shmid, fd, removes;
static key_t queue_key, segment_key; // fresh random keys, nobody else's
static char *p;
static struct note { long mtype; char text[32]; } m = {1, "message"};
static const char *name = "/lesson-shm";
//== producer process
    msqid = msgget(queue_key, IPC_CREAT | IPC_EXCL | 0600);
    shmid = shmget(segment_key, 4096, IPC_CREAT | IPC_EXCL | 0600);
    fd = shm_open(name, O_CREAT | O_EXCL | O_RDWR, 0600);
    for (int i = 0; i < 3; i++)
        msgsnd(msqid, &m, sizeof m.text, 0);   //@ send  //@ says sent
    p = shmat(shmid, NULL, 0);
    strcpy(p, "left here");
    shmdt(p);                   // shm_nattch 0: nobody attached
    ftruncate(fd, 4096);
    p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    strcpy(p, "left here");
    munmap(p, 4096);
    close(fd);
    if (removes) {              // the control: a careful program
        msgctl(msqid, IPC_RMID, NULL);
        shmctl(shmid, IPC_RMID, NULL);
        shm_unlink(name);       //@ says removed
    }
    exit(0);                    // the kernel keeps what was not removed
//== consumer lesson
    // once every process is gone, as ipcrm does; before it:
    // the queue holds 3 messages, the segment and /dev/shm/lesson-shm stay
    msgctl(msqid, IPC_RMID, NULL);         // ipcrm -q MSQID
    shmctl(shmid, IPC_RMID, NULL);         // ipcrm -m SHMID
    shm_unlink(name);                      // rm /dev/shm/lesson-shm
