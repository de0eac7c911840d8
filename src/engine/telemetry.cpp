#include "telemetry.h"

#include <algorithm>
#include <cstring>

namespace ipcscope {

uint64_t readEvents(const WorkerSlot &slot, uint64_t from, std::vector<EventRecord> &out)
{
    const uint64_t end = slot.eventCount.load(std::memory_order_acquire);
    // One entry is kept back: the writer may be filling it before it publishes.
    const uint64_t window = kEventRing - 1;
    const uint64_t begin = std::max(from, end > window ? end - window : 0);
    const size_t first = out.size();
    for (uint64_t i = begin; i < end; ++i) {
        const Event &e = slot.events[i % kEventRing];
        EventRecord r{};
        r.index = i;
        r.tNs = e.tNs.load(std::memory_order_relaxed);
        r.seq = e.seq.load(std::memory_order_relaxed);
        const uint64_t info = e.info.load(std::memory_order_relaxed);
        r.kind = EventKind(info & 0xff);
        r.producer = uint16_t((info >> 8) & 0xff);
        r.place = uint16_t((info >> 16) & 0xffff);
        r.size = uint32_t(info >> 32);
        r.op = r.kind == EventKind::OpDone ? Op(r.size) : Op::None;
        // Written by another process: a value no writer of ours makes is dropped.
        if (r.kind > EventKind::EndOfStream || r.op > kLastOp)
            continue;
        const uint64_t head[2] = {e.head[0].load(std::memory_order_relaxed), e.head[1].load(std::memory_order_relaxed)};
        std::memcpy(r.head, head, sizeof r.head);
        out.push_back(r);
    }
    // The writer may have lapped us while we copied: drop what it overwrote.
    // The fence keeps the copies above before this second look at the count.
    std::atomic_thread_fence(std::memory_order_acquire);
    const uint64_t after = slot.eventCount.load(std::memory_order_relaxed);
    const uint64_t oldestIntact = after > window ? after - window : 0;
    out.erase(std::remove_if(out.begin() + long(first), out.end(),
                             [&](const EventRecord &r) { return r.index < oldestIntact; }),
              out.end());
    return end;
}

LatencyCounts readLatency(const WorkerSlot &slot)
{
    LatencyCounts counts{};
    for (int i = 0; i < kLatencyBuckets; ++i)
        counts[size_t(i)] = slot.latency[i].load(std::memory_order_relaxed);
    return counts;
}

} // namespace ipcscope
