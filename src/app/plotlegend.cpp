#include "plotlegend.h"

#include <qcustomplot.h>

namespace ipcscope {

PlotLegend::PlotLegend(QCustomPlot *plot, QCPLayoutElement *beside, int spacing)
    : m_plot(plot), m_beside(beside), m_spacing(spacing)
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

int PlotLegend::columns() const
{
    const QCPLegend *legend = m_plot->legend;
    const QVector<int> entries = widths();
    // The most columns whose widest entries, side by side, fit the width.
    const QMargins around = m_plot->plotLayout()->margins() + legend->margins();
    const int beside = m_beside->minimumSize().width();
    const int room = m_plot->width() - around.left() - around.right() - (beside > 0 ? beside + m_spacing : 0);
    int columns = std::max(1, int(entries.size()));
    for (; columns > 1; --columns) {
        int total = legend->columnSpacing() * (columns - 1);
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            for (int i = c; i < entries.size(); i += columns)
                widest = std::max(widest, entries[i]);
            total += widest;
        }
        if (total <= room)
            break;
    }
    return columns;
}

void PlotLegend::fit(const QList<QCPGraph *> &shown, const QList<QList<QCPGraph *>> &unnamedFirst)
{
    QCPLegend *legend = m_plot->legend;
    legend->clearItems();
    for (QCPGraph *g : shown)
        g->addToLegend();
    const int line = QFontMetrics(legend->font()).height();
    const int maxRows = m_plot->height() < 12 * line ? 1 : 2;
    const auto rows = [&](int columns) { return (int(widths().size()) + columns - 1) / columns; };
    int fitting = columns();
    for (const QList<QCPGraph *> &graphs : unnamedFirst) {
        if (rows(fitting) <= maxRows)
            break;
        for (QCPGraph *g : graphs)
            g->removeFromLegend();
        fitting = columns();
    }
    legend->setVisible(!widths().isEmpty()); // no empty box between runs
    legend->setWrap(fitting);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true); // lays the entries out again
}

} // namespace ipcscope
