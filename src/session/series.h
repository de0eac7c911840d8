#pragma once
// A run's throughput and latency over time, as the graph draws it and the CLI
// prints it. The Run records windows of about 100 ms as exact counts —
// messages and bytes per worker, one-way latencies as a histogram — and this
// series owns everything computed from them: each window's rates, the
// one-second average a graph shows, the unit the bytes read in, the time the
// run was held, and its memory, which stays bounded however long the run goes.
// (As KDE's HistoryProxySource keeps a history apart from what draws it, and
// heaptrack's ChartModel holds the data its chart only draws.)
//
// Bounded by merging, never by dropping: the last `recent` windows (a
// minute) keep their 100 ms; older ones move, `batch` at a time, into at
// most `history` points of `stride` windows each, and when those are full,
// neighbours merge in pairs and the stride doubles. A merge adds counts and
// histograms, so totals, and the percentiles of a merged point, are exact:
// only the resolution of the past coarsens, and a merged point is the
// average over its own time (a five-minute run keeps its first four minutes
// in points of about a second — the graph's points average a second anyway —
// and a ten-hour run its first hours in points of a minute or two). So the
// series, and the graph drawn from it, stop growing after about two minutes.
//
// Readers follow it by revision(). Appending a window leaves the revision
// as it is: a reader takes the windows from the size it saw last. Anything
// that changes a window a reader may already hold — the run's short last
// window folded into the one before, old windows merged, the run closed —
// raises it, and the reader reads the series again from the start.
#include "formatter.h"
#include "runtypes.h"
#include "seriessource.h"

#include "engine/histogram.h"

#include <QStringList>
#include <QVector>

#include <limits>
#include <optional>
#include <utility>

namespace ipcscope {

// One window as the Run measured it: what changed between two polls.
struct SeriesCounts {
    double startS = 0; // since go
    double endS = 0;
    QVector<quint64> messages; // per worker slot: sent by a producer, received by a consumer
    QVector<quint64> bytes;
    LatencyCounts latency{};   // one-way latencies of the messages received in it
    LatencyRange latencyRange; // bounds every latency the run measured so far
};

// How much of a run its series keeps (see above): at most recent + batch +
// history points.
struct SeriesLimits {
    int recent = 600;  // windows kept at full resolution: a minute
    int batch = 100;   // windows moved into the history at a time: ten seconds
    int history = 400; // points the history holds at most
};

class RunSeries : public SeriesSource {
public:
    using Limits = SeriesLimits;
    static constexpr double kAverageS = 1.0; // the graph's points average the last second

    explicit RunSeries(Limits limits = Limits());

    // Recording, by the Run. Slots [0, producers) are producers, the rest
    // consumers (whose counts make the totals).
    void setWorkers(const QStringList &names, int producers);
    // A worker joined the running run: its line starts here, zero before
    // (after the other producers, or after the consumers). Readers read the
    // series again.
    void addWorker(const QString &name, bool producer);
    void append(const SeriesCounts &window);
    // The run's last window, too short to stand alone: it joins the window
    // before (or stands alone in a run shorter than one window).
    void extendLast(const SeriesCounts &window);
    // The run is held from tS on (the workers wait before their next call),
    // or no longer. What part of each window was held is kept with it.
    void hold(bool held, double tS);
    // The run ended: nothing more is recorded.
    void close();

    int size() const override { return int(m_windows.size()); }
    bool isClosed() const override { return m_closed; }
    quint64 revision() const override { return m_revision; }
    int workers() const override { return int(m_names.size()); }
    int producers() const override { return m_producers; }
    QString workerName(int slot) const override { return m_names.value(slot); }
    // How many recorded windows a point joining the history holds.
    int stride() const { return m_stride; }

    double startS(int i) const { return m_windows[i].startS; }
    double endS(int i) const override { return m_windows[i].endS; }
    // Held for more than half of its time: the graph leaves a gap there.
    bool isHeld(int i) const;
    // The window's own rates and latency (what `--series` prints).
    SeriesPoint point(int i) const;
    // The rates and latency of the last second of the run up to the end of
    // window i, the time it was held left out. Before the start counts as
    // silence, so the first points of a run rise over its first second rather
    // than read a burst over a few milliseconds — except in a closed run
    // shorter than that second, which reads as fast as it went.
    SeriesPoint averaged(int i) const override;
    // The index of the point whose time holds tS, or -1.
    int indexAt(double tS) const;
    QVector<SeriesPoint> points() const;

    // Totals received by the consumers: exact whatever was merged.
    quint64 messages() const;
    quint64 bytes() const;
    // The largest averaged rates so far (the byte rate of all consumers; the
    // message rate of them and of any one worker), for an axis to hold.
    double peakBytesPerS() const override { return m_peakBytesPerS; }
    double peakMessagesPerS() const override { return m_peakMessagesPerS; }
    // The lowest p50 and highest p99 of the averaged points so far, in µs:
    // what a latency axis must hold. Empty before the first message.
    std::optional<std::pair<double, double>> latencyExtentUs() const override;

private:
    struct Stored {
        double startS = 0;
        double endS = 0;
        double heldS = 0;
        QVector<quint64> counts; // messages per slot, then bytes per slot
        // Latencies, sparse: (bucket << kCountBits) | count, buckets ascending.
        QVector<quint64> latency;
        LatencyRange range;
    };
    Stored store(const SeriesCounts &window);
    static void absorb(Stored &into, const Stored &next);
    double heldWithin(double startS, double endS) const;
    void forgetHoldsBefore(double tS);
    void notePeaks(const SeriesPoint &p);
    void recomputePeaks();
    void compact();
    SeriesPoint rates(double seconds, const QVector<quint64> &counts, const LatencyCounts &latency,
                      const LatencyRange &range, bool anyLatency) const;

    Limits m_limits;
    QStringList m_names;
    int m_producers = 0;
    QVector<Stored> m_windows; // oldest first: the history, then the recent windows
    int m_history = 0;         // how many of them are history points
    int m_stride = 1;
    quint64 m_revision = 0;
    bool m_closed = false;
    // Holds not yet accounted to a window: finished ones, and an open one.
    QVector<QPair<double, double>> m_holds;
    std::optional<double> m_heldSince;
    double m_peakBytesPerS = 0;
    double m_peakMessagesPerS = 0;
    double m_latencyLowUs = std::numeric_limits<double>::infinity();
    double m_latencyHighUs = 0;
};

} // namespace ipcscope
