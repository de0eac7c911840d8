#include "shmring.h"

#include "../syserror.h"

#include <new>

namespace ipcscope {

namespace {
uint32_t slotSizeFor(uint32_t messageSize)
{
    return (messageSize + 63) / 64 * 64; // each slot starts on its own cache line
}
} // namespace

size_t ringBytes(uint32_t slotCount, uint32_t messageSize)
{
    return sizeof(RingHeader) + size_t(slotCount) * slotSizeFor(messageSize);
}

void initRing(void *base, uint32_t slotCount, uint32_t messageSize)
{
    auto *h = new (base) RingHeader;
    h->magic = kRingMagic;
    h->slotCount = slotCount;
    h->slotSize = slotSizeFor(messageSize);
    h->messageSize = messageSize;
    h->head.store(0);
    h->tail.store(0);
    h->count = 0;
}

const RingHeader *ringHeaderIn(const void *base, size_t mapped)
{
    if (mapped < sizeof(RingHeader))
        throw SysError("ring", EPROTO, "the segment is too small to hold a ring header");
    const auto *h = static_cast<const RingHeader *>(base);
    if (h->magic != kRingMagic)
        throw SysError("ring", EPROTO, "the segment holds no ring");
    return h;
}

RingView::RingView(void *base, size_t mapped, uint32_t slotCount, uint32_t messageSize)
    : m_header(static_cast<RingHeader *>(base)), m_slots(slotCount), m_slotSize(slotSizeFor(messageSize)),
      m_messageSize(messageSize)
{
    if (slotCount == 0 || mapped < ringBytes(slotCount, messageSize))
        throw SysError("ring", EPROTO,
                       "the segment holds " + std::to_string(mapped) + " B, too few for " + std::to_string(slotCount) +
                           " slots of " + std::to_string(messageSize) + " B");
    const RingHeader *h = m_header;
    if (h->magic != kRingMagic || h->slotCount != slotCount || h->messageSize != messageSize || h->slotSize != m_slotSize)
        throw SysError("ring", EPROTO,
                       "the segment's header does not describe this run's ring (" + std::to_string(slotCount) +
                           " slots of " + std::to_string(messageSize) + " B)");
}

uint8_t *RingView::slot(uint64_t position) const
{
    return reinterpret_cast<uint8_t *>(m_header) + sizeof(RingHeader) + size_t(position % m_slots) * m_slotSize;
}

} // namespace ipcscope
