// pipe: the session calls pipe(fd); each worker inherits one end,
// as a child does across fork().
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
        n = read(fd[0], buf, SIZE);  //@ receive
        // 0: every write end is closed (end of file)
        if (n == 0)
            break;
    }
    close(fd[0]);
