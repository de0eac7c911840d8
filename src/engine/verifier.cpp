#include "verifier.h"

#include "syserror.h"

#include <sys/mman.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace ipcscope {

namespace {
constexpr uint64_t kWindow = uint64_t(1) << kSeenBitsLog2;
constexpr uint64_t kWordMask = kWindow / 64 - 1;
} // namespace

Verifier::Verifier(const Options &o)
    : m_producers(o.producers), m_size(o.size), m_signalFrames(o.signalFrames), m_soleConsumer(o.soleConsumer),
      m_newest(size_t(o.producers), 0)
{
    const int producers = o.producers;
    if (!m_signalFrames)
        for (int p = 0; p < producers; ++p)
            m_payloads.emplace_back(uint16_t(p), m_size, o.payloadText);
    std::function<std::atomic<uint64_t> *(int)> seenBitmap = o.seenBitmap;
    if (!seenBitmap) {
        // A worker started by hand has no shared block: the bitmaps are private,
        // anonymous and zero-filled by the kernel page by page.
        m_privateSize = size_t(producers) * (kWindow / 8);
        m_private =
            mmap(nullptr, m_privateSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (m_private == MAP_FAILED)
            throw SysError("mmap(seen bitmap)", errno);
        auto *words = static_cast<std::atomic<uint64_t> *>(m_private);
        seenBitmap = [words](int p) { return words + size_t(p) * (kWindow / 64); };
    }
    for (int p = 0; p < producers; ++p)
        m_bitmaps.push_back(seenBitmap(p));
}

Verifier::~Verifier()
{
    if (m_private)
        munmap(m_private, m_privateSize);
}

bool Verifier::markSeen(uint16_t producer, uint64_t seq)
{
    std::atomic<uint64_t> *words = m_bitmaps[producer];
    uint64_t &newest = m_newest[producer];
    if (seq + 1 > newest) {
        // Clear the words that the frontier half a window ahead has just entered:
        // they still hold bits of the previous lap, and only future sequence
        // numbers map to them. The first lap finds them zero already.
        const uint64_t lastCleared = (newest + kWindow / 2 - 1) / 64;
        const uint64_t upTo = std::min((seq + kWindow / 2) / 64, lastCleared + kWindow / 64);
        for (uint64_t w = lastCleared + 1; w <= upTo; ++w)
            words[w & kWordMask].store(0, std::memory_order_relaxed);
        newest = seq + 1;
    }
    const uint64_t bit = uint64_t(1) << (seq & 63);
    std::atomic<uint64_t> &word = words[(seq / 64) & kWordMask];
    if (m_soleConsumer) {
        const uint64_t before = word.load(std::memory_order_relaxed);
        word.store(before | bit, std::memory_order_relaxed);
        return !(before & bit);
    }
    return !(word.fetch_or(bit, std::memory_order_relaxed) & bit);
}

bool Verifier::payloadIntact(const MessageHeader &h, const uint8_t *message, size_t len, bool askAhead) const
{
    if (h.magic != kMessageMagic || h.size != len || len != m_size || h.producer >= m_producers ||
        (h.flags & ~uint16_t(kEndOfStream)))
        return false;
    const PayloadTemplate &expected = m_payloads[h.producer];
    const uint8_t *payload = message + kHeaderSize;
    uint64_t trailer = 0;
    if (hasTrailer(len)) {
        std::memcpy(&trailer, payload + expected.length(), kTrailerSize);
        if (trailer != h.seq)
            return false;
    }
    return expected.matches(payload, askAhead) && h.checksum == messageChecksum(h, expected.hash(), trailer);
}

bool Verifier::intact(const uint8_t *message, size_t len) const
{
    return checkIntact(message, len, false);
}

bool Verifier::intactInPlace(const uint8_t *message, size_t len) const
{
    return checkIntact(message, len, !m_writersOnThisCpu);
}

bool Verifier::checkIntact(const uint8_t *message, size_t len, bool askAhead) const
{
    if (len < kHeaderSize)
        return false;
    MessageHeader h;
    std::memcpy(&h, message, kHeaderSize);
    const bool signalFrame = h.flags & (kNoPayload | kAnonymous);
    if (signalFrame != m_signalFrames)
        return false;
    if (signalFrame)
        return h.magic == kMessageMagic;
    return payloadIntact(h, message, len, askAhead);
}

Verifier::Outcome Verifier::check(const uint8_t *message, size_t len)
{
    const bool ok = intact(message, len);
    MessageHeader h{};
    if (len >= kHeaderSize)
        std::memcpy(&h, message, kHeaderSize);
    return classify(h, len, ok);
}

Verifier::Outcome Verifier::classify(const MessageHeader &h, size_t len, bool intact)
{
    if (!intact || len < kHeaderSize)
        return Outcome::Corrupted;
    if (h.flags & kEndOfStream)
        return Outcome::End;
    if (h.flags & kAnonymous)
        return Outcome::New; // a standard signal: nothing to tell it apart
    if (h.producer >= m_producers)
        return Outcome::Corrupted;
    const uint64_t newestBefore = m_newest[h.producer];
    if (!markSeen(h.producer, h.seq))
        return Outcome::Duplicate;
    return h.seq + 1 < newestBefore ? Outcome::Reordered : Outcome::New;
}

} // namespace ipcscope
