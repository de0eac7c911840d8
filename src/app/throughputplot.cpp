#include "throughputplot.h"

#include "inventory.h"
#include "plotlegend.h"
#include "plotreadout.h"
#include "plottickers.h"
#include "visualstyle.h"

#include "session/formatter.h"
#include "session/run.h"
#include "session/series.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace ipcscope {

namespace {

constexpr double kSpans[] = {10, 60, 300, 0}; // seconds shown while following; 0: the whole run
constexpr int kDefaultSpan = 1;               // a minute
constexpr double kAbovePeak = 1.15;            // above the highest value so far
constexpr double kBytesHeadroom = 2.0;         // the bytes' area: the lower half
// The time axis of a live run shorter than its window, in seconds.
constexpr double kLiveSteps[] = {10, 30, 60, 120, 300, 600, 1200, 1800, 3600};
constexpr double kShortestS = 1e-3;           // a time axis is never narrower
constexpr double kLeastUs = 0.01;             // the logarithmic latency axis starts above zero
constexpr double kGap = std::numeric_limits<double>::quiet_NaN(); // QCustomPlot leaves a gap at NaN
constexpr int kPreviousAlpha = 80;
constexpr double kPreviousWithin = 10; // the previous run's peak is shown up to this many times this one's
constexpr int kBarSpacing = 6;      // between the legend and the controls
constexpr int kAnySize = 1 << 20; // a maximum that does not limit
const QString kPreviousLayer = QStringLiteral("previous");

} // namespace

