#pragma once
// Live graphs (QCustomPlot) of a run's series (session/series.h), with a
// system monitor's manners: throughput above — bytes/s as a shaded area,
// messages/s as a line over it, per worker when there are more than two —
// and one-way latency p50/p99 below on a logarithmic axis, on one time axis,
// the plots aligned. Each point is the series' average of the last second; a
// pause is a gap. The legend gives each line's value now, the mouse a readout
// of every line at any time. Windows of 10 s, 1 min, 5 min or the whole run;
// Freeze stops following (the run goes on); a run that ended shorter than the
// window fills it. The previous run stays, faded, under the current one.
//
// It computes nothing the series knows (averages, units, revisions) and
// holds at most what the series holds: as in QCustomPlot's realtime example,
// new points only append and replots are queued; when the series revises
// what was drawn, the lines are drawn again from it.
#include "session/formatter.h"
#include "session/runtypes.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QComboBox;
class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPLayoutElement;
class QCPMarginGroup;
class QCPRange;
class QToolButton;

namespace ipcscope {

class PlotLegend;
class PlotReadout;
class UnitTicker;
class Run;
class SeriesSource;

class ThroughputPlot : public QWidget {
    Q_OBJECT
public:
    explicit ThroughputPlot(QWidget *parent = nullptr);
    ~ThroughputPlot() override;

    void setRun(const Run *run);
    // The series to draw (named `name` once it is the previous run); the
    // lines drawn so far stay under it, faded.
    void setSeries(const SeriesSource *series, const QString &name);
    // The same run from another source — its recording in a replay, or its
    // live series again: drawn in place of the current lines, the previous
    // run's kept as they are.
    void showSource(const SeriesSource *series);
    // The run is going away: what is drawn stays, nothing more is read from it.
    void detachRun() { m_series = nullptr; }
    // Takes what the series recorded since the last call.
    void refresh();
    // How much of the run is shown while following, in seconds; 0: all of it.
    void setSpan(double seconds);
    double span() const;
    // Frozen, the graph stops following (dragging or zooming freezes it too).
    void setFrozen(bool frozen);
    bool isFrozen() const;
    bool saveImage(const QString &fileName);
    // The time axis while following: a closed run shorter than the window
    // (or all of one) fitted to its length, a live one growing into the
    // window in steps, a longer one its last `spanS` (0: all of it).
    static QCPRange timeRange(double endS, double spanS, bool closed);
    QCustomPlot *plot() const { return m_plot; }
    PlotReadout *readout() const { return m_readout; }
    void restyle();
    void retranslate();
    // Full: the latency graph under the throughput, every line in the legend.
    // Compact (the presentation): the throughput alone, one graph, large, and
    // only the totals in the legend; each worker's line keeps its colour.
    // At any height it is given, the legend takes at most a third of it (one
    // row, up to two fifths, in a strip), and below a few lines of text the
    // bar of controls and the time axis' name give way to the graph. On the
    // projector every text of it is on the floor of inventory.h.
    void setCompact(bool compact);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Kind { Bytes, Messages, Latency };
    void adopt(const SeriesSource *series, const QString &name, bool shiftPrevious);
    void buildGraphs(const QList<QCPGraph *> &previous);
    QCPGraph *addGraph(QCPAxisRect *rect, bool right, Kind kind);
    void restart();
    void markLonePoints();
    void addPoint(int index);
    void rescale();
    void showValues();
    void applyCompact();
    void applyFonts();
    QFont textFont() const;
    bool isStrip() const;
    void labelTime();
    void makeRoomForBar();
    void fitToSize();
    void fitLegend();
    QString valueText(const QCPGraph *graph, double value) const;
    QString readoutText(double key) const;
    QList<QCPGraph *> shownGraphs() const;

    QCustomPlot *m_plot;
    QCPAxisRect *m_latencyRect;
    QCPMarginGroup *m_margins;
    QSharedPointer<UnitTicker> m_byteTicker;
    QWidget *m_bar;            // over the plot, at the end of the legend's row
    QCPLayoutElement *m_barRoom; // the room it takes there
    std::unique_ptr<PlotLegend> m_legend;
    QComboBox *m_span;
    QToolButton *m_freeze;
    QToolButton *m_save;
    PlotReadout *m_readout;
    bool m_compact = false;
    bool m_rescaling = false; // the graph moves the axes, not the user

    const SeriesSource *m_series = nullptr;
    QString m_name;
    quint64 m_revision = 0; // of the series, when the lines were last drawn from it
    int m_taken = 0;        // of its points, drawn
    Formatter::Unit m_byteUnit{1, QString()}; // the series' unit of the left axis, as last read
    // What the axes must hold of a run, as its series says: its peaks
    // (bytes/s, messages/s) and the extremes of its latency.
    struct Extent {
        double bytesPerS = 0;
        double msgsPerS = 0;
        std::optional<std::pair<double, double>> latencyUs;
    };
    Extent m_extent;
    Extent m_previousExtent;
    std::optional<SeriesPoint> m_now; // the last point, for the legend

    QCPGraph *m_bytes = nullptr;
    QCPGraph *m_msgs = nullptr;
    QVector<QCPGraph *> m_workerGraphs;
    QCPGraph *m_p50 = nullptr;
    QCPGraph *m_p99 = nullptr;
    // The previous run, faded: bytes, messages, p50, p99.
    QVector<QCPGraph *> m_previous;
    QString m_previousName;

    QHash<const QCPGraph *, Kind> m_kinds;
    QHash<const QCPGraph *, QString> m_names; // without a value, as the readout writes them
};

} // namespace ipcscope
