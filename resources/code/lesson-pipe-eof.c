// pipe-eof: read() returns 0 only when no write end is open in any
// process. The writer forks the reader, writes, closes its end and waits;
// the reader forgot to close its copy of the write end.
//== prelude
#include <sys/wait.h>
static int fd[2], forgot;
static ssize_t n;
static void close_forgotten(int sig) { (void) sig; close(fd[1]); }
//== producer writer
    close(fd[0]);                       // the writer reads nothing
    for (int i = 0; i < 3; i++)
        write(fd[1], "hello\n", 6);         //@ send
    close(fd[1]);                       // the writer's write end
    wait(NULL);                         // for the reader to see end of file
//== consumer reader
    if (!forgot)
        close(fd[1]);                   // the reader writes nothing
    // forgotten: fd[1] is kept here, so this process is a writer too;
    // the lesson makes it close it later, from a SIGUSR1 handler:
    signal(SIGUSR1, close_forgotten);
    while ((n = read(fd[0], buf, sizeof buf)) > 0)   //@ receive
        ;                               // 0: no write end left anywhere
    printf("end of file\n");
