#include "futex.h"

#include "clock.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <climits>

namespace ipcscope {

static_assert(sizeof(std::atomic<uint32_t>) == sizeof(uint32_t) && std::atomic<uint32_t>::is_always_lock_free);

void futexWait(std::atomic<uint32_t> *word, uint32_t expected, uint64_t timeoutNs)
{
    // Not FUTEX_PRIVATE: the word lives in memory shared by several processes.
    timespec ts = toTimespec(timeoutNs);
    syscall(SYS_futex, reinterpret_cast<uint32_t *>(word), FUTEX_WAIT, expected, timeoutNs ? &ts : nullptr, nullptr, 0);
}

void futexWakeAll(std::atomic<uint32_t> *word)
{
    syscall(SYS_futex, reinterpret_cast<uint32_t *>(word), FUTEX_WAKE, INT_MAX, nullptr, nullptr, 0);
}

} // namespace ipcscope
