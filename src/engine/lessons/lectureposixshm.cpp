// The lecture's POSIX writer: shm_open("/my_shm"), ftruncate to 256 B,
// mmap, write, getchar(), then munmap, close and shm_unlink. While it waits
// the lesson looks where the lecture looks: ls -l /dev/shm, and the file's
// bytes, read as any file's; its maps line; then, released, the file is gone.
// /dev/shm is a tmpfs of the lesson's own (a mount namespace), so "/my_shm"
// is nobody else's.
#include "lecturehost.h"
#include "lessonsteps.h"
#include "listingprocess.h"

#include "../ownership.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace ipcscope {

namespace {

// `ls -l` of the object's file: its size and mode, or "none".
std::string listing(const std::string &path)
{
    struct stat st {};
    if (lstat(path.c_str(), &st) != 0)
        return "none";
    char mode[8];
    std::snprintf(mode, sizeof mode, "%o", unsigned(st.st_mode & 07777));
    return "bytes " + std::to_string(st.st_size) + " mode " + mode;
}

// The text at the start of the file, as cat would show it.
std::string contents(const std::string &path)
{
    const int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return "(cannot open)";
    char text[257] = {};
    const ssize_t n = read(fd, text, 256);
    close(fd);
    return n > 0 ? std::string(text) : std::string();
}

} // namespace

int lecturePosixShmWorker(const LessonArgs &args)
{
    LectureHost host(args, true);
    const std::string path = "/dev/shm" + host.names().posixName;
    LectureHost::say("path", path);
    LectureHost::say("before", listing(path));
    ListingProcess writer([&] { return posixShmWriteListing(host.names()); });
    const std::string wrote = writer.readLine().value_or("(nothing)");
    LectureHost::say("writer", wrote);
    // Only a file this writer made is looked into.
    if (wrote.rfind("Writer:", 0) != 0)
        return 1;
    if (!host.privateDevShm())
        requireOwnPath(path, S_IFREG, "posix-shm " + host.names().posixName);
    host.own({ObjectKind::PosixShm, host.names().posixName});
    LectureHost::say("ls", listing(path));
    LectureHost::say("contents", contents(path));
    LectureHost::say("writer_maps", LectureHost::mapsLine(writer.pid(), path));
    writer.pressEnter();
    LectureHost::say("writer_status", writer.wait());
    LectureHost::say("after", listing(path));
    return 0;
}

} // namespace ipcscope
