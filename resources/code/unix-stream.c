// unix-stream: each consumer listens on its own socket file;
// every producer connects to every consumer.
//== producer
    for (c = 0; c < consumers; c++) {
        sock[c] = socket(AF_UNIX, SOCK_STREAM, 0);
        connect(sock[c], (struct sockaddr*)&addr[c], sizeof(addr[c]));
    }
    // one connection per consumer, used in turn
    for (seq = 0; seq < nmsg; seq++) {
        send(sock[seq % consumers], buf, SIZE, MSG_NOSIGNAL);  //@ send
    }
    for (c = 0; c < consumers; c++)
        close(sock[c]);
//== consumer
    sock = socket(AF_UNIX, SOCK_STREAM, 0);
    bind(sock, (struct sockaddr*)&addr, sizeof(addr));
    listen(sock, 16);
    for (p = 0; p < producers; p++)
        conn[p] = accept(sock, NULL, NULL);
    for (open = producers; open > 0; ) {
        // p: a connection with data (poll), or the only one
        n = recv(conn[p], buf, SIZE, 0);  //@ receive
        if (n == 0) {
            close(conn[p]);
            open--;
        }
    }
