// ftok's keys: a file's key changes when it is recreated (here as an editor
// saves: a new file renamed over the old one); two different paths can give
// one key; IPC_EXCL tells "made it" from "found someone's", where
// IPC_CREAT alone silently hands back the existing queue. --control: the
// file stays as it is and only its own directory is searched for a twin.
#include "ftoktwins.h"
#include "lessonsteps.h"

#include "../objects.h"
#include "../syserror.h"

#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace ipcscope {

namespace {

void touch(const std::string &path)
{
    const int fd = open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        throw SysError("open(" + path + ")", errno);
    close(fd);
}

unsigned long inodeOf(const std::string &path)
{
    struct stat st {};
    checked(stat(path.c_str(), &st), "stat");
    return (unsigned long)st.st_ino;
}

} // namespace

int ftokWorker(const LessonArgs &args)
{
    const std::string dir = args.text("dir");
    const std::string file = dir + "/shared.key";
    touch(file);
    std::printf("before=%s %lu\n", formatKey(ftok(file.c_str(), 'A')).c_str(), inodeOf(file));
    if (!args.has("control")) {
        // Saved anew: a new file takes the old one's name.
        touch(file + ".new");
        checked(rename((file + ".new").c_str(), file.c_str()), "rename");
    }
    std::printf("after=%s %lu\n", formatKey(ftok(file.c_str(), 'A')).c_str(), inodeOf(file));
    const FtokTwins twins = findFtokTwins(args.has("control") ? dir : std::string("/usr/share"), 20000);
    std::printf("twins_scanned=%d\ntwins=%s\n", twins.scanned,
                twins.found() ? (formatKey(twins.key) + " " + twins.first + " " + twins.second).c_str() : "none");
    // The lesson's own queue, made with this key by the session.
    const key_t key = key_t(args.number("key"));
    const int excl = msgget(key, IPC_CREAT | IPC_EXCL | 0600);
    std::printf("excl=%s\n", excl >= 0 ? "created" : std::strerror(errno));
    if (excl >= 0)
        msgctl(excl, IPC_RMID, nullptr); // cannot be: the session made it; ours if it was not
    const int found = msgget(key, IPC_CREAT | 0600);
    std::printf("creat=%d\n", found);
    return 0;
}

} // namespace ipcscope
