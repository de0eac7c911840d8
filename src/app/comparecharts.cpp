#include "comparecharts.h"

#include "plottickers.h"

#include "session/formatter.h"
#include "session/mechanismcatalog.h"
#include "visualstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <functional>

namespace ipcscope {

namespace {

// A logarithmic axis whose labels say their unit: "10 MB/s", "100 µs", "1M"
// (the latter two as every graph of the window labels them, plottickers.h).
class LabelledLogTicker : public QCPAxisTickerLog {
public:
    explicit LabelledLogTicker(std::function<QString(double, const QLocale &)> label) : m_label(std::move(label)) {}

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override { return m_label(tick, locale); }

private:
    std::function<QString(double, const QLocale &)> m_label;
};

QString rateTick(double mbPerS, const QLocale &)
{
    const double bytes = mbPerS * 1e6;
    const Formatter::Unit unit = Formatter::byteRateUnit(bytes);
    //: A tick of the throughput axis: "10 MB/s"
    return CompareCharts::tr("%1 %2").arg(Formatter::number(bytes / unit.factor), unit.name);
}

void setLogAxis(QCPAxis *axis, std::function<QString(double, const QLocale &)> label)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new LabelledLogTicker(std::move(label))));
}

QColor colourOf(const QString &mechanism)
{
    return mechanismText(mechanism).colour;
}

QColor faded(QColor c)
{
    c.setAlphaF(0.3);
    return c;
}

bool lossy(const CompareRow &r)
{
    return r.lost.valid && r.lost.max > 0;
}

// The legend in a row of its own under the chart, never over its data.
void prepare(QCustomPlot *plot, const QFont &font)
{
    plot->legend->setVisible(true);
    plot->plotLayout()->addElement(1, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->plotLayout()->setRowSpacing(0);
    // An explicit maximum width: a grid column is as narrow as its narrowest
    // element's maximum (see ThroughputPlot).
    plot->legend->setMaximumSize(1 << 20, QWIDGETSIZE_MAX);
    plot->legend->setRowSpacing(0);
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    plot->legend->setFont(small);
    plot->plotLayout()->setMargins(QMargins(4, 4, 8, 4));
    // A short chart gets fewer ticks, so their labels never collide.
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] {
        for (QCPAxisRect *rect : plot->axisRects())
            rect->axis(QCPAxis::atLeft)->ticker()->setTickCount(std::clamp(rect->height() / 30, 3, 6));
    });
}

// As many legend columns as fit the chart's width.
void fitLegend(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    QVector<int> widths;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *item = legend->item(i))
            widths << item->minimumOuterSizeHint().width();
    const QMargins around = plot->plotLayout()->margins() + legend->margins();
    const int room = plot->width() - around.left() - around.right();
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
    legend->setVisible(!widths.isEmpty());
    legend->setWrap(columns);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
}

void applyStyle(QCustomPlot *plot)
{
    const VisualStyle &s = VisualStyle::current();
    plot->setBackground(s.background);
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes()) {
            axis->setTickLabelColor(s.text);
            axis->setLabelColor(s.text);
            axis->setBasePen(QPen(s.line));
            axis->setTickPen(QPen(s.line));
            axis->setSubTickPen(QPen(s.line));
            axis->grid()->setPen(QPen(s.line, 0, Qt::DotLine));
        }
    plot->legend->setBrush(s.panel);
    plot->legend->setTextColor(s.text);
    plot->legend->setBorderPen(QPen(s.line));
}

// Points of one mechanism, as markers: filled where nothing was lost, hollow where something was.
void addMarkers(QCustomPlot *plot, const QColor &colour, const QVector<double> &x, const QVector<double> &y,
                bool hollow)
{
    if (x.isEmpty())
        return;
    QCPGraph *g = plot->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(hollow ? QCPScatterStyle::ssCircle : QCPScatterStyle::ssDisc,
                                       QPen(colour, 2), hollow ? QBrush(VisualStyle::current().background)
                                                               : QBrush(colour),
                                       hollow ? 9 : 7));
    g->setData(x, y, true);
    g->setName(QString()); // not a line of its own: its mechanism's line names it
    g->removeFromLegend();
}

