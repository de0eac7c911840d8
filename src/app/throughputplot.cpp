#include "throughputplot.h"

#include "session/formatter.h"
#include "visualstyle.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace ipcscope {

namespace {

constexpr double kWindowS = 30;   // the visible stretch of time while following
constexpr double kAverageS = 1.0; // points are averaged over the last second, so slow rates read as rates

} // namespace

ThroughputPlot::ThroughputPlot(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_readout(new QLabel(this))
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 0);
    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setWordWrap(true); // two lines on a narrow screen, not a wider window
    QFont readoutFont = m_readout->font();
    readoutFont.setBold(true);
    m_readout->setFont(readoutFont);
    bar->addWidget(m_readout, 1);
    m_follow = new QToolButton(this);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    connect(m_follow, &QToolButton::toggled, this, &ThroughputPlot::setFollowing);
    bar->addWidget(m_follow);
    m_save = new QToolButton(this);
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
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);

    // Top: throughput. MB/s on the left axis, messages/s on the right.
    QCPAxisRect *top = m_plot->axisRect();
    top->axis(QCPAxis::atRight)->setVisible(true);
    top->axis(QCPAxis::atRight)->setTickLabels(true);
    // Bottom: latency, on a logarithmic axis (microseconds to milliseconds).
    m_latencyRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_latencyRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 2);
    m_plot->plotLayout()->setRowStretchFactor(1, 1.2);
    QCPAxis *latency = m_latencyRect->axis(QCPAxis::atLeft);
    latency->setScaleType(QCPAxis::stLogarithmic);
    latency->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    latency->setNumberFormat(QStringLiteral("gb")); // 10⁶, not 1E+06
    latency->setNumberPrecision(6);
    // Zoom and drag along time; the two rects share it.
    connect(top->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            m_latencyRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));
    top->setRangeDrag(Qt::Horizontal);
    top->setRangeZoom(Qt::Horizontal);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // Dragging or zooming by hand stops following the present.
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { m_follow->setChecked(false); });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_follow->setChecked(false); });
    // The legend gets a row of its own above the graphs, so it never hides data.
    m_plot->legend->setVisible(true);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    // A grid column is as narrow as its narrowest element's maximum, and an
    // empty legend's is a few pixels: between runs it would squeeze the graphs
    // into a corner. An explicit maximum width keeps the column free (well
    // below QWIDGETSIZE_MAX, which QCustomPlot reads as "none" even after
    // adding the legend's margins).
    constexpr int kAnyWidth = 1 << 20;
    m_plot->legend->setMaximumSize(kAnyWidth, QWIDGETSIZE_MAX);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowSpacing(0);
    m_plot->setNoAntialiasingOnDrag(true);
    // Room under the time axis label and beside the rotated axis labels: the
    // glyphs reach a few pixels past the margins QCustomPlot reserves.
    m_plot->plotLayout()->setMargins(QMargins(6, 0, 6, 6));
    // A short graph (a projector) gets fewer ticks, so their labels never collide.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        for (QCPAxisRect *rect : m_plot->axisRects())
            for (QCPAxis *axis : {rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atRight)})
                axis->ticker()->setTickCount(std::clamp(rect->height() / 45, 2, 5));
    });
    retranslate();
    restyle();
}

