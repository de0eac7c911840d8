#pragma once
// A worker's side of its telemetry slot: counters, latency, the event ring.
// Only this worker writes the slot, so every update is a plain relaxed store;
// when `live` is off (a bare benchmark run) only the counters are kept.
#include "message.h"
#include "telemetry.h"

namespace ipcscope {

class SlotWriter {
public:
    // At full speed the animation needs a sample of the messages, not each
    // one. A token bucket lets through one message event per this many
    // nanoseconds on average, in bursts of up to kEventBurst, so that a run
    // slow enough to follow records every message, bursts included.
    static constexpr uint64_t kEventSpacingNs = 20'000;
    static constexpr double kEventBurst = 64;

    SlotWriter(WorkerSlot *slot, bool live);
    // Follow the run's sampling rule (ControlBlock::eventEvery): at speed a
    // message's event is published by seq, the same on both sides.
    void followSampling(const ControlBlock *control) { m_control = control; }

    WorkerSlot *slot() const { return m_slot; }
    bool live() const { return m_live; }

    void sent(const MessageHeader &h, const uint8_t *payload, uint64_t nowNs, uint16_t place = 0);
    // timedFairly: false when the message's time includes a Pause, which
    // would make its latency the lecturer's, not the mechanism's.
    void received(const MessageHeader &h, const uint8_t *payload, uint64_t nowNs, uint16_t place = 0,
                  bool timedFairly = true);
    void corrupted(const uint8_t *message, size_t len, uint64_t nowNs);
    void duplicated(const MessageHeader &h, uint64_t nowNs);
    void reordered() { add(m_slot->reordered, 1); }
    // Ping-pong: the pinger's message came back after `roundTripNs`.
    void echoed(uint64_t roundTripNs, uint64_t nowNs, bool timedFairly = true);
    void endOfStream(uint64_t nowNs);
    // A semaphore or lock operation completed; only recorded while the run
    // is slow enough to be followed (rate-limited or paused).
    void opDone(Op op, uint8_t object);
    void queued(uint64_t bytes, uint64_t capacity, uint64_t kernelDrops);
    // Records CPU time and context switches of this process (getrusage).
    void recordUsage();

    static void add(std::atomic<uint64_t> &counter, uint64_t delta)
    {
        counter.store(counter.load(std::memory_order_relaxed) + delta, std::memory_order_relaxed);
    }

private:
    void taken(const MessageHeader &h);
    void recordLatency(uint64_t ns);
    void event(EventKind kind, uint64_t nowNs, uint64_t seq, uint16_t producer, uint16_t place, uint32_t size,
               const uint8_t *head, size_t headLen);
    void touch(uint64_t nowNs);

    bool dueForEvent(uint64_t nowNs);
    bool dueForMessageEvent(uint64_t seq, uint64_t nowNs);

    WorkerSlot *m_slot;
    const ControlBlock *m_control = nullptr;
    bool m_live;
    uint64_t m_events = 0;
    uint64_t m_lastMessageEventNs = 0;
    double m_eventBudget = kEventBurst;
    uint64_t m_taken[kMaxProducers] = {}; // as in the slot's takenFrom: read here, not back from the shared line
};

} // namespace ipcscope
