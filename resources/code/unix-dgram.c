// unix-dgram: the consumers share one socket bound to a path;
// each datagram goes to exactly one of them.
//== prelude
static int sock;
static struct sockaddr_un addr;
//== producer
    sock = socket(AF_UNIX, SOCK_DGRAM, 0);
    connect(sock, (struct sockaddr*)&addr, sizeof(addr));
    for (seq = 0; seq < nmsg; seq++) {
        // waits while the receiver's queue is full: nothing lost
        send(sock, buf, SIZE, MSG_NOSIGNAL);  //@ send
    }
    close(sock);
//== consumer
    sock = socket(AF_UNIX, SOCK_DGRAM, 0);
    bind(sock, (struct sockaddr*)&addr, sizeof(addr));
    for (;;) {
        // one whole datagram; MSG_TRUNC: its real length
        n = recv(sock, buf, SIZE, MSG_TRUNC);  //@ receive
    }
