#pragma once
// The comparison's charts, one tab each: throughput against message size
// (log–log, a line per mechanism), the round trip at a chosen message size
// (bars p50, whiskers p99) and, after a scaling sweep, messages a second and
// CPU per message against N producers and N consumers. Each mechanism keeps
// its colour from everywhere else in the program; a mechanism that lost
// messages is drawn hollow; a saved comparison shows faded and dashed under
// the current one. Tick labels say their unit (k, M, G) and the legends wrap
// under the charts instead of being cut.
#include "session/comparemodel.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;
class QTabWidget;

namespace ipcscope {

class CompareCharts : public QWidget {
    Q_OBJECT
public:
    explicit CompareCharts(QWidget *parent = nullptr);

    void setResults(const CompareResults &current, const std::optional<CompareResults> &reference);
    // Every chart as one PNG or PDF.
    bool save(const QString &fileName);
    QCustomPlot *throughput() const { return m_throughput; }
    QCustomPlot *latency() const { return m_latency; }
    QCustomPlot *scaling() const { return m_scaling; }
    QCustomPlot *scalingCpu() const { return m_scalingCpu; }
    // The message size the round-trip bars are drawn for.
    int latencySize() const;
    void setLatencySize(int size);
    void retranslate();
    // Redraws in the current style (the theme changed).
    void restyle() { redraw(); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    void drawThroughput();
    void drawLatency();
    void drawScaling();
    void fillSizes();

    CompareResults m_current;
    std::optional<CompareResults> m_reference;
    QTabWidget *m_tabs;
    QCustomPlot *m_throughput;
    QCustomPlot *m_latency;
    QCustomPlot *m_scaling;
    QCustomPlot *m_scalingCpu;
    QComboBox *m_size;
    QLabel *m_sizeLabel;
    QLabel *m_scalingTitle;
    QWidget *m_scalingPage;
};

} // namespace ipcscope
