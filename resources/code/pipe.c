// pipe: the session calls pipe(fd); each worker inherits one end,
// as a child does across fork().
//== prelude
static int fd[2];
static size_t got;
//== producer
    close(fd[0]);
    // write() blocks while the pipe is full
    for (seq = 0; seq < nmsg; seq++) {
        write(fd[1], buf, SIZE);  //@ send
    }
    close(fd[1]);
//== consumer
    close(fd[1]);
    for (;;) {
        // a byte stream: one message may come in pieces
        for (got = 0; got < SIZE; got += n) {
            n = read(fd[0], buf + got, SIZE - got);  //@ receive
            if (n <= 0)
                break;
        }
        // 0: every write end is closed (end of file)
        if (n == 0)
            break;
    }
    close(fd[0]);
