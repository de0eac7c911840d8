#pragma once
// The frame every message carries, whatever the mechanism: who sent it, its
// sequence number, its size, when it was sent and a checksum, so that the
// receiver can count lost, duplicated, reordered and corrupted messages.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ipcscope {

struct MessageHeader {
    uint32_t magic;
    uint32_t size;   // the whole message, header included
    uint64_t seq;    // per producer, from 0
    uint64_t sendNs; // CLOCK_MONOTONIC when the producer handed it over
    uint16_t producer;
    uint16_t flags;
    uint32_t checksum; // payload hash mixed with the fields above
};
static_assert(sizeof(MessageHeader) == 32);

constexpr uint32_t kMessageMagic = 0x53435049; // "IPCS"
constexpr size_t kHeaderSize = sizeof(MessageHeader);
// A message with room for it ends with its sequence number again, so that a
// message torn anywhere between its first and last bytes (two writers in one
// slot, a reader racing a writer) fails the check although the payload text
// in between is the same for every message of a producer.
constexpr size_t kTrailerSize = sizeof(uint64_t);
constexpr bool hasTrailer(size_t size)
{
    return size >= kHeaderSize + kTrailerSize;
}

enum MessageFlag : uint16_t {
    kEndOfStream = 1, // tells one consumer to stop; carries no data
    kNoPayload = 2,   // a signal: only the header fields it could carry are real
    kAnonymous = 4,   // a standard signal: not even producer and sequence are known
};

// What a consumer keeps of a message it checked where it lay (a ring slot):
// the header and the first payload bytes, which its events show.
constexpr size_t kKeptBytes = kHeaderSize + 16;

// Room before every message buffer that a mechanism may use for its own
// framing (System V's mtype), so that no mechanism needs an extra copy.
constexpr size_t kHeadroom = 16;

// The checksum of a message: its header fields, the hash of its payload text
// (between header and trailer) and its trailer.
uint32_t messageChecksum(const MessageHeader &header, uint64_t payloadHash, uint64_t trailer);
uint64_t payloadHash(const void *payload, size_t len);

enum class Verdict { Ok, Corrupted, End };
Verdict verifyMessage(const void *message, size_t receivedLen);

// Owns a buffer for one message with kHeadroom bytes in front of it. The
// message starts on a cache line (64 bytes), as a bare loop's malloc'd or
// static buffer of that size would, so that copies in and out of the kernel
// or a ring slot never straddle one line more than they must.
class MessageBuffer {
public:
    static constexpr size_t kAlignment = 64;
    explicit MessageBuffer(size_t size);
    uint8_t *data() { return m_storage.get() + kAlignment; }
    const uint8_t *data() const { return m_storage.get() + kAlignment; }
    size_t size() const { return m_size; }

private:
    struct Free {
        void operator()(uint8_t *p) const;
    };
    std::unique_ptr<uint8_t, Free> m_storage; // kAlignment bytes (headroom at their end), then the message
    size_t m_size;
};

// What producer `producer` puts between header and trailer: its payload text
// repeated. A receiver checks every byte of a payload against it where the
// payload lies (a ring slot, a receive buffer), piece by piece against a short
// image of whole repetitions of the text: the image stays in L1, so the check
// reads the payload once and nothing else of size, instead of comparing it
// with a template as large as the message. Where the CPU allows and the
// payload is near, the text's lines are held in registers instead and the
// payload is all the check reads (comparesInRegisters()).
//
// The image lies as a payload does, kHeaderSize bytes past a cache line's
// start (messages and ring slots start on lines), and each piece is a whole
// number of lines where the text allows: so every piece of a payload and the
// image are aligned alike, and the compare's loads do not straddle lines (a
// 64 KiB payload just written: 771 ns misaligned, 621 ns aligned;
// docs/benchmarks.md, eighteenth round).
class PayloadTemplate {
public:
    // The image: the text repeated a whole number of times, up to this long
    // (a whole number of cache lines too, where that fits).
    static constexpr size_t kImageBytes = 4096;

    PayloadTemplate(uint16_t producer, size_t size, const std::string &payloadText);
    // A copy places its image anew: its storage lies elsewhere, as far from a
    // line as it happens to.
    PayloadTemplate(const PayloadTemplate &other);
    PayloadTemplate &operator=(const PayloadTemplate &other);
    PayloadTemplate(PayloadTemplate &&) noexcept = default;
    PayloadTemplate &operator=(PayloadTemplate &&) noexcept = default;
    size_t length() const { return m_length; } // of the payload text in a message
    uint64_t hash() const { return m_hash; }   // payloadHash() of the whole payload text
    // Whether `payload` (length() bytes) is exactly this producer's text.
    // askAhead: ask for the payload's lines a piece ahead of the compare (a
    // piece is at most kImageBytes), for a payload another CPU may have
    // just written (a ring slot; not shm-mutex's, whose check holds a lock).
    bool matches(const uint8_t *payload, bool askAhead) const;
    // Whether matches() holds a block of the text's lines in registers and
    // reads only the payload (repeatedlines.h), where not asked ahead: on a
    // CPU with AVX-512, for a text whose lines repeat within 15 or 16 lines.
    bool comparesInRegisters() const { return m_blockLines != 0; }
    // Writes the payload text, length() bytes.
    void fill(uint8_t *out) const;

private:
    // The image's first byte in m_storage: kHeaderSize bytes past a line, as
    // a payload's.
    const uint8_t *image() const;

    std::vector<uint8_t> m_storage; // the image, and room to place it
    size_t m_imageSize = 0;
    int m_blockLines = 0; // of the compare in registers; 0: against the image
    size_t m_length;
    uint64_t m_hash;
};

// The length of the payload text in a message of `size` bytes.
constexpr size_t payloadTextLength(size_t size)
{
    return size - kHeaderSize - (hasTrailer(size) ? kTrailerSize : 0);
}

// Builds a producer's messages: the payload text is laid out once, so sending
// costs only the header stamp and never another pass over the payload.
//
// The stamp writes the header's changing bytes as whole 8-byte words (and
// the trailer as one), and copyMessage() reads a short message's header and
// trailer in the same words: a load that spans more than one recent store
// cannot take its bytes from the store buffer and waits until every older
// store has reached the cache — on a ring, the previous message's stores
// into a slot whose line is still on its way from the other CPU
// (docs/benchmarks.md, fifteenth round).
class MessageBuilder {
public:
    MessageBuilder(uint16_t producer, size_t size, const std::string &payloadText);
    // Stamps seq and send time into the header and returns the message.
    const uint8_t *stamp(uint64_t seq, uint64_t sendNs, uint16_t flags = 0);
    // The header as last stamped, without reading the message back.
    const MessageHeader &header() const { return m_header; }
    uint8_t *data() { return m_buffer.data(); }
    size_t size() const { return m_buffer.size(); }

private:
    MessageBuffer m_buffer;
    MessageHeader m_header;
    uint64_t m_payloadHash;
};

// memcpy(to, from, len). A message with a trailer and of up to 1 KiB is
// copied in pieces, its header and trailer in the 8-byte words
// MessageBuilder::stamp writes (see there); any other length whole. For any
// bytes.
void copyMessage(uint8_t *to, const uint8_t *from, size_t len);

// The payload text of producer `producer`, as the messages carry it.
std::string defaultPayloadText(int producer);

} // namespace ipcscope
