#pragma once
// Which of a producer's messages carry a send stamp. A producer that sends a
// message every kFastNs or faster stamps one message in kStride and sends the
// others with sendNs 0; its consumer reads the clock only for a stamped
// message. Every message is still checked and counted; the latency histogram
// is then a regular sample of one message in kStride (thousands a second at
// that rate), and the times the counters and events carry are at most kStride
// messages old (under 160 microseconds). Slower than that — paced, paused, or
// a mechanism that blocks — every message is stamped and timed.
//
// Why 10 µs: a clock read is not the 20 ns of a tight loop once a system call
// has run. On the measured machine (a VM) the vDSO read after each recv cost
// 80-110 ns in cpu-clock samples, most of them on its first loads. Two reads
// a message at 4 KiB, where a message takes 3-4 µs, were worth 8 % of
// unix-dgram's speed on two CPUs (docs/benchmarks.md, nineteenth round).
// From 10 µs a message up, the two reads (about 200 ns) are at most 2 % of a
// message's time; below it they are read for one message in kStride.
#include <cstdint>

namespace ipcscope {

class StampPolicy {
public:
    static constexpr uint64_t kStride = 16;
    static constexpr uint64_t kFastNs = 10'000;

    // count: the messages the run sends (0: until stopped), whose last one is
    // always stamped, as the run's last byte; everyMessage: no sampling at all.
    StampPolicy(uint64_t count, bool everyMessage) : m_count(count), m_every(everyMessage) {}

    bool due(uint64_t seq) const { return m_every || seq >= m_next || seq + 1 == m_count; }
    // Message `seq` went with the stamp `ns`.
    void stamped(uint64_t seq, uint64_t ns)
    {
        const bool fast = m_any && seq > m_seq && ns - m_ns < kFastNs * (seq - m_seq);
        m_next = seq + (fast ? kStride : 1);
        m_seq = seq;
        m_ns = ns;
        m_any = true;
    }

private:
    uint64_t m_count;
    bool m_every;
    bool m_any = false;
    uint64_t m_next = 0;
    uint64_t m_seq = 0;
    uint64_t m_ns = 0;
};

} // namespace ipcscope
