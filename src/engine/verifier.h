#pragma once
// The receiver's bookkeeping: checks every message's frame and checksum and
// classifies it as new, duplicated (seen before by any consumer of the run),
// reordered (older than one this consumer already had from that producer) or
// corrupted. Lost messages are what producers sent and no consumer saw.
//
// A payload is checked byte for byte against what its producer is known to
// send (its PayloadTemplate); the header's checksum covers the header fields,
// the payload's hash and the trailer. The check may run where the message
// lies — in a ring slot, without copying it out (Endpoint::receiveChecked) —
// and the bookkeeping afterwards on a copy of the header alone.
//
// "Seen" is a bitmap per producer, shared by all consumers of a run, indexed by
// sequence number modulo a window of 2^kSeenBitsLog2. Consumers clear the bits
// half a window ahead of the newest sequence they saw, so the window can be
// reused in endless runs; a duplicate is caught if it arrives within half a
// window (8 million messages) of the original.
#include "message.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace ipcscope {

constexpr uint32_t kSeenBitsLog2 = 24;

class Verifier {
public:
    enum class Outcome { New, Reordered, Duplicate, Corrupted, End };

    struct Options {
        int producers = 1;
        size_t size = kHeaderSize; // every message of the run has this size
        std::string payloadText;   // empty: each producer's default text
        bool signalFrames = false; // messages synthesised from signals
        // Producer p's shared "seen" bitmap; empty: private bitmaps.
        std::function<std::atomic<uint64_t> *(int)> seenBitmap;
        bool soleConsumer = true; // nobody else writes the bitmap: no atomic RMW needed
    };
    explicit Verifier(const Options &options);
    ~Verifier();
    Verifier(const Verifier &) = delete;
    Verifier &operator=(const Verifier &) = delete;

    // Every writer of the messages runs on this worker's one CPU: a message
    // checked in place is near, and its lines are not asked for ahead
    // (intactInPlace). Known only once the run goes; until then, false.
    void setWritersOnThisCpu(bool onThisCpu) { m_writersOnThisCpu = onThisCpu; }

    // intact() and then classify(): a message in one piece of memory.
    Outcome check(const uint8_t *message, size_t len);
    // Whether the message of `len` bytes at `message` is a well-formed frame
    // of this run with every byte as its producer sent it; reads nothing
    // beyond its header unless the lengths agree.
    bool intact(const uint8_t *message, size_t len) const;
    // intact() of a message where its producer wrote it, in shared memory:
    // its lines are asked for ahead of the compare, unless its writers run on
    // this CPU.
    bool intactInPlace(const uint8_t *message, size_t len) const;
    // Classifies a message whose header is `header`, given what intact() said
    // of it (`len` is its length as received).
    Outcome classify(const MessageHeader &header, size_t len, bool intact);

private:
    bool markSeen(uint16_t producer, uint64_t seq);
    bool checkIntact(const uint8_t *message, size_t len, bool askAhead) const;
    bool payloadIntact(const MessageHeader &h, const uint8_t *message, size_t len, bool askAhead) const;

    int m_producers;
    size_t m_size;
    bool m_signalFrames;
    bool m_soleConsumer;
    bool m_writersOnThisCpu = false;
    std::vector<PayloadTemplate> m_payloads;
    std::vector<std::atomic<uint64_t> *> m_bitmaps;
    std::vector<uint64_t> m_newest; // per producer: newest seq + 1, 0 when none yet
    void *m_private = nullptr;
    size_t m_privateSize = 0;
};

} // namespace ipcscope
