#include "formatter.h"

#include <QLocale>

#include <climits>
#include <cmath>

namespace ipcscope {

namespace {

// Three significant figures for a value the caller has put in its unit (v < 999.5).
int figuresDecimals(double v)
{
    return v < 9.995 ? 2 : v < 99.95 ? 1 : 0;
}

// The plural form of n is decided by n itself, or for counts past int (which
// tr() takes) by a stand-in with the same form: English looks at n == 1,
// Russian at its last two digits.
int pluralStandIn(qint64 n)
{
    if (n >= INT_MIN && n <= INT_MAX)
        return int(n);
    return int(n % 100) + (n < 0 ? -100 : 100);
}

struct RateUnit {
    double factor;
    const char *name;
};
constexpr RateUnit kRateUnits[] = {{1, QT_TRANSLATE_NOOP("Formatter", "B/s")},
                                   {1e3, QT_TRANSLATE_NOOP("Formatter", "kB/s")},
                                   {1e6, QT_TRANSLATE_NOOP("Formatter", "MB/s")},
                                   {1e9, QT_TRANSLATE_NOOP("Formatter", "GB/s")},
                                   {1e12, QT_TRANSLATE_NOOP("Formatter", "TB/s")}};

} // namespace

QString Formatter::count(qint64 n)
{
    return QLocale().toString(n);
}

QString Formatter::decimal(double v, int decimals)
{
    if (!std::isfinite(v))
        return none();
    return QLocale().toString(v, 'f', decimals);
}

QString Formatter::number(double v)
{
    if (!std::isfinite(v))
        return none();
    return QLocale().toString(std::round(v * 1000) / 1000, 'f', QLocale::FloatingPointShortest);
}

QString Formatter::bytes(qint64 n)
{
    return tr("%1 byte(s)", "", pluralStandIn(n)).arg(count(n));
}

QString Formatter::size(qint64 n)
{
    static const char *const units[] = {QT_TR_NOOP("%1 TiB"), QT_TR_NOOP("%1 GiB"), QT_TR_NOOP("%1 MiB"),
                                        QT_TR_NOOP("%1 KiB")};
    int shift = 40;
    for (const char *unit : units) {
        const qint64 factor = qint64(1) << shift;
        if (n / factor != 0 && n % factor == 0)
            return tr(unit).arg(count(n / factor));
        shift -= 10;
    }
    return tr("%1 B").arg(count(n));
}

Formatter::Unit Formatter::byteRateUnit(double bytesPerS)
{
    const RateUnit *best = &kRateUnits[0];
    for (const RateUnit &u : kRateUnits)
        if (std::abs(bytesPerS) >= u.factor * 0.9995) // what rounds to 1.00 of it
            best = &u;
    return {best->factor, tr(best->name)};
}

QString Formatter::byteRate(double bytesPerS)
{
    if (!std::isfinite(bytesPerS))
        return none();
    const Unit unit = byteRateUnit(bytesPerS);
    const double v = bytesPerS / unit.factor;
    const QString figure = v == 0 ? count(0) : decimal(v, figuresDecimals(std::abs(v)));
    return QStringLiteral("%1 %2").arg(figure, unit.name);
}

QString Formatter::messageRate(double msgsPerS)
{
    if (!std::isfinite(msgsPerS))
        return none();
    // At least three figures, whole numbers never rounded, and a round value
    // without its zeros: a rate someone set reads as set (2, 12.5, 100,000).
    const double a = std::abs(msgsPerS);
    const double scale = a < 0.9995 ? 1000 : a < 9.995 ? 100 : a < 99.95 ? 10 : 1;
    const double rounded = std::round(msgsPerS * scale) / scale;
    return tr("%1 msg/s").arg(QLocale().toString(rounded, 'f', QLocale::FloatingPointShortest));
}

QString Formatter::duration(double seconds)
{
    if (!std::isfinite(seconds))
        return none();
    if (seconds < 0)
        return QLocale().negativeSign() + duration(-seconds);
    if (seconds == 0)
        return tr("%1 s").arg(count(0));
    const double us = seconds * 1e6;
    if (us < 999.5)
        return tr("%1 µs").arg(decimal(us, figuresDecimals(us)));
    const double ms = us / 1e3;
    if (ms < 999.5)
        return tr("%1 ms").arg(decimal(ms, figuresDecimals(ms)));
    if (seconds < 59.95)
        return tr("%1 s").arg(decimal(seconds, figuresDecimals(seconds)));
    const QLatin1Char zero('0');
    const double wholeSeconds = std::round(seconds);
    if (wholeSeconds < 3600)
        return tr("%1 min %2 s")
            .arg(decimal(std::floor(wholeSeconds / 60), 0))
            .arg(int(std::fmod(wholeSeconds, 60)), 2, 10, zero);
    const double wholeMinutes = std::round(seconds / 60);
    return tr("%1 h %2 min")
        .arg(decimal(std::floor(wholeMinutes / 60), 0))
        .arg(int(std::fmod(wholeMinutes, 60)), 2, 10, zero);
}

QString Formatter::latency(double us)
{
    return duration(us / 1e6);
}

QString Formatter::spread(double median, double min, double max, int decimals)
{
    if (!std::isfinite(median))
        return none();
    const QString low = decimal(min, decimals);
    const QString high = decimal(max, decimals);
    if (low == high)
        return decimal(median, decimals);
    return QStringLiteral("%1 (%2–%3)").arg(decimal(median, decimals), low, high);
}

QString Formatter::none()
{
    return QStringLiteral("—");
}

} // namespace ipcscope
