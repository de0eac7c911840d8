#include "telemetryblock.h"

#include "clock.h"
#include "futex.h"
#include "names.h"
#include "ownership.h"
#include "resources.h"
#include "syserror.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <new>
#include <utility>

namespace ipcscope {

namespace {

size_t roundUp(size_t n, size_t to)
{
    return (n + to - 1) / to * to;
}

void *mapFd(int fd, size_t size)
{
    void *p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED)
        throw SysError("mmap(telemetry)", errno);
    return p;
}

} // namespace

size_t TelemetryBlock::layoutSize(int slots, int producers, uint32_t seenBitsLog2)
{
    const size_t bitmap = size_t(producers) * ((size_t(1) << seenBitsLog2) / 8);
    return roundUp(sizeof(ControlBlock) + size_t(slots) * sizeof(WorkerSlot), 4096) + roundUp(bitmap, 4096);
}

TelemetryBlock TelemetryBlock::create(const std::string &name, int producers, int consumers, uint32_t seenBitsLog2,
                                      int spareProducers, int spareConsumers)
{
    const int slots = producers + consumers + spareProducers + spareConsumers;
    const size_t size = layoutSize(slots, producers + spareProducers, seenBitsLog2);
    const UniqueFd fd(shm_open(name.c_str(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600));
    if (!fd.valid())
        throw SysError("shm_open(" + name + ")", errno);
    // Reserved now: on a full /dev/shm this is ENOSPC, not SIGBUS later.
    // The file reads as zeros, the right initial value for every counter.
    if (const int err = posix_fallocate(fd.get(), 0, off_t(size)); err != 0) {
        shm_unlink(name.c_str());
        throw SysError("posix_fallocate(telemetry, " + std::to_string(size) + " B)", err,
                       err == ENOSPC ? "/dev/shm is full" : "");
    }
    TelemetryBlock block;
    block.m_name = name;
    block.m_size = size;
    block.m_producers = producers;
    block.m_consumers = consumers;
    block.m_seenBitsLog2 = seenBitsLog2;
    block.m_spareProducers = spareProducers;
    block.m_spareConsumers = spareConsumers;
    void *base = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd.get(), 0);
    if (base == MAP_FAILED) {
        const int err = errno;
        shm_unlink(name.c_str());
        throw SysError("mmap(telemetry)", err);
    }
    block.m_base = base;
    auto *control = new (block.m_base) ControlBlock;
    control->magic = kTelemetryMagic;
    control->version = kTelemetryVersion;
    control->producers = uint32_t(producers);
    control->consumers = uint32_t(consumers);
    control->seenBitsLog2 = seenBitsLog2;
    control->spareProducers = uint32_t(spareProducers);
    control->spareConsumers = uint32_t(spareConsumers);
    control->members.store(uint64_t(uint32_t(consumers)) << 32 | uint32_t(producers));
    control->blockSize = size;
    const std::string token = randomHex() + randomHex();
    static_assert(kRunTokenLength == 32);
    std::memcpy(control->token, token.data(), kRunTokenLength);
    for (int i = 0; i < producers + consumers; ++i) {
        WorkerSlot *s = block.slot(i);
        new (s) WorkerSlot;
        s->pid.store(0);
        s->role.store(uint32_t(i < producers ? Role::Producer : Role::Consumer));
        s->index.store(uint32_t(i < producers ? i : i - producers));
        s->state.store(packState(WorkerState::Starting));
    }
    for (int i = producers + consumers; i < slots; ++i)
        new (block.slot(i)) WorkerSlot; // zero: no pid, nobody's yet
    return block;
}

TelemetryBlock TelemetryBlock::open(const std::string &name)
{
    const UniqueFd fd = openOwnSegment(name, O_RDWR);
    struct stat st {};
    if (fstat(fd.get(), &st) != 0 || size_t(st.st_size) < sizeof(ControlBlock))
        throw SysError("open telemetry", EPROTO, name + " is not a telemetry block");
    TelemetryBlock block;
    block.m_name = name;
    block.m_size = size_t(st.st_size);
    block.m_base = mapFd(fd.get(), block.m_size);
    const ControlBlock *c = block.control();
    if (c->magic != kTelemetryMagic || c->version != kTelemetryVersion)
        throw SysError("open telemetry", EPROTO, name + " has another layout version");
    // Copied once: the block is shared memory, and the layout must not change
    // under us after it was checked.
    const uint32_t producers = c->producers;
    const uint32_t consumers = c->consumers;
    const uint32_t seenBitsLog2 = c->seenBitsLog2;
    const uint32_t spareProducers = c->spareProducers;
    const uint32_t spareConsumers = c->spareConsumers;
    const uint64_t blockSize = c->blockSize;
    if (producers + consumers < 1 || producers > kMaxWorkers || consumers > kMaxWorkers ||
        spareProducers > kMaxWorkers || spareConsumers > kMaxWorkers ||
        producers + consumers + spareProducers + spareConsumers > kMaxWorkers || seenBitsLog2 < 6 ||
        seenBitsLog2 > 30 ||
        blockSize != layoutSize(int(producers + consumers + spareProducers + spareConsumers),
                                int(producers + spareProducers), seenBitsLog2) ||
        blockSize > block.m_size)
        throw SysError("open telemetry", EPROTO, name + " does not hold a consistent telemetry block");
    block.m_producers = int(producers);
    block.m_consumers = int(consumers);
    block.m_seenBitsLog2 = seenBitsLog2;
    block.m_spareProducers = int(spareProducers);
    block.m_spareConsumers = int(spareConsumers);
    return block;
}