ThroughputPlot::ThroughputPlot(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_bar(new QWidget(m_plot)), m_span(new QComboBox(m_bar)),
      m_freeze(new QToolButton(m_bar)), m_save(new QToolButton(m_bar))
{
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 2, 0, 0);
    for (size_t i = 0; i < std::size(kSpans); ++i)
        m_span->addItem(QString()); // named in retranslate()
    m_span->setCurrentIndex(kDefaultSpan);
    connect(m_span, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        setFrozen(false);
        rescale();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    bar->addWidget(m_span);
    m_freeze->setCheckable(true);
    connect(m_freeze, &QToolButton::toggled, this, [this](bool frozen) {
        if (!frozen) {
            rescale();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
    });
    bar->addWidget(m_freeze);
    connect(m_save, &QToolButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Save the graph"), QStringLiteral("ipcscope-graph.png"),
                                         tr("PNG image (*.png);;PDF document (*.pdf)"));
        if (!file.isEmpty())
            saveImage(file);
    });
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    m_plot->installEventFilter(this);

    // Top: throughput, bytes/s on the left axis, messages/s on the right.
    QCPAxisRect *top = m_plot->axisRect();
    top->axis(QCPAxis::atRight)->setVisible(true);
    top->axis(QCPAxis::atRight)->setTickLabels(true);
    top->axis(QCPAxis::atRight)->setTicker(QSharedPointer<RateTicker>::create());
    m_byteTicker = QSharedPointer<UnitTicker>::create();
    top->axis(QCPAxis::atLeft)->setTicker(m_byteTicker);
    // Bottom: latency, on a logarithmic axis (microseconds to seconds).
    m_latencyRect = new QCPAxisRect(m_plot);
    m_latencyRect->setLayer(QStringLiteral("background")); // as the first rect: under every line
    m_plot->plotLayout()->addElement(1, 0, m_latencyRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 2);
    m_plot->plotLayout()->setRowStretchFactor(1, 1.2);
    QCPAxis *latency = m_latencyRect->axis(QCPAxis::atLeft);
    latency->setScaleType(QCPAxis::stLogarithmic);
    latency->setTicker(QSharedPointer<LatencyTicker>::create());
    // One time axis: the two rects move together, whichever is dragged, and
    // the user's dragging or zooming freezes the graph.
    QCPAxis *topTime = top->axis(QCPAxis::atBottom);
    QCPAxis *latencyTime = m_latencyRect->axis(QCPAxis::atBottom);
    for (QCPAxis *time : {topTime, latencyTime})
        time->setTicker(QSharedPointer<TimeTicker>::create());
    connect(topTime, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), latencyTime,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(latencyTime, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), topTime,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(topTime, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        if (!m_rescaling)
            setFrozen(true);
    });
    for (QCPAxisRect *rect : {top, m_latencyRect}) {
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
    }
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // The plots' edges line up, however wide their tick labels are.
    m_margins = new QCPMarginGroup(m_plot);
    for (QCPAxisRect *rect : {top, m_latencyRect})
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_margins);
    m_plot->addLayer(kPreviousLayer, m_plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    // The legend gets a row of its own above the graphs, so it never hides
    // data, and the controls sit at its end, where they cost no height.
    m_plot->legend->setVisible(true);
    m_plot->plotLayout()->insertRow(0);
    auto *head = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 0, head);
    head->addElement(0, 0, m_plot->legend);
    m_barRoom = new QCPLayoutElement(m_plot);
    head->addElement(0, 1, m_barRoom);
    head->setColumnSpacing(kBarSpacing);
    m_legend = std::make_unique<PlotLegend>(m_plot, head, m_barRoom, kBarSpacing);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    // A grid column is as narrow as its narrowest element's maximum, and an
    // empty legend's is a few pixels: between runs it would squeeze the graphs
    // into a corner. An explicit maximum width keeps the column free (well
    // below QWIDGETSIZE_MAX, which QCustomPlot reads as "none" even after
    // adding the legend's margins).
    m_plot->legend->setMaximumSize(kAnySize, QWIDGETSIZE_MAX);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowSpacing(0);
    m_plot->setNoAntialiasingOnDrag(true);
    // Room under the time axis label and beside the rotated axis labels: the
    // glyphs reach a few pixels past the margins QCustomPlot reserves.
    m_plot->plotLayout()->setMargins(QMargins(6, 0, 6, 6));
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        // At the end of its room: beside the legend or in a row above it.
        const QSize bar = m_barRoom->minimumSize();
        m_bar->setGeometry(QRect(QPoint(m_barRoom->outerRect().right() + 1 - bar.width(), m_barRoom->outerRect().top()), bar));
        // As many ticks as the size holds without their labels colliding; on
        // the rates' axes never closer than a label's line and a little (a
        // strip holds two). The ticks were laid out before the rects' sizes
        // were known: a size that asks for other steps draws once more.
        const int line = QFontMetrics(textFont()).height();
        bool again = false;
        for (QCPAxisRect *rect : m_plot->axisRects()) {
            for (QCPAxis *axis : {rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atRight)}) {
                axis->ticker()->setTickCount(std::clamp(rect->height() / (3 * line), 2, 5));
                if (auto spaced = axis->ticker().dynamicCast<SpacedTicker>()) {
                    const double least = std::min(1.0, 1.1 * line / std::max(1, rect->height()));
                    again = again || std::abs(least - spaced->leastShare()) > 1e-9;
                    spaced->setLeastShare(least);
                }
            }
            rect->axis(QCPAxis::atBottom)->ticker()->setTickCount(std::clamp(rect->width() / (7 * line), 2, 10));
        }
        if (again)
            m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    m_readout = new PlotReadout(m_plot, [this](double key) { return readoutText(key); });
    applyFonts();
    retranslate();
    restyle();
    rescale();
}

ThroughputPlot::~ThroughputPlot() = default;

