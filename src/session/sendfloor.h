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

#include <QString>
#include <QVector>

namespace ipcscope {

// Raises each producer's `messages` in `workers` to the newest sequence
// number + 1 that any consumer took from it. The consumers' takenFrom must
// have been read before the producers' counts. A value no worker of ours
// writes is set to 0, ignored, and counted in the return value: one naming a
// producer the run does not have, or more than one beyond its producer's
// count (the producer had counted every message before the one a consumer
// took, and its count was read after the consumer's value).
//
// A producer whose messages are all `messageBytes` long (the scenario's size,
// or what one signal carries) has its bytes raised with its messages, to
// messages × messageBytes: its bytes trail its count exactly as far. With 0
// (sizes that vary) the bytes are left as counted.
quint64 raiseToTaken(QVector<WorkerSnapshot> &workers, quint64 messageBytes = 0);

// The values ignored (the return value above, summed over a run), in words
// for the status line and the CLI: "3 values from shared memory ignored";
// empty for none.
QString ignoredText(quint64 untrusted);

} // namespace ipcscope
