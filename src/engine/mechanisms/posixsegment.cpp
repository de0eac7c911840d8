#include "posixsegment.h"

#include "../syserror.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

namespace ipcscope {

namespace {
void *mapShared(int fd, size_t size, const std::string &name)
{
    void *p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED)
        throw SysError("mmap(" + name + ")", errno);
    return p;
}
} // namespace

PosixSegment PosixSegment::create(const std::string &name, size_t size)
{
    const int fd = shm_open(name.c_str(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        throw SysError("shm_open(" + name + ")", errno);
    PosixSegment segment;
    try {
        if (ftruncate(fd, off_t(size)) != 0)
            throw SysError("ftruncate(" + name + ")", errno);
        segment.m_base = mapShared(fd, size, name);
        segment.m_size = size;
    } catch (...) {
        close(fd);
        shm_unlink(name.c_str());
        throw;
    }
    close(fd);
    return segment;
}

PosixSegment PosixSegment::open(const std::string &name)
{
    const int fd = shm_open(name.c_str(), O_RDWR | O_CLOEXEC, 0);
    if (fd < 0)
        throw SysError("shm_open(" + name + ")", errno);
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        const int err = errno;
        close(fd);
        throw SysError("fstat(" + name + ")", err);
    }
    PosixSegment segment;
    try {
        segment.m_base = mapShared(fd, size_t(st.st_size), name);
        segment.m_size = size_t(st.st_size);
    } catch (...) {
        close(fd);
        throw;
    }
    close(fd);
    return segment;
}

PosixSegment::PosixSegment(PosixSegment &&other) noexcept
    : m_base(std::exchange(other.m_base, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

PosixSegment &PosixSegment::operator=(PosixSegment &&other) noexcept
{
    if (this != &other) {
        if (m_base)
            munmap(m_base, m_size);
        m_base = std::exchange(other.m_base, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

PosixSegment::~PosixSegment()
{
    if (m_base)
        munmap(m_base, m_size);
}

} // namespace ipcscope
