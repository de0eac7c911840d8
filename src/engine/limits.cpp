#include "limits.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <climits>
#include <fstream>

namespace ipcscope {

Text formatLimit(const Limit &limit)
{
    if (limit.unit.empty())
        return {QT_TRANSLATE_NOOP("Engine", "%1 %2 (%3)"), {limit.name, verbatim(limit.value), limit.source}};
    return {QT_TRANSLATE_NOOP("Engine", "%1 %2 %3 (%4)"),
            {limit.name, verbatim(limit.value), limit.unit, limit.source}};
}

Text bytesUnit()
{
    return {QT_TRANSLATE_NOOP("Engine", "B")};
}

std::optional<uint64_t> readProcNumber(const std::string &path, int field)
{
    std::ifstream in(path);
    uint64_t value = 0;
    for (int i = 0; i <= field; ++i)
        if (!(in >> value))
            return std::nullopt;
    return value;
}

Limit procLimit(const Text &name, const std::string &path, uint64_t fallback, const Text &unit, int field)
{
    if (const auto value = readProcNumber(path, field))
        return {name, *value, unit, {QT_TRANSLATE_NOOP("Engine", "from %1"), {verbatim(path)}}};
    return {name, fallback, unit, {QT_TRANSLATE_NOOP("Engine", "%1 unreadable, kernel default"), {verbatim(path)}}};
}

Limit pipeBufLimit()
{
    int fds[2];
    long value = PIPE_BUF;
    Text source{QT_TRANSLATE_NOOP("Engine", "PIPE_BUF from <limits.h>")};
    if (pipe2(fds, O_CLOEXEC) == 0) {
        const long asked = fpathconf(fds[0], _PC_PIPE_BUF);
        if (asked > 0) {
            value = asked;
            source = {QT_TRANSLATE_NOOP("Engine", "from %1"), {verbatim("fpathconf(_PC_PIPE_BUF)")}};
        }
        close(fds[0]);
        close(fds[1]);
    }
    return {{QT_TRANSLATE_NOOP("Engine", "atomic write (PIPE_BUF)")}, uint64_t(value), bytesUnit(), source};
}

Limit pipeCapacityLimit()
{
    int fds[2];
    uint64_t value = 65536;
    Text source{QT_TRANSLATE_NOOP("Engine", "kernel default")};
    if (pipe2(fds, O_CLOEXEC) == 0) {
        const int size = fcntl(fds[0], F_GETPIPE_SZ);
        if (size > 0) {
            value = uint64_t(size);
            source = {QT_TRANSLATE_NOOP("Engine", "from fcntl(F_GETPIPE_SZ) of a new pipe")};
        }
        close(fds[0]);
        close(fds[1]);
    }
    return {{QT_TRANSLATE_NOOP("Engine", "capacity")}, value, bytesUnit(), source};
}

Limit pipeMaxSizeLimit()
{
    return procLimit({QT_TRANSLATE_NOOP("Engine", "largest capacity (F_SETPIPE_SZ)")}, "/proc/sys/fs/pipe-max-size",
                     1048576, bytesUnit());
}

Limit posixSegmentMessageLimit()
{
    return {{QT_TRANSLATE_NOOP("Engine", "message size")},
            kMaxMessageSize,
            bytesUnit(),
            {QT_TRANSLATE_NOOP("Engine", "ipcscope's limit; a segment may use all of /dev/shm")}};
}

Limit rlimitLimit(const Text &name, int resource, const Text &unit, const std::string &resourceName)
{
    rlimit r{};
    const Text call = verbatim("getrlimit(" + resourceName + ")");
    if (getrlimit(resource, &r) != 0)
        return {name, 0, unit, {QT_TRANSLATE_NOOP("Engine", "%1 failed"), {call}}};
    return {name,
            r.rlim_cur == RLIM_INFINITY ? UINT64_MAX : uint64_t(r.rlim_cur),
            unit,
            {QT_TRANSLATE_NOOP("Engine", "from %1"), {call}}};
}

} // namespace ipcscope
