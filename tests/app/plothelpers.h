#pragma once
// What the graph tests share: the tick labels of an axis that overlap their
// neighbour, measured as QCustomPlot laid them out.
#include <QFontMetrics>
#include <QStringList>

#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace ipcscope::test {

// One line per pair of neighbouring labels closer than a label is high, on
// a vertical axis (its labels one above the other).
inline QStringList tickOverlaps(const QCPAxis *axis)
{
    QStringList out;
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    const int line = QFontMetrics(axis->tickLabelFont()).height();
    double last = std::numeric_limits<double>::quiet_NaN();
    QString lastLabel;
    for (int i = 0; i < ticks.size(); ++i) {
        if (!axis->range().contains(ticks[i]))
            continue;
        const double y = axis->coordToPixel(ticks[i]);
        if (std::abs(y - last) < line)
            out << QStringLiteral("\"%1\" and \"%2\": %3 px apart, %4 px high")
                       .arg(lastLabel, labels.value(i))
                       .arg(std::abs(y - last), 0, 'f', 1)
                       .arg(line);
        last = y;
        lastLabel = labels.value(i);
    }
    return out;
}

} // namespace ipcscope::test
