#pragma once
// What every IPC mechanism provides. The session calls create() to make the
// kernel objects of a run and sample() to read their state from the kernel;
// each worker calls open() to get its Endpoint and then sends or receives
// whole messages. One file per mechanism under mechanisms/.
#include "gate.h"
#include "limits.h"
#include "objects.h"
#include "resources.h"
#include "telemetry.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ipcscope {

class MessageBuilder;
class RingObserver;
class RunPeers;
class Verifier;

struct Shape {
    int producers = 1;
    int consumers = 1;
    uint32_t size = 64;     // the whole message as the mechanism carries it, header included
    uint32_t ringSlots = 8; // ring slots of the shared-memory mechanisms
    // A lesson lets several writers share a pipe with records over PIPE_BUF,
    // to show them tear; everywhere else that is refused.
    bool allowTornWrites = false;

    bool operator==(const Shape &) const = default;
};

// Why a shape cannot run, and which of its fields is at fault.
struct Refusal {
    enum class Field { None, Producers, Consumers, Size, RingSlots };
    Field field = Field::None;
    Text text;
    bool empty() const { return text.empty(); }
};

// The lecture's groups, in its order.
enum class Group { Signals, PipesAndFifos, SharedMemory, MessageQueues, Sockets };
Text groupTitle(Group group);
constexpr Group kGroups[] = {Group::Signals, Group::PipesAndFifos, Group::SharedMemory, Group::MessageQueues,
                             Group::Sockets};

// The row of the lecture's closing table a mechanism stands in (the session
// holds the row's words: session/lecturetable.h).
enum class LectureKind { Signals, Pipes, Fifo, SharedMemory, MessageQueues, Sockets };

// What bounds the messages in flight between the two sides, with this
// machine's defaults (the comparison names it: session/decidinglimit.h).
enum class InFlightBound {
    PendingBit,      // one pending standard signal
    SignalQueue,     // RLIMIT_SIGPENDING
    PipeCapacity,    // F_GETPIPE_SZ
    RingSlots,       // the ring's slots in shared memory
    QueueBytes,      // System V msgmnb
    QueueMessages,   // POSIX mq_maxmsg
    DatagramQueue,   // net.unix.max_dgram_qlen
    SendBuffer,      // a Unix stream socket's wmem_default
    TcpBuffers,      // tcp_wmem + tcp_rmem, then tuned by the kernel
    ReceiveBuffer    // UDP rmem_default; the rest is dropped
};

// What the scene draws between the workers.
enum class SceneKind {
    Signals,  // pending signals of the consumer
    Stream,   // a byte stream: pipe, FIFO, stream sockets
    Ring,     // slots in shared memory, with head and tail
    Queue,    // whole messages waiting in the kernel
    Datagrams // whole datagrams waiting at a socket
};

// What a semaphore or lock of a mechanism is for: a counter (of free or
// filled slots), a lock (a mutex, binary), or a condition to wait on.
enum class SyncKind { Counter, Lock, Condition };
struct SyncRole {
    SyncKind kind;
    std::string purpose; // QT_TRANSLATE_NOOP("Engine", …): "free slots", "producers' lock"
};

// A name or number a run by hand must agree on (ipcscope-cli run --show-commands).
enum class HandObject {
    PosixName,        // made afresh for the print: /ipcscope-hand-<random>
    SysvKey,          // made afresh for the print: 0x1bc5xxxx
    PrivateDirectory, // made afresh for the print, created by the consumer
    PrintedPort,      // the consumer binds a free one and prints it
    PrintedPid,       // the consumer prints its PID
};
struct HandParam {
    std::string key; // the --object key
    HandObject object;
};

