#pragma once
// The comparison's charts: throughput against message size (log–log, one
// line per mechanism) and round-trip latency bars, each mechanism in its own
// colour, the same as everywhere else in the program.
#include "session/comparison.h"

#include <QWidget>

class QCustomPlot;

namespace ipcscope {

class CompareCharts : public QWidget {
    Q_OBJECT
public:
    explicit CompareCharts(QWidget *parent = nullptr);

    void setRows(const QVector<CompareRow> &rows);
    // Both charts, side by side, as one PNG or PDF.
    bool save(const QString &fileName);
    QCustomPlot *throughput() const { return m_throughput; }
    QCustomPlot *latency() const { return m_latency; }
    void retranslate();
    // Redraws in the current style (the theme changed).
    void restyle() { setRows(m_rows); }

private:
    QVector<CompareRow> m_rows;
    QCustomPlot *m_throughput;
    QCustomPlot *m_latency;
};

} // namespace ipcscope
