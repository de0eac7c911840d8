#include "leftoversmodel.h"

#include "engine/objects.h"

namespace ipcscope {

LeftoversModel::LeftoversModel(QObject *parent, ProcessAlive alive)
    : QAbstractTableModel(parent), m_alive(std::move(alive))
{
}

void LeftoversModel::refresh()
{
    beginResetModel();
    m_rows = Leftovers::find(m_alive);
    endResetModel();
}

QString LeftoversModel::remove(int row)
{
    if (row < 0 || row >= m_rows.size())
        return tr("nothing selected");
    const Leftover object = m_rows.at(row);
    const QString why = object.removable ? Leftovers::remove(object, m_alive)
                                         : tr("%1 %2 is not yours to remove").arg(object.kind).arg(object.id);
    refresh();
    return why;
}

int LeftoversModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeftoversModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeftoversModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Leftover &l = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return l.removable ? tr("Yours: it can be removed (IPC_RMID)") : tr("Another user's: shown, not removable");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Object:
        return l.kind == QLatin1String("shm")   ? tr("segment %1").arg(l.id)
               : l.kind == QLatin1String("msg") ? tr("queue %1").arg(l.id)
                                                : tr("semaphore set %1").arg(l.id);
    case Key:
        return QString::fromStdString(formatKey(key_t(l.key)));
    case Owner:
        return l.removable ? tr("you (uid %1)").arg(l.owner) : tr("uid %1").arg(l.owner);
    case Gone: {
        QStringList pids;
        for (qint64 pid : l.pids)
            pids << QString::number(pid);
        return pids.join(QStringLiteral(", "));
    }
    case Holds:
        return l.detail;
    default:
        return {};
    }
}

QVariant LeftoversModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Object:
        return tr("Object");
    case Key:
        return tr("Key");
    case Owner:
        return tr("Owner");
    case Gone:
        return tr("Its processes, all gone");
    case Holds:
        return tr("Holds");
    default:
        return {};
    }
}

} // namespace ipcscope
