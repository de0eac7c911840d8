#include "listingprocess.h"

#include "../clock.h"
#include "../parentdeath.h"
#include "../syserror.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace ipcscope {

ListingProcess::ListingProcess(const std::function<int()> &body)
{
    int in[2], out[2];
    checked(pipe2(in, O_CLOEXEC), "pipe2");
    checked(pipe2(out, O_CLOEXEC), "pipe2");
    // Nothing of ours may be printed twice: the child inherits stdio's buffers.
    std::fflush(nullptr);
    const pid_t parent = getpid();
    m_pid = fork();
    if (m_pid < 0)
        throw SysError("fork", errno);
    if (m_pid == 0) {
        if (!dieWithParent(parent))
            _exit(127);
        dup2(in[0], STDIN_FILENO);
        dup2(out[1], STDOUT_FILENO);
        dup2(out[1], STDERR_FILENO);
        // A terminal's buffering: each line is there as soon as it is printed.
        // A buffer of its own resets the stream, which our output has used.
        static char lineBuffer[BUFSIZ];
        setvbuf(stdout, lineBuffer, _IOLBF, sizeof lineBuffer);
        const int status = body();
        std::exit(status); // the listing's own return from main()
    }
    close(in[0]);
    close(out[1]);
    m_in = in[1];
    m_out = out[0];
}

ListingProcess::~ListingProcess()
{
    if (running()) {
        ::kill(m_pid, SIGKILL);
        wait();
    }
    if (m_in >= 0)
        close(m_in);
    if (m_out >= 0)
        close(m_out);
}

std::optional<std::string> ListingProcess::readLine(int timeoutMs)
{
    const uint64_t deadline = monotonicNs() + uint64_t(timeoutMs) * 1'000'000;
    for (;;) {
        const size_t newline = m_buffer.find('\n');
        if (newline != std::string::npos) {
            std::string line = m_buffer.substr(0, newline);
            m_buffer.erase(0, newline + 1);
            return line;
        }
        if (m_eof) {
            if (m_buffer.empty())
                return std::nullopt;
            std::string rest;
            rest.swap(m_buffer);
            return rest;
        }
        const uint64_t now = monotonicNs();
        if (now >= deadline)
            return std::nullopt;
        pollfd p{m_out, POLLIN, 0};
        const int ready = poll(&p, 1, int((deadline - now) / 1'000'000) + 1);
        if (ready < 0 && errno != EINTR)
            throw SysError("poll", errno);
        if (ready <= 0)
            continue;
        char chunk[4096];
        const ssize_t n = read(m_out, chunk, sizeof chunk);
        if (n < 0 && errno != EINTR)
            throw SysError("read", errno);
        if (n == 0)
            m_eof = true;
        if (n > 0)
            m_buffer.append(chunk, size_t(n));
    }
}

std::string ListingProcess::readAll(int timeoutMs)
{
    std::string all;
    while (const std::optional<std::string> line = readLine(timeoutMs)) {
        if (!all.empty())
            all += '\n';
        all += *line;
    }
    return all;
}

void ListingProcess::pressEnter()
{
    const char enter = '\n';
    if (write(m_in, &enter, 1) != 1)
        throw SysError("write", errno);
}

int ListingProcess::wait()
{
    if (m_status >= 0)
        return m_status;
    int status = 0;
    while (waitpid(m_pid, &status, 0) < 0)
        if (errno != EINTR)
            throw SysError("waitpid", errno);
    m_status = WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
    return m_status;
}

void ListingProcess::kill(int sig)
{
    ::kill(m_pid, sig);
}

bool ListingProcess::running()
{
    if (m_status >= 0)
        return false;
    int status = 0;
    const pid_t done = waitpid(m_pid, &status, WNOHANG);
    if (done == m_pid) {
        m_status = WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
        return false;
    }
    return true;
}

} // namespace ipcscope
