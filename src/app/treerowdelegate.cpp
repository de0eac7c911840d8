#include "treerowdelegate.h"

#include "visualstyle.h"

#include "session/treemodel.h"

namespace ipcscope {

void TreeRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(TreeModel::EmphasisRole).toBool())
        option->font.setBold(true);
    if (index.data(TreeModel::MutedRole).toBool())
        option->palette.setColor(QPalette::Text, VisualStyle::current().mutedText);
}

} // namespace ipcscope
