// fifo: the session calls mkfifo(path, 0600); the workers open it
// by its path, like two unrelated programs.
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
        n = read(fd, buf, SIZE);  //@ receive
        // 0: the last writer has closed the FIFO
        if (n == 0)
            break;
    }
    close(fd);
