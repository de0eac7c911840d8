#pragma once
// Live graphs (QCustomPlot): throughput in MB/s and messages/s, total and per
// worker, and one-way latency p50/p99 per 100 ms window, on a scrolling time
// axis with legend, units and the current values. Pause, zoom and drag, save
// as PNG or PDF. As in QCustomPlot's realtime example, new points only append
// and trim, and replots are queued so they never pile up.
#include "session/run.h"

#include <QWidget>

#include <optional>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QLabel;
class QToolButton;

namespace ipcscope {

class ThroughputPlot : public QWidget {
    Q_OBJECT
public:
    explicit ThroughputPlot(QWidget *parent = nullptr);

    void setRun(const Run *run);
    // The run is going away: what is drawn stays, nothing more is read from it.
    void detachRun() { m_run = nullptr; }
    // Takes the points the run recorded since the last call.
    void refresh();
    void setFollowing(bool follow);
    bool saveImage(const QString &fileName);
    QCustomPlot *plot() const { return m_plot; }
    void restyle();
    void retranslate();
    // Full: the latency graph under the throughput, every line in the legend.
    // Compact (the presentation): the throughput alone, one graph, large, and
    // only the totals in the legend; each worker's line keeps its colour.
    void setCompact(bool compact);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // As many legend entries to a row as the width holds, the rest on a
    // second row: a squeezed row would push the axes off the widget.
    void fitLegend();
    int legendColumns() const;
    QVector<int> legendWidths() const;
    void addPoint(const SeriesPoint &point);
    void anchorAtStart();
    void markLonePoints();
    SeriesPoint averaged(int index) const;
    void rescale();
    // Bytes per second are drawn in the unit the readout would write the
    // largest value so far in (Formatter::byteRateUnit).
    void chooseByteUnit();

    QCustomPlot *m_plot;
    QCPAxisRect *m_latencyRect = nullptr;
    bool m_compact = false;
    std::optional<SeriesPoint> m_last; // the newest point, for the readout
    void showReadout();
    void applyCompact();
    QCPGraph *m_totalMb = nullptr;
    QCPGraph *m_totalMsgs = nullptr;
    QCPGraph *m_p50 = nullptr;
    QCPGraph *m_p99 = nullptr;
    QVector<QCPGraph *> m_workerGraphs;
    QLabel *m_readout;
    QToolButton *m_follow;
    QToolButton *m_save;
    const Run *m_run = nullptr;
    int m_taken = 0;          // series points already plotted
    double m_lastTakenS = -1; // the time of the last of them, to notice it revised
    double m_maxBytesPerS = 0;
    double m_maxMsgs = 0;
    double m_byteUnit = 1e6;
};

} // namespace ipcscope
