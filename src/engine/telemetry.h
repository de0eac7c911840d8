#pragma once
// The layout of a run's telemetry block (POSIX shared memory, mode 0600): a
// control header the session writes (go, pause, step tokens, rate, stop), one
// slot per worker that only that worker writes, and the bitmap of messages
// seen, shared by the consumers to count duplicates across all of them.
// Every field is a lock-free atomic, so the layout is address-free and any
// process may read it at any time, also after the writer died.
#include "histogram.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace ipcscope {

constexpr int kMaxProducers = 8;
constexpr int kMaxConsumers = 8;
constexpr int kMaxWorkers = kMaxProducers + kMaxConsumers;
constexpr int kEventRing = 128;
constexpr uint32_t kTelemetryMagic = 0x4d4c4554; // "TELM"
// 7: spare slots and members (add), eventEvery (sampling); 8: takenFrom; 9: kernelDrops
constexpr uint32_t kTelemetryVersion = 9;
// The run's secret, which TCP producers present before their first message:
// only processes that can read this block (mode 0600) know it.
constexpr size_t kRunTokenLength = 32; // hex digits

enum class Role : uint32_t { Producer = 0, Consumer = 1 };

enum class WorkerState : uint8_t {
    Starting, // opening the run's objects
    Ready,    // waiting for the start signal
    Running,  // between calls
    InCall,   // inside `op` on `object`; the kernel may be blocking it
    Critical, // holds lock `object`
    Paused,   // held by the run control before `op`
    Sleeping, // waiting for its next send time (rate limit)
    Done,
    Failed, // `error` holds the errno
};

// The calls a worker makes; each is one Step. Copy and Advance are not
// system calls but the two halves of a ring's put or take that a lecture
// shows apart: the copy into (or out of) the slot, and moving head (or tail).
enum class Op : uint8_t { None, Send, Receive, SemP, SemV, Lock, Unlock, CondWait, CondSignal, Copy, Advance };
constexpr Op kLastOp = Op::Advance;

struct StateWord {
    WorkerState state;
    Op op;
    uint8_t object; // index into the mechanism's sync object names
};
inline uint32_t packState(WorkerState s, Op op = Op::None, uint8_t object = 0)
{
    return uint32_t(s) | uint32_t(op) << 8 | uint32_t(object) << 16;
}
inline StateWord unpackState(uint32_t w)
{
    return {WorkerState(w & 0xff), Op((w >> 8) & 0xff), uint8_t((w >> 16) & 0xff)};
}

enum class EventKind : uint8_t { Sent, Received, Corrupted, Duplicated, OpDone, EndOfStream };

// info packs kind | producer << 8 | place << 16 | size << 32, where place is the
// ring slot of a shared-memory mechanism; an OpDone event puts the sync object
// in place and the Op in size.
struct Event {
    std::atomic<uint64_t> tNs;
    std::atomic<uint64_t> seq;
    std::atomic<uint64_t> info;
    std::atomic<uint64_t> head[2]; // the first payload bytes
};

struct EventRecord {
    uint64_t index; // position in the worker's event stream, from 0
    uint64_t tNs;
    uint64_t seq;
    EventKind kind;
    Op op; // for OpDone
    uint16_t producer;
    uint16_t place;
    uint32_t size;
    char head[16];
};

struct alignas(64) ControlBlock {
    uint32_t magic;
    uint32_t version;
    uint32_t producers;
    uint32_t consumers;
    uint32_t seenBitsLog2; // per producer
    // Slots (and, for producers, seen bitmaps) reserved at the start for
    // workers added to the running run, after the first producers+consumers:
    // the block never grows under the workers that map it.
    uint32_t spareProducers;
    uint32_t spareConsumers;
    // Consumers asked to close their read end (a playground fault), one bit
    // per slot; where the session can reach no other process's descriptor.
    std::atomic<uint32_t> closeRead;
    uint64_t blockSize;
    char token[kRunTokenLength]; // written once, before any worker starts

