#include "signalitem.h"

#include "visualstyle.h"

#include <QCoreApplication>
#include <QPainter>

namespace ipcscope {

SignalItem::SignalItem(QSizeF size, bool realtime) : KernelObjectItem(size), m_realtime(realtime) {}

QPointF SignalItem::restPoint(int order, uint16_t) const
{
    const QRectF area = insideArea();
    if (!m_realtime)
        return mapToScene(area.center());
    const double step = area.width() / capacity();
    const int index = capacity() - 1 - std::min(order, capacity() - 1);
    return mapToScene(QPointF(area.left() + step * (index + 0.5), area.center().y()));
}

void SignalItem::paintInside(QPainter *p, const QRectF &area)
{
    const VisualStyle &s = VisualStyle::current();
    p->setPen(QPen(s.line, 2 * s.lineScale, Qt::DashLine));
    p->setBrush(Qt::NoBrush);
    if (m_realtime) {
        p->drawRoundedRect(area, 8, 8);
        return;
    }
    // One pending bit: a single place, however many are sent.
    const QRectF bit(area.center().x() - 60, area.top() + 4, 120, area.height() - 8);
    p->drawRoundedRect(bit, 8, 8);
    p->setPen(s.mutedText);
    p->setFont(sceneFont(10));
    p->drawText(bit.adjusted(0, 2, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                QCoreApplication::translate("SignalItem", "pending bit"));
}

} // namespace ipcscope
