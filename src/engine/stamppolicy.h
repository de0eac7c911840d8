#pragma once
// Which of a producer's messages carry a send stamp. A clock read costs about
// 20 ns on the machines measured, as much as the rest of the engine's work on
// a 64-byte pipe message, so a producer that sends a message every kFastNs or
// faster stamps one message in kStride and sends the others with sendNs 0;
// its consumer reads the clock only for a stamped message. Every message is
// still checked and counted; the latency histogram is then a regular sample
// of one message in kStride (tens of thousands a second at that rate), and
// the times the counters and events carry are at most kStride messages old
// (tens of microseconds). Slower than that — paced, paused, or a mechanism
// that blocks — every message is stamped and timed.
#include <cstdint>

namespace ipcscope {

class StampPolicy {
public:
    static constexpr uint64_t kStride = 16;
    static constexpr uint64_t kFastNs = 2'000;

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
