#include "faultrecorddelegate.h"

#include "session/faultlogmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QTextLayout>

namespace ipcscope {

namespace {

constexpr int kMargin = 6;

} // namespace

QList<FaultRecordDelegate::Part> FaultRecordDelegate::parts(const QModelIndex &index)
{
    const auto column = [&](int c) { return index.siblingAtColumn(c).data().toString(); };
    const auto header = [&](int c) {
        return index.model()->headerData(c, Qt::Horizontal).toString();
    };
    QList<Part> out;
    out.append({QStringLiteral("%1 · %2").arg(column(FaultLogModel::Time), column(FaultLogModel::Step)), true});
    if (!column(FaultLogModel::Call).isEmpty())
        out.append({column(FaultLogModel::Call), false, true});
    out.append({QStringLiteral("%1: %2").arg(header(FaultLogModel::Result), column(FaultLogModel::Result))});
    if (!column(FaultLogModel::Effects).isEmpty())
        out.append({QStringLiteral("%1: %2").arg(header(FaultLogModel::Effects), column(FaultLogModel::Effects))});
    return out;
}

int FaultRecordDelegate::layOut(const QList<Part> &parts, const QFont &font, int width, QPainter *painter,
                                QPointF origin)
{
    qreal y = 0;
    QTextOption wrap;
    // A call has long words ("semctl(3080224,"): broken inside one rather than cut.
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const Part &part : parts) {
        QFont f = part.code ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font;
        if (part.code)
            f.setPointSizeF(font.pointSizeF());
        f.setBold(part.bold);
        QTextLayout layout(part.text, f);
        layout.setTextOption(wrap);
        layout.beginLayout();
        qreal height = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        if (painter)
            layout.draw(painter, origin + QPointF(0, y));
        y += height;
    }
    return qCeil(y);
}

int FaultRecordDelegate::widthFor(const QStyleOptionViewItem &option)
{
    // The viewport's width: the rows are as wide as the panel, whatever the item's rect says yet.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    return std::max(80, width - 2 * kMargin);
}

void FaultRecordDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    o.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &o, painter, widget);
    painter->save();
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                : QPalette::Text));
    layOut(parts(index), option.font, widthFor(option), painter,
           QPointF(option.rect.left() + kMargin, option.rect.top() + kMargin));
    // A rule under each fault: the next one starts below it.
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

QSize FaultRecordDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = widthFor(option);
    return {width + 2 * kMargin, layOut(parts(index), option.font, width) + 2 * kMargin};
}

} // namespace ipcscope
