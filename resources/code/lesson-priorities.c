// priorities: a sender puts six messages into a POSIX queue, then one
// receiver takes them all.
//== prelude
static mqd_t mq;
static const char *mq_name;
static unsigned prio, i;
static const unsigned priorities[6] = {2, 0, 5, 1, 5, 3};
//== producer sender
    mq = mq_open(mq_name, O_WRONLY);
    for (i = 0; i < 6; i++) {
        snprintf(buf, sizeof buf, "#%u, priority %u", i, priorities[i]);
        mq_send(mq, buf, strlen(buf) + 1, priorities[i]);  //@ send //@ says sent
    }
//== consumer receiver
    mq = mq_open(mq_name, O_RDONLY);
    for (i = 0; i < 6; i++) {
        // the oldest message of the highest priority present
        n = mq_receive(mq, buf, sizeof buf, &prio);  //@ receive //@ says got
    }
