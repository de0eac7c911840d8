#pragma once
// The graph's legend, in a row of its own above the plots beside the
// controls: as many columns as the width holds, and never more rows than the
// height spares (a third of it; in a strip one row, up to two fifths) (a squeezed legend cuts its text and squeezes the graph), so
// lines lose their entries, a group at a time, until it fits. When even the
// last entries do not fit beside the controls (large type, a narrow graph),
// the controls take a row above them; when they do not fit the width at all,
// there is no legend rather than a cut one (the hover readout still names
// every line).
#include <QList>
#include <QVector>

class QCustomPlot;
class QCPGraph;
class QCPLayoutElement;
class QCPLayoutGrid;

namespace ipcscope {

class PlotLegend {
public:
    // `beside` is the room the controls take at the end of the legend's row,
    // `spacing` away from it; both are in `head`, the legend at (0, 0).
    PlotLegend(QCustomPlot *plot, QCPLayoutGrid *head, QCPLayoutElement *beside, int spacing);

    // Names `shown`, in order; while the rows do not fit, the groups of
    // `unnamedFirst` lose their entries, first first.
    void fit(const QList<QCPGraph *> &shown, const QList<QList<QCPGraph *>> &unnamedFirst);
    // Whether the controls have a row of their own above the legend.
    bool controlsAbove() const;

private:
    QVector<int> widths() const;
    int room() const;
    int below() const; // the least height of the plots under the legend's row
    int columns() const;
    bool fits(int maxRows) const;
    void placeControls(bool above);

    QCustomPlot *m_plot;
    QCPLayoutGrid *m_head;
    QCPLayoutElement *m_beside;
    int m_spacing;
};

} // namespace ipcscope
