#pragma once
// The one rule by which events are sampled at speed (docs/recording.md):
// by message, not by time. A message's events are kept when its sequence
// number is a multiple of `every`, a power of two; the producer that sends
// it and the consumer that receives it apply the same rule, so a kept send
// has its receive kept too, and the timeline can draw the arrow between
// them. Two time budgets, one per worker, would pick different messages.
//
// Two places apply it: the workers, which publish only those messages'
// events (ControlBlock::eventEvery, set by the run from the rate), and the
// recorder, which of one poll's events keeps a coarser multiple of it.
#include "engine/telemetry.h"

#include <QVector>

namespace ipcscope {

struct RunSnapshot;

class EventSampling {
public:
    // The density the workers' own time budget allowed before
    // (SlotWriter::kEventSpacingNs): about one message event per 20 µs.
    static constexpr double kWorkerEventsPerS = 50'000;

    // The workers' `every` for the busiest worker's rate: 1 (every
    // message) while it is slow, else the power of two that keeps about
    // kWorkerEventsPerS.
    static quint32 workerEvery(double busiestMsgsPerS);
    // The recorder's `every` for one poll: `workerEvery` while no worker
    // has more than `keptWhole` events in it, else the power-of-two
    // multiple of it that leaves the busiest worker about `perPoll`.
    static quint32 recorderEvery(quint32 workerEvery, int mostEvents, int keptWhole, int perPoll);
    // Whether `every` keeps this event: a message's by its seq; the rest
    // (a call done, the end of the stream, a corrupted message) always.
    static bool keeps(EventKind kind, quint64 seq, quint32 every);
    // Whether the rule applies to it: a message's event (sent, received,
    // duplicated), not a call done, the end of a stream or a corruption.
    static bool isMessage(EventKind kind);

    // Follows the run's rate poll by poll; true when `every()` changed.
    bool update(const RunSnapshot &snapshot, quint64 nowNs);
    quint32 every() const { return m_every; }

private:
    QVector<quint64> m_messages; // per worker slot, at the last update
    quint64 m_lastNs = 0;
    quint32 m_every = 1;
};

} // namespace ipcscope
