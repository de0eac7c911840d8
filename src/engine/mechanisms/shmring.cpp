#include "shmring.h"

#include <new>

namespace ipcscope {

namespace {
uint32_t slotSizeFor(uint32_t messageSize)
{
    return (messageSize + 63) / 64 * 64; // each slot starts on its own cache line
}
} // namespace

size_t ringBytes(uint32_t slots, uint32_t messageSize)
{
    return sizeof(RingHeader) + size_t(slots) * slotSizeFor(messageSize);
}

void initRing(void *base, uint32_t slots, uint32_t messageSize)
{
    auto *h = new (base) RingHeader;
    h->magic = kRingMagic;
    h->slots = slots;
    h->slotSize = slotSizeFor(messageSize);
    h->messageSize = messageSize;
    h->head.store(0);
    h->tail.store(0);
    h->count = 0;
}

uint8_t *RingView::slot(uint64_t position) const
{
    return reinterpret_cast<uint8_t *>(m_header) + sizeof(RingHeader) +
           size_t(position % m_header->slots) * m_header->slotSize;
}

} // namespace ipcscope
