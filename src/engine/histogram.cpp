#include "histogram.h"

#include <cmath>

namespace ipcscope {

uint64_t latencyPercentile(const LatencyCounts &counts, double fraction)
{
    uint64_t total = 0;
    for (uint64_t c : counts)
        total += c;
    if (total == 0)
        return 0;
    const uint64_t rank = std::max<uint64_t>(1, uint64_t(std::ceil(fraction * double(total))));
    uint64_t seen = 0;
    for (int i = 0; i < kLatencyBuckets; ++i) {
        seen += counts[size_t(i)];
        if (seen >= rank)
            return latencyBucketLow(i) + (latencyBucketHigh(i) - latencyBucketLow(i)) / 2;
    }
    return latencyBucketLow(kLatencyBuckets - 1);
}

} // namespace ipcscope
