#include "unannounced.h"

#include "engine/mechanism.h"
#include "engine/mechanisms/shmring.h"

#include <algorithm>
#include <climits>
#include <exception>

namespace ipcscope {

quint64 Unannounced::count(const RingReading &ring, int producer, quint64 sent)
{
    const quint64 n = ring.cells.size();
    if (n == 0 || producer < 0 || ring.head < ring.tail || ring.head - ring.tail > n)
        return 0;
    // Each slot keeps the last message written into it. A slot past head
    // holds either one written and not yet announced or one a lap old,
    // already taken: only the first continue the message announced last.
    quint64 next = 0;
    if (ring.head > 0) {
        const RingReading::Slot &last = ring.cells[(ring.head - 1) % n];
        if (!last.holdsMessage || last.producer != producer)
            return 0;
        next = last.seq + 1;
    }
    // The producer writes no further than a ring past tail, and fewer than a
    // whole ring past head: the slot at head − 1 is still its last announced.
    const quint64 room = std::min(n - 1, ring.tail + n - ring.head);
    quint64 k = 0;
    // A message written but not yet counted as sent (killed between the
    // copy and the count) is no lost one: only the first `sent` count.
    while (k < room && next + k < sent) {
        const RingReading::Slot &cell = ring.cells[(ring.head + k) % n];
        if (!cell.holdsMessage || cell.producer != producer || cell.seq != next + k)
            break;
        ++k;
    }
    return k;
}

QStringList Unannounced::lines(const Mechanism &mechanism, const Params &params, const Shape &shape,
                               const RunSnapshot &snapshot)
{
    QVector<const WorkerSnapshot *> killed;
    for (const WorkerSnapshot &w : snapshot.workers)
        if (w.role == Role::Producer && w.exited && !w.exitSignal.isEmpty() && w.messages > 0)
            killed << &w;
    if (killed.isEmpty() || mechanism.info().scene != SceneKind::Ring)
        return {};
    RingReading ring;
    try {
        const std::unique_ptr<RingObserver> observer = mechanism.observeRing(params, shape);
        if (!observer)
            return {};
        ring = observer->read();
    } catch (const std::exception &) {
        return {}; // the segment was removed (a fault) or is not this run's ring
    }
    QStringList out;
    for (const WorkerSnapshot *w : killed)
        if (const quint64 n = count(ring, w->index, w->messages))
            out << line(w->name(), n);
    return out;
}

QString Unannounced::line(const QString &producer, quint64 n)
{
    return tr("%n lost message(s) had been written into the ring by %1 and never announced: it was killed before it "
              "moved head",
              nullptr, int(std::min<quint64>(n, INT_MAX)))
        .arg(producer);
}

} // namespace ipcscope
