#include "limits.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <climits>
#include <fstream>

namespace ipcscope {

std::string formatLimit(const Limit &limit)
{
    return limit.name + " " + std::to_string(limit.value) + (limit.unit.empty() ? "" : " " + limit.unit) + " (" +
           limit.source + ")";
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

Limit procLimit(const std::string &name, const std::string &path, uint64_t fallback, const std::string &unit, int field)
{
    if (const auto value = readProcNumber(path, field))
        return {name, *value, unit, "from " + path};
    return {name, fallback, unit, path + " unreadable, kernel default"};
}

Limit pipeBufLimit()
{
    int fds[2];
    long value = PIPE_BUF;
    std::string source = "PIPE_BUF from <limits.h>";
    if (pipe2(fds, O_CLOEXEC) == 0) {
        const long asked = fpathconf(fds[0], _PC_PIPE_BUF);
        if (asked > 0) {
            value = asked;
            source = "from fpathconf(_PC_PIPE_BUF)";
        }
        close(fds[0]);
        close(fds[1]);
    }
    return {"atomic write (PIPE_BUF)", uint64_t(value), "B", source};
}

Limit pipeCapacityLimit()
{
    int fds[2];
    uint64_t value = 65536;
    std::string source = "kernel default";
    if (pipe2(fds, O_CLOEXEC) == 0) {
        const int size = fcntl(fds[0], F_GETPIPE_SZ);
        if (size > 0) {
            value = uint64_t(size);
            source = "from fcntl(F_GETPIPE_SZ) of a new pipe";
        }
        close(fds[0]);
        close(fds[1]);
    }
    return {"capacity", value, "B", source};
}

Limit rlimitLimit(const std::string &name, int resource, const std::string &unit, const std::string &resourceName)
{
    rlimit r{};
    if (getrlimit(resource, &r) != 0)
        return {name, 0, unit, "getrlimit(" + resourceName + ") failed"};
    return {name, r.rlim_cur == RLIM_INFINITY ? UINT64_MAX : uint64_t(r.rlim_cur), unit,
            "from getrlimit(" + resourceName + ")"};
}

} // namespace ipcscope
