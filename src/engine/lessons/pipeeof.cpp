// End of file on a pipe: read() returns 0 only when no write end is open
// anywhere. The writer (this process) forks the reader, writes three
// messages, closes its write end and waits for the reader. The reader
// forgets to close its own copy of the write end, so its read() never sees
// end of file: it sleeps in read() although the only process that writes
// has closed. When the session sends it SIGUSR1, its handler closes that
// copy (close() is async-signal-safe; SA_RESTART restarts the read), and the
// restarted read() returns 0 at once. --control: the reader closes its copy
// first, as it should, and end of file comes as soon as the writer closes.
#include "lessonsteps.h"

#include "../parentdeath.h"
#include "../syserror.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ipcscope {

namespace {

constexpr int kMessages = 3;
// The writer waits this long for the reader at most: nothing outlives a lesson.
constexpr unsigned kGiveUpS = 30;

volatile sig_atomic_t forgottenEnd = -1;
volatile sig_atomic_t closedBySignal = 0;
volatile pid_t readerPid = 0;

void closeForgottenEnd(int)
{
    const int saved = errno;
    if (forgottenEnd >= 0) {
        close(forgottenEnd);
        forgottenEnd = -1;
        closedBySignal = 1;
    }
    errno = saved;
}

void giveUp(int)
{
    kill(readerPid, SIGKILL);
}

int readToEnd(int readEnd, int writeEnd, bool control)
{
    struct sigaction sa {};
    sa.sa_handler = closeForgottenEnd;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    checked(sigaction(SIGUSR1, &sa, nullptr), "sigaction");
    if (control) {
        close(writeEnd); // as it should: the reader is no writer
    } else {
        forgottenEnd = writeEnd; // forgotten: until SIGUSR1 closes it
    }
    long bytes = 0;
    char buf[64];
    for (;;) {
        const ssize_t n = read(readEnd, buf, sizeof buf);
        if (n > 0) {
            bytes += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw SysError("read", errno);
        break; // 0: end of file
    }
    std::printf("reader.bytes=%ld\nreader.eof=1\nreader.closed_by=%s\n", bytes,
                control ? "start" : closedBySignal ? "signal" : "none");
    std::fflush(stdout);
    return 0;
}

} // namespace

int pipeEofWorker(const LessonArgs &args)
{
    const bool control = args.has("control");
    int fd[2];
    checked(pipe(fd), "pipe");
    std::printf("writer_pid=%d\n", int(getpid()));
    std::fflush(nullptr);
    const pid_t parent = getpid();
    const pid_t reader = fork();
    if (reader < 0)
        throw SysError("fork", errno);
    if (reader == 0) {
        if (!dieWithParent(parent))
            _exit(127);
        try {
            _exit(readToEnd(fd[0], fd[1], control));
        } catch (const std::exception &e) {
            std::fprintf(stderr, "reader: %s\n", e.what());
            _exit(1);
        }
    }
    readerPid = reader;
    close(fd[0]);
    static const char message[] = "hello\n";
    for (int i = 0; i < kMessages; ++i)
        if (write(fd[1], message, sizeof message - 1) != ssize_t(sizeof message - 1))
            throw SysError("write", errno);
    close(fd[1]); // the writer's end: the only one, if the reader closed its copy
    std::printf("reader_pid=%d\nwritten=%zu\nwriter.closed=1\n", int(reader), kMessages * (sizeof message - 1));
    std::fflush(stdout);
    struct sigaction sa {};
    sa.sa_handler = giveUp;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    checked(sigaction(SIGALRM, &sa, nullptr), "sigaction");
    alarm(kGiveUpS);
    int status = 0;
    while (waitpid(reader, &status, 0) < 0 && errno == EINTR) {
    }
    alarm(0);
    if (WIFSIGNALED(status))
        std::printf("reader.signal=%s\n", sigabbrev_np(WTERMSIG(status)) ? sigabbrev_np(WTERMSIG(status)) : "?");
    else
        std::printf("reader.status=%d\n", WEXITSTATUS(status));
    return 0;
}

} // namespace ipcscope
