#include "worker.h"

#include "clock.h"
#include "message.h"
#include "syserror.h"
#include "telemetryblock.h"
#include "verifier.h"

#include <sched.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

namespace ipcscope {

namespace {

constexpr uint64_t kQueueSampleNs = 10'000'000;
// A worker started by hand has no session to say the producers are done: a
// consumer of a lossy mechanism stops after this long without a message.
constexpr uint64_t kHandRunIdleNs = 2'000'000'000;

std::string workerName(const WorkerOptions &o)
{
    return (o.role == Role::Producer ? "P" : "C") + std::to_string(o.index + 1);
}

void runProducer(const WorkerOptions &o, const MechanismInfo &info, Endpoint &endpoint, Gate &gate, SlotWriter &writer)
{
    MessageBuilder builder(uint16_t(o.index), info.takesSize ? o.shape.size : kHeaderSize, o.payload);
    const uint64_t deadline = o.durationS > 0 ? monotonicNs() + uint64_t(o.durationS * 1e9) : 0;
    const uint8_t *payload = builder.data() + kHeaderSize;
    for (uint64_t seq = 0; o.count == 0 || seq < o.count; ++seq) {
        if (gate.stopRequested() || (deadline && monotonicNs() >= deadline))
            break;
        gate.pace();
        if (gate.stopRequested())
            break;
        const uint64_t now = monotonicNs();
        builder.stamp(seq, now);
        endpoint.send(builder.data(), builder.size());
        MessageHeader h;
        std::memcpy(&h, builder.data(), sizeof h);
        if (info.signalFrames)
            h.size = info.signalBytes;
        writer.sent(h, payload, now, endpoint.lastPlace());
    }
    endpoint.finish();
    if (gate.finishProducer())
        endpoint.endStream(o.shape.consumers, builder);
}

void runConsumer(const WorkerOptions &o, const MechanismInfo &info, Endpoint &endpoint, Gate &gate, SlotWriter &writer,
                 Verifier &verifier)
{
    MessageBuffer buffer(info.takesSize ? o.shape.size : kHeaderSize);
    const bool handRun = o.telemetry.empty();
    uint64_t nextQueueSample = 0;
    uint64_t lastMessageNs = monotonicNs();
    for (;;) {
        const size_t n = endpoint.receive(buffer.data(), buffer.size());
        const uint64_t now = monotonicNs();
        if (n == 0)
            break;
        if (n == kTimedOut) {
            if (gate.stopRequested() || gate.allProducersDone() || (handRun && now - lastMessageNs > kHandRunIdleNs))
                break;
            continue;
        }
        lastMessageNs = now;
        MessageHeader h;
        std::memcpy(&h, buffer.data(), sizeof h);
        const uint8_t *payload = buffer.data() + kHeaderSize;
        switch (verifier.check(buffer.data(), n)) {
        case Verifier::Outcome::Reordered:
            writer.reordered();
            [[fallthrough]];
        case Verifier::Outcome::New:
            writer.received(h, payload, now, endpoint.lastPlace());
            break;
        case Verifier::Outcome::Duplicate:
            writer.duplicated(h, now);
            break;
        case Verifier::Outcome::Corrupted:
            writer.corrupted(buffer.data(), n, now);
            break;
        case Verifier::Outcome::End:
            writer.endOfStream(now);
            return;
        }
        if (writer.live() && now >= nextQueueSample) {
            writer.queued(endpoint.queuedBytes());
            nextQueueSample = now + kQueueSampleNs;
        }
    }
}

void printSummary(const WorkerOptions &o, const WorkerSlot &slot)
{
    std::printf("%s pid=%d messages=%llu bytes=%llu corrupted=%llu duplicated=%llu reordered=%llu first_ns=%llu "
                "last_ns=%llu\n",
                workerName(o).c_str(), int(getpid()), (unsigned long long)slot.messages.load(),
                (unsigned long long)slot.bytes.load(), (unsigned long long)slot.corrupted.load(),
                (unsigned long long)slot.duplicated.load(), (unsigned long long)slot.reordered.load(),
                (unsigned long long)slot.firstNs.load(), (unsigned long long)slot.lastNs.load());
    std::fflush(stdout);
}

} // namespace

int runWorker(const WorkerOptions &o)
{
    const Mechanism *mechanism = findMechanism(o.mechanism);
    if (!mechanism) {
        std::fprintf(stderr, "ipcscope-worker: unknown mechanism '%s'\n", o.mechanism.c_str());
        return 2;
    }
    const MechanismInfo &info = mechanism->info();

    TelemetryBlock block;
    std::unique_ptr<WorkerSlot> privateSlot;
    WorkerSlot *slot = nullptr;
    int slotIndex = 0;
    try {
        if (!o.telemetry.empty()) {
            block = TelemetryBlock::open(o.telemetry);
            slotIndex = o.role == Role::Producer ? o.index : int(block.control()->producers) + o.index;
            if (slotIndex >= block.workers())
                throw SysError("telemetry slot", ERANGE, workerName(o) + " has no slot in " + o.telemetry);
            slot = block.slot(slotIndex);
        } else {
            privateSlot = std::make_unique<WorkerSlot>();
            slot = privateSlot.get();
        }
    } catch (const SysError &e) {
        std::fprintf(stderr, "ipcscope-worker %s: %s\n", workerName(o).c_str(), e.what());
        return 1;
    }
    slot->pid.store(getpid());
    if (o.cpu >= 0) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(o.cpu, &set);
        if (sched_setaffinity(0, sizeof set, &set) != 0)
            std::fprintf(stderr, "ipcscope-worker %s: cannot pin to CPU %d: %s\n", workerName(o).c_str(), o.cpu,
                         std::strerror(errno));
    }
    SlotWriter writer(slot, o.live);
    Gate gate(block.isValid() ? block.control() : nullptr, slotIndex, writer, o.rate);
    gate.publish(WorkerState::Starting);

