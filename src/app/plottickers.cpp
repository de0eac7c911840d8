#include "plottickers.h"

#include <cmath>

namespace ipcscope {

namespace {

// At most three significant figures and no trailing zeros: 1.5, 250, 0.25;
// a whole number from 1000 up as it is (1,000, never 1E+03).
QString figure(double v, const QLocale &locale)
{
    if (std::abs(v) >= 999.5)
        return locale.toString(v, 'f', 0);
    return locale.toString(v, 'g', 3);
}

} // namespace

double SpacedTicker::getTickStep(const QCPRange &range)
{
    double step = QCPAxisTicker::getTickStep(range);
    while (step > 0 && step < m_least * range.size()) {
        const double decade = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        const double mantissa = step / decade;
        step = (mantissa < 1.99 ? 2 : mantissa < 4.99 ? 5 : 10) * decade;
    }
    return step;
}

QString RateTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    return label(tick, locale);
}

QString RateTicker::label(double tick, const QLocale &locale)
{
    const double a = std::abs(tick);
    if (a >= 999.5e6)
        return tr("%1G").arg(figure(tick / 1e9, locale));
    if (a >= 999.5e3)
        return tr("%1M").arg(figure(tick / 1e6, locale));
    if (a >= 999.5)
        return tr("%1k").arg(figure(tick / 1e3, locale));
    return figure(tick, locale);
}

QString UnitTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    return figure(tick / m_factor, locale);
}

QString LatencyTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    return label(tick, locale);
}

QString LatencyTicker::label(double tick, const QLocale &locale)
{
    // The axis is in microseconds.
    if (tick >= 999.5e3)
        return tr("%1 s").arg(figure(tick / 1e6, locale));
    if (tick >= 999.5)
        return tr("%1 ms").arg(figure(tick / 1e3, locale));
    return tr("%1 µs").arg(figure(tick, locale));
}

double TimeTicker::getTickStep(const QCPRange &range)
{
    m_clock = std::max(std::abs(range.lower), std::abs(range.upper)) >= 60;
    const double ideal = range.size() / std::max(1, tickCount());
    if (!m_clock || ideal < 1)
        return QCPAxisTicker::getTickStep(range);
    // Steps a clock has: seconds, minutes, hours.
    for (double step : {1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600, 43200})
        if (step >= ideal)
            return step;
    return std::ceil(ideal / 86400) * 86400;
}

int TimeTicker::getSubTickCount(double tickStep)
{
    if (!m_clock || tickStep < 1)
        return QCPAxisTicker::getSubTickCount(tickStep);
    return std::fmod(tickStep, 60) == 0 && tickStep <= 1200 ? 3 : 1;
}

QString TimeTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    if (!m_clock)
        return tr("%1 s").arg(locale.toString(tick, 'g', 4));
    const QString sign = tick < 0 ? locale.negativeSign() : QString();
    const double a = std::abs(tick);
    const qint64 whole = qint64(std::floor(a + 1e-6));
    const double fraction = a - double(whole);
    const QLatin1Char zero('0');
    QString seconds = QStringLiteral("%1").arg(whole % 60, 2, 10, zero);
    if (fraction > 0.05) // a step under a second, zoomed in late in a run
        seconds += locale.decimalPoint() + QString::number(qRound(fraction * 10) % 10);
    const qint64 minutes = whole / 60;
    if (minutes < 60)
        return sign + QStringLiteral("%1:%2").arg(minutes).arg(seconds);
    return sign + QStringLiteral("%1:%2:%3").arg(minutes / 60).arg(minutes % 60, 2, 10, zero).arg(seconds);
}

} // namespace ipcscope
