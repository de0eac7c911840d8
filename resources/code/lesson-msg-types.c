// msg-types: one sender queues six messages, then six receivers each
// take one with their msgtyp.
//== prelude
struct message { long mtype; char mtext[64]; };
static int msgid, i;
static long msgtyp;
static const long types[6] = {3, 1, 2, 1, 3, 2};
//== producer sender
    struct message m;
    for (i = 0; i < 6; i++) {
        m.mtype = types[i];
        snprintf(m.mtext, sizeof m.mtext, "#%d, type %ld", i, types[i]);
        msgsnd(msgid, &m, strlen(m.mtext) + 1, 0);  //@ send //@ says sent
    }
//== consumer receiver
    struct message m;
    // msgtyp 0: the first message; > 0: the first of that type;
    // < 0: the first of the lowest type <= |msgtyp|
    n = msgrcv(msgid, &m, sizeof m.mtext, msgtyp, IPC_NOWAIT);  //@ receive //@ says type text
    if (n == -1 && errno == ENOMSG)
        printf("nothing of that type\n");  //@ says none