// A mechanism, described once. Every layer finds it here by id: the session
// and the window translate its texts (context "Engine") and draw the scene
// its kind names; nothing else compares mechanism names.
struct MechanismInfo {
    std::string id;
    Group group;
    LectureKind lecture;
    InFlightBound inFlight;
    std::string title;   // QT_TRANSLATE_NOOP("Engine", …)
    std::string summary; // QT_TRANSLATE_NOOP("Engine", …): two or three sentences for students
    std::string calls;   // its system calls as the lecture writes them (C, not translated)
    uint32_t colour;     // 0xRRGGBB, the same everywhere (Okabe–Ito and neighbours)
    SceneKind scene;
    bool keepsBoundaries = true;
    bool lossy = false; // loss is possible by design (and is the lesson)
    // Anyone on the machine can send to it (UDP on loopback): a datagram that
    // fails verification came from outside the run, since nothing on the way
    // corrupts one, and is counted as foreign, not as corrupted.
    bool anyoneCanSend = false;
    bool takesSize = true; // signals carry only their sigval
    int maxProducers = kMaxProducers;
    int maxConsumers = kMaxConsumers;
    std::vector<std::string> syncObjects; // names of its semaphores and locks, by index
    std::vector<SyncRole> syncRoles;      // what each of them is for, by the same index
    bool needsConsumerPid = false;        // producers are given the consumer's PID (signals)
    bool pipeBuffer = false;              // a pipe's buffer carries it: F_SETPIPE_SZ resizes it
    bool signalFrames = false;            // messages are synthesised from signals, without payload
    uint32_t signalBytes = 0;             // what one signal carries (its sigval), for the byte counts
    // Run by hand: what the commands name; whether the workers inherit the
    // channel's ends from a common parent (a shell pipeline); whether they
    // need the run's token; a note for the person starting them.
    std::vector<HandParam> handParams;
    bool inheritsEnds = false;
    bool needsToken = false;
    std::string handNote; // QT_TRANSLATE_NOOP("Engine", …) or empty
};

// A session-side descriptor that a worker inherits as fd kInheritedFd; the
// session holds it only until the workers have started.
struct InheritedFd {
    UniqueFd fd;
    Role role;
    int index; // -1: every worker of that role
};
constexpr int kInheritedFd = 3;
// The reply channel's end, in a ping-pong run.
constexpr int kReplyFd = 4;

// The names of what a run made: handed to the workers, removed after it.
struct Objects {
    Params params;                  // handed to every worker as --object
    std::vector<OwnedObject> owned; // removed after the run

    void removeAll() const;
};

// Removes what it watches if its scope is left by an exception, so that a
// create() failing half-way leaves nothing behind.
class RemoveOnFailure {
public:
    explicit RemoveOnFailure(const Objects &objects);
    ~RemoveOnFailure();
    RemoveOnFailure(const RemoveOnFailure &) = delete;
    RemoveOnFailure &operator=(const RemoveOnFailure &) = delete;

private:
    const Objects &m_objects;
    int m_exceptions;
};

// What Mechanism::create() made: the objects, and the ends the workers inherit.
struct Created {
    Objects objects;
    std::vector<InheritedFd> fds;
};

// What a run of one shape takes from the machine beyond its processes, so
// that a limit it would hit is named before anything starts (preflight.h).
struct Footprint {
    int sysvSegments = 0;
    uint64_t sysvSegmentBytes = 0; // each
    int sysvSemaphoreSets = 0;
    int sysvSemaphoresPerSet = 0;
    int sysvQueues = 0;
    int posixQueues = 0;
    uint64_t posixQueueBytes = 0; // each, as RLIMIT_MSGQUEUE counts it
    uint64_t shmBytes = 0;        // files in /dev/shm: segments, semaphores
    int producerFds = 0;          // descriptors a producer holds, beyond stdio
    int consumerFds = 0;
    int sessionFds = 0; // held by the session until the workers have started
    bool realtimeSignals = false;
};

struct KernelValue {
    std::string object; // "empty", "queue", "segment"
    std::string field;  // "semval", "qnum", "nattch"
    int64_t value;
};

struct EndpointContext {
    Role role;
    int index;
    Shape shape;
    Params params;
    Gate &gate;
    RunPeers &peers;       // who may connect or send (sockets)
    int fd = kInheritedFd; // where an inherited end of this channel is
};

constexpr size_t kTimedOut = SIZE_MAX;

