#include "isolation.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace ipcscope {

namespace {

bool writeFile(const char *path, const std::string &text)
{
    std::ofstream f(path);
    f << text;
    f.close();
    return bool(f);
}

// Inside a new mount namespace: /dev/shm is a fresh tmpfs seen by nobody
// else, and no mount made here reaches the machine.
bool privateDevShm()
{
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return false;
    return mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=16m") == 0;
}

} // namespace

const char *isolationName(Isolation level)
{
    switch (level) {
    case Isolation::Ipc:
        return "ipc";
    case Isolation::UserIpc:
        return "user+ipc";
    case Isolation::None:
        break;
    }
    return "none";
}

IsolationResult isolate(bool wantPrivateDevShm, const std::string &atMost)
{
    IsolationResult r;
    const int mountFlag = wantPrivateDevShm ? CLONE_NEWNS : 0;
    if (atMost.empty() || atMost == "ipc") {
        if (unshare(CLONE_NEWIPC | mountFlag) == 0) {
            r.level = Isolation::Ipc;
            r.privateDevShm = wantPrivateDevShm && privateDevShm();
            return r;
        }
        r.refused = std::string("unshare(CLONE_NEWIPC): ") + std::strerror(errno);
    }
    if (atMost.empty() || atMost == "ipc" || atMost == "user") {
        const uid_t uid = geteuid();
        const gid_t gid = getegid();
        if (unshare(CLONE_NEWUSER | CLONE_NEWIPC | mountFlag) == 0) {
            // Root inside, ourselves outside: enough to mount a tmpfs of our own.
            writeFile("/proc/self/setgroups", "deny");
            writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1");
            writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1");
            r.level = Isolation::UserIpc;
            r.privateDevShm = wantPrivateDevShm && privateDevShm();
            return r;
        }
        if (!r.refused.empty())
            r.refused += "; ";
        r.refused += std::string("unshare(CLONE_NEWUSER | CLONE_NEWIPC): ") + std::strerror(errno);
    }
    return r;
}

} // namespace ipcscope
