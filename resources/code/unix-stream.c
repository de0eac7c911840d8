// unix-stream: each consumer listens on its own socket file;
// every producer connects to every consumer.
//== prelude
static int sock, c, p, consumers, producers, left;
static int sock_to[8], conn[8];
static struct sockaddr_un addr, addr_of[8];
static size_t got;
int ready(const int *conns, int count);
//== producer
    for (c = 0; c < consumers; c++) {
        sock_to[c] = socket(AF_UNIX, SOCK_STREAM, 0);
        connect(sock_to[c], (struct sockaddr*)&addr_of[c], sizeof(addr_of[c]));
    }
    // one connection per consumer, used in turn
    for (seq = 0; seq < nmsg; seq++) {
        send(sock_to[seq % consumers], buf, SIZE, MSG_NOSIGNAL);  //@ send
    }
    for (c = 0; c < consumers; c++)
        close(sock_to[c]);
//== consumer
    sock = socket(AF_UNIX, SOCK_STREAM, 0);
    bind(sock, (struct sockaddr*)&addr, sizeof(addr));
    listen(sock, 16);
    for (p = 0; p < producers; p++)
        conn[p] = accept(sock, NULL, NULL);
    for (left = producers; left > 0; ) {
        p = ready(conn, producers);  // poll(): a connection with data
        // a byte stream: SIZE bytes may arrive in several pieces
        for (got = 0; got < SIZE; got += n) {
            n = recv(conn[p], buf + got, SIZE - got, 0);  //@ receive
            if (n <= 0)
                break;
        }
        if (n == 0) {
            close(conn[p]);
            left--;
        }
    }
