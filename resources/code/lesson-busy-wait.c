// busy-wait: the producer writes a message every 5 ms into shared
// memory and bumps the turn number; the consumer waits for it to change.
//== prelude
static _Atomic unsigned *turn;
static unsigned last;
long futex_wait(_Atomic unsigned *word, unsigned expected);
long futex_wake(_Atomic unsigned *word);
//== producer
    for (last = 1; last <= 100; last++) {
        usleep(5000);
        *turn = last;                     // the message is in  //@ send
        futex_wake(turn);
    }
//== consumer
    while (last < 100) {
        // spinning: a CPU at 100 % while nothing happens
        while (*turn == last)  //@ running //@ says spin.*
            ;
        // sleeping: asleep in the kernel until futex_wake
        while (*turn == last)
            futex_wait(turn, last);  //@ receive //@ says sleep.*
        last = *turn;
    }
