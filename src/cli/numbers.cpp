#include "numbers.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace ipcscope {

namespace {

enum class Whole { Ok, NotANumber, OutOfRange };

// from_chars rather than QString::toLongLong: it tells a number too big for
// 64 bits from a word that is no number at all.
Whole wholeFrom(QString text, qint64 &value)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);
    const QByteArray latin = text.toLatin1();
    const char *end = latin.constData() + latin.size();
    const auto [stop, ec] = std::from_chars(latin.constData(), end, value);
    if (ec == std::errc::result_out_of_range)
        return Whole::OutOfRange;
    if (ec != std::errc() || stop != end || latin.isEmpty())
        return Whole::NotANumber;
    return Whole::Ok;
}

QString outOfRange(const QString &option, const QString &text, qint64 min, qint64 max)
{
    return QStringLiteral("--%1: '%2' is out of range (%3..%4)").arg(option, text).arg(min).arg(max);
}

} // namespace

QString parseWhole(const QString &option, const QString &text, qint64 min, qint64 max, qint64 &value)
{
    qint64 v = 0;
    switch (wholeFrom(text, v)) {
    case Whole::NotANumber:
        return QStringLiteral("--%1: '%2' is not a whole number").arg(option, text);
    case Whole::OutOfRange:
        return outOfRange(option, text, min, max);
    case Whole::Ok:
        break;
    }
    if (v < min || v > max)
        return outOfRange(option, text, min, max);
    value = v;
    return {};
}

QString parseFinite(const QString &option, const QString &text, double &value)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return QStringLiteral("--%1: '%2' is not a finite number").arg(option, text);
    value = v;
    return {};
}

QString parseSize(const QString &option, const QString &text, qint64 min, qint64 max, qint64 &bytes)
{
    QString digits = text.trimmed();
    qint64 unit = 1;
    for (const auto &[suffix, factor] : {std::pair{QStringLiteral("KiB"), 1024},
                                         {QStringLiteral("MiB"), 1 << 20},
                                         {QStringLiteral("K"), 1024},
                                         {QStringLiteral("k"), 1024},
                                         {QStringLiteral("M"), 1 << 20}}) {
        if (digits.endsWith(suffix)) {
            digits.chop(suffix.size());
            unit = factor;
            break;
        }
    }
    qint64 v = 0;
    switch (wholeFrom(digits, v)) {
    case Whole::NotANumber:
        return QStringLiteral("--%1: '%2' is not a size in bytes").arg(option, text);
    case Whole::OutOfRange:
        return outOfRange(option, text, min, max);
    case Whole::Ok:
        break;
    }
    // Compared before multiplying, so that 18014398509481985K cannot wrap.
    if (v < min / unit || v > max / unit)
        return outOfRange(option, text, min, max);
    bytes = v * unit;
    return {};
}

} // namespace ipcscope
