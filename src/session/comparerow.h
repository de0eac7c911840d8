#pragma once
// One row of a comparison: a mechanism at one message size and one number of
// producers and consumers, with what was measured there (each figure the
// median of the repetitions with its spread), the facts that explain it (the
// limit that decides it, how complex the code is, what the workers waited
// in), the lecture's words, and the classifier's verdict. Plain data: the
// runner fills it, a saved file restores it, the model shows it.
#include "lecturetable.h"

#include "engine/telemetry.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ipcscope {

struct ComparePoint {
    QString mechanism;
    int size = 0; // 0: a signal, which carries no message
    int producers = 1;
    int consumers = 1;

    bool isSignal() const { return size == 0; }
    bool isPair() const { return producers == 1 && consumers == 1; }
    // "1:1", "4:4"
    QString workers() const;
    bool operator==(const ComparePoint &) const = default;
};

struct Spread {
    bool valid = false;
    double median = 0;
    double min = 0;
    double max = 0;
};

// The median and range of some repetitions' values (invalid when there are none).
Spread spreadOf(QVector<double> values);

// The code a programmer writes for a mechanism: the C the workers run
// (resources/code) and the kernel objects a run of one producer and one
// consumer creates and must remove or close.
struct Complexity {
    int calls = -1; // distinct functions the C calls; -1: not known
    int lines = -1; // lines of code, without comments and blank lines
    int objects = -1;
    bool valid() const { return calls >= 0; }
};

// Where the workers were seen asleep in the kernel while the stream ran:
// polled from telemetry and /proc, a sample at a time.
struct Blocking {
    struct Side {
        int samples = 0;
        int blocked = 0;
        // The call it was most often asleep in: send, or P on "empty".
        Op op = Op::None;
        QString object;
        double share() const { return samples > 0 ? double(blocked) / samples : 0; }
    };
    Side send;    // the producers
    Side receive; // the consumers
    bool valid() const { return send.samples > 0 || receive.samples > 0; }
};

// What the workers need to stay in step, from the mechanism's descriptor.
struct Synchronisation {
    enum class Kind { None, Kernel, Objects };
    Kind kind = Kind::Kernel;
    QStringList objects; // semaphores or locks, by name, where kind is Objects
};

// The classifier's judgement of a row's throughput (classifier.h).
struct ThroughputVerdict {
    enum class Class { High, Medium, Low, Lossy, Undecided, Failed };
    enum class Unit { MessagesPerS, MegabytesPerS };
    enum class Agreement { NotJudged, Agrees, Disagrees };
    Class cls = Class::Failed;
    Unit unit = Unit::MessagesPerS;
    Spread figure;   // the judged figure, in its unit
    Spread share;    // of the fastest lossless mechanism's median in the same group
    double fastest = 0;
    QString fastestMechanism;
    int groupSize = 0; // the message size the group is judged at
    bool singleSample = false;
    Agreement agreement = Agreement::NotJudged;
    QString lost; // "477,000" or "12–480", for a lossy row
};

struct CompareRow {
    ComparePoint point;
    int repetitions = 0;
    Spread mbPerS;
    Spread msgsPerS;
    Spread rttP50Us;    // the round trip of a ping-pong
    Spread rttP99Us;
    Spread oneWayP50Us; // during the full-speed stream: mostly time spent queued
    Spread cpuUsPerMsg;
    Spread ctxtPerMsg;
    Spread lost;
    QString error; // a run that failed
    // The facts beside the figures.
    // The limit that decides this row, as a saved comparison without the
    // machine's limits has it; else it is said anew from them (decidinglimit.h).
    QString limit;
    Complexity complexity;
    Blocking blocking;
    ThroughputVerdict verdict; // filled by classify()
};

} // namespace ipcscope
