// init-race: eight instances of the lecture's program, each started
// 5 ms after the last, each 20 ms in its critical section.
//== prelude
static key_t key;
static int semid;
static struct sembuf P = {0, -1, 0}, V = {0, +1, 0};
//== producer lecture
    semid = semget(key, 1, IPC_CREAT | 0666);
    semctl(semid, 0, SETVAL, 1);         // every instance: undoes P of the one inside
    semop(semid, &P, 1);  //@ P 0
    usleep(20000);                       // inside  //@ says lecture.entered lecture.most_inside
    semop(semid, &V, 1);  //@ V 0
//== consumer fix
    semid = semget(key, 1, IPC_CREAT | IPC_EXCL | 0666);
    if (semid != -1)
        semctl(semid, 0, SETVAL, 1);     // the creator, once
    else
        semid = semget(key, 1, 0666);    // made by another: new sets are 0, so P waits
    semop(semid, &P, 1);  //@ P 0
    usleep(20000);  //@ says fix.entered fix.most_inside
    semop(semid, &V, 1);  //@ V 0
