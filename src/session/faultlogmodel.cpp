#include "faultlogmodel.h"

#include "formatter.h"

namespace ipcscope {

FaultLogModel::FaultLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void FaultLogModel::setRecords(const QVector<FaultRecord> &records)
{
    const int old = int(m_records.size());
    const int now = int(records.size());
    if (now < old) {
        beginResetModel();
        m_records = records;
        endResetModel();
        return;
    }
    if (now > old)
        beginInsertRows({}, old, now - 1);
    m_records = records;
    if (now > old)
        endInsertRows();
    // The effects (and a catch's result) of earlier rows change as the run goes on.
    if (old > 0)
        emit dataChanged(index(0, 0), index(old - 1, ColumnCount - 1));
}

void FaultLogModel::clear()
{
    setRecords({});
}

int FaultLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int FaultLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FaultLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const FaultRecord &r = m_records[index.row()];
    if (role == Qt::ToolTipRole && index.column() == Effects)
        return r.effects.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return tr("%1 s").arg(Formatter::decimal(r.atS, 2));
    case Step: {
        const QString step = r.fault.text().section(QLatin1Char(':'), 1);
        if (r.undone)
            return tr("%1 (undone)").arg(step);
        return r.undo ? tr("%1 (undo: %2)").arg(step, r.undo->text().section(QLatin1Char(':'), 1)) : step;
    }
    case Call:
        return r.call;
    case Result:
        return r.ok ? r.result : tr("not done: %1").arg(r.result);
    case Effects:
        return r.effects.join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant FaultLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Step:
        return tr("Fault");
    case Call:
        return tr("Call made");
    case Result:
        return tr("Kernel's answer");
    case Effects:
        return tr("What the workers did");
    default:
        return {};
    }
}

} // namespace ipcscope
