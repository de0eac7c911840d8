#include "message.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <new>

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
    // Each field is spread by its own odd multiplier (a bijection, so a
    // change of any one field changes the sum) and the sum is mixed twice:
    // the multiplications are independent of each other, so both sides of
    // every message wait for two mixes in a row instead of four.
    const uint64_t fields = uint64_t(h.size) << 32 | uint64_t(h.producer) << 16 | h.flags;
    const uint64_t x = hash ^ fields * 0x9e3779b97f4a7c15ull ^ h.seq * 0xc2b2ae3d27d4eb4full ^
                       h.sendNs * 0x165667b19e3779f9ull ^ trailer * 0xd6e8feb86659fd93ull;
    const uint64_t y = mix64(mix64(x));
    return uint32_t(y ^ (y >> 32));
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

static_assert(MessageBuffer::kAlignment >= kHeadroom);

MessageBuffer::MessageBuffer(size_t size)
    : m_storage(static_cast<uint8_t *>(::operator new(kAlignment + size, std::align_val_t(kAlignment)))), m_size(size)
{
    std::memset(m_storage.get(), 0, kAlignment + size);
}

void MessageBuffer::Free::operator()(uint8_t *p) const
{
    ::operator delete(p, std::align_val_t(kAlignment));
}

std::string defaultPayloadText(int producer)
{
    return "Hello from P" + std::to_string(producer + 1) + "! ";
}

PayloadTemplate::PayloadTemplate(uint16_t producer, size_t size, const std::string &payloadText)
    : m_length(payloadTextLength(std::max(size, kHeaderSize)))
{
    const std::string text = payloadText.empty() ? defaultPayloadText(producer) : payloadText;
    // Whole repetitions only, so that every piece of a payload starts where
    // the image does; a text longer than kImageBytes is its own image.
    const size_t period = text.size();
    m_image.resize(std::min(m_length, std::max<size_t>(1, kImageBytes / period) * period));
    for (size_t i = 0; i < m_image.size(); ++i)
        m_image[i] = uint8_t(text[i % period]);
    // Hashed once per producer, piece by piece, as if in one piece.
    XXH3_state_t *state = XXH3_createState();
    XXH3_64bits_reset(state);
    for (size_t at = 0; at < m_length; at += m_image.size())
        XXH3_64bits_update(state, m_image.data(), std::min(m_image.size(), m_length - at));
    m_hash = XXH3_64bits_digest(state);
    XXH3_freeState(state);
}

bool PayloadTemplate::matches(const uint8_t *payload) const
{
    for (size_t at = 0; at < m_length; at += m_image.size())
        if (std::memcmp(payload + at, m_image.data(), std::min(m_image.size(), m_length - at)) != 0)
            return false;
    return true;
}

void PayloadTemplate::fill(uint8_t *out) const
{
    for (size_t at = 0; at < m_length; at += m_image.size())
        std::memcpy(out + at, m_image.data(), std::min(m_image.size(), m_length - at));
}

MessageBuilder::MessageBuilder(uint16_t producer, size_t size, const std::string &payloadText)
    : m_buffer(std::max(size, kHeaderSize))
{
    const PayloadTemplate payload(producer, m_buffer.size(), payloadText);
    payload.fill(m_buffer.data() + kHeaderSize);
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
