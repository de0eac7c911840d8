#pragma once
// Where a killed producer's lost messages went. At full speed shm-spsc's
// producer moves head once every few messages, not after each (shmspsc.cpp,
// kBatch): killed in between, it leaves its last messages written into the
// slots past head, where no consumer will ever look. They were counted as
// sent and are never received, so the run reports them lost; read back from
// the ring before its segment goes, the fault log can say that this is why.
#include "runtypes.h"

#include "engine/objects.h"

#include <QCoreApplication>
#include <QStringList>

namespace ipcscope {

class Mechanism;
struct RingReading;
struct Shape;

class Unannounced {
    Q_DECLARE_TR_FUNCTIONS(Unannounced)
public:
    // How many of the first `sent` messages of producer `producer` (its
    // index) lie in `ring` written but past head: the slots from head on that
    // carry its messages in order, continuing the one at head − 1 (or its
    // first, at position 0). Whatever the slots or counters say is only
    // compared; a ring whose counters no run can have written has none.
    static quint64 count(const RingReading &ring, int producer, quint64 sent);

    // The line for `n` such messages of `producer` ("P1").
    static QString line(const QString &producer, quint64 n);

    // The fault log's line for each producer in `snapshot` ended by a signal
    // that left such messages in the ring of `mechanism`, read from the run's
    // own segment (`params`); none where the mechanism has no ring or its
    // segment cannot be read any more. Before the objects are removed.
    static QStringList lines(const Mechanism &mechanism, const Params &params, const Shape &shape,
                             const RunSnapshot &snapshot);
};

} // namespace ipcscope