void ThroughputPlot::retranslate()
{
    m_plot->setLocale(QLocale()); // the window's digits and separators
    QCPAxisRect *top = m_plot->axisRect(0);
    m_byteUnit = Formatter::byteRateUnit(m_byteUnit.factor); // its name in the language now
    top->axis(QCPAxis::atLeft)->setLabel(m_byteUnit.name);
    top->axis(QCPAxis::atRight)->setLabel(tr("msg/s")); // short: a projector's graph is low
    m_latencyRect->axis(QCPAxis::atLeft)->setLabel(tr("latency"));
    labelTime();
    const QStringList spans = {tr("10 s"), tr("1 min"), tr("5 min"), tr("All")};
    for (int i = 0; i < spans.size(); ++i)
        m_span->setItemText(i, spans[i]);
    m_span->setToolTip(tr("How much of the run the graph shows"));
    m_freeze->setText(tr("Freeze"));
    m_freeze->setToolTip(tr("Stop following the run (it goes on); press again to follow it"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the graph as PNG or PDF"));
    makeRoomForBar();
    if (m_bytes) {
        m_names[m_bytes] = tr("total bytes/s");
        m_names[m_msgs] = tr("total messages/s");
        m_names[m_p50] = tr("latency p50");
        m_names[m_p99] = tr("latency p99");
    }
    if (!m_previous.isEmpty()) {
        m_names[m_previous[0]] = tr("previous run, bytes/s");
        m_names[m_previous[1]] = tr("previous run (%1)").arg(m_previousName);
        m_names[m_previous[2]] = tr("previous run, p50");
        m_names[m_previous[3]] = tr("previous run, p99");
    }
    for (QCPGraph *g : m_previous)
        g->setName(m_names[g]);
    showValues();
    fitLegend();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::labelTime()
{
    // Once, on the lowest graph; in large type on a narrow graph, short
    // rather than cut at both ends.
    QString time = tr("time since start (each point: the last second)");
    const QFontMetrics type(textFont());
    if (type.horizontalAdvance(time) > width() * 9 / 10)
        time = tr("time since start");
    m_latencyRect->axis(QCPAxis::atBottom)->setLabel(time);
    // A strip keeps its height for the line, the legend's values and the
    // ticks (which say "s"), as it gives up the controls.
    const bool strip = isStrip();
    m_plot->axisRect(0)->axis(QCPAxis::atBottom)->setLabel(m_compact && !strip ? time : QString());
}

void ThroughputPlot::restyle()
{
    const VisualStyle &s = VisualStyle::current();
    if (m_bytes) {
        // Bytes as an area under the messages' line: the two are often the
        // same shape (a fixed message size), and the line would hide a line.
        m_bytes->setPen(QPen(s.producer, 1.5 * s.lineScale));
        QColor fill = s.producer;
        fill.setAlpha(70);
        m_bytes->setBrush(fill);
        m_msgs->setPen(QPen(s.consumer, 3 * s.lineScale));
        m_p50->setPen(QPen(s.running, 2 * s.lineScale));
        m_p99->setPen(QPen(s.blocked, 2 * s.lineScale));
        const int producers = m_series ? m_series->producers() : 0;
        for (int i = 0; i < m_workerGraphs.size(); ++i) {
            // Producers solid, consumers dotted, each in its producer's colour.
            QColor c = s.producerColour(i);
            c.setAlpha(170);
            m_workerGraphs[i]->setPen(QPen(c, 1.2 * s.lineScale, i < producers ? Qt::SolidLine : Qt::DotLine));
        }
    }
    if (!m_previous.isEmpty()) {
        const QColor colours[] = {s.producer, s.consumer, s.running, s.blocked};
        for (int k = 0; k < m_previous.size(); ++k) {
            QColor c = colours[k];
            c.setAlpha(kPreviousAlpha);
            m_previous[k]->setPen(QPen(c, 2 * s.lineScale));
        }
    }
    m_plot->setBackground(s.background);
    // Both rects, the latency one even while it is out of the layout.
    for (QCPAxisRect *rect : {m_plot->axisRect(0), m_latencyRect}) {
        rect->setBackground(s.background);
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(s.line));
            axis->setTickPen(QPen(s.line));
            axis->setSubTickPen(QPen(s.line));
            axis->setTickLabelColor(s.text);
            axis->setLabelColor(s.text);
            axis->grid()->setPen(QPen(s.slotEmpty.darker(110), 1, Qt::DotLine));
        }
    }
    markLonePoints(); // their dots grow with the lines
    m_plot->legend->setBrush(s.panel);
    m_plot->legend->setTextColor(s.text);
    m_plot->legend->setBorderPen(QPen(s.line));
    m_readout->restyle();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::applyFonts()
{
    // QCustomPlot copies the widget's font when it makes an axis or the
    // legend; Ctrl+plus and the presentation change the font afterwards.
    const QFont f = textFont();
    for (QCPAxisRect *rect : {m_plot->axisRect(0), m_latencyRect})
        for (QCPAxis *axis : rect->axes()) {
            axis->setLabelFont(f);
            axis->setTickLabelFont(f);
        }
    m_plot->legend->setFont(f);
    const int line = QFontMetrics(f).height();
    m_plot->legend->setIconSize(QSize(line * 3 / 2, line * 4 / 5));
    m_readout->setFont(f);
}

bool ThroughputPlot::isStrip() const
{
    // Under eight lines of its type: room for the line, a row of the legend
    // and the ticks, not for the controls and the time axis's name as well.
    return height() < 8 * QFontMetrics(textFont()).height();
}

QFont ThroughputPlot::textFont() const
{
    // Every text of the graph carries a value or names one (a tick, a
    // line's value now, the readout): on the projector it is on the floor
    // of inventory.h, whatever the window's type.
    QFont f = font();
    if (VisualStyle::isLargeType())
        f.setPixelSize(std::max(int(std::ceil(kStateFloorPx)), QFontInfo(f).pixelSize()));
    return f;
}

void ThroughputPlot::makeRoomForBar()
{
    const QSize room = m_bar->isVisibleTo(this) ? m_bar->sizeHint() : QSize(0, 0);
    m_barRoom->setMinimumSize(room); // its maximum is the legend's to set, where it places it
}

void ThroughputPlot::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        labelTime();
        makeRoomForBar();
        fitLegend();
    }
}

