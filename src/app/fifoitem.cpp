#include "fifoitem.h"

#include "visualstyle.h"

#include <QPainter>

#include <cmath>

namespace ipcscope {

FifoItem::FifoItem(const QString &kind, QSizeF size, Look look, int cells)
    : KernelObjectItem(kind, size), m_look(look), m_cells(std::max(cells, 1))
{
}

QRectF FifoItem::cellRect(int order) const
{
    // The first in line sits at the exit (right); later ones queue to its left.
    const QRectF area = insideArea().adjusted(0, 6, 0, -6);
    const double width = area.width() / m_cells;
    const int index = m_cells - 1 - std::min(order, m_cells - 1);
    return QRectF(area.left() + index * width + 2, area.top(), width - 4, area.height());
}

QPointF FifoItem::restPoint(int order) const
{
    return mapToScene(cellRect(order).center());
}

void FifoItem::setMessages(qint64 messages)
{
    if (messages == m_messages)
        return;
    m_messages = messages;
    update();
}

void FifoItem::paintInside(QPainter *p, const QRectF &area)
{
    const VisualStyle &s = VisualStyle::current();
    const QColor filled = live() ? s.paused.lighter(VisualStyle::isDark() ? 90 : 150) : s.done;
    const QRectF inner = area.adjusted(0, 6, 0, -6);
    if (m_look == Look::Tube) {
        // A pipe: one continuous buffer, filled from the exit side.
        p->setPen(QPen(s.line, 2 * s.lineScale));
        p->setBrush(s.slotEmpty);
        p->drawRoundedRect(inner, inner.height() / 2, inner.height() / 2);
        if (fill() > 0) {
            const double w = inner.width() * std::min(1.0, fill());
            QPainterPath clip;
            clip.addRoundedRect(inner, inner.height() / 2, inner.height() / 2);
            p->save();
            p->setClipPath(clip);
            p->fillRect(QRectF(inner.right() - w, inner.top(), w, inner.height()), filled);
            p->restore();
        }
        return;
    }
    // As many cells filled as the kernel counts, or as its bytes fill it.
    const int count = m_messages >= 0 ? int(std::min<qint64>(m_messages, m_cells))
                      : fill() > 0    ? int(std::ceil(fill() * m_cells))
                                      : 0;
    for (int i = 0; i < m_cells; ++i) {
        p->setPen(QPen(s.line, 1.5 * s.lineScale));
        p->setBrush(i < count ? filled : s.slotEmpty);
        p->drawRoundedRect(cellRect(i), 4, 4);
    }
}

} // namespace ipcscope
