#pragma once
// Move-only owners of the kernel resources a process holds: a descriptor and
// a System V attachment. Each lets go on scope exit, so a throw anywhere
// between acquiring and handing over leaks nothing. (A POSIX mapping is owned
// by PosixSegment and the telemetry block.)
#include <utility>

namespace ipcscope {

class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : m_fd(fd) {}
    UniqueFd(UniqueFd &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    UniqueFd &operator=(UniqueFd &&other) noexcept
    {
        if (this != &other)
            reset(std::exchange(other.m_fd, -1));
        return *this;
    }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    ~UniqueFd() { reset(); }

    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    // Hands the descriptor over; this owner forgets it.
    int release() { return std::exchange(m_fd, -1); }
    void reset(int fd = -1);

private:
    int m_fd = -1;
};

// shmat(2)'s mapping, detached (shmdt) on scope exit.
class ShmAttachment {
public:
    ShmAttachment() = default;
    // Attaches segment `shmid`; throws SysError.
    explicit ShmAttachment(int shmid, int flags = 0);
    ShmAttachment(ShmAttachment &&other) noexcept : m_base(std::exchange(other.m_base, nullptr)) {}
    ShmAttachment &operator=(ShmAttachment &&other) noexcept
    {
        if (this != &other) {
            detach();
            m_base = std::exchange(other.m_base, nullptr);
        }
        return *this;
    }
    ShmAttachment(const ShmAttachment &) = delete;
    ShmAttachment &operator=(const ShmAttachment &) = delete;
    ~ShmAttachment() { detach(); }

    void *data() const { return m_base; }
    void detach();

private:
    void *m_base = nullptr;
};

} // namespace ipcscope
