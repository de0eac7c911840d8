#pragma once
// One fault of the Faults panel drawn as a few lines that wrap to the
// panel's width — when and what, the exact call, the kernel's answer, what
// the workers did — so that the call is read whole in a narrow dock (a table
// cut it at 1024×768). It draws the row's columns of FaultLogModel.
#include <QStyledItemDelegate>

namespace ipcscope {

class FaultRecordDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Part {
        QString text;
        bool bold = false;
        bool code = false;
    };
    static QList<Part> parts(const QModelIndex &index);
    // Lays the parts out at `width`; draws them at `origin` when `painter` is
    // given. Returns the height they take.
    static int layOut(const QList<Part> &parts, const QFont &font, int width, QPainter *painter = nullptr,
                      QPointF origin = {});
    static int widthFor(const QStyleOptionViewItem &option);
};

} // namespace ipcscope
