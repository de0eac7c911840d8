#pragma once
// The Inspector's Leftovers: the System V objects whose processes are all
// gone (leftovers.h), one a row, refreshed on request; removing one is
// offered only for the user's own, and goes through Leftovers::remove.
#include "leftovers.h"

#include <QAbstractTableModel>

namespace ipcscope {

class LeftoversModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Object, Key, Owner, Gone, Holds, ColumnCount };

    explicit LeftoversModel(QObject *parent = nullptr, ProcessAlive alive = processAlive);

    void refresh();
    const Leftover &leftover(int row) const { return m_rows.at(row); }
    // Removes the object of `row` after the view's confirmation: empty when
    // removed, else why not, in one line. The list is read again either way.
    QString remove(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProcessAlive m_alive;
    QVector<Leftover> m_rows;
};

} // namespace ipcscope
