#include "kernelpanel.h"

#include "treerowdelegate.h"

#include <QHeaderView>

namespace ipcscope {

KernelPanel::KernelPanel(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("kernelPanel"));
    setModel(&m_model);
    setItemDelegate(new TreeRowDelegate(this));
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setUniformRowHeights(true);
    setEditTriggers(NoEditTriggers);
    // A new object, field or worker opens where it appears; what the user
    // closed stays closed.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    expand(parent);
                else
                    for (int row = first; row <= last; ++row)
                        expand(m_model.index(row, 0));
            });
    expandAll();
}

} // namespace ipcscope
