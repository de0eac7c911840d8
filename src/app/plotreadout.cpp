#include "plotreadout.h"

#include "visualstyle.h"

#include <QLabel>
#include <QMouseEvent>

#include <qcustomplot.h>

#include <cmath>

namespace ipcscope {

namespace {

constexpr int kOffset = 16; // between the cursor and the box
const QString kLayer = QStringLiteral("overlay");

} // namespace

PlotReadout::PlotReadout(QCustomPlot *plot, std::function<QString(double)> text)
    : QObject(plot), m_plot(plot), m_text(std::move(text)), m_box(new QLabel(plot))
{
    m_box->setTextFormat(Qt::RichText);
    m_box->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_box->setAutoFillBackground(true);
    m_box->setFrameShape(QFrame::Box);
    m_box->setMargin(4);
    m_box->hide();
    // The cursor is redrawn on its own layer, not the whole graph with it.
    m_plot->layer(kLayer)->setMode(QCPLayer::lmBuffered);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        if (event->buttons() != Qt::NoButton)
            hide(); // dragging the time axis
        else
            showAt(event->position().toPoint());
    });
    restyle();
}

bool PlotReadout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        hide();
    return QObject::eventFilter(watched, event);
}

void PlotReadout::setGraphs(const QList<QCPGraph *> &graphs)
{
    for (QCPItemTracer *tracer : m_tracers)
        m_plot->removeItem(tracer);
    m_tracers.clear();
    m_graphs = graphs;
    for (QCPGraph *g : graphs) {
        auto *tracer = new QCPItemTracer(m_plot);
        tracer->setLayer(kLayer);
        tracer->setStyle(QCPItemTracer::tsCircle);
        tracer->position->setAxes(g->keyAxis(), g->valueAxis());
        tracer->setClipAxisRect(g->keyAxis()->axisRect());
        tracer->setVisible(false);
        m_tracers << tracer;
    }
    restyle();
}

QCPItemStraightLine *PlotReadout::lineFor(QCPAxisRect *rect)
{
    for (QCPItemStraightLine *line : m_lines)
        if (line->clipAxisRect() == rect)
            return line;
    auto *line = new QCPItemStraightLine(m_plot);
    line->setLayer(kLayer);
    line->setClipAxisRect(rect);
    // Across the whole rect, whatever its value axis (the latency's is logarithmic).
    for (QCPItemPosition *p : {line->point1, line->point2}) {
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        p->setAxisRect(rect);
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    m_lines << line;
    restyle();
    return line;
}

void PlotReadout::showAt(const QPoint &pos)
{
    m_pos = pos;
    QCPAxisRect *under = m_plot->axisRectAt(pos);
    const QString text = under ? m_text(under->axis(QCPAxis::atBottom)->pixelToCoord(pos.x())) : QString();
    if (text.isEmpty()) {
        hide();
        return;
    }
    m_shown = true;
    m_key = under->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
    const QList<QCPAxisRect *> rects = m_plot->axisRects();
    for (QCPItemStraightLine *line : m_lines)
        line->setVisible(false);
    for (QCPAxisRect *rect : rects) {
        QCPItemStraightLine *line = lineFor(rect);
        line->point1->setCoords(m_key, 0);
        line->point2->setCoords(m_key, 1);
        line->setVisible(rect->visible());
    }
    for (int i = 0; i < m_graphs.size(); ++i) {
        // The point drawn for the time: the window that ends at or after it.
        const QCPGraph *g = m_graphs[i];
        const auto it = g->data()->findBegin(m_key, false);
        const bool there = g->visible() && it != g->data()->constEnd() && !std::isnan(it->value);
        m_tracers[i]->setVisible(there);
        if (there)
            m_tracers[i]->position->setCoords(it->key, it->value);
    }
    m_box->setText(text);
    m_box->adjustSize();
    // Beside the cursor, on the side with room.
    QPoint at = pos + QPoint(kOffset, kOffset);
    if (at.x() + m_box->width() > m_plot->width())
        at.setX(pos.x() - kOffset - m_box->width());
    at.setX(std::max(0, at.x()));
    at.setY(std::clamp(at.y(), 0, std::max(0, m_plot->height() - m_box->height())));
    m_box->move(at);
    m_box->show();
    m_box->raise();
    m_plot->layer(kLayer)->replot();
}

void PlotReadout::hide()
{
    if (!m_shown)
        return;
    m_shown = false;
    m_box->hide();
    for (QCPItemStraightLine *line : m_lines)
        line->setVisible(false);
    for (QCPItemTracer *tracer : m_tracers)
        tracer->setVisible(false);
    m_plot->layer(kLayer)->replot();
}

void PlotReadout::refresh()
{
    if (m_shown)
        showAt(m_pos);
}

void PlotReadout::setFont(const QFont &font)
{
    m_box->setFont(font);
    m_box->adjustSize();
}

QFont PlotReadout::font() const
{
    return m_box->font();
}

bool PlotReadout::isShown() const
{
    return m_shown;
}

QString PlotReadout::text() const
{
    return m_box->text();
}

void PlotReadout::restyle()
{
    const VisualStyle &s = VisualStyle::current();
    for (QCPItemStraightLine *line : m_lines)
        line->setPen(QPen(s.text, 1, Qt::DashLine));
    for (int i = 0; i < m_tracers.size(); ++i) {
        QColor c = m_graphs[i]->pen().color();
        c.setAlpha(255);
        m_tracers[i]->setPen(QPen(c, 2 * s.lineScale));
        m_tracers[i]->setBrush(s.background);
        m_tracers[i]->setSize(7 * s.lineScale);
    }
    QPalette palette = m_box->palette();
    palette.setColor(QPalette::Window, s.panel);
    palette.setColor(QPalette::WindowText, s.text);
    m_box->setPalette(palette);
}

} // namespace ipcscope
