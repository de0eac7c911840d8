#pragma once
// The runs side by side on one graph: messages a second of each, on one
// shared scale, over the time since they began. A run waiting its turn has a
// gap where it waited; each point is its rate over the last second of its
// own time (the series' average, the time held left out).
#include <QWidget>

class QCustomPlot;

#include <QSharedPointer>

namespace ipcscope {

class RateTicker;
class SideBySide;

class SideBySidePlot : public QWidget {
    Q_OBJECT
public:
    explicit SideBySidePlot(QWidget *parent = nullptr);

    // One line per run, named and coloured as given.
    void setLanes(const QStringList &names, const QList<QColor> &colours);
    // Draws what the runs' series hold now.
    void refresh(const SideBySide &side);
    void restyle();
    void retranslate();
    // A strip (the projector, when the scenes need the height): the lines
    // and their ticks only — each scene's header says its rate and unit.
    void setStrip(bool strip);
    bool isStrip() const { return m_strip; }
    // The height it takes as a strip: two tick labels and the lines between.
    int stripHeight() const;
    QCustomPlot *plot() const { return m_plot; }

private:
    void spaceTicks();

    QCustomPlot *m_plot;
    QSharedPointer<RateTicker> m_rates;
    bool m_strip = false;
};

} // namespace ipcscope
