#pragma once
// The graph's legend, in a row of its own above the plots beside the
// controls: as many columns as the width holds, and never more rows than the
// height spares (a squeezed legend cuts its text and squeezes the graph), so
// lines lose their entries, a group at a time, until it fits.
#include <QList>
#include <QVector>

class QCustomPlot;
class QCPGraph;
class QCPLayoutElement;

namespace ipcscope {

class PlotLegend {
public:
    // `beside` is the room the controls take at the end of the legend's row,
    // `spacing` away from it.
    PlotLegend(QCustomPlot *plot, QCPLayoutElement *beside, int spacing);

    // Names `shown`, in order; while the rows do not fit, the groups of
    // `unnamedFirst` lose their entries, first first.
    void fit(const QList<QCPGraph *> &shown, const QList<QList<QCPGraph *>> &unnamedFirst);

private:
    QVector<int> widths() const;
    int columns() const;

    QCustomPlot *m_plot;
    QCPLayoutElement *m_beside;
    int m_spacing;
};

} // namespace ipcscope
