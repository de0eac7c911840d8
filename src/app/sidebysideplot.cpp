#include "sidebysideplot.h"

#include "inventory.h"
#include "plottickers.h"
#include "visualstyle.h"

#include "session/sidebyside.h"

#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace ipcscope {

SideBySidePlot::SideBySidePlot(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->xAxis->setTicker(QSharedPointer<TimeTicker>::create());
    m_rates = QSharedPointer<RateTicker>::create();
    m_plot->yAxis->setTicker(m_rates);
    // No legend: each scene's header starts with its line's colour, so the
    // graph keeps all its height for the lines.
    m_plot->setMinimumWidth(1);
    // Three rates up the side, and never so many that they collide.
    m_plot->yAxis->ticker()->setTickCount(3);
    connect(m_plot, &QCustomPlot::afterLayout, this, &SideBySidePlot::spaceTicks);
    retranslate();
    restyle();
}

void SideBySidePlot::spaceTicks()
{
    // A label's line and a little between two ticks, whatever the height
    // (110 px in the projector's type holds two rates, not five on top of one
    // another). The ticks were laid out before the rect's height was known: a
    // height that asks for other steps draws once more.
    const int line = QFontMetrics(m_plot->yAxis->tickLabelFont()).height();
    const double least = std::min(1.0, 1.1 * line / std::max(1, m_plot->axisRect()->height()));
    if (std::abs(least - m_rates->leastShare()) > 1e-9) {
        m_rates->setLeastShare(least);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void SideBySidePlot::setLanes(const QStringList &names, const QList<QColor> &colours)
{
    m_plot->clearGraphs();
    for (int i = 0; i < names.size(); ++i) {
        QCPGraph *g = m_plot->addGraph();
        g->setName(names[i]);
        g->setPen(QPen(colours.value(i, Qt::gray), 2.5 * VisualStyle::current().lineScale));
        g->setAdaptiveSampling(true);
    }
    m_plot->xAxis->setRange(0, 10);
    m_plot->yAxis->setRange(0, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SideBySidePlot::refresh(const SideBySide &side)
{
    double top = 0;
    double end = 0;
    // Stepped, a run is held between beats and has no rate of its own time:
    // each line is its messages received, a point a beat.
    const bool stepped = side.count() > 0 && side.plan().stepped();
    m_plot->yAxis->setLabel(m_strip ? QString() : stepped ? tr("messages") : tr("msg/s"));
    for (int lane = 0; lane < side.count() && lane < m_plot->graphCount() && stepped; ++lane) {
        QVector<double> keys;
        QVector<double> values;
        for (const QPointF &p : side.progress(lane)) {
            keys.append(p.x());
            values.append(p.y());
            top = std::max(top, p.y());
            end = std::max(end, p.x());
        }
        m_plot->graph(lane)->setData(keys, values, true);
    }
    for (int lane = 0; lane < side.count() && lane < m_plot->graphCount() && !stepped; ++lane) {
        const RunSeries &series = side.run(lane)->series();
        QVector<double> keys;
        QVector<double> values;
        keys.reserve(series.size());
        values.reserve(series.size());
        for (int i = 0; i < series.size(); ++i) {
            keys.append(series.endS(i));
            // Held: a gap, where it waited its turn.
            const double v = series.isHeld(i) ? std::numeric_limits<double>::quiet_NaN() : series.averaged(i).msgsPerS;
            values.append(v);
            if (std::isfinite(v))
                top = std::max(top, v);
            end = std::max(end, series.endS(i));
        }
        m_plot->graph(lane)->setData(keys, values, true);
    }
    // One scale for all: the fastest sets it, so the lines compare by height.
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    m_plot->xAxis->setRange(std::max(0.0, end - 60), std::max(10.0, end));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SideBySidePlot::restyle()
{
    const VisualStyle &style = VisualStyle::current();
    m_plot->setBackground(style.background);
    // Its ticks carry the rates: on the projector on the floor of inventory.h.
    QFont font = this->font();
    if (VisualStyle::isLargeType())
        font.setPixelSize(std::max(int(std::ceil(kStateFloorPx)), QFontInfo(font).pixelSize()));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(style.line));
        axis->setTickPen(QPen(style.line));
        axis->setSubTickPen(QPen(style.line));
        axis->setTickLabelColor(style.text);
        axis->setLabelColor(style.text);
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
        axis->grid()->setPen(QPen(style.line, 0, Qt::DotLine));
    }
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        QPen pen = m_plot->graph(i)->pen();
        pen.setWidthF(2.5 * VisualStyle::current().lineScale);
        m_plot->graph(i)->setPen(pen);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SideBySidePlot::retranslate()
{
    m_plot->xAxis->setLabel(m_strip ? QString() : tr("s since they began; one scale for all"));
    m_plot->yAxis->setLabel(m_strip ? QString() : tr("msg/s"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SideBySidePlot::setStrip(bool strip)
{
    if (strip == m_strip)
        return;
    m_strip = strip;
    retranslate();
}

int SideBySidePlot::stripHeight() const
{
    return 3 * QFontMetrics(m_plot->yAxis->tickLabelFont()).height();
}

} // namespace ipcscope
