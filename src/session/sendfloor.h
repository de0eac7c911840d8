#pragma once
// What the consumers' sequence numbers prove the producers sent.
//
// A producer counts a message once its send has returned, and the consumer
// the send woke may take the message and count it first (on a busy CPU it
// runs before the producer gets back): read as it is, a producer's card would
// say fewer messages than the consumers took from it. Each consumer publishes
// the newest message it took from each producer (WorkerSlot::takenFrom), and
// a producer numbers its messages 0, 1, 2, ... in the order it sends them: a
// consumer that took message n of producer p proves that p sent n + 1, so p's
// count is raised to that — exactly, also where messages are lost (udp,
// shm-nosync): a lost message has its number, and a later one that arrived
// says it was sent all the same. Nothing is raised by a message that never
// arrived.
#include "runtypes.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

namespace ipcscope {

// The values ignored over a run, each counted once: a value stays in shared
// memory until its worker writes another, and every poll reads it again
// (counted on every poll, one value read 20 times a second made hundreds).
class IgnoredValues {
public:
    // `value`, read from consumer slot `slot` for producer `producer`, is
    // ignored: counted, unless it is the one last counted there and no
    // value was taken there since.
    void ignore(int slot, int producer, quint64 value);
    // A value taken there: the next one ignored there is new.
    void taken(int slot, int producer);
    quint64 count() const { return m_count; }

private:
    QHash<QPair<int, int>, quint64> m_last;
    quint64 m_count = 0;
};

// Raises each producer's `messages` in `workers` to the newest sequence
// number + 1 that any consumer took from it. The consumers' takenFrom must
// have been read before the producers' counts. A value no worker of ours
// writes is set to 0, ignored, and counted in the return value: one naming a
// producer the run does not have, or more than one beyond its producer's
// count (the producer had counted every message before the one a consumer
// took, and its count was read after the consumer's value). With `ignored`,
// each is also kept there, where a value read again is counted once.
//
// A producer whose messages are all `messageBytes` long (the scenario's size,
// or what one signal carries) has its bytes raised with its messages, to
// messages × messageBytes: its bytes trail its count exactly as far. With 0
// (sizes that vary) the bytes are left as counted.
quint64 raiseToTaken(QVector<WorkerSnapshot> &workers, quint64 messageBytes = 0, IgnoredValues *ignored = nullptr);

// The values ignored (IgnoredValues::count() over a run), in words
// for the status line and the CLI: "3 values from shared memory ignored";
// empty for none.
QString ignoredText(quint64 untrusted);

} // namespace ipcscope
