#include "comparerow.h"

#include <algorithm>

namespace ipcscope {

QString ComparePoint::workers() const
{
    return QStringLiteral("%1:%2").arg(producers).arg(consumers);
}

Spread spreadOf(QVector<double> values)
{
    Spread s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.valid = true;
    s.min = values.first();
    s.max = values.last();
    const qsizetype n = values.size();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return s;
}

} // namespace ipcscope
