#pragma once
// One clock for every stamp: CLOCK_MONOTONIC is shared by all processes on the
// machine, so a sender's stamp can be compared with a receiver's reading.
#include <cstdint>
#include <ctime>

namespace ipcscope {

inline uint64_t monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return uint64_t(ts.tv_sec) * 1'000'000'000ull + uint64_t(ts.tv_nsec);
}

inline timespec toTimespec(uint64_t ns)
{
    return timespec{time_t(ns / 1'000'000'000ull), long(ns % 1'000'000'000ull)};
}

} // namespace ipcscope
