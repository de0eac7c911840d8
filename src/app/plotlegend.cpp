#include "plotlegend.h"

#include <qcustomplot.h>

namespace ipcscope {

namespace {

constexpr int kAnySize = 1 << 20; // a maximum that does not limit (see ThroughputPlot)

} // namespace

PlotLegend::PlotLegend(QCustomPlot *plot, QCPLayoutGrid *head, QCPLayoutElement *beside, int spacing)
    : m_plot(plot), m_head(head), m_beside(beside), m_spacing(spacing)
{
}

QVector<int> PlotLegend::widths() const
{
    QVector<int> widths; // of the entries, in order
    const QCPLegend *legend = m_plot->legend;
    for (int i = 0; i < legend->itemCount(); ++i) // counts a grid's empty cells too
        if (QCPAbstractLegendItem *item = legend->item(i))
            widths << item->minimumOuterSizeHint().width();
    return widths;
}

int PlotLegend::below() const
{
    QCPLayoutGrid *layout = m_plot->plotLayout();
    // The axes' margins as they are now, for the type and the ticks of now.
    layout->update(QCPLayoutElement::upPreparation);
    layout->update(QCPLayoutElement::upMargins);
    int height = layout->margins().top() + layout->margins().bottom();
    for (int row = 0; row < layout->rowCount(); ++row) {
        const QCPLayoutElement *e = layout->element(row, 0);
        if (!e || e == m_head || !e->visible())
            continue;
        const QMargins m = e->margins();
        height += std::max(e->minimumOuterSizeHint().height(), e->minimumSize().height() + m.top() + m.bottom())
                  + layout->rowSpacing();
    }
    return height;
}

int PlotLegend::room() const
{
    const QMargins around = m_plot->plotLayout()->margins() + m_plot->legend->margins();
    const int beside = controlsAbove() ? 0 : m_beside->minimumSize().width();
    return m_plot->width() - around.left() - around.right() - (beside > 0 ? beside + m_spacing : 0);
}

int PlotLegend::columns() const
{
    const QCPLegend *legend = m_plot->legend;
    const QVector<int> entries = widths();
    // The most columns whose widest entries, side by side, fit the width.
    const int width = room();
    int columns = std::max(1, int(entries.size()));
    for (; columns > 1; --columns) {
        int total = legend->columnSpacing() * (columns - 1);
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            for (int i = c; i < entries.size(); i += columns)
                widest = std::max(widest, entries[i]);
            total += widest;
        }
        if (total <= width)
            break;
    }
    return columns;
}

bool PlotLegend::fits(int maxRows) const
{
    const QVector<int> entries = widths();
    const int columns = this->columns();
    if ((int(entries.size()) + columns - 1) / columns > maxRows)
        return false;
    // One column may still be wider than the room.
    return columns > 1 || entries.isEmpty() || *std::max_element(entries.begin(), entries.end()) <= room();
}

bool PlotLegend::controlsAbove() const
{
    return m_head->hasElement(0, 0) && m_head->element(0, 0) == m_beside;
}

void PlotLegend::placeControls(bool above)
{
    if (above == controlsAbove())
        return;
    QCPLegend *legend = m_plot->legend;
    m_head->take(m_beside);
    m_head->take(legend);
    m_head->simplify();
    if (above) {
        m_head->addElement(0, 0, m_beside);
        m_head->addElement(1, 0, legend);
    } else {
        m_head->addElement(0, 0, legend);
        m_head->addElement(0, 1, m_beside);
    }
}

void PlotLegend::fit(const QList<QCPGraph *> &shown, const QList<QList<QCPGraph *>> &unnamedFirst)
{
    QCPLegend *legend = m_plot->legend;
    const int line = QFontMetrics(legend->font()).height();
    // At most two rows, one in a low graph, and with the controls never more
    // than a third of the height: in large type the graph comes first. A
    // strip's one row may take two fifths: on the projector its values are
    // what the back of the hall reads of it.
    const bool strip = m_plot->height() < 12 * line;
    // Nor ever the height the plots under it need at least (their ticks and
    // their axes' names): QCustomPlot would squeeze every row, the legend's
    // too, and cut its entries.
    const int budget = std::min(m_plot->height() * (strip ? 2 : 1) / (strip ? 5 : 3), m_plot->height() - below())
                       - legend->margins().top() - legend->margins().bottom();
    const QSize controls = m_beside->minimumSize();
    bool fitting = false;
    for (bool above : {false, true}) {
        if (above && controls.isEmpty())
            break; // no controls shown: nowhere else to go
        placeControls(above);
        // Beside the legend the controls are as wide as they are; above it,
        // their row spans the width (a grid column is as narrow as its
        // narrowest element's maximum) and they sit at its end.
        m_beside->setMaximumSize(above ? kAnySize : controls.width(), above ? controls.height() : kAnySize);
        legend->clearItems();
        for (QCPGraph *g : shown)
            g->addToLegend();
        if (legend->itemCount() == 0)
            break;
        const int rowHeight = legend->item(0)->minimumOuterSizeHint().height() + legend->rowSpacing();
        const int maxRows =
            std::min(strip ? 1 : 2, (budget - (above ? controls.height() : 0)) / rowHeight);
        if (maxRows < 1)
            continue;
        fitting = fits(maxRows);
        for (const QList<QCPGraph *> &graphs : unnamedFirst) {
            if (fitting)
                break;
            for (QCPGraph *g : graphs)
                g->removeFromLegend();
            fitting = fits(maxRows);
        }
        if (fitting)
            break;
    }
    // No empty box between runs, and no cut one: the readout names every line.
    if (!fitting)
        legend->clearItems();
    legend->setVisible(!widths().isEmpty());
    legend->setWrap(columns());
    legend->setFillOrder(QCPLegend::foColumnsFirst, true); // lays the entries out again
}

} // namespace ipcscope
