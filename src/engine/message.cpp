#include "message.h"

#include "repeatedlines.h"

#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstring>
#include <new>
#include <numeric>

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

namespace {
// A cache line: messages and ring slots start on one (MessageBuffer,
// slotSizeFor).
constexpr size_t kLine = MessageBuffer::kAlignment;
// The payload's bytes before its first whole line.
constexpr size_t kHeadBeforeLine = (kLine - kHeaderSize % kLine) % kLine;

// How far into `storage` the image starts: kHeaderSize bytes past a line, as
// every payload does.
size_t imageOffset(const uint8_t *storage)
{
    return (kLine + kHeaderSize % kLine - reinterpret_cast<uintptr_t>(storage) % kLine) % kLine;
}
} // namespace

PayloadTemplate::PayloadTemplate(uint16_t producer, size_t size, const std::string &payloadText)
    : m_length(payloadTextLength(std::max(size, kHeaderSize)))
{
    const std::string text = payloadText.empty() ? defaultPayloadText(producer) : payloadText;
    // Whole repetitions only, so that every piece of a payload starts where
    // the image does; a text longer than kImageBytes is its own image. Whole
    // lines too where that fits (a 15-byte text: 4 x 960 bytes), so that
    // every piece of a payload is as far past a line as the image is.
    const size_t period = text.size();
    const size_t lines = std::lcm(period, kLine);
    const size_t unit = lines <= kImageBytes ? lines : period;
    m_imageSize = std::min(m_length, std::max<size_t>(1, kImageBytes / unit) * unit);
    // The compare in registers takes the payload from its first line on, in
    // blocks of whole repetitions of the text's lines, and the block from
    // the image.
    if (lines <= kImageBytes && registerCompareAvailable())
        for (const int blockLines : kRegisterBlockLines)
            if (blockLines % (lines / kLine) == 0 && kHeadBeforeLine + size_t(blockLines) * kLine <= m_imageSize) {
                m_blockLines = blockLines;
                break;
            }
    m_storage.resize(m_imageSize + kLine);
    uint8_t *image = m_storage.data() + imageOffset(m_storage.data());
    for (size_t i = 0; i < m_imageSize; ++i)
        image[i] = uint8_t(text[i % period]);
    // Hashed once per producer, piece by piece, as if in one piece.
    XXH3_state_t *state = XXH3_createState();
    XXH3_64bits_reset(state);
    for (size_t at = 0; at < m_length; at += m_imageSize)
        XXH3_64bits_update(state, image, std::min(m_imageSize, m_length - at));
    m_hash = XXH3_64bits_digest(state);
    XXH3_freeState(state);
}

namespace {
// Asks for the cache lines of `len` bytes at `from`, to read.
void askFor(const uint8_t *from, size_t len)
{
    for (size_t at = 0; at < len; at += 64)
        __builtin_prefetch(from + at);
}
} // namespace

bool PayloadTemplate::matches(const uint8_t *payload, bool askAhead) const
{
    // Asked ahead, the lines of the first kImageBytes of each piece are
    // asked for before the piece before it is compared. memcmp has only a few
    // lines on their way at a time, and a ring slot the other CPU has just
    // written is all misses: asked ahead, posix-shm at 64 KiB on two CPUs
    // went from 18-19 to 27-28 GB/s. Lines already near pay for the asking: a
    // quarter of the compare's time from L2 (docs/benchmarks.md, sixteenth
    // round).
    const uint8_t *const image = this->image();
    // Not asked ahead (a payload in our own buffer, a ring slot written on
    // this CPU, or shm-mutex's slot, checked under its lock): the bytes before
    // its first line against the image, every line after against the block
    // held in registers, so that only the payload is read, each byte once. A
    // ring slot the other CPU has just written waits for its lines, not for
    // loads: asked ahead, it is compared piece by piece against the image
    // below.
    if (m_blockLines != 0 && !askAhead)
        return std::memcmp(payload, image, kHeadBeforeLine) == 0 &&
               repeatsBlock(payload + kHeadBeforeLine, m_length - kHeadBeforeLine, image + kHeadBeforeLine,
                            m_blockLines);
    const size_t piece = m_imageSize;
    if (askAhead)
        askFor(payload, std::min(m_length, piece));
    for (size_t at = 0; at < m_length; at += piece) {
        const size_t next = at + piece;
        if (askAhead && next < m_length)
            askFor(payload + next, std::min(m_length - next, piece));
        if (std::memcmp(payload + at, image, std::min(piece, m_length - at)) != 0)
            return false;
    }
    return true;
}

