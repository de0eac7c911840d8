#pragma once
// Tick labels that carry their unit, so the graph's axes read as the rest of
// the window does: a rate in k, M and G (500k, 1.5M), a latency in µs, ms or
// s on its logarithmic axis (100 µs, 1 ms), and the time since the start in
// seconds while it is short (5 s) and as minutes:seconds past a minute
// (1:30, 1:00:00). Digits follow QCustomPlot's locale, set to the window's.
#include <QCoreApplication>

#include <qcustomplot.h>

namespace ipcscope {

// Linear ticks that keep apart: no step under `share` of the range (0: as
// the tick count gives), the next round one up (1, 2, 5 × 10ⁿ) while it is.
// A low graph sets the share from its height and its labels' (a line each),
// so that they never collide.
class SpacedTicker : public QCPAxisTicker {
public:
    void setLeastShare(double share) { m_least = share; }
    double leastShare() const { return m_least; }

protected:
    double getTickStep(const QCPRange &range) override;

private:
    double m_least = 0;
};

class RateTicker : public SpacedTicker {
    Q_DECLARE_TR_FUNCTIONS(RateTicker)

public:
    // "500k", "1.5M", "2G": a count or rate on any axis (the Compare charts' too).
    static QString label(double tick, const QLocale &locale);

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

// A byte rate drawn in bytes/s, labelled in the unit the series chose for
// the axis (its name is the axis label): 0.5, 1, 1.5 under "MB/s".
class UnitTicker : public SpacedTicker {
public:
    void setFactor(double factor) { m_factor = factor; }

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    double m_factor = 1;
};

class LatencyTicker : public QCPAxisTickerLog {
    Q_DECLARE_TR_FUNCTIONS(LatencyTicker)

public:
    // "100 µs", "1 ms", "2 s" from microseconds, on any axis.
    static QString label(double us, const QLocale &locale);

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

class TimeTicker : public QCPAxisTicker {
    Q_DECLARE_TR_FUNCTIONS(TimeTicker)

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    bool m_clock = false; // minutes:seconds, not seconds
};

} // namespace ipcscope
