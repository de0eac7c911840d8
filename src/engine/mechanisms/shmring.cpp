#include "shmring.h"
#include "posixsegment.h"

#include "../mechanism.h"
#include "../message.h"
#include "../ownership.h"
#include "../resources.h"
#include "../syserror.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <cstring>
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

RingObserver::RingObserver(const void *base, size_t mapped, const Shape &shape, std::function<void()> unmap)
    : m_mapping{std::move(unmap)}, m_ring(const_cast<void *>(base), mapped, shape.ringSlots, shape.size),
      m_producers(shape.producers), m_messageSize(shape.size)
{
}

RingReading RingObserver::read() const
{
    RingReading r;
    const RingHeader *h = m_ring.header();
    r.head = h->head.load(std::memory_order_acquire);
    r.tail = h->tail.load(std::memory_order_acquire);
    r.count = h->count;
    r.cells.resize(m_ring.slotCount());
    for (uint32_t i = 0; i < m_ring.slotCount(); ++i) {
        MessageHeader m;
        std::memcpy(&m, m_ring.slot(i), sizeof m);
        RingReading::Slot &slot = r.cells[i];
        slot.holdsMessage = m.magic == kMessageMagic && m.size == m_messageSize && m.producer < m_producers &&
                            !(m.flags & kEndOfStream);
        if (slot.holdsMessage) {
            slot.producer = m.producer;
            slot.seq = m.seq;
        }
    }
    return r;
}

uint64_t RingObserver::filled() const
{
    const RingHeader *h = m_ring.header();
    const uint64_t tail = h->tail.load(std::memory_order_acquire);
    const uint64_t head = h->head.load(std::memory_order_acquire);
    return head > tail ? std::min<uint64_t>(head - tail, m_ring.slotCount()) : 0;
}

std::unique_ptr<RingObserver> observePosixRing(const std::string &name, const Shape &shape)
{
    const UniqueFd fd = openOwnSegment(name, O_RDONLY);
    struct stat st {};
    if (fstat(fd.get(), &st) != 0)
        throw SysError("fstat(" + name + ")", errno);
    const size_t size = size_t(st.st_size);
    void *base = mmap(nullptr, size, PROT_READ, MAP_SHARED, fd.get(), 0);
    if (base == MAP_FAILED)
        throw SysError("mmap(" + name + ")", errno);
    return std::make_unique<RingObserver>(base, size, shape, [base, size] { munmap(base, size); });
}

PosixSegment createPosixRing(const Shape &shape, const Params &requested, Objects &objects)
{
    const std::string shm = param(requested, "shm").empty() ? uniquePosixName("ring") : param(requested, "shm");
    PosixSegment segment = PosixSegment::create(shm, ringBytes(shape.ringSlots, shape.size));
    objects.owned.push_back({ObjectKind::PosixShm, shm});
    initRing(segment.data(), shape.ringSlots, shape.size);
    objects.params["shm"] = shm;
    return segment;
}

std::vector<KernelValue> samplePosixRing(const Params &params,
                                         const std::function<void(const RingHeader &, std::vector<KernelValue> &)> &read)
{
    std::vector<KernelValue> values;
    try {
        const PosixSegment segment = PosixSegment::open(param(params, "shm"));
        read(*ringHeaderIn(segment.data(), segment.size()), values);
    } catch (const SysError &) {
    }
    return values;
}

void addRingCounters(const RingHeader &header, std::vector<KernelValue> &values)
{
    values.push_back({"ring", "head", int64_t(header.head.load(std::memory_order_relaxed))});
    values.push_back({"ring", "tail", int64_t(header.tail.load(std::memory_order_relaxed))});
}

} // namespace ipcscope
