#include "histogram.h"

#include <algorithm>

namespace ipcscope {

double latencyPercentile(const LatencyCounts &counts, double fraction, LatencyRange observed)
{
    uint64_t total = 0;
    for (uint64_t c : counts)
        total += c;
    if (total == 0)
        return 0;
    if (observed.minNs > observed.maxNs) // no sample recorded beside the counts: no bounds
        observed = {};
    const double rank = (fraction > 0 ? std::min(fraction, 1.0) : 0.0) * double(total); // NaN reads as 0
    const double min = double(observed.minNs);
    const double max = double(observed.maxNs);
    uint64_t below = 0;
    for (int i = 0; i < kLatencyBuckets; ++i) {
        const uint64_t c = counts[size_t(i)];
        if (c == 0 || double(below + c) < rank) {
            below += c;
            continue;
        }
        const double share = (rank - double(below)) / double(c);
        const double low = double(latencyBucketLow(i));
        const double high = double(latencyBucketHigh(i));
        const double from = std::max(low, min);
        const double to = std::min(high, max);
        if (from <= to)
            return from + share * (to - from);
        // The extremes were read a moment apart from the counts: they still bound.
        return std::clamp(low + share * (high - low), min, max);
    }
    return 0; // not reached: the last bucket with samples holds rank `total`
}

} // namespace ipcscope
