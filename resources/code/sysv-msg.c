// sysv-msg: struct message { long mtype; char mtext[SIZE]; };
// the queue is found by its key; mtype is the producer's number.
//== prelude
struct message { long mtype; char mtext[SIZE]; };
static int msgid;
static key_t key;
//== producer
    struct message msg;
    msgid = msgget(key, 0);
    msg.mtype = id + 1;
    // blocks while the queue holds msgmnb bytes
    for (seq = 0; seq < nmsg; seq++) {
        msgsnd(msgid, &msg, SIZE, 0);  //@ send
    }
//== consumer
    struct message msg;
    msgid = msgget(key, 0);
    // msgtyp 0: the first message in the queue, whatever its mtype
    for (;;) {
        msgrcv(msgid, &msg, SIZE, 0, 0);  //@ receive
    }
