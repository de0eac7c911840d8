// boundaries: the writer, a child process, makes three writes of 100 B
// and exits; then the reader reads what is there. The same for a pipe,
// a Unix stream and a Unix datagram socket pair, and a System V queue.
//== prelude
struct message { long mtype; char mtext[100]; };
static int fd[2], sv[2], msgid, i;
static char text[100];
static struct message m;
//== producer writer
    for (i = 0; i < 3; i++) {
        memset(text, 'a' + i, sizeof text);
        write(fd[1], text, sizeof text);     // pipe  //@ send
        send(sv[1], text, sizeof text, 0);   // socketpair(AF_UNIX, SOCK_STREAM or SOCK_DGRAM)
        msgsnd(msgid, &m, sizeof m.mtext, 0);
    }
    _exit(0);
//== consumer reader
    // a byte stream: whatever is there, up to the buffer's size
    n = read(fd[0], buf, sizeof buf);      // 300 with 4 KiB; 64, 64, 64, 64, 44 with 64 B  //@ receive //@ says pipe*
    // a datagram: one write, whole — or cut, the rest dropped
    n = recv(sv[0], buf, sizeof buf, 0);   // 100, 100, 100; 64, 64, 64 with 64 B  //@ says unix_*
    // a message: one write, whole; MSG_NOERROR cuts instead of E2BIG
    n = msgrcv(msgid, &m, sizeof m.mtext, 0, MSG_NOERROR | IPC_NOWAIT);  //@ says sysv_msg*