void ThroughputPlot::setCompact(bool compact)
{
    m_compact = compact;
    applyCompact();
}

void ThroughputPlot::applyCompact()
{
    const bool latencyShown = !m_compact;
    QCPLayoutGrid *layout = m_plot->plotLayout();
    const bool inLayout = layout->hasElement(2, 0) && layout->element(2, 0) == m_latencyRect;
    if (latencyShown && !inLayout)
        layout->addElement(2, 0, m_latencyRect);
    else if (!latencyShown && inLayout) {
        layout->take(m_latencyRect);
        layout->simplify();
    }
    // Out of the layout, the rect and its axes must not draw either.
    m_latencyRect->setVisible(latencyShown);
    for (QCPAxis *axis : {m_latencyRect->axis(QCPAxis::atLeft), m_latencyRect->axis(QCPAxis::atBottom)})
        axis->setVisible(latencyShown);
    for (QCPGraph *g : m_plot->axisRect(0)->graphs())
        g->setVisible(true);
    for (QCPGraph *g : m_latencyRect->graphs())
        g->setVisible(latencyShown);
    if (latencyShown)
        layout->setRowStretchFactor(2, 1.2);
    retranslate();
}

bool ThroughputPlot::eventFilter(QObject *watched, QEvent *event)
{
    // The legend fits the plot's own size: it may be laid out after this
    // widget's resize (before it is first shown).
    if (watched == m_plot && event->type() == QEvent::Resize)
        fitToSize();
    return QWidget::eventFilter(watched, event);
}

void ThroughputPlot::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToSize();
}

void ThroughputPlot::fitToSize()
{
    // A strip of a graph keeps its lines and their names with the values
    // now (a row of the legend); the controls give way first.
    m_bar->setVisible(!isStrip());
    labelTime();
    makeRoomForBar();
    fitLegend();
}

