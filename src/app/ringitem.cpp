#include "ringitem.h"

#include "visualstyle.h"

#include <QCoreApplication>
#include <QPainter>

namespace ipcscope {

namespace {
constexpr int kMostShown = 16;
}

RingItem::RingItem(QSizeF size, int slotCount)
    : KernelObjectItem(size), m_slots(slotCount), m_shown(std::min(slotCount, kMostShown))
{
}

QRectF RingItem::slotRect(int slot) const
{
    // Room above for the head marker and below for the tail marker.
    const QRectF area = insideArea().adjusted(0, 20, 0, -22);
    const double width = area.width() / m_shown;
    return QRectF(area.left() + (slot % m_shown) * width + 3, area.top(), width - 6, area.height());
}

QPointF RingItem::restPoint(int, uint16_t place) const
{
    return mapToScene(slotRect(place % m_shown).center());
}

void RingItem::setHeadTail(int head, int tail)
{
    if (head == m_head && tail == m_tail)
        return;
    m_head = head;
    m_tail = tail;
    update();
}

void RingItem::setFilled(int filled)
{
    if (filled == m_filled)
        return;
    m_filled = filled;
    update();
}

void RingItem::paintInside(QPainter *p, const QRectF &)
{
    const VisualStyle &s = VisualStyle::current();
    for (int i = 0; i < m_shown; ++i) {
        // Filled slots, as counted by the kernel, are shaded from the tail on.
        bool filled = false;
        if (m_filled > 0 && m_tail >= 0)
            filled = ((i - m_tail + m_shown) % m_shown) < std::min(m_filled, m_shown);
        p->setPen(QPen(s.line, 1.5 * s.lineScale));
        p->setBrush(filled ? s.paused.lighter(150) : s.slotEmpty);
        p->drawRoundedRect(slotRect(i), 4, 4);
        p->setPen(s.mutedText);
        p->setFont(sceneFont(8));
        p->drawText(slotRect(i).adjusted(3, 1, -3, -1), Qt::AlignLeft | Qt::AlignTop, QString::number(i));
    }
    const auto marker = [&](int slot, const QString &label, bool above, const QColor &colour) {
        if (slot < 0)
            return;
        const QRectF r = slotRect(slot % m_shown);
        const double x = r.center().x();
        const double tip = above ? r.top() - 2 : r.bottom() + 2;
        const double base = above ? tip - 12 : tip + 12;
        QPolygonF arrow;
        arrow << QPointF(x, tip) << QPointF(x - 7, base) << QPointF(x + 7, base);
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawPolygon(arrow);
        p->setPen(colour);
        p->setFont(sceneFont(10, true));
        p->drawText(QRectF(x + 10, std::min(tip, base) - 3, 80, 18), Qt::AlignLeft | Qt::AlignVCenter, label);
    };
    marker(m_head, QCoreApplication::translate("RingItem", "head"), true, s.producer);
    marker(m_tail, QCoreApplication::translate("RingItem", "tail"), false, s.consumer);
    if (m_slots > m_shown) {
        p->setPen(s.mutedText);
        p->setFont(sceneFont(10));
        p->drawText(insideArea(), Qt::AlignRight | Qt::AlignTop,
                    QCoreApplication::translate("RingItem", "first %1 of %2 slots").arg(m_shown).arg(m_slots));
    }
}

} // namespace ipcscope
