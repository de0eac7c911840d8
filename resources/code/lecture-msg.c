// The lecture's message-queue example, as printed: msgget by an ftok
// key, one msgsnd, getchar(), exit — the queue is never removed. The
// lesson runs it twice in a private IPC namespace, then looks with ipcs -q.
//== language c++
//== producer sender.cpp
#include <sys/ipc.h>
#include <sys/msg.h>
#include <cstring>
#include <cstdio>

struct message {
    long mtype;
    char mtext[100];
};

int main() {
    key_t key = ftok("/tmp", 'B');  //@ says ftok_tmp
    int msgid = msgget(key, IPC_CREAT | 0666);
    
    message msg;
    msg.mtype = 1;
    strcpy(msg.mtext, "Hello Message Queue!");
    
    msgsnd(msgid, &msg, sizeof(msg.mtext), 0);
    
    printf("Sender: sent message\n");  //@ says *.sender=Sender:*
    getchar();  //@ in read
    
    // msgctl(msgid, IPC_RMID, NULL);
    return 0;  //@ says *.status=0
}
//== consumer shell
// the lecture never receives; the lesson looks from a shell:
//   ipcs -q    (inside the namespace: /proc/sysvipc/msg)  //@ says *.ipcs
// and then takes one with msgrcv(msgid, &msg, sizeof(msg.mtext), 2, IPC_NOWAIT)  //@ says order.msgtyp*
