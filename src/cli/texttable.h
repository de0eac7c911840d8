#pragma once
// A plain-text table for the terminal: columns sized to their widest cell,
// numbers right-aligned.
#include <QString>
#include <QStringList>
#include <QVector>

namespace ipcscope {

class TextTable {
public:
    explicit TextTable(const QStringList &header) : m_header(header) {}
    void addRow(const QStringList &row) { m_rows.append(row); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render() const;

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
};

} // namespace ipcscope