class Endpoint {
public:
    virtual ~Endpoint() = default;
    // Producer: sends one whole message and blocks while the object is full.
    // `message` has kHeadroom writable bytes in front of it.
    virtual void send(uint8_t *message, size_t len) = 0;
    // Consumer: receives one whole message into `buffer` (capacity `cap`, with
    // headroom) and returns its length; 0 at the end of the stream; kTimedOut
    // when a lossy mechanism heard nothing for a while.
    virtual size_t receive(uint8_t *buffer, size_t cap) = 0;
    // Consumer: receive() and Verifier::intact() in one; `intact` says
    // whether the message passed. Afterwards `buffer` holds at least its
    // first kKeptBytes. By default the message is received into `buffer` and
    // checked there; a ring in shared memory checks it in its slot instead,
    // reading it once, and copies out only those bytes (shm-mutex copies a
    // small message out whole under its mutex and checks the copy after it
    // unlocks, to hold the lock no longer than the copy).
    virtual size_t receiveChecked(uint8_t *buffer, size_t cap, const Verifier &verifier, bool &intact);
    // Producer: its last message is sent (stream mechanisms close their end).
    virtual void finish() {}
    // A ring may then publish its counter (head, tail) once every few
    // messages instead of after each, so that the counters' lines cross
    // between two CPUs less often. Asked only by a loop that calls publish()
    // before it waits anywhere but in this endpoint or its gate (a ping-pong
    // does not ask: it waits for each echo on another endpoint). The endpoint
    // publishes before it waits for the other side, at once while the run is
    // paced or paused and whenever the other side sleeps; the gate, before
    // it holds or paces; finish() and endStream() at the end.
    virtual void batchPublication() {}
    // Gives out at once what the last sends or receives held back.
    virtual void publish() {}
    // The last producer tells `consumers` consumers that the stream ended; by
    // default an end-of-stream message each, which queues after all the data.
    virtual void endStream(int consumers, MessageBuilder &builder);
    // Bytes waiting in the object as this worker can see them (FIONREAD...),
    // and how many it can hold where the kernel says (a pipe's F_GETPIPE_SZ).
    virtual uint64_t queuedBytes() { return 0; }
    virtual uint64_t capacityBytes() { return 0; }
    // Consumer: the datagrams the kernel dropped at its socket for want of
    // room, where a mechanism loses them so (UDP); 0 elsewhere.
    virtual uint64_t kernelDrops() { return 0; }
    // The ring slot of the last send or receive (shared-memory mechanisms).
    virtual uint16_t lastPlace() const { return 0; }
    // Consumer: closes its read end while the writers go on (a playground
    // fault). Returns the call as strace prints it, or empty where a
    // mechanism has no such end.
    virtual std::string closeRead() { return {}; }
};

// Reads one run's objects poll after poll (Mechanism::kernelReader): what it
// opens to read them it keeps open until it is destroyed, which the run does
// before it removes them, where sample() opens and closes them each time.
class KernelReader {
public:
    virtual ~KernelReader();
    virtual std::vector<KernelValue> read(const Params &params) = 0;
};

class Mechanism {
public:
    virtual ~Mechanism();
    virtual const MechanismInfo &info() const = 0;
    // The largest whole message this machine allows, with where that comes from.
    virtual Limit maxMessage() const = 0;
    // Every limit worth knowing, for `ipcscope-cli list`.
    virtual std::vector<Limit> limits() const = 0;
    // A reason to refuse this shape beyond the size and counts, or empty.
    virtual Refusal refuse(const Shape &) const { return {}; }
    // What one channel of this shape takes from the machine.
    virtual Footprint footprint(const Shape &) const { return {}; }
    // Creates the run's kernel objects; `requested` may fix their names (a
    // worker started by hand with --create). Throws SysError.
    virtual Created create(const Shape &shape, const Params &requested) const = 0;
    virtual std::unique_ptr<Endpoint> open(const EndpointContext &context) const = 0;
    // The objects' state as the kernel reports it now.
    virtual std::vector<KernelValue> sample(const Params &) const { return {}; }
    // The same values for a run's polls; the default asks sample() each time.
    virtual std::unique_ptr<KernelReader> kernelReader() const;
    // A ring mechanism's segment, mapped read-only for the session to draw
    // its slots; null for the others.
    virtual std::unique_ptr<RingObserver> observeRing(const Params &params, const Shape &shape) const;
};

const std::vector<const Mechanism *> &allMechanisms();
const Mechanism *findMechanism(const std::string &id);
// Empty when the shape is possible, else one line naming the limit and its source.
// Every reason this shape cannot run, one per field at fault.
std::vector<Refusal> shapeRefusals(const Mechanism &mechanism, const Shape &shape);
// The first of them, or none.
Refusal validateShape(const Mechanism &mechanism, const Shape &shape);

} // namespace ipcscope
