// The lecture's semaphore example, as printed. The lesson starts two
// instances at once in a private IPC namespace: each sets the value to 1.
//== language c++
//== producer instance.cpp
#include <sys/sem.h>
#include <cstdio>

int main() {
    key_t key = ftok("/tmp", 'C');
    int semid = semget(key, 1, IPC_CREAT | 0666);
    
    // инициализация семафора значением 1
    semctl(semid, 0, SETVAL, 1);
    
    struct sembuf op;
    op.sem_num = 0;
    op.sem_op = -1; // P-операция (захват)
    op.sem_flg = 0;
    
    semop(semid, &op, 1);  //@ says a.second_wchan=*sem*
    printf("Critical section start\n");  //@ says *.first=Critical* *.second=Critical* *.second_late=Critical* *.inside=Critical*
    getchar();
    
    op.sem_op = 1; // V-операция (освобождение)
    semop(semid, &op, 1);
    
    // semctl(semid, 0, IPC_RMID);
    return 0;  //@ says *status=0
}
//== consumer fix
// only the process that creates the set gives it its value:
//   semid = semget(key, 1, IPC_CREAT | IPC_EXCL | 0666);
//   if (semid != -1)
//       semctl(semid, 0, SETVAL, 1);
//   else
//       semid = semget(key, 1, 0666);   // made by another: leave it
// and op.sem_flg = SEM_UNDO, so a process killed inside gives it back