void ThroughputPlot::retranslate()
{
    QCPAxisRect *top = m_plot->axisRect(0);
    top->axis(QCPAxis::atLeft)->setLabel(Formatter::byteRateUnit(m_byteUnit).name);
    top->axis(QCPAxis::atRight)->setLabel(tr("msg/s")); // short: a projector's graph is low
    m_latencyRect->axis(QCPAxis::atLeft)->setLabel(tr("latency µs"));
    // The time axis is labelled once, on the lowest graph.
    const QString time = tr("seconds since start (each point: the last second)");
    m_latencyRect->axis(QCPAxis::atBottom)->setLabel(time);
    top->axis(QCPAxis::atBottom)->setLabel(m_compact ? time : QString());
    showReadout();
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep showing the last %1 seconds").arg(kWindowS));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the graph as PNG or PDF"));
    if (m_totalMb) {
        m_totalMb->setName(tr("total bytes/s"));
        m_totalMsgs->setName(tr("total messages/s"));
        m_p50->setName(tr("latency p50"));
        m_p99->setName(tr("latency p99"));
        const int producers = m_run ? m_run->scenario().producers : 0;
        for (int i = 0; i < m_workerGraphs.size(); ++i) {
            const bool producer = i < producers;
            m_workerGraphs[i]->setName(tr("%1%2 msg/s")
                                           .arg(producer ? QLatin1Char('P') : QLatin1Char('C'))
                                           .arg(producer ? i + 1 : i - producers + 1));
        }
    }
    fitLegend();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::restyle()
{
    const VisualStyle &s = VisualStyle::current();
    const QList<QCPGraph *> thick = {m_totalMb, m_totalMsgs};
    for (QCPGraph *g : thick)
        if (g)
            g->setPen(QPen(g->pen().color(), 3 * s.lineScale, g->pen().style()));
    for (QCPGraph *g : {m_p50, m_p99})
        if (g)
            g->setPen(QPen(g->pen().color(), 2 * s.lineScale));
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
    m_plot->replot(QCustomPlot::rpQueuedReplot);
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
    for (QCPGraph *g : {m_p50, m_p99})
        if (g)
            g->setVisible(latencyShown);
    if (latencyShown)
        layout->setRowStretchFactor(2, 1.2);
    retranslate();
}

void ThroughputPlot::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLegend();
}

QVector<int> ThroughputPlot::legendWidths() const
{
    QVector<int> widths; // of the entries, in order
    const QCPLegend *legend = m_plot->legend;
    for (int i = 0; i < legend->itemCount(); ++i) // counts a grid's empty cells too
        if (QCPAbstractLegendItem *item = legend->item(i))
            widths << item->minimumOuterSizeHint().width();
    return widths;
}

int ThroughputPlot::legendColumns() const
{
    const QCPLegend *legend = m_plot->legend;
    const QVector<int> widths = legendWidths();
    // The most columns whose widest entries, side by side, fit the width.
    const QMargins around = m_plot->plotLayout()->margins() + legend->margins();
    const int room = m_plot->width() - around.left() - around.right();
    int columns = std::max(1, int(widths.size()));
    for (; columns > 1; --columns) {
        int total = legend->columnSpacing() * (columns - 1);
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            for (int i = c; i < widths.size(); i += columns)
                widest = std::max(widest, widths[i]);
            total += widest;
        }
        if (total <= room)
            break;
    }
    return columns;
}

