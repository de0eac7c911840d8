#pragma once
// The graph's hover readout, as a system monitor has it: under the mouse, a
// line across every plot at that time, a dot on each line where it is then,
// and beside the cursor a box with the value of every line. It reads what the
// graph draws, so it says what the lines show.
#include <QObject>
#include <QPoint>

#include <functional>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemTracer;
class QLabel;

namespace ipcscope {

class PlotReadout : public QObject {
    Q_OBJECT
public:
    // `text` writes the box for a time (rich text); an empty text hides it.
    PlotReadout(QCustomPlot *plot, std::function<QString(double key)> text);

    // The lines that get a dot where the cursor crosses them.
    void setGraphs(const QList<QCPGraph *> &graphs);
    // As the mouse at `pos` (the plot's coordinates) does: the readout of the
    // time under it, or none outside the plots.
    void showAt(const QPoint &pos);
    void hide();
    // The data moved under a resting cursor: read it again.
    void refresh();
    void restyle();
    void setFont(const QFont &font);
    QFont font() const;
    bool isShown() const;
    double key() const { return m_key; }
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCPItemStraightLine *lineFor(QCPAxisRect *rect);

    QCustomPlot *m_plot;
    std::function<QString(double)> m_text;
    QList<QCPGraph *> m_graphs;
    QList<QCPItemStraightLine *> m_lines; // one per axis rect
    QList<QCPItemTracer *> m_tracers;     // one per graph
    QLabel *m_box;
    QPoint m_pos;
    double m_key = 0;
    bool m_shown = false;
};

} // namespace ipcscope
