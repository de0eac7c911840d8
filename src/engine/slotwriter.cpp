#include "slotwriter.h"

#include "clock.h"
#include "histogram.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstring>

namespace ipcscope {

SlotWriter::SlotWriter(WorkerSlot *slot, bool live)
    : m_slot(slot), m_live(live), m_events(slot->eventCount.load(std::memory_order_relaxed))
{
    m_slot->live.store(live ? 1 : 0, std::memory_order_relaxed);
    for (int p = 0; p < kMaxProducers; ++p)
        m_taken[p] = slot->takenFrom[p].load(std::memory_order_relaxed);
}

void SlotWriter::touch(uint64_t nowNs)
{
    if (m_slot->firstNs.load(std::memory_order_relaxed) == 0)
        m_slot->firstNs.store(nowNs, std::memory_order_relaxed);
    m_slot->lastNs.store(nowNs, std::memory_order_relaxed);
}

void SlotWriter::event(EventKind kind, uint64_t nowNs, uint64_t seq, uint16_t producer, uint16_t place, uint32_t size,
                       const uint8_t *head, size_t headLen)
{
    Event &e = m_slot->events[m_events % kEventRing];
    // A reader that sees any of these stores must also see the count that
    // says this entry is being rewritten (pairs with the fence in readEvents).
    std::atomic_thread_fence(std::memory_order_release);
    e.tNs.store(nowNs, std::memory_order_relaxed);
    e.seq.store(seq, std::memory_order_relaxed);
    e.info.store(uint64_t(kind) | uint64_t(producer & 0xff) << 8 | uint64_t(place) << 16 | uint64_t(size) << 32,
                 std::memory_order_relaxed);
    uint64_t words[2] = {0, 0};
    if (head)
        std::memcpy(words, head, std::min(headLen, sizeof words));
    e.head[0].store(words[0], std::memory_order_relaxed);
    e.head[1].store(words[1], std::memory_order_relaxed);
    m_slot->eventCount.store(++m_events, std::memory_order_release);
}

bool SlotWriter::dueForMessageEvent(uint64_t seq, uint64_t nowNs)
{
    // By seq, not by time: a producer's and a consumer's time budgets pick
    // different messages, and a send would rarely have its receive.
    const uint32_t every = m_control ? m_control->eventEvery.load(std::memory_order_relaxed) : 0;
    if (every > 1)
        return seq % every == 0;
    return dueForEvent(nowNs);
}

bool SlotWriter::dueForEvent(uint64_t nowNs)
{
    // The same reading as the last message's (a message sent or received
    // without a clock read of its own, at full speed): no time has passed
    // for the bucket, so only what is left in it counts.
    if (nowNs == m_lastMessageEventNs && m_eventBudget < 1)
        return false;
    const uint64_t elapsed = nowNs > m_lastMessageEventNs ? nowNs - m_lastMessageEventNs : 0;
    m_lastMessageEventNs = nowNs;
    m_eventBudget = std::min(kEventBurst, m_eventBudget + double(elapsed) / double(kEventSpacingNs));
    if (m_eventBudget < 1)
        return false;
    m_eventBudget -= 1;
    return true;
}

void SlotWriter::sent(const MessageHeader &h, const uint8_t *payload, uint64_t nowNs, uint16_t place)
{
    add(m_slot->messages, 1);
    add(m_slot->bytes, h.size);
    touch(nowNs);
    if (m_live && dueForMessageEvent(h.seq, nowNs))
        // A signal's size (its sigval, or nothing) is below a header: no payload to show.
        event(EventKind::Sent, nowNs, h.seq, h.producer, place, h.size, payload,
              h.size > kHeaderSize ? h.size - kHeaderSize : 0);
}

void SlotWriter::taken(const MessageHeader &h)
{
    // A standard signal names no producer and carries no sequence number; an
    // older message than the newest (reordered) proves nothing more.
    if ((h.flags & kAnonymous) || h.producer >= kMaxProducers || h.seq + 1 <= m_taken[h.producer])
        return;
    m_taken[h.producer] = h.seq + 1;
    // Release: the session that reads this (acquire) and then the producer's
    // count finds there at least every send the producer counted before it
    // sent this message, as the channel handed it here after that count.
    m_slot->takenFrom[h.producer].store(h.seq + 1, std::memory_order_release);
}

void SlotWriter::received(const MessageHeader &h, const uint8_t *payload, uint64_t nowNs, uint16_t place,
                          bool timedFairly)
{
    add(m_slot->messages, 1);
    add(m_slot->bytes, h.size);
    taken(h); // with or without live telemetry: the run's counts depend on it
    touch(nowNs);
    if (!m_live)
        return;
    // A message without a send stamp (sendNs 0: one of the messages a fast
    // producer sends between two clock reads) has no latency to record.
    if (!(h.flags & kAnonymous) && timedFairly && h.sendNs)
        recordLatency(nowNs > h.sendNs ? nowNs - h.sendNs : 0);
    if (!dueForMessageEvent(h.seq, nowNs))
        return;
    const size_t payloadLen = (h.flags & (kNoPayload | kAnonymous)) ? 0 : h.size - kHeaderSize;
    event(EventKind::Received, nowNs, h.seq, h.producer, place, h.size, payloadLen ? payload : nullptr, payloadLen);
}

void SlotWriter::recordLatency(uint64_t ns)
{
    // The extremes before the count: readers bound the quantiles by them, and
    // a sample should be inside [min, max] by the time it is counted.
    const bool first = m_slot->latencyCount.load(std::memory_order_relaxed) == 0;
    if (first || ns < m_slot->latencyMinNs.load(std::memory_order_relaxed))
        m_slot->latencyMinNs.store(ns, std::memory_order_relaxed);
    if (ns > m_slot->latencyMaxNs.load(std::memory_order_relaxed))
        m_slot->latencyMaxNs.store(ns, std::memory_order_relaxed);
    add(m_slot->latency[latencyBucket(ns)], 1);
    add(m_slot->latencyCount, 1);
}

void SlotWriter::echoed(uint64_t roundTripNs, uint64_t nowNs, bool timedFairly)
{
    add(m_slot->echoes, 1);
    touch(nowNs);
    if (m_live && timedFairly)
        recordLatency(roundTripNs);
}

void SlotWriter::corrupted(const uint8_t *message, size_t len, uint64_t nowNs)
{
    add(m_slot->corrupted, 1);
    if (m_live)
        event(EventKind::Corrupted, nowNs, 0, 0, 0, uint32_t(len), message + std::min(len, kHeaderSize),
              len > kHeaderSize ? len - kHeaderSize : 0);
}

void SlotWriter::duplicated(const MessageHeader &h, uint64_t nowNs)
{
    add(m_slot->duplicated, 1);
    if (m_live)
        event(EventKind::Duplicated, nowNs, h.seq, h.producer, 0, h.size, nullptr, 0);
}

void SlotWriter::endOfStream(uint64_t nowNs)
{
    if (m_live)
        event(EventKind::EndOfStream, nowNs, 0, 0, 0, 0, nullptr, 0);
}

void SlotWriter::opDone(Op op, uint8_t object)
{
    if (m_live)
        event(EventKind::OpDone, monotonicNs(), 0, 0, object, uint32_t(op), nullptr, 0);
}

void SlotWriter::queued(uint64_t bytes, uint64_t capacity, uint64_t kernelDrops)
{
    m_slot->queuedBytes.store(bytes, std::memory_order_relaxed);
    m_slot->capacityBytes.store(capacity, std::memory_order_relaxed);
    m_slot->kernelDrops.store(kernelDrops, std::memory_order_relaxed);
}

void SlotWriter::recordUsage()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const auto ns = [](const timeval &t) {
        return uint64_t(t.tv_sec) * 1'000'000'000ull + uint64_t(t.tv_usec) * 1000ull;
    };
    m_slot->cpuNs.store(ns(u.ru_utime) + ns(u.ru_stime), std::memory_order_relaxed);
    m_slot->voluntaryCtxt.store(uint64_t(u.ru_nvcsw), std::memory_order_relaxed);
    m_slot->involuntaryCtxt.store(uint64_t(u.ru_nivcsw), std::memory_order_relaxed);
}

} // namespace ipcscope
