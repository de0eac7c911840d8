// fifo: the session calls mkfifo(path, 0600); the workers open it
// by its path, like two unrelated programs.
//== prelude
static int fd;
static const char *path;
static size_t got;
//== producer
    // open() waits until a reader opens the FIFO too
    fd = open(path, O_WRONLY);
    for (seq = 0; seq < nmsg; seq++) {
        write(fd, buf, SIZE);  //@ send
    }
    close(fd);
//== consumer
    fd = open(path, O_RDONLY);
    for (;;) {
        // a byte stream: one message may come in pieces
        for (got = 0; got < SIZE; got += n) {
            n = read(fd, buf + got, SIZE - got);  //@ receive
            if (n <= 0)
                break;
        }
        // 0: the last writer has closed the FIFO
        if (n == 0)
            break;
    }
    close(fd);
