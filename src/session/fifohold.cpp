#include "fifohold.h"

#include "engine/syserror.h"

#include <fcntl.h>

#include <algorithm>

namespace ipcscope {

std::string FifoHold::hold(int slot, const std::string &path)
{
    const std::string call = "open(" + path + ", O_WRONLY | O_NONBLOCK)";
    UniqueFd fd(::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW));
    if (!fd.valid())
        throw SysError(call, errno);
    const std::string made = call + " = " + std::to_string(fd.get());
    m_held.push_back({slot, std::move(fd)});
    return made;
}

void FifoHold::release(const QVector<WorkerSnapshot> &workers)
{
    std::erase_if(m_held, [&workers](const Held &h) {
        if (h.slot >= workers.size())
            return false;
        const WorkerSnapshot &w = workers[h.slot];
        return w.exited || w.state.state != WorkerState::Starting;
    });
}

bool FifoHold::drop(int slot)
{
    return std::erase_if(m_held, [slot](const Held &h) { return h.slot == slot; }) > 0;
}

} // namespace ipcscope
