#pragma once
// Engine calls fail by throwing SysError: the worker turns it into a
// "failed(errno)" state and a one-line message naming the call.
#include <stdexcept>
#include <string>

namespace ipcscope {

class SysError : public std::runtime_error {
public:
    SysError(const std::string &call, int err);
    SysError(const std::string &call, int err, const std::string &detail);
    int error() const { return m_error; }

private:
    int m_error;
};

// Throws SysError(call, errno) when result is -1; returns result otherwise.
long checked(long result, const char *call);

} // namespace ipcscope
