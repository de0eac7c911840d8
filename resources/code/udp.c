// udp: the consumers share one socket bound to a port of
// 127.0.0.1; a datagram that finds its buffer full is dropped.
//== prelude
static int sock;
static struct sockaddr_in addr;
static struct timeval tv = {0, 100000};
//== producer
    sock = socket(AF_INET, SOCK_DGRAM, 0);
    connect(sock, (struct sockaddr*)&addr, sizeof(addr));
    for (seq = 0; seq < nmsg; seq++) {
        // receiver full? the kernel drops it, and nobody is told
        send(sock, buf, SIZE, MSG_NOSIGNAL);  //@ send
    }
    close(sock);
//== consumer
    sock = socket(AF_INET, SOCK_DGRAM, 0);
    bind(sock, (struct sockaddr*)&addr, sizeof(addr));
    // tv = 100 ms: even the end marker may be lost
    setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    for (;;) {
        n = recv(sock, buf, SIZE, MSG_TRUNC);  //@ receive
    }
