#pragma once
// A lesson's measurements by name (QJsonObject), read back by its verdict
// and summary: a missing reading reads as 0, "" or false, which no check
// takes for the phenomenon.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ipcscope::readings {

inline qint64 count(const QJsonObject &r, const char *key)
{
    // A lecture example's findings are text: "1" is 1 all the same.
    const QJsonValue v = r.value(QLatin1String(key));
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
}
inline double number(const QJsonObject &r, const char *key)
{
    return r.value(QLatin1String(key)).toDouble();
}
inline QString text(const QJsonObject &r, const char *key)
{
    return r.value(QLatin1String(key)).toString();
}
inline bool flag(const QJsonObject &r, const char *key)
{
    return r.value(QLatin1String(key)).toBool();
}
inline QStringList texts(const QJsonObject &r, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : r.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}

} // namespace ipcscope::readings
