#pragma once
// The frame every message carries, whatever the mechanism: who sent it, its
// sequence number, its size, when it was sent and a checksum, so that the
// receiver can count lost, duplicated, reordered and corrupted messages.
#include <cstddef>
#include <cstdint>
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

// Room before every message buffer that a mechanism may use for its own
// framing (System V's mtype), so that no mechanism needs an extra copy.
constexpr size_t kHeadroom = 16;

// The checksum of a message: its header fields, the hash of its payload text
// (between header and trailer) and its trailer.
uint32_t messageChecksum(const MessageHeader &header, uint64_t payloadHash, uint64_t trailer);
uint64_t payloadHash(const void *payload, size_t len);

enum class Verdict { Ok, Corrupted, End };
Verdict verifyMessage(const void *message, size_t receivedLen);

// Owns an aligned buffer with headroom for one message.
class MessageBuffer {
public:
    explicit MessageBuffer(size_t size);
    uint8_t *data() { return m_storage.data() + kHeadroom; }
    const uint8_t *data() const { return m_storage.data() + kHeadroom; }
    size_t size() const { return m_size; }

private:
    std::vector<uint8_t> m_storage;
    size_t m_size;
};

// What producer `producer` puts between header and trailer: its payload text
// repeated. Producers lay it out once; receivers compare against it, which
// checks every byte exactly and costs less than hashing it again.
class PayloadTemplate {
public:
    PayloadTemplate(uint16_t producer, size_t size, const std::string &payloadText);
    const std::vector<uint8_t> &bytes() const { return m_bytes; }
    uint64_t hash() const { return m_hash; }

private:
    std::vector<uint8_t> m_bytes;
    uint64_t m_hash;
};

// The length of the payload text in a message of `size` bytes.
constexpr size_t payloadTextLength(size_t size)
{
    return size - kHeaderSize - (hasTrailer(size) ? kTrailerSize : 0);
}

// Builds a producer's messages: the payload text is laid out once, so sending
// costs only the header stamp and never another pass over the payload.
class MessageBuilder {
public:
    MessageBuilder(uint16_t producer, size_t size, const std::string &payloadText);
    // Stamps seq and send time into the header and returns the message.
    const uint8_t *stamp(uint64_t seq, uint64_t sendNs, uint16_t flags = 0);
    uint8_t *data() { return m_buffer.data(); }
    size_t size() const { return m_buffer.size(); }

private:
    MessageBuffer m_buffer;
    uint64_t m_payloadHash;
};

// The payload text of producer `producer`, as the messages carry it.
std::string defaultPayloadText(int producer);

} // namespace ipcscope
