#include "kernelpanel.h"

#include "treerowdelegate.h"

#include <QEvent>
#include <QHeaderView>

namespace ipcscope {

KernelPanel::KernelPanel(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("kernelPanel"));
    setModel(&m_model);
    setItemDelegate(new TreeRowDelegate(this));
    // The names' column fits its words when rows come or go, or the language
    // changes — not on every poll: fitted to its contents (ResizeToContents),
    // each poll's new values measured the text of every row, a tenth of the
    // window's time at full speed. The names do not change with the values.
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->setStretchLastSection(true);
    setUniformRowHeights(true);
    setEditTriggers(NoEditTriggers);
    // A new object, field or worker opens where it appears; what the user
    // closed stays closed.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                // Opening them emits expanded: the names are fitted once, here.
                m_opening = true;
                if (parent.isValid())
                    expand(parent);
                else
                    for (int row = first; row <= last; ++row)
                        expand(m_model.index(row, 0));
                m_opening = false;
                fitNames();
            });
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &KernelPanel::fitNames);
    connect(&m_model, &QAbstractItemModel::rowsMoved, this, &KernelPanel::fitNames);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &KernelPanel::fitNames);
    connect(&m_model, &QAbstractItemModel::layoutChanged, this, &KernelPanel::fitNames);
    // A row the user opens shows names of its own.
    connect(this, &QTreeView::expanded, this, [this] {
        if (!m_opening)
            fitNames();
    });
    expandAll();
}

void KernelPanel::retranslate()
{
    m_model.retranslate();
    fitNames();
}

void KernelPanel::changeEvent(QEvent *event)
{
    // Larger type (zoom, presentation) widens the names: fitted again.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitNames();
    QTreeView::changeEvent(event);
}

void KernelPanel::fitNames()
{
    resizeColumnToContents(0);
}

} // namespace ipcscope
