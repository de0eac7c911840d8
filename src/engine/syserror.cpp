#include "syserror.h"

#include <cerrno>
#include <cstring>

namespace ipcscope {

SysError::SysError(const std::string &call, int err)
    : std::runtime_error(call + ": " + std::strerror(err)), m_error(err)
{
}

SysError::SysError(const std::string &call, int err, const std::string &detail)
    : std::runtime_error(call + ": " + std::strerror(err) + (detail.empty() ? "" : " (" + detail + ")")), m_error(err)
{
}

long checked(long result, const char *call)
{
    if (result == -1)
        throw SysError(call, errno);
    return result;
}

} // namespace ipcscope
