#include "texttable.h"

#include <QRegularExpression>

namespace ipcscope {

QString TextTable::render() const
{
    QVector<int> widths(m_header.size(), 0);
    const auto measure = [&](const QStringList &row) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9][0-9.,]*( ?[a-zA-Zµ/%]*)?$"));
    const auto line = [&](const QStringList &row) {
        QStringList cells;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = row.value(i);
            const bool right = i > 0 && number.match(cell).hasMatch();
            cells << (right ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i]));
        }
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1); // trailing blanks only: a blank first column keeps its place
        return line + QLatin1Char('\n');
    };
    QString out = line(m_header);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace ipcscope
