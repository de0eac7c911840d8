// Message boundaries: a writer process makes three writes of 100 bytes into
// a pipe, a Unix stream socket, a Unix datagram socket and a System V queue,
// and exits; then the reader reads. A byte stream hands back whatever is
// there — 300 bytes in one read, or pieces of a small buffer's size; a
// datagram socket and a queue hand back each write whole (a small buffer
// truncates it). --control: the reader takes each write before the next is
// made, so nothing can merge. --hold: with the three messages in the queue
// (4 KiB round), it says "sysv_msg.queued" and waits for a line on its
// standard input, so that the session reads the queue holding them.
#include "lessonsteps.h"

#include "../ownership.h"
#include "../syserror.h"

#include <poll.h>
#include <sys/msg.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace ipcscope {

namespace {

constexpr int kWrites = 3;
constexpr size_t kSize = 100;

struct Channel {
    std::function<void(const char *, size_t)> write;
    std::function<ssize_t(char *, size_t)> read; // 0: nothing more
};

std::string join(const std::vector<ssize_t> &sizes)
{
    std::string out;
    for (const ssize_t n : sizes)
        out += (out.empty() ? "" : ",") + std::to_string(n);
    return out.empty() ? "none" : out;
}

// The writer is a child process; `step` (control) makes it wait for the
// reader's go before each write.
std::vector<ssize_t> run(const Channel &c, size_t buffer, bool control, const std::function<void()> &written = {})
{
    int go[2];
    checked(pipe(go), "pipe");
    std::fflush(nullptr);
    const pid_t writer = fork();
    if (writer < 0)
        throw SysError("fork", errno);
    if (writer == 0) {
        close(go[1]);
        char text[kSize];
        for (int i = 0; i < kWrites; ++i) {
            char token;
            if (control && read(go[0], &token, 1) != 1)
                _exit(1);
            std::memset(text, 'a' + i, sizeof text);
            c.write(text, sizeof text);
        }
        _exit(0);
    }
    close(go[0]);
    std::vector<ssize_t> reads;
    std::vector<char> data(buffer);
    if (control) {
        for (int i = 0; i < kWrites; ++i) {
            checked(write(go[1], "g", 1), "write");
            reads.push_back(c.read(data.data(), data.size()));
        }
    } else {
        int status = 0;
        waitpid(writer, &status, 0); // all three writes are in
        if (written)
            written();
        for (ssize_t n; reads.size() < 16 && (n = c.read(data.data(), data.size())) > 0;)
            reads.push_back(n);
    }
    close(go[1]);
    waitpid(writer, nullptr, 0);
    return reads;
}

// A read of what is there now (the writer has finished: nothing more comes),
// or, in the control, a read that waits for the next write.
ssize_t readFrom(int fd, char *p, size_t n, bool wait)
{
    pollfd ready{fd, POLLIN, 0};
    if (!wait && poll(&ready, 1, 0) != 1)
        return 0;
    const ssize_t got = read(fd, p, n);
    return got < 0 ? 0 : got;
}

} // namespace

int boundariesWorker(const LessonArgs &args)
{
    const bool control = args.has("control");
    const int queue = openOwnSysv(ObjectKind::SysvMsg, key_t(args.number("msg-key")));
    for (const size_t buffer : {size_t(4096), size_t(64)}) {
        const std::string b = buffer == 4096 ? "" : "_small";
        int p[2];
        checked(pipe(p), "pipe");
        const Channel pipeChannel{[&](const char *d, size_t n) { checked(write(p[1], d, n), "write"); },
                                  [&](char *d, size_t n) { return readFrom(p[0], d, n, control); }};
        std::printf("pipe%s=%s\n", b.c_str(), join(run(pipeChannel, buffer, control)).c_str());
        close(p[0]);
        close(p[1]);
        for (const int type : {SOCK_STREAM, SOCK_DGRAM}) {
            int s[2];
            checked(socketpair(AF_UNIX, type, 0, s), "socketpair");
            const Channel socket{[&](const char *d, size_t n) { checked(send(s[1], d, n, 0), "send"); },
                                 [&](char *d, size_t n) { return readFrom(s[0], d, n, control); }};
            std::printf("%s%s=%s\n", type == SOCK_STREAM ? "unix_stream" : "unix_dgram", b.c_str(),
                        join(run(socket, buffer, control)).c_str());
            close(s[0]);
            close(s[1]);
        }
        const Channel msg{[&](const char *d, size_t n) {
                              struct {
                                  long mtype;
                                  char text[kSize];
                              } m{1, {}};
                              std::memcpy(m.text, d, n);
                              checked(msgsnd(queue, &m, n, 0), "msgsnd");
                          },
                          [&](char *d, size_t n) -> ssize_t {
                              std::vector<char> m(sizeof(long) + n);
                              // MSG_NOERROR: a message longer than the buffer is cut, not refused (E2BIG).
                              const ssize_t got =
                                  msgrcv(queue, m.data(), n, 0, MSG_NOERROR | (control ? 0 : IPC_NOWAIT));
                              if (got > 0)
                                  std::memcpy(d, m.data() + sizeof(long), size_t(got));
                              return got < 0 ? 0 : got;
                          }};
        const auto held = [] {
            std::printf("sysv_msg.queued=1\n");
            std::fflush(stdout);
            char line[16];
            if (!std::fgets(line, sizeof line, stdin))
                return; // the session is gone: nothing to wait for
        };
        std::printf("sysv_msg%s=%s\n", b.c_str(),
                    join(run(msg, buffer, control, args.has("hold") && b.empty() ? held : std::function<void()>()))
                        .c_str());
    }
    return 0;
}

} // namespace ipcscope
