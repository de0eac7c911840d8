#pragma once
// A log-linear latency histogram: exact below 16 ns, then 8 buckets per power
// of two (at most 12.5 % wide), so recording is a shift and an add and the whole
// range from nanoseconds to hours fits in a fixed array in shared memory.
#include <array>
#include <cstdint>

namespace ipcscope {

constexpr int kLatencyBuckets = 16 + 60 * 8;

constexpr int latencyBucket(uint64_t ns)
{
    if (ns < 16)
        return int(ns);
    const int exponent = 63 - __builtin_clzll(ns); // >= 4
    const int sub = int((ns >> (exponent - 3)) & 7);
    return 16 + (exponent - 4) * 8 + sub;
}

// The smallest value that falls into bucket `index`.
constexpr uint64_t latencyBucketLow(int index)
{
    if (index < 16)
        return uint64_t(index);
    const int exponent = (index - 16) / 8 + 4;
    const uint64_t sub = uint64_t((index - 16) % 8);
    return (8 + sub) << (exponent - 3);
}

constexpr uint64_t latencyBucketHigh(int index)
{
    return index + 1 < kLatencyBuckets ? latencyBucketLow(index + 1) - 1 : UINT64_MAX;
}

using LatencyCounts = std::array<uint64_t, kLatencyBuckets>;

// The smallest and largest values recorded, exact, beside the histogram.
struct LatencyRange {
    uint64_t minNs = 0;
    uint64_t maxNs = UINT64_MAX;
};

// The value below which `fraction` (0..1) of the samples lie, in ns, or 0 when
// there are no samples. Inside its bucket it is interpolated as if the bucket's
// samples were spread evenly over the part of it within `observed`, so that a
// quantile never leaves the observed minimum and maximum: p0 is the minimum,
// p100 the maximum, and p99 is never above the maximum.
double latencyPercentile(const LatencyCounts &counts, double fraction, LatencyRange observed = {});

} // namespace ipcscope
