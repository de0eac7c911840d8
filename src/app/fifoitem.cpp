#include "fifoitem.h"

#include "visualstyle.h"

#include <QPainter>

namespace ipcscope {

FifoItem::FifoItem(QSizeF size, Look look, int cells)
    : KernelObjectItem(size), m_look(look), m_cells(std::max(cells, 1))
{
}

QRectF FifoItem::cellRect(int order) const
{
    // The first in line sits at the exit (right); later ones queue to its left.
    const QRectF area = insideArea().adjusted(0, 10, 0, -10);
    const double width = area.width() / m_cells;
    const int index = m_cells - 1 - std::min(order, m_cells - 1);
    return QRectF(area.left() + index * width + 3, area.top(), width - 6, area.height());
}

QPointF FifoItem::restPoint(int order, uint16_t) const
{
    return mapToScene(cellRect(order).center());
}

void FifoItem::paintInside(QPainter *p, const QRectF &area)
{
    const VisualStyle &s = VisualStyle::current();
    const QRectF inner = area.adjusted(0, 10, 0, -10);
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
            p->fillRect(QRectF(inner.right() - w, inner.top(), w, inner.height()), s.paused.lighter(140));
            p->restore();
        }
        return;
    }
    for (int i = 0; i < m_cells; ++i) {
        const bool filled = fill() > 0 && i < int(std::ceil(fill() * m_cells));
        p->setPen(QPen(s.line, 1.5 * s.lineScale));
        p->setBrush(filled ? s.paused.lighter(150) : s.slotEmpty);
        p->drawRoundedRect(cellRect(i), 4, 4);
    }
}

} // namespace ipcscope
