#pragma once
// A tree model's rows drawn as its roles ask (session/treemodel.h): bold
// where EmphasisRole says so (sections, ipcscope's own objects), the scene's
// muted ink where MutedRole does (a removed object's last values). One
// delegate for the kernel panel and the inspector, so that both read alike.
#include <QStyledItemDelegate>

namespace ipcscope {

class TreeRowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ipcscope
