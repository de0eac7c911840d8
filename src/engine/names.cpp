#include "names.h"

#include "syserror.h"

#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ipcscope {

namespace {
constexpr std::string_view kPrefix = "ipcscope-";

bool parseDecimal(std::string_view text, uint64_t &value)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

// "<pid>-<pidns>-<random>": the part of every name that says who made it.
std::string origin()
{
    return std::to_string(getpid()) + "-" + std::to_string(pidNamespace());
}
} // namespace

uint64_t randomBits()
{
    uint64_t value = 0;
    auto *out = reinterpret_cast<unsigned char *>(&value);
    size_t got = 0;
    while (got < sizeof value) {
        const ssize_t n = getrandom(out + got, sizeof value - got, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw SysError("getrandom", errno);
        got += size_t(n);
    }
    return value;
}

std::string randomHex()
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(randomBits()));
    return text;
}

uint64_t pidNamespace()
{
    static const uint64_t inode = [] {
        struct stat st {};
        return stat("/proc/self/ns/pid", &st) == 0 ? uint64_t(st.st_ino) : uint64_t(0);
    }();
    return inode;
}

std::string uniquePosixName(const std::string &what)
{
    return "/" + std::string(kPrefix) + origin() + "-" + randomHex() + "-" + what;
}

std::string makePrivateDirectory()
{
    const char *tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/" + std::string(kPrefix) + origin() + "-XXXXXX";
    if (!mkdtemp(pattern.data()))
        throw SysError("mkdtemp(" + pattern + ")", errno);
    return pattern;
}

bool parseOurName(const std::string &base, NameOrigin &o)
{
    std::string_view rest = base;
    if (rest.substr(0, kPrefix.size()) != kPrefix)
        return false;
    rest.remove_prefix(kPrefix.size());
    uint64_t fields[2];
    for (uint64_t &field : fields) {
        const size_t dash = rest.find('-');
        if (dash == std::string_view::npos || !parseDecimal(rest.substr(0, dash), field))
            return false;
        rest.remove_prefix(dash + 1);
    }
    if (fields[0] == 0 || fields[0] > uint64_t(INT32_MAX))
        return false;
    o.pid = pid_t(fields[0]);
    o.pidNamespace = fields[1];
    return true;
}

key_t randomSysvKey()
{
    return kSysvKeyPrefix | key_t(randomBits() & 0xffff);
}

bool isOurKey(key_t key)
{
    return (key & kSysvKeyMask) == kSysvKeyPrefix;
}

} // namespace ipcscope
