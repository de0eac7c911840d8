#include "worker.h"

#include "clock.h"
#include "message.h"
#include "peers.h"
#include "schedpolicy.h"
#include "syserror.h"
#include "telemetryblock.h"
#include "verifier.h"
#include "workerloops.h"

#include <sched.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>

namespace ipcscope {

namespace {

std::string workerName(const WorkerCommand &o)
{
    return (o.role == Role::Producer ? "P" : "C") + std::to_string(o.index + 1);
}

// "pid=slot:N" names the process in telemetry slot N, known only once it runs
// (a ping-pong's consumer replies to its producer): wait for it to appear.
void resolveSlotPid(Params &params, const TelemetryBlock &block)
{
    const std::string pid = param(params, "pid");
    if (pid.rfind("slot:", 0) != 0)
        return;
    const int slot = std::stoi(pid.substr(5));
    if (!block.isValid() || slot < 0 || slot >= block.slotCount())
        throw SysError("resolve " + pid, EINVAL, "no such telemetry slot");
    for (int i = 0; i < 1000; ++i) {
        if (const int32_t found = block.slot(slot)->pid.load(std::memory_order_acquire); found > 0) {
            params["pid"] = std::to_string(found);
            return;
        }
        const timespec nap{0, 10'000'000};
        nanosleep(&nap, nullptr);
    }
    throw SysError("resolve " + pid, ETIMEDOUT, "the worker in that slot never started");
}

// Whether every other worker of the run is held to the one CPU this worker
// is held to (--cpus same): then whatever they wrote into shared memory is
// near, in this CPU's caches (Verifier::setWritersOnThisCpu). A worker
// not started, or one that cannot be asked, counts as elsewhere; one that
// joins later is not asked. Either way only the speed of the check changes,
// never its verdict.
bool othersOnThisCpu(const TelemetryBlock &block)
{
    cpu_set_t mine;
    if (!block.isValid() || sched_getaffinity(0, sizeof mine, &mine) != 0 || CPU_COUNT(&mine) != 1)
        return false;
    for (int i = 0; i < block.workers(); ++i) {
        const pid_t pid = block.slot(i)->pid.load(std::memory_order_acquire);
        cpu_set_t theirs;
        if (pid == getpid())
            continue;
        if (pid <= 0 || sched_getaffinity(pid, sizeof theirs, &theirs) != 0 || !CPU_EQUAL(&mine, &theirs))
            return false;
    }
    return true;
}

void printSummary(const WorkerCommand &o, const WorkerSlot &slot)
{
    std::printf("%s pid=%d messages=%llu bytes=%llu corrupted=%llu duplicated=%llu reordered=%llu first_ns=%llu "
                "last_ns=%llu strangers=%llu foreign=%llu\n",
                workerName(o).c_str(), int(getpid()), (unsigned long long)slot.messages.load(),
                (unsigned long long)slot.bytes.load(), (unsigned long long)slot.corrupted.load(),
                (unsigned long long)slot.duplicated.load(), (unsigned long long)slot.reordered.load(),
                (unsigned long long)slot.firstNs.load(), (unsigned long long)slot.lastNs.load(),
                (unsigned long long)slot.strangers.load(), (unsigned long long)slot.foreign.load());
    std::fflush(stdout);
}

} // namespace

int runWorker(const WorkerCommand &o)
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
            if (block.producers() != o.shape.producers || block.consumers() != o.shape.consumers)
                throw SysError("open telemetry", EPROTO,
                               o.telemetry + " is the block of a run of another shape (" +
                                   std::to_string(block.producers()) + ":" + std::to_string(block.consumers()) + ")");
            slotIndex = o.slot >= 0 ? o.slot : o.role == Role::Producer ? o.index : block.producers() + o.index;
            if (o.index < 0 || slotIndex >= block.slotCount())
                throw SysError("telemetry slot", ERANGE, workerName(o) + " has no slot in " + o.telemetry);
            // A worker added to a running run takes the spare slot the
            // session named for it, and nobody else's.
            if (o.slot >= 0 && (slotIndex < block.workers() ||
                                Role(block.slot(slotIndex)->role.load()) != o.role ||
                                int(block.slot(slotIndex)->index.load()) != o.index))
                throw SysError("telemetry slot", EPROTO,
                               "slot " + std::to_string(slotIndex) + " of " + o.telemetry + " is not " +
                                   workerName(o) + "'s");
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
    if (o.ignoreSigpipe)
        signal(SIGPIPE, SIG_IGN); // a write to a pipe nobody reads then fails with EPIPE
    if (o.cpu >= 0) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(o.cpu, &set);
        if (sched_setaffinity(0, sizeof set, &set) != 0)
            std::fprintf(stderr, "ipcscope-worker %s: cannot pin to CPU %d: %s\n", workerName(o).c_str(), o.cpu,
                         std::strerror(errno));
    }
    if (!applySchedPolicy(o.sched))
        std::fprintf(stderr, "ipcscope-worker %s: cannot take the %s scheduling policy: %s\n", workerName(o).c_str(),
                     schedPolicyName(o.sched), std::strerror(errno));
    SlotWriter writer(slot, o.live);
    if (block.isValid())
        writer.followSampling(block.control());
    const char *handToken = std::getenv("IPCSCOPE_TOKEN");
    RunPeers peers(block, *slot, handToken ? handToken : "");
    Gate gate(block.isValid() ? block.control() : nullptr, slotIndex, writer, o.rate);
    gate.publish(WorkerState::Starting);

    Objects created;
    try {
        Params params = o.params;
        if (o.create) {
            Created made = mechanism->create(o.shape, o.params);
            created = made.objects;
            for (const auto &[key, value] : created.params)
                params[key] = value;
            for (InheritedFd &f : made.fds) {
                if (f.role != o.role || (f.index >= 0 && f.index != o.index))
                    continue;
                if (f.fd.get() != kInheritedFd)
                    checked(dup2(f.fd.get(), kInheritedFd), "dup2");
                else
                    f.fd.release(); // already where the endpoint looks: keep it open
            }
            made.fds.clear(); // the other ends are not this worker's
            std::fprintf(stderr, "ipcscope-worker %s: created %s\n", workerName(o).c_str(),
                         formatParams(params).c_str());
        }
        if (info.needsConsumerPid && o.role == Role::Consumer)
            std::fprintf(stderr, "ipcscope-worker %s: my pid is %d\n", workerName(o).c_str(), int(getpid()));
        // Both sides open the forward channel before the reply channel, so
        // that opens which wait for their peer (a FIFO) never wait in a circle.
        const EndpointContext context{o.role, o.index, o.shape, params, gate, peers};
        std::unique_ptr<Endpoint> endpoint = mechanism->open(context);
        std::unique_ptr<Endpoint> reply;
        if (o.pingPong) {
            Params replyParams = o.replyParams;
            resolveSlotPid(replyParams, block);
            const Role replyRole = o.role == Role::Producer ? Role::Consumer : Role::Producer;
            reply = mechanism->open(EndpointContext{replyRole, 0, o.shape, replyParams, gate, peers, kReplyFd});
        }
        // The messages a consumer (or a pinger, of its echoes) checks.
        Verifier::Options v;
        // A run that may take more producers admits their messages too.
        v.producers = o.pingPong ? 1 : block.isValid() ? block.producerCapacity() : o.shape.producers;
        v.size = info.takesSize ? o.shape.size : kHeaderSize;
        v.payloadText = o.payload;
        v.signalFrames = info.signalFrames;
        if (block.isValid() && !o.pingPong)
            v.seenBitmap = [&block](int p) { return block.seenBitmap(p); };
        v.soleConsumer = o.pingPong || (o.shape.consumers == 1 && (!block.isValid() || block.spareConsumers() == 0));
        Verifier verifier(v);
        gate.waitForGo();
        // Every worker is pinned (or not) by the time the run goes.
        if (o.pingPong || o.role == Role::Consumer)
            verifier.setWritersOnThisCpu(othersOnThisCpu(block));
        const WorkerLoop loop{o, info, gate, writer, peers};
        if (o.pingPong && o.role == Role::Producer)
            runPinger(loop, *endpoint, *reply, verifier);
        else if (o.pingPong)
            runPonger(loop, *endpoint, *reply, verifier);
        else if (o.role == Role::Producer)
            runProducer(loop, *endpoint);
        else
            runConsumer(loop, *endpoint, verifier);
    } catch (const std::exception &e) {
        // A SysError names the call; anything else (a malformed --object
        // value) still ends the worker cleanly, objects removed.
        const auto *sys = dynamic_cast<const SysError *>(&e);
        slot->error.store(sys ? sys->error() : EINVAL);
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
