#include "inspectorpanel.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace ipcscope {

namespace {

// Emphasised rows (the sections, and ipcscope's own objects) in bold.
class EmphasisDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TreeModel::EmphasisRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("inspector"));
    setModel(&m_model);
    setItemDelegate(new EmphasisDelegate(this));
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
