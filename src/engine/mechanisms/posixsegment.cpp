#include "posixsegment.h"

#include "../ownership.h"
#include "../resources.h"
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
    const UniqueFd fd(shm_open(name.c_str(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600));
    if (!fd.valid())
        throw SysError("shm_open(" + name + ")", errno);
    // Reserved now, not on first touch: a full /dev/shm is ENOSPC here
    // instead of SIGBUS in the middle of a run.
    if (const int err = posix_fallocate(fd.get(), 0, off_t(size)); err != 0) {
        shm_unlink(name.c_str());
        throw SysError("posix_fallocate(" + name + ", " + std::to_string(size) + " B)", err);
    }
    void *base = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd.get(), 0);
    if (base == MAP_FAILED) {
        const int err = errno;
        shm_unlink(name.c_str());
        throw SysError("mmap(" + name + ")", err);
    }
    PosixSegment segment;
    segment.m_base = base;
    segment.m_size = size;
    return segment;
}

PosixSegment PosixSegment::open(const std::string &name)
{
    const UniqueFd fd = openOwnSegment(name, O_RDWR);
    struct stat st {};
    if (fstat(fd.get(), &st) != 0)
        throw SysError("fstat(" + name + ")", errno);
    PosixSegment segment;
    segment.m_base = mapShared(fd.get(), size_t(st.st_size), name);
    segment.m_size = size_t(st.st_size);
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
