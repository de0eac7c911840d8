#pragma once
// A POSIX shared-memory segment (shm_open + ftruncate + mmap), as the lecture
// makes it: a file in /dev/shm mapped into every process that opens it.
#include <cstddef>
#include <string>

namespace ipcscope {

class PosixSegment {
public:
    // Creates name (O_EXCL, mode 0600) with `size` zeroed bytes.
    static PosixSegment create(const std::string &name, size_t size);
    static PosixSegment open(const std::string &name);

    PosixSegment() = default;
    PosixSegment(PosixSegment &&other) noexcept;
    PosixSegment &operator=(PosixSegment &&other) noexcept;
    ~PosixSegment();

    void *data() const { return m_base; }
    size_t size() const { return m_size; }

private:
    void *m_base = nullptr;
    size_t m_size = 0;
};

} // namespace ipcscope
