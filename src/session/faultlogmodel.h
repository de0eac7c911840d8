#pragma once
// The faults made on the current run, one row each: when, the step, the
// exact call and the kernel's answer, and what the workers did after it.
// The window's Faults panel shows it; it follows the run on every poll.
#include "faultrecord.h"

#include <QAbstractTableModel>
#include <QVector>

namespace ipcscope {

class FaultLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Step, Call, Result, Effects, ColumnCount };

    explicit FaultLogModel(QObject *parent = nullptr);

    // The run's records as they are now; rows only grow during a run, and
    // the effects of a row grow with it.
    void setRecords(const QVector<FaultRecord> &records);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<FaultRecord> m_records;
};

} // namespace ipcscope
