// shm-spsc: struct ring { head; tail; slot[N][SIZE]; } in /dev/shm, one
// producer and one consumer, no lock: each side writes only its own counter.
//== producer
    fd = shm_open(shm_name, O_RDWR, 0);
    ring = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    for (seq = 0; seq < nmsg; seq++) {
        while (ring->head - atomic_load(&ring->tail) == N)  //@ send
            futex_wait(&ring->tail_signal, seen);  // full: sleep
        memcpy(ring->slot[ring->head % N], buf, SIZE);
        atomic_store(&ring->head, ring->head + 1);
        if (ring->consumer_sleeps)
            futex_wake(&ring->head_signal);  // only if it sleeps
    }
//== consumer
    fd = shm_open(shm_name, O_RDWR, 0);
    ring = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    // no system call per message while both keep up
    for (;;) {
        while (atomic_load(&ring->head) == ring->tail)  //@ receive
            futex_wait(&ring->head_signal, seen);  // empty: sleep
        memcpy(buf, ring->slot[ring->tail % N], SIZE);
        atomic_store(&ring->tail, ring->tail + 1);
        if (ring->producer_sleeps)
            futex_wake(&ring->tail_signal);
    }