    // Every change below bumps generation and wakes its futex waiters.
    alignas(64) std::atomic<uint32_t> generation;
    std::atomic<uint32_t> go;
    std::atomic<uint32_t> paused;
    std::atomic<uint32_t> stop;
    std::atomic<uint64_t> rateMilliHz; // per producer, 0 = unlimited
    std::atomic<uint64_t> resumedNs;   // when the last Pause ended (CLOCK_MONOTONIC)
    // At speed a worker publishes the event of message `seq` only when
    // seq % eventEvery == 0 (a power of two; 0 or 1: as its own time budget
    // allows). One rule for every worker, so a sampled send has its receive
    // sampled too: the timeline can pair them (docs/recording.md). The
    // session sets it from the rate; nobody waits on it, so no bump.
    std::atomic<uint32_t> eventEvery;

    // The producers still sending (low 32 bits) and every consumer the run
    // has (high 32 bits), in one word: the last producer to finish reads how
    // many consumers to end the stream for in the same atomic step that makes
    // it the last, and a worker joins only while a producer still sends.
    alignas(64) std::atomic<uint64_t> members;

    alignas(64) std::atomic<uint32_t> stepTokens[kMaxWorkers];
};

struct alignas(64) WorkerSlot {
    std::atomic<int32_t> pid;
    std::atomic<uint32_t> role;
    std::atomic<uint32_t> index; // among its role
    std::atomic<uint32_t> live;  // 1 when it publishes state, events and latency

    alignas(64) std::atomic<uint32_t> state;
    std::atomic<int32_t> error;

    alignas(64) std::atomic<uint64_t> messages; // valid, first-time messages
    std::atomic<uint64_t> bytes;
    std::atomic<uint64_t> corrupted;
    std::atomic<uint64_t> duplicated;
    std::atomic<uint64_t> reordered;
    std::atomic<uint64_t> echoes;        // ping-pong: replies that came back to the pinger
    std::atomic<uint64_t> firstNs;       // first send or receive
    std::atomic<uint64_t> lastNs;        // last send or receive
    std::atomic<uint64_t> queuedBytes;   // bytes waiting in the object, as this worker saw them
    std::atomic<uint64_t> capacityBytes; // how many the object can hold, where it says (F_GETPIPE_SZ)
    std::atomic<uint64_t> kernelDrops;   // a UDP consumer's socket: datagrams the kernel dropped (SO_MEMINFO)
    std::atomic<uint64_t> cpuNs;         // at exit, from getrusage
    std::atomic<uint64_t> voluntaryCtxt;
    std::atomic<uint64_t> involuntaryCtxt;
    // Refused because they were not the run's: connections that did not come
    // from a producer (consumers), datagrams from outside the run (UDP).
    std::atomic<uint64_t> strangers;
    std::atomic<uint64_t> foreign;
    std::atomic<uint32_t> localPort; // a UDP producer's source port, for the consumers to admit
    // System calls a mechanism makes that no message count shows: the futex
    // sleeps and wake-ups of a lock-free ring.
    std::atomic<uint64_t> systemCalls;
    // A robust mutex handed over with EOWNERDEAD (its holder died) and made
    // consistent again by this worker.
    std::atomic<uint64_t> ownerDead;

    // A consumer's newest message from each producer: its sequence number
    // plus one (0: none yet), by the producer id in the header. Producers
    // number their messages 0, 1, 2, ... and count each once its send has
    // returned, so producer p has sent at least takenFrom[p] messages, also
    // when some of them were lost: Run::readSlots raises p's count to it.
    // One release store per message that is newer than the last from its
    // producer, on a line of its own. Producer ids from kMaxProducers on
    // (none today: every mechanism takes at most that many) are not kept.
    alignas(64) std::atomic<uint64_t> takenFrom[kMaxProducers];

    alignas(64) std::atomic<uint64_t> latencyCount;
    std::atomic<uint64_t> latencyMaxNs;
    std::atomic<uint64_t> latencyMinNs; // valid once latencyCount > 0
    std::atomic<uint64_t> latency[kLatencyBuckets];

    alignas(64) std::atomic<uint64_t> eventCount;
    Event events[kEventRing];
};

// Copies the events with index >= from that are still in the ring; returns the
// index to pass next time. Events overwritten while reading are dropped.
uint64_t readEvents(const WorkerSlot &slot, uint64_t from, std::vector<EventRecord> &out);

LatencyCounts readLatency(const WorkerSlot &slot);

} // namespace ipcscope