QList<QCPGraph *> ThroughputPlot::shownGraphs() const
{
    // In the legend's order: totals, workers, the previous run, latency.
    QList<QCPGraph *> out;
    if (!m_bytes)
        return out;
    out << m_bytes << m_msgs;
    if (!m_compact)
        for (QCPGraph *g : m_workerGraphs)
            out << g;
    if (!m_previous.isEmpty())
        out << m_previous[1]; // the previous run is named once
    if (!m_compact)
        out << m_p50 << m_p99;
    return out;
}

void ThroughputPlot::fitLegend()
{
    // The workers' lines go unnamed first (each keeps its producer's colour
    // from the scene), then the previous run, then the latency (its plot is
    // labelled), then the bytes.
    QList<QList<QCPGraph *>> unnamed = {QList<QCPGraph *>(m_workerGraphs.begin(), m_workerGraphs.end())};
    if (!m_previous.isEmpty())
        unnamed << QList<QCPGraph *>{m_previous[1]};
    if (m_p50)
        unnamed << QList<QCPGraph *>{m_p50, m_p99} << QList<QCPGraph *>{m_bytes};
    m_legend->fit(shownGraphs(), unnamed);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::setRun(const Run *run)
{
    setSeries(run ? &run->series() : nullptr, run ? run->scenario().mechanism : QString());
}

QCPGraph *ThroughputPlot::addGraph(QCPAxisRect *rect, bool right, Kind kind)
{
    QCPGraph *g = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(right ? QCPAxis::atRight : QCPAxis::atLeft));
    m_kinds[g] = kind;
    return g;
}

void ThroughputPlot::setSeries(const SeriesSource *series, const QString &name)
{
    adopt(series, name, true);
}

void ThroughputPlot::showSource(const SeriesSource *series)
{
    adopt(series, m_name, false);
}