// Around [low, high]; a logarithmic axis spans two decades at least, so that
// its ticks are powers of ten, never a crowd of linear ones.
void range(QCPAxis *axis, double low, double high, double margin)
{
    if (high <= 0 || low <= 0)
        return;
    low /= margin;
    high *= margin;
    if (axis->scaleType() == QCPAxis::stLogarithmic && high / low < 100) {
        const double centre = std::sqrt(high * low);
        low = centre / 10;
        high = centre * 10;
    }
    axis->setRange(low, high);
}

} // namespace

CompareCharts::CompareCharts(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_throughput(new QCustomPlot), m_latency(new QCustomPlot),
      m_scaling(new QCustomPlot), m_scalingCpu(new QCustomPlot), m_size(new QComboBox),
      m_sizeLabel(new QLabel), m_scalingTitle(new QLabel), m_scalingPage(new QWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    // Long tab titles (Russian) scroll rather than widen the window.
    m_tabs->setUsesScrollButtons(true);
    m_throughput->setObjectName(QStringLiteral("throughputChart"));
    m_latency->setObjectName(QStringLiteral("latencyChart"));
    m_scaling->setObjectName(QStringLiteral("scalingChart"));
    m_scalingCpu->setObjectName(QStringLiteral("scalingCpuChart"));
    m_size->setObjectName(QStringLiteral("latencySize"));
    m_tabs->addTab(m_throughput, QString());

    auto *latencyPage = new QWidget;
    auto *latencyLayout = new QVBoxLayout(latencyPage);
    latencyLayout->setContentsMargins(0, 4, 0, 0);
    auto *choose = new QHBoxLayout;
    choose->addWidget(m_sizeLabel);
    choose->addWidget(m_size);
    choose->addStretch();
    m_sizeLabel->setBuddy(m_size);
    latencyLayout->addLayout(choose);
    latencyLayout->addWidget(m_latency, 1);
    m_tabs->addTab(latencyPage, QString());

    auto *scalingLayout = new QVBoxLayout(m_scalingPage);
    scalingLayout->setContentsMargins(0, 4, 0, 0);
    m_scalingTitle->setWordWrap(true);
    scalingLayout->addWidget(m_scalingTitle);
    auto *both = new QHBoxLayout;
    both->addWidget(m_scaling, 1);
    both->addWidget(m_scalingCpu, 1);
    scalingLayout->addLayout(both, 1);
    m_tabs->addTab(m_scalingPage, QString());

    for (QCustomPlot *plot : {m_throughput, m_latency, m_scaling, m_scalingCpu})
        prepare(plot, font());
    // Message sizes and throughputs span decades: logarithmic, in their units.
    m_throughput->xAxis->setScaleType(QCPAxis::stLogarithmic);
    setLogAxis(m_throughput->yAxis, rateTick);
    setLogAxis(m_latency->yAxis, &LatencyTicker::label);
    setLogAxis(m_scaling->yAxis, &RateTicker::label);
    setLogAxis(m_scalingCpu->yAxis, &LatencyTicker::label);
    // The bars are named on their axis, the CPU chart beside the one with the legend.
    for (QCustomPlot *plot : {m_latency, m_scalingCpu}) {
        plot->setAutoAddPlottableToLegend(false);
        plot->plotLayout()->take(plot->legend);
        plot->plotLayout()->simplify();
        plot->legend->setVisible(false);
    }
    connect(m_size, &QComboBox::currentIndexChanged, this, [this] { drawLatency(); });
    retranslate();
}

void CompareCharts::retranslate()
{
    m_tabs->setTabText(0, tr("Throughput"));
    m_tabs->setTabText(1, tr("Round trip"));
    m_tabs->setTabText(2, tr("Scaling"));
    m_sizeLabel->setText(tr("Message size:"));
    m_throughput->xAxis->setLabel(tr("message size"));
    m_throughput->yAxis->setLabel(tr("one-way stream"));
    m_scaling->xAxis->setLabel(tr("producers : consumers"));
    m_scaling->yAxis->setLabel(tr("messages a second"));
    m_scalingCpu->xAxis->setLabel(tr("producers : consumers"));
    m_scalingCpu->yAxis->setLabel(tr("CPU per message"));
    redraw();
}

void CompareCharts::setResults(const CompareResults &current, const std::optional<CompareResults> &reference)
{
    m_current = current;
    m_reference = reference;
    fillSizes();
    redraw();
}

void CompareCharts::redraw()
{
    drawThroughput();
    drawLatency();
    drawScaling();
    for (QCustomPlot *plot : {m_throughput, m_latency, m_scaling, m_scalingCpu}) {
        applyStyle(plot);
        if (plot->autoAddPlottableToLegend())
            fitLegend(plot);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void CompareCharts::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    for (QCustomPlot *plot : {m_throughput, m_scaling})
        if (plot->legend->itemCount() > 0) {
            fitLegend(plot);
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
}

void CompareCharts::drawThroughput()
{
    QCustomPlot *plot = m_throughput;
    plot->clearPlottables();
    const VisualStyle &s = VisualStyle::current();
    QSharedPointer<QCPAxisTickerText> sizes(new QCPAxisTickerText);
    double lowX = 0, highX = 0, lowY = 0, highY = 0;
    // Each comparison, the saved one first so that the current one is drawn over it.
    const auto draw = [&](const CompareResults &results, bool saved) {
        QStringList order;
        for (const CompareRow &r : results.rows)
            if (!order.contains(r.point.mechanism))
                order << r.point.mechanism;
        for (const QString &mechanism : order) {
            QVector<double> x, y, hollowX, hollowY, filledX, filledY;
            for (const CompareRow &r : results.rows) {
                if (r.point.mechanism != mechanism || r.point.isSignal() || !r.point.isPair() || !r.mbPerS.valid ||
                    r.mbPerS.median <= 0)
                    continue;
                x << r.point.size;
                y << r.mbPerS.median;
                (lossy(r) ? hollowX : filledX) << r.point.size;
                (lossy(r) ? hollowY : filledY) << r.mbPerS.median;
                sizes->addTick(r.point.size, Formatter::size(r.point.size));
                lowX = lowX > 0 ? std::min(lowX, double(r.point.size)) : r.point.size;
                highX = std::max(highX, double(r.point.size));
                lowY = lowY > 0 ? std::min(lowY, r.mbPerS.median) : r.mbPerS.median;
                highY = std::max(highY, r.mbPerS.median);
            }
            if (x.isEmpty())
                continue;
            const QColor colour = saved ? faded(colourOf(mechanism)) : colourOf(mechanism);
            QCPGraph *line = plot->addGraph();
            line->setPen(QPen(colour, (saved ? 1.5 : 2.5) * s.lineScale, saved ? Qt::DashLine : Qt::SolidLine));
            line->setData(x, y);
            line->setName(mechanism);
            if (saved)
                line->removeFromLegend();
            addMarkers(plot, colour, filledX, filledY, false);
            addMarkers(plot, colour, hollowX, hollowY, true);
        }
    };
    if (m_reference) {
        draw(*m_reference, true);
        // One legend entry for the whole saved comparison.
        QCPGraph *key = plot->addGraph();
        key->setPen(QPen(faded(s.text), 1.5 * s.lineScale, Qt::DashLine));
        key->setName(tr("faded, dashed: saved (%1)")
                         .arg(m_reference->machine.value(QStringLiteral("cpu_model")).toString()));
    }
    draw(m_current, false);
    bool anyLossy = false;
    for (const CompareRow &r : m_current.rows)
        anyLossy = anyLossy || (lossy(r) && !r.point.isSignal());
    if (anyLossy) {
        QCPGraph *key = plot->addGraph();
        key->setLineStyle(QCPGraph::lsNone);
        key->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(s.text, 2), QBrush(s.background), 9));
        key->setName(tr("hollow: messages lost"));
    }
    plot->xAxis->setTicker(sizes);
    range(plot->xAxis, lowX, highX, 1.6);
    range(plot->yAxis, lowY, highY, 2.5);
}

void CompareCharts::fillSizes()
{
    const int chosen = latencySize();
    QList<int> sizes;
    for (const CompareRow &r : m_current.rows)
        if (!r.point.isSignal() && r.point.isPair() && !sizes.contains(r.point.size))
            sizes << r.point.size;
    std::sort(sizes.begin(), sizes.end());
    const QSignalBlocker quiet(m_size);
    m_size->clear();
    for (int size : sizes)
        m_size->addItem(Formatter::size(size), size);
    const int at = m_size->findData(chosen);
    m_size->setCurrentIndex(at >= 0 ? at : 0);
}

int CompareCharts::latencySize() const
{
    return m_size->currentData().toInt();
}

void CompareCharts::setLatencySize(int size)
{
    const int at = m_size->findData(size);
    if (at >= 0)
        m_size->setCurrentIndex(at);
}

void CompareCharts::drawLatency()
{
    QCustomPlot *plot = m_latency;
    plot->clearPlottables();
    const VisualStyle &s = VisualStyle::current();
    const int size = latencySize();
    // A signal carries no message: its bars stand with the smallest size.
    const int smallest = m_size->count() ? m_size->itemData(0).toInt() : 0;
    const auto shown = [&](const CompareRow &r) {
        return r.point.isPair() && r.rttP50Us.valid && (r.point.size == size || (r.point.isSignal() && size == smallest));
    };
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    double low = 0, high = 0;
    int x = 0;
    for (const CompareRow &r : m_current.rows) {
        if (!shown(r))
            continue;
        ++x;
        names->addTick(x, r.point.mechanism);
        const QColor colour = colourOf(r.point.mechanism);
        if (m_reference)
            for (const CompareRow &saved : m_reference->rows)
                if (saved.point == r.point && saved.rttP50Us.valid) {
                    auto *under = new QCPBars(plot->xAxis, plot->yAxis);
                    under->setWidth(0.9);
                    under->setBrush(faded(colour));
                    under->setPen(QPen(faded(colour), 1, Qt::DashLine));
                    under->addData(x, saved.rttP50Us.median);
                    high = std::max(high, saved.rttP50Us.median);
                }
        auto *bar = new QCPBars(plot->xAxis, plot->yAxis);
        bar->setWidth(0.6);
        bar->setBrush(lossy(r) ? QBrush(Qt::NoBrush) : QBrush(colour));
        bar->setPen(QPen(lossy(r) ? colour : colour.darker(130), lossy(r) ? 2 : 1));
        bar->addData(x, r.rttP50Us.median);
        auto *whisker = new QCPErrorBars(plot->xAxis, plot->yAxis);
        whisker->setDataPlottable(bar);
        whisker->setPen(QPen(s.text, 1.5));
        whisker->addData(0, std::max(0.0, r.rttP99Us.median - r.rttP50Us.median));
        low = low > 0 ? std::min(low, r.rttP50Us.median) : r.rttP50Us.median;
        high = std::max(high, r.rttP99Us.valid ? r.rttP99Us.median : r.rttP50Us.median);
    }
    plot->xAxis->setTicker(names);
    plot->xAxis->setTickLabelRotation(x > 6 ? 45 : 0);
    plot->xAxis->setRange(0.4, std::max(x, 1) + 0.6);
    plot->xAxis->setLabel(size > 0 ? tr("at %1: bar p50, whisker p99").arg(Formatter::size(size)) : QString());
    plot->yAxis->setLabel(tr("round trip"));
    if (high > 0) {
        range(plot->yAxis, low, high, 2);
        for (int i = 0; i < plot->plottableCount(); ++i)
            if (auto *bar = qobject_cast<QCPBars *>(plot->plottable(i)))
                bar->setBaseValue(plot->yAxis->range().lower);
    }
}

void CompareCharts::drawScaling()
{
    m_scaling->clearPlottables();
    m_scalingCpu->clearPlottables();
    const VisualStyle &s = VisualStyle::current();
    // The sweep's size: the one its N:N rows were measured at.
    int size = -1;
    for (const CompareRow &r : m_current.rows)
        if (!r.point.isPair())
            size = r.point.size;
    m_tabs->setTabEnabled(2, size >= 0);
    if (size < 0) {
        m_scalingTitle->setText(tr("Tick “Scaling” and run to measure 1:1, 2:2 and 4:4."));
        return;
    }
    m_scalingTitle->setText(tr("N producers and N consumers at %1, on this machine's %n CPU(s): more workers than "
                               "CPUs take turns.",
                               "", m_current.cpus())
                                .arg(Formatter::size(size)));
    QSharedPointer<QCPAxisTickerText> workers(new QCPAxisTickerText);
    double lowRate = 0, highRate = 0, lowCpu = 0, highCpu = 0, most = 1;
    QStringList order;
    for (const CompareRow &r : m_current.rows)
        if (!order.contains(r.point.mechanism))
            order << r.point.mechanism;
    for (const QString &mechanism : order) {
        QVector<double> n, rate, cpu;
        for (const CompareRow &r : m_current.rows) {
            if (r.point.mechanism != mechanism || r.point.size != size || !r.msgsPerS.valid)
                continue;
            n << r.point.producers;
            rate << r.msgsPerS.median;
            cpu << (r.cpuUsPerMsg.valid ? r.cpuUsPerMsg.median : qQNaN());
            workers->addTick(r.point.producers, r.point.workers());
            most = std::max(most, double(r.point.producers));
            lowRate = lowRate > 0 ? std::min(lowRate, r.msgsPerS.median) : r.msgsPerS.median;
            highRate = std::max(highRate, r.msgsPerS.median);
            if (r.cpuUsPerMsg.valid) {
                lowCpu = lowCpu > 0 ? std::min(lowCpu, r.cpuUsPerMsg.median) : r.cpuUsPerMsg.median;
                highCpu = std::max(highCpu, r.cpuUsPerMsg.median);
            }
        }
        if (n.size() < 2)
            continue; // not swept (a signal has one consumer)
        const QColor colour = colourOf(mechanism);
        for (QCustomPlot *plot : {m_scaling, m_scalingCpu}) {
            QCPGraph *g = plot->addGraph();
            g->setPen(QPen(colour, 2.5 * s.lineScale));
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, 7));
            g->setData(n, plot == m_scaling ? rate : cpu, true);
            g->setName(mechanism);
            if (plot == m_scalingCpu)
                g->removeFromLegend();
        }
    }
    for (QCustomPlot *plot : {m_scaling, m_scalingCpu}) {
        plot->xAxis->setTicker(workers);
        plot->xAxis->setRange(0.5, most + 0.5);
    }
    range(m_scaling->yAxis, lowRate, highRate, 2);
    range(m_scalingCpu->yAxis, lowCpu, highCpu, 2);
}

bool CompareCharts::save(const QString &fileName)
{
    // Every chart with something in it, two to a row.
    QList<QCustomPlot *> plots = {m_throughput, m_latency};
    if (m_tabs->isTabEnabled(2))
        plots << m_scaling << m_scalingCpu;
    constexpr int kWidth = 900, kHeight = 560;
    QImage image(kWidth * 2, kHeight * int((plots.size() + 1) / 2), QImage::Format_ARGB32);
    image.fill(VisualStyle::current().background);
    {
        QPainter painter(&image);
        for (int i = 0; i < plots.size(); ++i)
            painter.drawPixmap((i % 2) * kWidth, (i / 2) * kHeight, plots[i]->toPixmap(kWidth, kHeight));
    }
    if (!fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return image.save(fileName);
    QPdfWriter pdf(fileName);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    QPainter painter(&pdf);
    if (!painter.isActive())
        return false;
    const QRect page = painter.viewport();
    const QSize fitted = image.size().scaled(page.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRect(page.topLeft(), fitted), image);
    return true;
}

} // namespace ipcscope
