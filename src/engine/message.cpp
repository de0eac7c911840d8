#include "message.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>

namespace ipcscope {

uint64_t payloadHash(const void *payload, size_t len)
{
    return XXH3_64bits(payload, len);
}

namespace {
// The finaliser of SplitMix64 (Steele, Lea and Flood 2014): every input bit
// affects every output bit.
uint64_t mix64(uint64_t x)
{
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}
} // namespace

uint32_t messageChecksum(const MessageHeader &h, uint64_t hash, uint64_t trailer)
{
    // Mixing the header fields in means a header torn from another message
    // fails the check even when the payloads are alike. The payload's own
    // hash is computed once per producer, so this runs on a handful of words.
    uint64_t x = hash;
    for (uint64_t field : {uint64_t(h.size) << 32 | uint64_t(h.producer) << 16 | h.flags, h.seq, h.sendNs, trailer})
        x = mix64(x ^ field);
    return uint32_t(x ^ (x >> 32));
}

Verdict verifyMessage(const void *message, size_t receivedLen)
{
    if (receivedLen < kHeaderSize)
        return Verdict::Corrupted;
    MessageHeader h;
    std::memcpy(&h, message, kHeaderSize);
    if (h.magic != kMessageMagic || h.size != receivedLen)
        return Verdict::Corrupted;
    const auto *payload = static_cast<const uint8_t *>(message) + kHeaderSize;
    uint64_t trailer = 0;
    size_t textLen = receivedLen - kHeaderSize;
    if (hasTrailer(receivedLen)) {
        textLen -= kTrailerSize;
        std::memcpy(&trailer, payload + textLen, kTrailerSize);
        if (trailer != h.seq)
            return Verdict::Corrupted;
    }
    if (h.checksum != messageChecksum(h, payloadHash(payload, textLen), trailer))
        return Verdict::Corrupted;
    return (h.flags & kEndOfStream) ? Verdict::End : Verdict::Ok;
}

MessageBuffer::MessageBuffer(size_t size) : m_storage(size + kHeadroom), m_size(size) {}

std::string defaultPayloadText(int producer)
{
    return "Hello from P" + std::to_string(producer + 1) + "! ";
}

PayloadTemplate::PayloadTemplate(uint16_t producer, size_t size, const std::string &payloadText)
    : m_bytes(payloadTextLength(std::max(size, kHeaderSize)))
{
    const std::string text = payloadText.empty() ? defaultPayloadText(producer) : payloadText;
    for (size_t i = 0; i < m_bytes.size(); ++i)
        m_bytes[i] = uint8_t(text[i % text.size()]);
    m_hash = payloadHash(m_bytes.data(), m_bytes.size());
}

MessageBuilder::MessageBuilder(uint16_t producer, size_t size, const std::string &payloadText)
    : m_buffer(std::max(size, kHeaderSize))
{
    const PayloadTemplate payload(producer, m_buffer.size(), payloadText);
    if (!payload.bytes().empty()) // a header-only message: no payload, and data() may be null
        std::memcpy(m_buffer.data() + kHeaderSize, payload.bytes().data(), payload.bytes().size());
    m_payloadHash = payload.hash();

    MessageHeader h{};
    h.magic = kMessageMagic;
    h.size = uint32_t(m_buffer.size());
    h.producer = producer;
    std::memcpy(m_buffer.data(), &h, kHeaderSize);
}

const uint8_t *MessageBuilder::stamp(uint64_t seq, uint64_t sendNs, uint16_t flags)
{
    MessageHeader h;
    std::memcpy(&h, m_buffer.data(), kHeaderSize);
    h.seq = seq;
    h.sendNs = sendNs;
    h.flags = flags;
    uint64_t trailer = 0;
    if (hasTrailer(m_buffer.size())) {
        trailer = seq;
        std::memcpy(m_buffer.data() + m_buffer.size() - kTrailerSize, &trailer, kTrailerSize);
    }
    h.checksum = messageChecksum(h, m_payloadHash, trailer);
    std::memcpy(m_buffer.data(), &h, kHeaderSize);
    return m_buffer.data();
}

} // namespace ipcscope
