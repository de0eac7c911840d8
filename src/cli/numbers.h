#pragma once
// Numbers from the command line, taken exactly or refused: never wrapped,
// truncated, NaN or infinite. Each returns the one-line reason ("--count:
// 'many' is not a whole number"), or an empty string and the value.
#include <QString>

namespace ipcscope {

QString parseWhole(const QString &option, const QString &text, qint64 min, qint64 max, qint64 &value);
QString parseFinite(const QString &option, const QString &text, double &value);
// Bytes as "4096", "4K", "4KiB", "1M" or "1MiB", within min..max.
QString parseSize(const QString &option, const QString &text, qint64 min, qint64 max, qint64 &bytes);

} // namespace ipcscope