void ThroughputPlot::fitLegend()
{
    // In the order the graphs were made: totals, workers, latency.
    QCPLegend *legend = m_plot->legend;
    legend->clearItems();
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        QCPGraph *g = m_plot->graph(i);
        const bool totals = g == m_totalMb || g == m_totalMsgs;
        if (totals || !m_compact)
            g->addToLegend();
    }
    // More than two rows would squeeze the graph itself: then the workers'
    // lines go unnamed (each keeps its producer's colour from the scene).
    constexpr int kMaxRows = 2;
    int columns = legendColumns();
    if ((legendWidths().size() + columns - 1) / columns > kMaxRows) {
        for (QCPGraph *g : m_workerGraphs)
            g->removeFromLegend();
        columns = legendColumns();
    }
    legend->setVisible(!legendWidths().isEmpty()); // no empty box between runs
    legend->setWrap(columns);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true); // lays the entries out again
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::setRun(const Run *run)
{
    m_run = run;
    m_taken = 0;
    m_lastTakenS = -1;
    m_maxBytesPerS = m_maxMsgs = 0;
    m_byteUnit = 1;
    m_plot->clearGraphs();
    m_p50 = m_p99 = m_totalMb = m_totalMsgs = nullptr;
    m_workerGraphs.clear();
    m_last.reset();
    m_readout->clear();
    if (!run)
        return;
    const VisualStyle &s = VisualStyle::current();
    QCPAxisRect *top = m_plot->axisRect(0);
    m_totalMb = m_plot->addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atLeft));
    m_totalMb->setPen(QPen(s.producer, 3 * s.lineScale));
    m_totalMsgs = m_plot->addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atRight));
    m_totalMsgs->setPen(QPen(s.consumer, 3 * s.lineScale, Qt::DashLine));
    const Scenario &sc = run->scenario();
    const int workers = sc.producers + sc.consumers;
    if (workers > 2) {
        // Per worker, thin, in messages/s; producers solid, consumers dotted.
        for (int i = 0; i < workers; ++i) {
            QCPGraph *g = m_plot->addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atRight));
            const bool producer = i < sc.producers;
            QColor c = s.producerColour(i);
            c.setAlpha(170);
            g->setPen(QPen(c, 1.2 * s.lineScale, producer ? Qt::SolidLine : Qt::DotLine));
            m_workerGraphs << g; // named in retranslate()
        }
    }
    m_p50 = m_plot->addGraph(m_latencyRect->axis(QCPAxis::atBottom), m_latencyRect->axis(QCPAxis::atLeft));
    m_p50->setPen(QPen(s.running, 2 * s.lineScale));
    m_p99 = m_plot->addGraph(m_latencyRect->axis(QCPAxis::atBottom), m_latencyRect->axis(QCPAxis::atLeft));
    m_p99->setPen(QPen(s.blocked, 2 * s.lineScale));
    retranslate();
    applyCompact();
    anchorAtStart();
    m_latencyRect->axis(QCPAxis::atLeft)->setRange(1, 10000);
    m_plot->axisRect(0)->axis(QCPAxis::atBottom)->setRange(0, kWindowS);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ThroughputPlot::setFollowing(bool follow)
{
    if (m_follow->isChecked() != follow)
        m_follow->setChecked(follow);
    if (follow)
        rescale();
}

void ThroughputPlot::chooseByteUnit()
{
    const Formatter::Unit unit = Formatter::byteRateUnit(m_maxBytesPerS);
    if (unit.factor == m_byteUnit)
        return;
    m_byteUnit = unit.factor;
    m_totalMb->data()->clear();
    m_totalMb->addData(0, 0);
    for (int i = 0; i < m_taken; ++i)
        m_totalMb->addData(m_run->series()[i].tS, averaged(i).mbPerS * 1e6 / m_byteUnit);
    m_plot->axisRect(0)->axis(QCPAxis::atLeft)->setLabel(unit.name);
}

SeriesPoint ThroughputPlot::averaged(int index) const
{
    // The series has 100 ms windows; a one-second average reads better: two
    // messages a second do not show as a comb of 0 and 10.
    const QVector<SeriesPoint> &series = m_run->series();
    SeriesPoint avg = series[index];
    double span = 0;
    double msgs = 0, mb = 0;
    QVector<double> workerMsgs(avg.workers.size(), 0);
    for (int i = index; i >= 0; --i) {
        const double start = i > 0 ? series[i - 1].tS : 0;
        const double dt = series[i].tS - start;
        msgs += series[i].msgsPerS * dt;
        mb += series[i].mbPerS * dt;
        for (int w = 0; w < workerMsgs.size() && w < series[i].workers.size(); ++w)
            workerMsgs[w] += series[i].workers[w].msgsPerS * dt;
        span += dt;
        if (span >= kAverageS)
            break;
    }
    // Before the start counts as silence: the first points are the messages of
    // the last second, not a burst over a few milliseconds.
    span = std::max(span, kAverageS);
    if (span > 0) {
        avg.msgsPerS = msgs / span;
        avg.mbPerS = mb / span;
        for (int w = 0; w < workerMsgs.size(); ++w)
            avg.workers[w].msgsPerS = workerMsgs[w] / span;
    }
    return avg;
}

