#include "inspectorpanel.h"

#include "treerowdelegate.h"

#include <QHeaderView>

namespace ipcscope {

InspectorPanel::InspectorPanel(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("inspector"));
    setModel(&m_model);
    setItemDelegate(new TreeRowDelegate(this));
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setUniformRowHeights(true);
    setEditTriggers(NoEditTriggers);
    // A section opens when it appears; what the user closed stays closed.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    for (int row = first; row <= last; ++row)
                        expand(m_model.index(row, 0));
            });
    m_model.refresh();
}

void InspectorPanel::showEvent(QShowEvent *event)
{
    QTreeView::showEvent(event);
    m_model.setRefreshing(true);
}

void InspectorPanel::hideEvent(QHideEvent *event)
{
    QTreeView::hideEvent(event);
    m_model.setRefreshing(false);
}

} // namespace ipcscope