    Objects created;
    try {
        Params params = o.params;
        if (o.create) {
            created = mechanism->create(o.shape, o.params);
            for (const auto &[key, value] : created.params)
                params[key] = value;
            for (InheritedFd &f : created.fds) {
                if (f.role != o.role || (f.index >= 0 && f.index != o.index))
                    continue;
                if (f.fd != kInheritedFd)
                    checked(dup2(f.fd, kInheritedFd), "dup2");
                else
                    f.fd = -1; // already where the endpoint looks: keep it open
            }
            created.closeFds();
            std::fprintf(stderr, "ipcscope-worker %s: created %s\n", workerName(o).c_str(), formatParams(params).c_str());
        }
        if (info.needsConsumerPid && o.role == Role::Consumer)
            std::fprintf(stderr, "ipcscope-worker %s: my pid is %d\n", workerName(o).c_str(), int(getpid()));
        const EndpointContext context{o.role, o.index, o.shape, params, gate};
        std::unique_ptr<Endpoint> endpoint = mechanism->open(context);
        std::unique_ptr<Verifier> verifier;
        if (o.role == Role::Consumer) {
            Verifier::Options v;
            v.producers = o.shape.producers;
            v.size = info.takesSize ? o.shape.size : kHeaderSize;
            v.payloadText = o.payload;
            v.signalFrames = info.signalFrames;
            if (block.isValid())
                v.seenBitmap = [&block](int p) { return block.seenBitmap(p); };
            v.soleConsumer = o.shape.consumers == 1;
            verifier = std::make_unique<Verifier>(v);
        }
        gate.waitForGo();
        if (o.role == Role::Producer)
            runProducer(o, info, *endpoint, gate, writer);
        else
            runConsumer(o, info, *endpoint, gate, writer, *verifier);
    } catch (const SysError &e) {
        slot->error.store(e.error());
        writer.recordUsage();
        slot->state.store(packState(WorkerState::Failed));
        std::fprintf(stderr, "ipcscope-worker %s: %s\n", workerName(o).c_str(), e.what());
        created.removeAll();
        return 1;
    }
    writer.recordUsage();
    slot->state.store(packState(WorkerState::Done));
    created.removeAll();
    printSummary(o, *slot);
    return 0;
}

} // namespace ipcscope