void ThroughputPlot::adopt(const SeriesSource *series, const QString &name, bool shiftPrevious)
{
    m_readout->setGraphs({});
    m_readout->hide();
    const QList<QCPGraph *> old = [this] {
        QList<QCPGraph *> graphs;
        for (int i = 0; i < m_plot->graphCount(); ++i)
            graphs << m_plot->graph(i);
        return graphs;
    }();
    // What was drawn stays under the next run, faded; a run that drew
    // nothing leaves the one before it there.
    QList<QCPGraph *> previous = m_previous;
    if (shiftPrevious && m_bytes && m_bytes->dataCount() > 1) {
        previous = {m_bytes, m_msgs, m_p50, m_p99};
        m_previousName = m_name;
        m_previousExtent = m_extent;
    }
    m_extent = Extent();
    m_bytes = m_msgs = m_p50 = m_p99 = nullptr;
    m_workerGraphs.clear();
    m_previous.clear();
    m_kinds.clear();
    m_names.clear();
    m_now.reset();
    m_series = series;
    m_name = name;
    m_revision = ~quint64(0); // draw it all
    m_taken = 0;
    if (series)
        buildGraphs(previous);
    for (QCPGraph *g : old)
        m_plot->removeGraph(g);
    applyCompact(); // names and lays out the legend
    restyle();
    setFrozen(false);
    refresh();
    rescale();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::buildGraphs(const QList<QCPGraph *> &previous)
{
    QCPAxisRect *top = m_plot->axisRect(0);
    m_bytes = addGraph(top, false, Kind::Bytes);
    m_msgs = addGraph(top, true, Kind::Messages);
    if (m_series->workers() > 2) {
        // Per worker, thin, in messages/s.
        for (int w = 0; w < m_series->workers(); ++w) {
            QCPGraph *g = addGraph(top, true, Kind::Messages);
            m_names[g] = m_series->workerName(w);
            m_workerGraphs << g;
        }
    }
    const Kind kinds[] = {Kind::Bytes, Kind::Messages, Kind::Latency, Kind::Latency};
    for (int k = 0; k < previous.size(); ++k) {
        QCPGraph *g = addGraph(kinds[k] == Kind::Latency ? m_latencyRect : top, k == 1, kinds[k]);
        g->setData(previous[k]->data()); // shared, not copied
        g->setLayer(kPreviousLayer);
        m_previous << g;
    }
    m_p50 = addGraph(m_latencyRect, false, Kind::Latency);
    m_p99 = addGraph(m_latencyRect, false, Kind::Latency);
    QList<QCPGraph *> traced = {m_bytes, m_msgs};
    traced += QList<QCPGraph *>(m_workerGraphs.begin(), m_workerGraphs.end());
    traced += QList<QCPGraph *>(m_previous.begin(), m_previous.end());
    traced << m_p50 << m_p99;
    m_readout->setGraphs(traced);
}

void ThroughputPlot::restart()
{
    // The series revised what was drawn: all of it again, from the series.
    for (int i = 0; i < m_plot->graphCount(); ++i)
        if (!m_previous.contains(m_plot->graph(i)))
            m_plot->graph(i)->data()->clear();
    // Nothing had been sent before the start: the lines rise from zero, so a
    // run over within its first window still draws a line, not a lone point
    // QCustomPlot would leave invisible.
    m_bytes->addData(0, 0);
    m_msgs->addData(0, 0);
    for (QCPGraph *g : m_workerGraphs)
        g->addData(0, 0);
    m_taken = 0;
    m_revision = m_series->revision();
}

void ThroughputPlot::addPoint(int index)
{
    const SeriesPoint p = m_series->averaged(index);
    if (p.held) {
        // No line across a pause.
        for (int i = 0; i < m_plot->graphCount(); ++i)
            if (!m_previous.contains(m_plot->graph(i)))
                m_plot->graph(i)->addData(p.tS, kGap);
        return;
    }
    m_bytes->addData(p.tS, p.mbPerS * 1e6);
    m_msgs->addData(p.tS, p.msgsPerS);
    for (int i = 0; i < m_workerGraphs.size() && i < p.workers.size(); ++i)
        m_workerGraphs[i]->addData(p.tS, p.workers[i].msgsPerS);
    for (const auto &[graph, value] : {std::pair{m_p50, p.latencyP50Us}, std::pair{m_p99, p.latencyP99Us}}) {
        if (value)
            graph->addData(p.tS, std::max(kLeastUs, *value)); // the axis is logarithmic
    }
}

void ThroughputPlot::markLonePoints()
{
    // Latency has no value before the first message, so a run that measured
    // it once shows that one value as a dot.
    for (QCPGraph *g : {m_p50, m_p99})
        if (g)
            g->setScatterStyle(g->data()->size() == 1
                                   ? QCPScatterStyle(QCPScatterStyle::ssDisc, 5 * VisualStyle::current().lineScale)
                                   : QCPScatterStyle());
}

void ThroughputPlot::refresh()
{
    if (!m_series || !m_bytes)
        return;
    const bool again = m_series->revision() != m_revision;
    // A worker joined the run: its line is drawn too (and the lines appear
    // when the run comes to more than two workers).
    if (again && int(m_workerGraphs.size()) != (m_series->workers() > 2 ? m_series->workers() : 0)) {
        const bool frozen = isFrozen();
        showSource(m_series);
        setFrozen(frozen);
        return;
    }
    if (again)
        restart();
    if (!again && m_taken == m_series->size())
        return;
    for (; m_taken < m_series->size(); ++m_taken)
        addPoint(m_taken);
    // Nothing yet (or a replay's cursor back before the first point): no value now.
    m_now = m_series->isEmpty() ? std::nullopt : std::optional(m_series->averaged(m_series->size() - 1));
    m_extent = {m_series->peakBytesPerS(), m_series->peakMessagesPerS(), m_series->latencyExtentUs()};
    if (m_series->byteRateUnit().factor != m_byteUnit.factor) {
        m_byteUnit = m_series->byteRateUnit();
        m_byteTicker->setFactor(m_byteUnit.factor);
        m_plot->axisRect(0)->axis(QCPAxis::atLeft)->setLabel(m_byteUnit.name);
    }
    markLonePoints();
    showValues();
    rescale();
    m_readout->refresh();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::showValues()
{
    if (!m_bytes)
        return;
    bool changed = false;
    const auto name = [&](QCPGraph *g, const QString &text) {
        if (g->name() != text) {
            g->setName(text);
            changed = true;
        }
    };
    const bool live = m_now && !m_now->held;
    // A run that has ended sends nothing now: its values are its last
    // second's, and say so (the series knows it ended, a replay's at its end).
    const bool ended = m_series && m_series->isClosed();
    const auto value = [&](QCPGraph *g, const QString &withValue) {
        if (live)
            name(g, ended ? tr("%1 at the end", "a graph's value when the run has ended").arg(withValue) : withValue);
        else
            name(g, m_now && !ended ? tr("%1: paused").arg(m_names[g]) : m_names[g]);
    };
    const SeriesPoint now = m_now.value_or(SeriesPoint());
    // Short, for a narrow screen: the values name their unit; "total" only
    // beside the workers' lines.
    const auto total = [&](const QString &figure) {
        return m_workerGraphs.isEmpty() ? figure : tr("total %1").arg(figure);
    };
    value(m_bytes, total(Formatter::byteRate(now.mbPerS * 1e6)));
    value(m_msgs, total(Formatter::messageRate(now.msgsPerS)));
    for (int i = 0; i < m_workerGraphs.size(); ++i)
        value(m_workerGraphs[i],
              QStringLiteral("%1 %2").arg(m_names[m_workerGraphs[i]],
                                          Formatter::messageRate(i < now.workers.size() ? now.workers[i].msgsPerS : 0)));
    // A second without a message has no latency: the line's name alone.
    const auto latency = [&](QCPGraph *g, const char *format, const std::optional<double> &us) {
        if (live && !us)
            name(g, m_names[g]);
        else
            value(g, tr(format).arg(Formatter::latency(us.value_or(0))));
    };
    latency(m_p50, QT_TR_NOOP("p50 %1"), now.latencyP50Us);
    latency(m_p99, QT_TR_NOOP("p99 %1"), now.latencyP99Us);
    if (changed)
        fitLegend();
}

void ThroughputPlot::rescale()
{
    if (isFrozen())
        return;
    m_rescaling = true;
    QCPAxisRect *top = m_plot->axisRect(0);
    const double end = m_series && !m_series->isEmpty() ? m_series->endS(m_series->size() - 1) : 0;
    top->axis(QCPAxis::atBottom)->setRange(timeRange(end, span(), !m_series || m_series->isClosed()));
    // The previous run is held too, unless it would flatten this one (a
    // slow run after a fast one); the logarithmic latency holds both always.
    const Extent &now = m_extent;
    const Extent &before = m_previous.isEmpty() ? now : m_previousExtent;
    const auto peak = [](double current, double previous) {
        return previous <= kPreviousWithin * current ? std::max(current, previous) : current;
    };
    // Bytes and messages are mostly one shape (a fixed message size): the
    // bytes' axis holds twice their peak, so their area fills the lower half
    // and its edge never lies under the messages' line.
    const double bytes = peak(now.bytesPerS, before.bytesPerS);
    top->axis(QCPAxis::atLeft)->setRange(0, bytes > 0 ? bytes * kBytesHeadroom : 1);
    top->axis(QCPAxis::atRight)->setRange(0, std::max(1.0, peak(now.msgsPerS, before.msgsPerS) * kAbovePeak));
    std::optional<std::pair<double, double>> latency = now.latencyUs;
    if (before.latencyUs)
        latency = latency ? std::pair{std::min(latency->first, before.latencyUs->first),
                                      std::max(latency->second, before.latencyUs->second)}
                          : before.latencyUs;
    if (latency) {
        // From a power of ten and at least a decade: labelled in powers of
        // ten (1 µs, 10 µs, 100 µs), never in a crowd of linear steps.
        const double lower = std::pow(10.0, std::floor(std::log10(std::max(kLeastUs, latency->first / 2))));
        m_latencyRect->axis(QCPAxis::atLeft)->setRange(lower, std::max({10.0, 10 * lower, latency->second * 2}));
    }
    else
        m_latencyRect->axis(QCPAxis::atLeft)->setRange(1, 10000);
    m_rescaling = false;
}

QCPRange ThroughputPlot::timeRange(double endS, double spanS, bool closed)
{
    // A run that ended shorter than the window, or the whole of one, fills it.
    if (closed && endS > 0 && (spanS <= 0 || endS < spanS))
        return QCPRange(0, std::max(endS, kShortestS));
    // A live run shorter than the window grows into it in a few steps, so its
    // first seconds are not a sliver at the left of a minute.
    if (spanS <= 0 || endS < spanS) {
        double step = *std::rbegin(kLiveSteps);
        for (double s : kLiveSteps)
            if (s >= endS) {
                step = s;
                break;
            }
        while (step < endS)
            step *= 2; // past an hour: doubling
        return QCPRange(0, spanS > 0 ? std::min(step, spanS) : step);
    }
    return QCPRange(endS - spanS, endS);
}

void ThroughputPlot::setSpan(double seconds)
{
    for (size_t i = 0; i < std::size(kSpans); ++i)
        if (kSpans[i] == seconds)
            m_span->setCurrentIndex(int(i));
}

double ThroughputPlot::span() const
{
    return kSpans[std::clamp(m_span->currentIndex(), 0, int(std::size(kSpans)) - 1)];
}

void ThroughputPlot::setFrozen(bool frozen)
{
    m_freeze->setChecked(frozen);
}

bool ThroughputPlot::isFrozen() const
{
    return m_freeze->isChecked();
}

QString ThroughputPlot::valueText(const QCPGraph *graph, double value) const
{
    if (std::isnan(value))
        return tr("paused");
    switch (m_kinds.value(graph)) {
    case Kind::Bytes:
        return Formatter::byteRate(value);
    case Kind::Messages:
        return Formatter::messageRate(value);
    case Kind::Latency:
        return Formatter::latency(value);
    }
    return {};
}

QString ThroughputPlot::readoutText(double key) const
{
    QString rows;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        const QCPGraph *g = m_plot->graph(i);
        if (!g->visible() || g->dataCount() == 0)
            continue;
        // The point drawn for the time: the one that ends the window holding it.
        const auto it = g->data()->findBegin(key, false);
        if (it == g->data()->constEnd() || (it == g->data()->constBegin() && it->key > key))
            continue;
        const QColor c = g->pen().color();
        rows += QStringLiteral("<tr><td><span style=\"color: rgba(%1, %2, %3, %4)\">■</span> %5</td>"
                               "<td align=\"right\">&nbsp;%6</td></tr>")
                    .arg(c.red())
                    .arg(c.green())
                    .arg(c.blue())
                    .arg(c.alphaF())
                    .arg(m_names.value(g).toHtmlEscaped(), valueText(g, it->value).toHtmlEscaped());
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<b>%1</b><table>%2</table>").arg(tr("at %1").arg(Formatter::duration(key)), rows);
}

bool ThroughputPlot::saveImage(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return m_plot->savePdf(fileName);
    return m_plot->savePng(fileName, 0, 0, 2.0);
}

} // namespace ipcscope
