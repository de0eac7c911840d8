#include "reaper.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

extern char **environ;

namespace ipcscope {

namespace {

bool isOurWorker(pid_t pid)
{
    // A PID may have been reused since it was reported: kill only a worker.
    std::ifstream cmdline("/proc/" + std::to_string(pid) + "/cmdline");
    std::string arg0;
    std::getline(cmdline, arg0, '\0');
    return arg0.find("ipcscope-worker") != std::string::npos;
}

} // namespace

int runReaper()
{
    // Its own name, so that killing "ipcscope-worker" by name spares it.
    prctl(PR_SET_NAME, "ipcscope-reaper");
    signal(SIGINT, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);
    std::vector<std::string> objects; // in creation order
    std::set<pid_t> pids;
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.size() < 2)
            continue;
        const bool add = line[0] == '+';
        const std::string what = line.substr(1);
        if (what.rfind("pid ", 0) == 0) {
            const pid_t pid = pid_t(std::atol(what.c_str() + 4));
            if (add)
                pids.insert(pid);
            else
                pids.erase(pid);
        } else if (add) {
            objects.push_back(what);
        } else {
            objects.erase(std::remove(objects.begin(), objects.end(), what), objects.end());
        }
    }
    for (pid_t pid : pids)
        if (isOurWorker(pid))
            kill(pid, SIGKILL);
    // Newest first: files before the directory that holds them.
    for (auto it = objects.rbegin(); it != objects.rend(); ++it) {
        OwnedObject object;
        if (parseObject(*it, object))
            removeObject(object);
    }
    return 0;
}

bool ReaperClient::start(const std::string &workerPath, std::string &error)
{
    m_workerPath = workerPath;
    if (!spawn()) {
        error = "cannot start the reaper (" + workerPath + "): " + std::strerror(errno);
        return false;
    }
    // The journal is the reaper's first object, so that it is removed last.
    if (m_journal.create())
        track({ObjectKind::PosixShm, m_journal.name()});
    return true;
}

bool ReaperClient::spawn()
{
    // A socket rather than a pipe: send(MSG_NOSIGNAL) reports a dead reaper
    // as EPIPE instead of killing this process with SIGPIPE.
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], 0);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
    char arg0[] = "ipcscope-worker";
    char arg1[] = "reaper";
    char *argv[] = {arg0, arg1, nullptr};
    const int result = posix_spawn(&m_pid, m_workerPath.c_str(), &actions, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    close(fds[0]);
    if (result != 0) {
        close(fds[1]);
        errno = result;
        return false;
    }
    m_fd = fds[1];
    return true;
}

ReaperClient::~ReaperClient()
{
    if (m_fd >= 0)
        close(m_fd); // the reaper cleans up what is left and exits
    if (m_pid > 0)
        waitpid(m_pid, nullptr, 0);
}

bool ReaperClient::send(const std::string &line)
{
    const std::string text = line + "\n";
    ssize_t n;
    do
        n = ::send(m_fd, text.data(), text.size(), MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    return n == ssize_t(text.size());
}

void ReaperClient::say(const std::string &line)
{
    const std::lock_guard lock(m_mutex);
    if (m_fd < 0)
        return;
    if (line[0] == '+')
        m_tracked.push_back(line);
    else
        m_tracked.erase(std::remove(m_tracked.begin(), m_tracked.end(), "+" + line.substr(1)), m_tracked.end());
    m_journal.append(line);
    // One send per order, straight into the socket: it is there even if this
    // process dies a moment later.
    if (!send(line))
        ensureAlive();
}

void ReaperClient::ensureAlive()
{
    const std::lock_guard lock(m_mutex);
    if (m_pid <= 0 || waitpid(m_pid, nullptr, WNOHANG) != m_pid)
        return;
    // It died (someone killed it): a new one takes over everything in force.
    close(m_fd);
    m_fd = -1;
    m_pid = -1;
    if (!spawn())
        return;
    for (const std::string &line : m_tracked)
        send(line);
}

} // namespace ipcscope
