#include "resources.h"

#include "syserror.h"

#include <sys/shm.h>
#include <unistd.h>

#include <cerrno>

namespace ipcscope {

void UniqueFd::reset(int fd)
{
    if (m_fd >= 0)
        close(m_fd);
    m_fd = fd;
}

ShmAttachment::ShmAttachment(int shmid, int flags)
{
    void *base = shmat(shmid, nullptr, flags);
    if (base == reinterpret_cast<void *>(-1))
        throw SysError("shmat", errno);
    m_base = base;
}

void ShmAttachment::detach()
{
    if (m_base)
        shmdt(std::exchange(m_base, nullptr));
}

} // namespace ipcscope
