#include "signalitem.h"

#include "visualstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace ipcscope {

SignalItem::SignalItem(QSizeF size, bool realtime)
    : KernelObjectItem(QStringLiteral("signal"), size), m_realtime(realtime)
{
}

QRectF SignalItem::bitRect() const
{
    // One pending bit: a single place, its name above where a token rests.
    const QRectF area = insideArea();
    return QRectF(area.center().x() - 80, area.top() + 2, 160, area.height() - 4);
}

QPointF SignalItem::restPoint(int order) const
{
    const QRectF area = insideArea();
    if (!m_realtime) {
        const QRectF bit = bitRect();
        const double label = QFontMetricsF(sceneFont(TextRole::Label)).height() + 4;
        return mapToScene(QPointF(bit.center().x(), bit.top() + label + (bit.height() - label) / 2));
    }
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
    const QRectF bit = bitRect();
    p->drawRoundedRect(bit, 8, 8);
    const double label = QFontMetricsF(sceneFont(TextRole::Label)).height() + 4;
    drawLine(p, QRectF(bit.left() + 4, bit.top() + 2, bit.width() - 8, label), Qt::AlignHCenter,
             QCoreApplication::translate("SignalItem", "pending bit"), TextRole::Label, false, s.mutedText, s.panel);
}

} // namespace ipcscope
