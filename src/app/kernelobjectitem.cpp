#include "kernelobjectitem.h"

#include "visualstyle.h"

#include <QPainter>

namespace ipcscope {

KernelObjectItem::KernelObjectItem(QSizeF size) : m_size(size) {}

QRectF KernelObjectItem::boundingRect() const
{
    return QRectF(-4, -4, m_size.width() + 8, m_size.height() + 8);
}

void KernelObjectItem::setReadings(const QString &title, const QStringList &lines, double fill)
{
    if (title == m_title && lines == m_lines && qFuzzyCompare(1 + fill, 1 + m_fill))
        return;
    m_title = title;
    m_lines = lines;
    m_fill = fill;
    // The whole reading on hover, for a line the box had to shorten.
    setToolTip((QStringList{title} + lines).join(QLatin1Char('\n')));
    update();
}

QRectF KernelObjectItem::insideArea() const
{
    // Title above, kernel readings below (room for two lines), the drawing between.
    return QRectF(14, 36, m_size.width() - 28, m_size.height() - 36 - 2 * 20 - 8);
}

void KernelObjectItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const VisualStyle &s = VisualStyle::current();
    const QRectF box(0, 0, m_size.width(), m_size.height());
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(s.line, 2 * s.lineScale));
    p->setBrush(s.panel);
    p->drawRoundedRect(box, 14, 14);

    p->setPen(s.text);
    p->setFont(sceneFont(13, true));
    p->drawText(QRectF(14, 4, box.width() - 28, 30), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(p->font()).elidedText(m_title, Qt::ElideRight, box.width() - 28));

    paintInside(p, insideArea());

    p->setFont(sceneFont(10));
    p->setPen(s.mutedText);
    double y = insideArea().bottom() + 4;
    for (const QString &line : m_lines) {
        drawFittedLine(p, QRectF(14, y, box.width() - 28, 20), Qt::AlignLeft, line);
        y += 20;
    }
}

} // namespace ipcscope
