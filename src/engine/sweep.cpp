#include "sweep.h"

#include "names.h"
#include "objects.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>

namespace ipcscope {

namespace {

constexpr const char *kShmDir = "/dev/shm";
constexpr const char *kMqueueDir = "/dev/mqueue";
constexpr off_t kMaxJournal = 1 << 20;
const std::string kJournalSuffix = "-journal";

bool processGone(pid_t pid)
{
    return kill(pid, 0) != 0 && errno == ESRCH;
}

// A name of ours whose creator, in our PID namespace, is gone; and the entry
// belongs to us.
bool deadOrigin(const std::string &base, const std::string &path, mode_t type)
{
    NameOrigin origin;
    if (!parseOurName(base, origin) || origin.pidNamespace != pidNamespace() || origin.pid == getpid() ||
        !processGone(origin.pid))
        return false;
    struct stat st {};
    return lstat(path.c_str(), &st) == 0 && (st.st_mode & S_IFMT) == type && st.st_uid == geteuid();
}

std::vector<std::string> entries(const std::string &dir)
{
    std::vector<std::string> names;
    if (DIR *d = opendir(dir.c_str())) {
        while (const dirent *e = readdir(d)) {
            const std::string name = e->d_name;
            if (name != "." && name != "..")
                names.push_back(name);
        }
        closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

void removeIfOurs(const OwnedObject &object, std::vector<std::string> &removed)
{
    if (removeObject(object))
        removed.push_back(describe(object));
}

// Replays a dead process's journal and removes what is still listed.
void sweepJournal(const std::string &path, std::vector<std::string> &removed)
{
    std::ifstream in(path);
    std::vector<std::string> live;
    std::string line;
    while (std::getline(in, line)) {
        if (line.size() < 2 || line.rfind("+pid ", 0) == 0 || line.rfind("-pid ", 0) == 0)
            continue;
        const std::string what = line.substr(1);
        if (line[0] == '+')
            live.push_back(what);
        else
            live.erase(std::remove(live.begin(), live.end(), what), live.end());
    }
    for (auto it = live.rbegin(); it != live.rend(); ++it) {
        OwnedObject object;
        if (parseObject(*it, object))
            removeIfOurs(object, removed);
    }
}

} // namespace

std::vector<std::string> sweepLeftovers()
{
    std::vector<std::string> removed;
    // Journals first: they name the System V objects, and the POSIX ones too.
    for (const std::string &name : entries(kShmDir)) {
        const std::string path = std::string(kShmDir) + "/" + name;
        struct stat st {};
        if (name.size() > kJournalSuffix.size() &&
            name.compare(name.size() - kJournalSuffix.size(), kJournalSuffix.size(), kJournalSuffix) == 0 &&
            deadOrigin(name, path, S_IFREG) && lstat(path.c_str(), &st) == 0 && st.st_size <= kMaxJournal) {
            sweepJournal(path, removed);
            removeIfOurs({ObjectKind::PosixShm, "/" + name}, removed);
        }
    }
    // POSIX names a dead process made and never journaled (it died between
    // creating and telling), or a worker started by hand made.
    for (const std::string &name : entries(kShmDir)) {
        const std::string path = std::string(kShmDir) + "/" + name;
        if (name.rfind("sem.", 0) == 0) {
            if (deadOrigin(name.substr(4), path, S_IFREG))
                removeIfOurs({ObjectKind::PosixSem, "/" + name.substr(4)}, removed);
        } else if (deadOrigin(name, path, S_IFREG)) {
            removeIfOurs({ObjectKind::PosixShm, "/" + name}, removed);
        }
    }
    for (const std::string &name : entries(kMqueueDir))
        if (deadOrigin(name, std::string(kMqueueDir) + "/" + name, S_IFREG))
            removeIfOurs({ObjectKind::PosixMq, "/" + name}, removed);
    const char *tmp = std::getenv("TMPDIR");
    const std::string tmpDir = tmp && *tmp ? tmp : "/tmp";
    for (const std::string &name : entries(tmpDir)) {
        const std::string dir = tmpDir + "/" + name;
        if (!deadOrigin(name, dir, S_IFDIR))
            continue;
        // Only what a run puts there: FIFOs and socket files, no deeper.
        for (const std::string &file : entries(dir))
            removeIfOurs({ObjectKind::Path, dir + "/" + file}, removed);
        removeIfOurs({ObjectKind::Directory, dir}, removed);
    }
    return removed;
}

Journal::~Journal()
{
    if (m_fd >= 0)
        close(m_fd);
}

bool Journal::create()
{
    m_name = uniquePosixName("journal");
    m_fd = open((std::string(kShmDir) + m_name).c_str(), O_CREAT | O_EXCL | O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW,
                0600);
    return m_fd >= 0;
}

void Journal::append(const std::string &line)
{
    if (m_fd < 0)
        return;
    const std::string text = line + "\n";
    // One write per line, O_APPEND: whole lines even if this process dies.
    ssize_t n;
    do
        n = write(m_fd, text.data(), text.size());
    while (n < 0 && errno == EINTR);
}

} // namespace ipcscope
