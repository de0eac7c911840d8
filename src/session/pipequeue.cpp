#include "pipequeue.h"

#include "engine/resources.h"

#include <QDir>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ipcscope {

namespace {

QString fdPath(qint64 pid, int fd)
{
    return QStringLiteral("/proc/%1/fd/%2").arg(pid).arg(fd);
}

// The fd of worker `pid` open on `path`, or -1.
int fdOn(qint64 pid, const QString &path)
{
    const QDir dir(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &name : dir.entryList(QDir::System | QDir::NoDotAndDotDot))
        if (QFileInfo(dir.filePath(name)).symLinkTarget() == path)
            return name.toInt();
    return -1;
}

} // namespace

std::optional<quint64> pipeQueued(qint64 pid, int fd, const QString &fifoPath)
{
    if (pid <= 0)
        return std::nullopt;
    if (!fifoPath.isEmpty())
        fd = fdOn(pid, fifoPath);
    if (fd < 0)
        return std::nullopt;
    // Non-blocking, so that it never waits for a writer; closed at once. A
    // pipe of our own run's worker: nobody else's object is opened.
    UniqueFd end(::open(fdPath(pid, fd).toLocal8Bit().constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    struct stat st {};
    int n = 0;
    if (!end.valid() || ::fstat(end.get(), &st) != 0 || !S_ISFIFO(st.st_mode) || ::ioctl(end.get(), FIONREAD, &n) != 0)
        return std::nullopt;
    return quint64(std::max(n, 0));
}

} // namespace ipcscope
