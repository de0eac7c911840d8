#include "telemetryblock.h"

#include "clock.h"
#include "futex.h"
#include "syserror.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
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

size_t TelemetryBlock::layoutSize(int workers, int producers, uint32_t seenBitsLog2)
{
    const size_t bitmap = size_t(producers) * ((size_t(1) << seenBitsLog2) / 8);
    return roundUp(sizeof(ControlBlock) + size_t(workers) * sizeof(WorkerSlot), 4096) + roundUp(bitmap, 4096);
}

TelemetryBlock TelemetryBlock::create(const std::string &name, int producers, int consumers, uint32_t seenBitsLog2)
{
    const size_t size = layoutSize(producers + consumers, producers, seenBitsLog2);
    const int fd = shm_open(name.c_str(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        throw SysError("shm_open(" + name + ")", errno);
    if (ftruncate(fd, off_t(size)) != 0) {
        const int err = errno;
        close(fd);
        shm_unlink(name.c_str());
        throw SysError("ftruncate(telemetry)", err);
    }
    TelemetryBlock block;
    block.m_name = name;
    block.m_size = size;
    try {
        block.m_base = mapFd(fd, size);
    } catch (...) {
        close(fd);
        shm_unlink(name.c_str());
        throw;
    }
    close(fd);
    // ftruncate zero-fills, which is the right initial value for every counter.
    auto *control = new (block.m_base) ControlBlock;
    control->magic = kTelemetryMagic;
    control->version = kTelemetryVersion;
    control->producers = uint32_t(producers);
    control->consumers = uint32_t(consumers);
    control->seenBitsLog2 = seenBitsLog2;
    control->blockSize = size;
    for (int i = 0; i < producers + consumers; ++i) {
        WorkerSlot *s = block.slot(i);
        new (s) WorkerSlot;
        s->pid.store(0);
        s->role.store(uint32_t(i < producers ? Role::Producer : Role::Consumer));
        s->index.store(uint32_t(i < producers ? i : i - producers));
        s->state.store(packState(WorkerState::Starting));
    }
    return block;
}

TelemetryBlock TelemetryBlock::open(const std::string &name)
{
    const int fd = shm_open(name.c_str(), O_RDWR | O_CLOEXEC, 0);
    if (fd < 0)
        throw SysError("shm_open(" + name + ")", errno);
    struct stat st {};
    if (fstat(fd, &st) != 0 || size_t(st.st_size) < sizeof(ControlBlock)) {
        close(fd);
        throw SysError("fstat(telemetry)", EINVAL, name + " is not a telemetry block");
    }
    TelemetryBlock block;
    block.m_name = name;
    block.m_size = size_t(st.st_size);
    try {
        block.m_base = mapFd(fd, block.m_size);
    } catch (...) {
        close(fd);
        throw;
    }
    close(fd);
    if (block.control()->magic != kTelemetryMagic || block.control()->version != kTelemetryVersion)
        throw SysError("open telemetry", EPROTO, name + " has another layout version");
    return block;
}

TelemetryBlock::TelemetryBlock(TelemetryBlock &&other) noexcept
    : m_name(std::move(other.m_name)), m_base(std::exchange(other.m_base, nullptr)),
      m_size(std::exchange(other.m_size, 0))
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
    return slot(role == Role::Producer ? index : int(control()->producers) + index);
}

std::atomic<uint64_t> *TelemetryBlock::seenBitmap(int producer) const
{
    const ControlBlock *c = control();
    const size_t header = roundUp(sizeof(ControlBlock) + size_t(workers()) * sizeof(WorkerSlot), 4096);
    const size_t wordsPerProducer = (size_t(1) << c->seenBitsLog2) / 64;
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

void TelemetryBlock::grantStep(int slotIndex)
{
    control()->stepTokens[slotIndex].fetch_add(1, std::memory_order_release);
    bump();
}

void unlinkTelemetry(const std::string &name)
{
    shm_unlink(name.c_str());
}

} // namespace ipcscope
