// posix-mq: the session creates the queue with mq_open(O_CREAT),
// mq_maxmsg = 10 and mq_msgsize = SIZE.
//== prelude
static mqd_t mq;
static const char *mq_name;
//== producer
    mq = mq_open(mq_name, O_WRONLY);
    // priority id + 1: the highest priority is received first
    for (seq = 0; seq < nmsg; seq++) {
        mq_send(mq, buf, SIZE, id + 1);  //@ send
    }
    mq_close(mq);
//== consumer
    mq = mq_open(mq_name, O_RDONLY);
    for (;;) {
        // buf must hold mq_msgsize bytes, or EMSGSIZE
        n = mq_receive(mq, buf, SIZE, NULL);  //@ receive
        if (n == -1)
            perror("mq_receive");
    }
    mq_close(mq);
