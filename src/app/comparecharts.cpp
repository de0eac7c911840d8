#include "comparecharts.h"

#include "session/mechanismcatalog.h"
#include "visualstyle.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QPdfWriter>

#include <qcustomplot.h>

namespace ipcscope {

CompareCharts::CompareCharts(QWidget *parent)
    : QWidget(parent), m_throughput(new QCustomPlot(this)), m_latency(new QCustomPlot(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_throughput, 3);
    layout->addWidget(m_latency, 2);
    m_throughput->setObjectName(QStringLiteral("throughputChart"));
    m_latency->setObjectName(QStringLiteral("latencyChart"));
    // Message sizes and throughputs span decades: both axes logarithmic.
    for (QCPAxis *axis : {m_throughput->xAxis, m_throughput->yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        axis->setNumberFormat(QStringLiteral("gb"));
    }
    // The legend beside the chart, never over its lines.
    m_throughput->legend->setVisible(true);
    auto *side = new QCPLayoutGrid;
    m_throughput->plotLayout()->addElement(0, 1, side);
    m_throughput->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, m_throughput->legend);
    side->addElement(1, 0, new QCPLayoutElement(m_throughput)); // takes the rest of the height
    side->setRowStretchFactor(0, 0.001);
    m_throughput->legend->setRowSpacing(0);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_throughput->legend->setFont(small);
    m_latency->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_latency->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_latency->yAxis->setNumberFormat(QStringLiteral("gb"));
    retranslate();
}

void CompareCharts::retranslate()
{
    m_throughput->xAxis->setLabel(tr("message size, bytes"));
    m_throughput->yAxis->setLabel(tr("MB/s, one-way stream (median)"));
    m_latency->yAxis->setLabel(tr("round trip µs: bar p50, whisker p99"));
    m_throughput->replot();
    m_latency->replot();
}

void CompareCharts::setRows(const QVector<CompareRow> &rows)
{
    m_rows = rows;
    const VisualStyle &s = VisualStyle::current();
    m_throughput->clearPlottables();
    m_latency->clearPlottables();
    for (QCustomPlot *plot : {m_throughput, m_latency}) {
        plot->setBackground(s.background);
        for (QCPAxis *axis : plot->axisRect()->axes()) {
            axis->setTickLabelColor(s.text);
            axis->setLabelColor(s.text);
            axis->setBasePen(QPen(s.line));
        }
    }

    // One line per mechanism through its sizes; signals carry no message and
    // have no line.
    QMap<QString, QCPGraph *> lines;
    for (const CompareRow &r : rows) {
        if (r.point.size <= 0 || !r.mbPerS.valid || r.mbPerS.median <= 0)
            continue;
        QCPGraph *&g = lines[r.point.mechanism];
        if (!g) {
            g = m_throughput->addGraph();
            const QColor colour = mechanismText(r.point.mechanism).colour;
            g->setPen(QPen(colour, 2.5 * s.lineScale));
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, 7));
            g->setName(mechanismText(r.point.mechanism).title);
        }
        g->addData(r.point.size, r.mbPerS.median);
    }
    m_throughput->rescaleAxes();
    m_throughput->xAxis->scaleRange(1.3, m_throughput->xAxis->range().center());
    m_throughput->yAxis->scaleRange(1.5, m_throughput->yAxis->range().center());

    // One bar per mechanism: its round trip at the smallest size it was measured at.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QStringList seen;
    int x = 0;
    for (const CompareRow &r : rows) {
        if (seen.contains(r.point.mechanism) || !r.rttP50Us.valid)
            continue;
        seen << r.point.mechanism;
        ++x;
        auto *bar = new QCPBars(m_latency->xAxis, m_latency->yAxis);
        const QColor colour = mechanismText(r.point.mechanism).colour;
        bar->setBrush(colour);
        bar->setPen(QPen(colour.darker(130)));
        bar->setWidth(0.7);
        bar->addData(x, r.rttP50Us.median);
        auto *whisker = new QCPErrorBars(m_latency->xAxis, m_latency->yAxis);
        whisker->setDataPlottable(bar);
        whisker->setPen(QPen(s.text, 1.5));
        whisker->addData(0, std::max(0.0, r.rttP99Us.median - r.rttP50Us.median));
        ticker->addTick(x, r.point.mechanism);
    }
    m_latency->xAxis->setTicker(ticker);
    m_latency->xAxis->setTickLabelRotation(60);
    m_latency->xAxis->setRange(0.3, x + 0.7);
    // From below the quickest round trip to above the slowest p99.
    double lowest = 1e12, highest = 0;
    for (const CompareRow &r : rows)
        if (r.rttP50Us.valid) {
            lowest = std::min(lowest, r.rttP50Us.median);
            highest = std::max(highest, r.rttP99Us.median);
        }
    if (highest > 0) {
        m_latency->yAxis->setRange(lowest / 3, highest * 2);
        for (int i = 0; i < m_latency->plottableCount(); ++i)
            if (auto *bar = qobject_cast<QCPBars *>(m_latency->plottable(i)))
                bar->setBaseValue(lowest / 3);
    }
    m_throughput->replot();
    m_latency->replot();
}

bool CompareCharts::save(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter pdf(fileName);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(150);
        QPainter painter(&pdf);
        if (!painter.isActive())
            return false;
        // Both charts side by side, scaled to the page.
        const QRect page = painter.viewport();
        const double scale = std::min(double(page.width()) / width(), double(page.height()) / height());
        painter.scale(scale, scale);
        render(&painter);
        return true;
    }
    return grab().save(fileName);
}

} // namespace ipcscope