void PayloadTemplate::fill(uint8_t *out) const
{
    for (size_t at = 0; at < m_length; at += m_imageSize)
        std::memcpy(out + at, image(), std::min(m_imageSize, m_length - at));
}

PayloadTemplate::PayloadTemplate(const PayloadTemplate &other)
    : m_storage(other.m_storage.size()), m_imageSize(other.m_imageSize), m_blockLines(other.m_blockLines),
      m_length(other.m_length), m_hash(other.m_hash)
{
    std::memcpy(m_storage.data() + imageOffset(m_storage.data()), other.image(), m_imageSize);
}

PayloadTemplate &PayloadTemplate::operator=(const PayloadTemplate &other)
{
    if (this != &other)
        *this = PayloadTemplate(other);
    return *this;
}

const uint8_t *PayloadTemplate::image() const
{
    // Computed where used, not kept: a moved template keeps its storage, a
    // copied one places its image anew.
    return m_storage.data() + imageOffset(m_storage.data());
}

MessageBuilder::MessageBuilder(uint16_t producer, size_t size, const std::string &payloadText)
    : m_buffer(std::max(size, kHeaderSize)), m_header{}
{
    const PayloadTemplate payload(producer, m_buffer.size(), payloadText);
    payload.fill(m_buffer.data() + kHeaderSize);
    m_payloadHash = payload.hash();

    m_header.magic = kMessageMagic;
    m_header.size = uint32_t(m_buffer.size());
    m_header.producer = producer;
    std::memcpy(m_buffer.data(), &m_header, kHeaderSize);
}

namespace {
// The header's words as MessageBuilder::stamp writes them and copyMessage
// reads them: magic and size (set once), seq, sendNs, and producer, flags
// and checksum together.
static_assert(offsetof(MessageHeader, seq) == 8 && offsetof(MessageHeader, sendNs) == 16 &&
              offsetof(MessageHeader, producer) == 24 && offsetof(MessageHeader, flags) == 26 &&
              offsetof(MessageHeader, checksum) == 28);
static_assert(std::endian::native == std::endian::little);
constexpr size_t kWord = sizeof(uint64_t);
// copyMessage copies in words up to this length (see there).
constexpr size_t kPieceCopyLimit = 1024;

void storeWord(uint8_t *to, uint64_t word)
{
    std::memcpy(to, &word, kWord);
}

void copyWord(uint8_t *to, const uint8_t *from)
{
    uint64_t word;
    std::memcpy(&word, from, kWord);
    std::memcpy(to, &word, kWord);
}
} // namespace

const uint8_t *MessageBuilder::stamp(uint64_t seq, uint64_t sendNs, uint16_t flags)
{
    m_header.seq = seq;
    m_header.sendNs = sendNs;
    m_header.flags = flags;
    const size_t size = m_buffer.size();
    const uint64_t trailer = hasTrailer(size) ? seq : 0;
    m_header.checksum = messageChecksum(m_header, m_payloadHash, trailer);
    // From registers, never through a copy of the header in memory (see the
    // class).
    uint8_t *out = m_buffer.data();
    storeWord(out + offsetof(MessageHeader, seq), seq);
    storeWord(out + offsetof(MessageHeader, sendNs), sendNs);
    storeWord(out + offsetof(MessageHeader, producer),
              uint64_t(m_header.producer) | uint64_t(flags) << 16 | uint64_t(m_header.checksum) << 32);
    if (hasTrailer(size))
        storeWord(out + size - kTrailerSize, trailer);
    return out;
}

void copyMessage(uint8_t *to, const uint8_t *from, size_t len)
{
    // A long message takes glibc's copy of the whole: against that copy one
    // wait for the store buffer is small, and the copy in pieces was slower
    // at 4 KiB (docs/benchmarks.md, fifteenth round). A message without a
    // trailer is shorter than the words.
    if (!hasTrailer(len) || len > kPieceCopyLimit) {
        std::memcpy(to, from, len);
        return;
    }
    for (size_t at = 0; at < kHeaderSize; at += kWord)
        copyWord(to + at, from + at);
    const size_t textEnd = len - kTrailerSize;
    std::memcpy(to + kHeaderSize, from + kHeaderSize, textEnd - kHeaderSize);
    copyWord(to + textEnd, from + textEnd);
}

} // namespace ipcscope