void ThroughputPlot::anchorAtStart()
{
    // Nothing had been sent before the start: the lines rise from zero, so a
    // run over within the first 100 ms sample still draws a line, not a lone
    // point QCustomPlot would leave invisible.
    m_totalMb->addData(0, 0);
    m_totalMsgs->addData(0, 0);
    for (QCPGraph *g : m_workerGraphs)
        g->addData(0, 0);
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

void ThroughputPlot::addPoint(const SeriesPoint &p)
{
    m_maxBytesPerS = std::max(m_maxBytesPerS, p.mbPerS * 1e6);
    chooseByteUnit();
    m_totalMb->addData(p.tS, p.mbPerS * 1e6 / m_byteUnit);
    m_totalMsgs->addData(p.tS, p.msgsPerS);
    for (int i = 0; i < m_workerGraphs.size() && i < p.workers.size(); ++i)
        m_workerGraphs[i]->addData(p.tS, p.workers[i].msgsPerS);
    if (p.latencyP50Us)
        m_p50->addData(p.tS, std::max(0.01, *p.latencyP50Us));
    if (p.latencyP99Us)
        m_p99->addData(p.tS, std::max(0.01, *p.latencyP99Us));
    m_maxMsgs = std::max(m_maxMsgs, p.msgsPerS);
    for (const SeriesPoint::Worker &w : p.workers)
        m_maxMsgs = std::max(m_maxMsgs, w.msgsPerS);
    m_last = p;
    showReadout();
}

void ThroughputPlot::showReadout()
{
    if (!m_last) {
        m_last.reset();
        m_readout->clear();
        return;
    }
    const SeriesPoint &p = *m_last;
    QString text = tr("now: %1 · %2").arg(Formatter::byteRate(p.mbPerS * 1e6), Formatter::messageRate(p.msgsPerS));
    if (p.latencyP50Us)
        text += tr(" · latency p50 %1, p99 %2")
                    .arg(Formatter::latency(*p.latencyP50Us), Formatter::latency(p.latencyP99Us.value_or(qQNaN())));
    m_readout->setText(text);
}

void ThroughputPlot::rescale()
{
    if (!m_totalMb)
        return;
    QCPAxisRect *top = m_plot->axisRect(0);
    const double now = m_totalMb->data()->isEmpty() ? 0 : (m_totalMb->data()->constEnd() - 1)->key;
    top->axis(QCPAxis::atBottom)->setRange(std::max(0.0, now - kWindowS), std::max(kWindowS, now));
    top->axis(QCPAxis::atLeft)->setRange(0, std::max(1.0, m_maxBytesPerS / m_byteUnit * 1.15));
    top->axis(QCPAxis::atRight)->setRange(0, std::max(1.0, m_maxMsgs * 1.15));
    bool found = false;
    const QCPRange p99 = m_p99->data()->valueRange(found);
    const QCPRange p50 = m_p50->data()->valueRange(found);
    if (!m_p99->data()->isEmpty())
        m_latencyRect->axis(QCPAxis::atLeft)
            ->setRange(std::max(0.01, std::min(p50.lower, p99.lower) / 2),
                       std::max(10.0, std::max(p50.upper, p99.upper) * 2));
}

void ThroughputPlot::refresh()
{
    if (!m_run)
        return;
    const QVector<SeriesPoint> &series = m_run->series();
    if (m_taken > 0 && m_taken <= series.size() && series[m_taken - 1].tS != m_lastTakenS) {
        // At its end the run folds a short last window into the one before:
        // that point is drawn again, over the longer time.
        --m_taken;
        const double before = m_taken > 0 ? series[m_taken - 1].tS : 0;
        for (int i = 0; i < m_plot->graphCount(); ++i)
            m_plot->graph(i)->data()->removeAfter(before);
    }
    if (series.size() == m_taken)
        return;
    for (; m_taken < series.size(); ++m_taken)
        addPoint(averaged(m_taken));
    m_lastTakenS = series.last().tS;
    // Keep memory bounded in endless runs: ten minutes of 100 ms points.
    const double oldest = series.last().tS - 600;
    for (QCPGraph *g : {m_totalMb, m_totalMsgs, m_p50, m_p99})
        g->data()->removeBefore(oldest);
    for (QCPGraph *g : m_workerGraphs)
        g->data()->removeBefore(oldest);
    markLonePoints();
    if (m_follow->isChecked())
        rescale();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ThroughputPlot::saveImage(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return m_plot->savePdf(fileName);
    return m_plot->savePng(fileName, 0, 0, 2.0);
}

} // namespace ipcscope
