#pragma once
// What a run is: the mechanism, how many producers and consumers, message
// size, how much or how long, how fast, what the payload says. The GUI's
// editor, the CLI's options and scenario files all fill one of these, and
// validate() refuses an impossible one before anything starts.
#include "engine/mechanism.h"
#include "engine/workercommand.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace ipcscope {

// One reason a scenario cannot run, and the field it is about.
struct ScenarioProblem {
    enum class Field { Mechanism, Producers, Consumers, Size, Amount, Rate, Payload, RingSlots, Other };
    Field field;
    QString message;
};

// Where the workers run: where the scheduler puts them, producers and
// consumers on different CPUs, or all of them on CPU 0 (the two placements a
// benchmark reports apart: on one CPU every hand-off is a context switch).
enum class CpuPlacement { Free, Split, Same };

struct Scenario {
    Q_DECLARE_TR_FUNCTIONS(Scenario)

public:
    QString mechanism = QStringLiteral("sysv-shm");
    int producers = 1;
    int consumers = 1;
    int size = 64;             // the whole message, header included; ignored for signals
    qint64 count = 1000;       // messages per producer (when durationS is 0 and not untilStopped)
    double durationS = 0;      // run this long instead of a count
    bool untilStopped = false; // run until Stop, whatever count and duration say
    double rate = 0;           // messages per second per producer, 0 = unlimited
    QString payload;           // repeated over the payload; empty: "Hello from Pn! "
    int ringSlots = 8;         // ring slots of the shared-memory mechanisms
    bool telemetry = true;     // off: only counters, for a bare benchmark
    CpuPlacement cpus = CpuPlacement::Free; // Split needs two CPUs or more, else it is Free
    SchedPolicy sched = SchedPolicy::Batch; // the workers' scheduling policy (engine/schedpolicy.h)
    // Ping-pong: one producer sends and waits for each message to come back
    // from one consumer over a second channel of the same mechanism; the
    // latency measured is the round trip.
    bool pingPong = false;
    // The System V ring's locks (put, take) taken with SEM_UNDO: the kernel
    // gives a lock back when its holder dies.
    bool semUndo = false;
    // Faults to inject while it runs, as a script ("1:stop P1; 2:cont P1"; fault.h).
    QString faults;
    // For the lessons (not in the editor): see WorkerCommand.
    struct Tweaks {
        double consumerRate = 0;
        quint64 stopAfter = 0;
        bool ignoreSigpipe = false;
        bool allowTornWrites = false;
        int pipeCapacity = 0; // F_SETPIPE_SZ, 0 = the default
    } tweaks;

    // Empty when the run is possible; otherwise one line naming the limit and
    // where it comes from, after the mechanism's id.
    QString validate() const;
    // Every reason, each with its field, for an editor to show beside it.
    QVector<ScenarioProblem> problems() const;
    const Mechanism *findMechanism() const;
    Shape shape() const;
    bool byDuration() const { return !untilStopped && durationS > 0; }
    bool byCount() const { return !untilStopped && durationS <= 0; }
    // The CPU a worker is pinned to, or -1 (not pinned, or Split on one CPU).
    int cpuFor(Role role, int index) const;
    // The command line of a worker of this scenario, before the objects,
    // telemetry and CPU of a particular run are filled in.
    WorkerCommand workerCommand(Role role, int index) const;

    QJsonObject toJson() const;
    // Fills from a scenario file's object; unknown keys are ignored, missing
    // ones keep their defaults. A value of the wrong type, out of its range or
    // too long is refused: `error` names the first such key and what it may be.
    static Scenario fromJson(const QJsonObject &object, QString *error = nullptr);
};

// What a scenario may ask for, wherever it comes from. The window's editor
// (ui/scenarioeditor.ui) holds exactly these ranges, so that a file's value
// is taken as it is or refused, never clamped by a spin box in silence.
constexpr int kMaxMechanismId = 32; // characters
constexpr int kMaxPayloadText = 256;
constexpr int kMaxFaultScript = 4096; // characters
constexpr qint64 kMaxCount = 2'000'000'000; // messages per producer
constexpr double kMaxRate = 1e7;            // messages per second per producer
constexpr double kMaxDurationS = 86400;     // a day
constexpr int kMaxRingSlots = 1024;         // the engine's limit (shapeRefusals)
constexpr int kMaxPipeCapacity = 1 << 30;   // F_SETPIPE_SZ, as root

} // namespace ipcscope