std::string TelemetryBlock::token() const
{
    return std::string(control()->token, kRunTokenLength);
}

TelemetryBlock::TelemetryBlock(TelemetryBlock &&other) noexcept
    : m_name(std::move(other.m_name)), m_base(std::exchange(other.m_base, nullptr)),
      m_size(std::exchange(other.m_size, 0)), m_producers(other.m_producers), m_consumers(other.m_consumers),
      m_seenBitsLog2(other.m_seenBitsLog2), m_spareProducers(other.m_spareProducers),
      m_spareConsumers(other.m_spareConsumers)
{
}

TelemetryBlock &TelemetryBlock::operator=(TelemetryBlock &&other) noexcept
{
    if (this != &other) {
        if (m_base)
            munmap(m_base, m_size);
        m_name = std::move(other.m_name);
        m_base = std::exchange(other.m_base, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_producers = other.m_producers;
        m_consumers = other.m_consumers;
        m_seenBitsLog2 = other.m_seenBitsLog2;
        m_spareProducers = other.m_spareProducers;
        m_spareConsumers = other.m_spareConsumers;
    }
    return *this;
}

TelemetryBlock::~TelemetryBlock()
{
    if (m_base)
        munmap(m_base, m_size);
}

WorkerSlot *TelemetryBlock::slot(int index) const
{
    auto *first = reinterpret_cast<WorkerSlot *>(static_cast<char *>(m_base) + sizeof(ControlBlock));
    return first + index;
}

WorkerSlot *TelemetryBlock::slot(Role role, int index) const
{
    return slot(role == Role::Producer ? index : m_producers + index);
}

std::atomic<uint64_t> *TelemetryBlock::seenBitmap(int producer) const
{
    const size_t header = roundUp(sizeof(ControlBlock) + size_t(slotCount()) * sizeof(WorkerSlot), 4096);
    const size_t wordsPerProducer = (size_t(1) << m_seenBitsLog2) / 64;
    return reinterpret_cast<std::atomic<uint64_t> *>(static_cast<char *>(m_base) + header) +
           size_t(producer) * wordsPerProducer;
}

void TelemetryBlock::bump()
{
    control()->generation.fetch_add(1, std::memory_order_release);
    futexWakeAll(&control()->generation);
}

void TelemetryBlock::setGo()
{
    control()->go.store(1, std::memory_order_release);
    bump();
}

void TelemetryBlock::setPaused(bool paused)
{
    if (!paused)
        control()->resumedNs.store(monotonicNs(), std::memory_order_release);
    control()->paused.store(paused ? 1 : 0, std::memory_order_release);
    bump();
}

void TelemetryBlock::askCloseRead(int slotIndex)
{
    control()->closeRead.fetch_or(uint32_t(1) << slotIndex, std::memory_order_release);
    bump();
}

void TelemetryBlock::setStop()
{
    control()->stop.store(1, std::memory_order_release);
    bump();
}

void TelemetryBlock::setRate(double msgsPerSecond)
{
    const double milli = msgsPerSecond > 0 ? std::round(msgsPerSecond * 1000.0) : 0.0;
    control()->rateMilliHz.store(uint64_t(std::max(milli, msgsPerSecond > 0 ? 1.0 : 0.0)), std::memory_order_release);
    bump();
}

void TelemetryBlock::setEventEvery(uint32_t every)
{
    control()->eventEvery.store(every, std::memory_order_relaxed);
}

void TelemetryBlock::grantStep(int slotIndex)
{
    control()->stepTokens[slotIndex].fetch_add(1, std::memory_order_release);
    bump();
}

void TelemetryBlock::producerGone()
{
    control()->members.fetch_sub(1, std::memory_order_acq_rel);
    bump();
}

bool TelemetryBlock::join(Role role)
{
    std::atomic<uint64_t> &members = control()->members;
    uint64_t now = members.load(std::memory_order_acquire);
    const uint64_t one = role == Role::Producer ? 1 : uint64_t(1) << 32;
    do {
        if ((now & 0xffffffffu) == 0)
            return false;
    } while (!members.compare_exchange_weak(now, now + one, std::memory_order_acq_rel));
    return true;
}

void TelemetryBlock::leave(Role role)
{
    control()->members.fetch_sub(role == Role::Producer ? 1 : uint64_t(1) << 32, std::memory_order_acq_rel);
    bump();
}

void TelemetryBlock::claimSlot(int slotIndex, Role role, int index)
{
    WorkerSlot *s = slot(slotIndex);
    s->role.store(uint32_t(role));
    s->index.store(uint32_t(index));
    s->state.store(packState(WorkerState::Starting), std::memory_order_release);
}

int TelemetryBlock::producersActive() const
{
    return int(control()->members.load(std::memory_order_acquire) & 0xffffffffu);
}

void unlinkTelemetry(const std::string &name)
{
    shm_unlink(name.c_str());
}

} // namespace ipcscope
