#pragma once
// Waiting on a word in shared memory across processes: the run control
// (pause, step, go) wakes workers this way without any syscall on the fast path.
#include <atomic>
#include <cstdint>

namespace ipcscope {

// Sleeps while *word == expected, at most timeoutNs (0: no limit). Returns on
// wake-up, timeout, signal or when the value already differs.
void futexWait(std::atomic<uint32_t> *word, uint32_t expected, uint64_t timeoutNs = 0);
void futexWakeAll(std::atomic<uint32_t> *word);

} // namespace ipcscope
