#include "kernelpanel.h"

#include "visualstyle.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace ipcscope {

namespace {

// A removed object's rows in the scene's muted ink.
class MutedDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TreeModel::MutedRole).toBool())
            option->palette.setColor(QPalette::Text, VisualStyle::current().mutedText);
    }
};

} // namespace

KernelPanel::KernelPanel(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("kernelPanel"));
    setModel(&m_model);
    setItemDelegate(new MutedDelegate(this));
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
