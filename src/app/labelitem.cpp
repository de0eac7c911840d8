#include "labelitem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ipcscope {

LabelItem::LabelItem(TextRole role, bool bold, bool muted) : m_role(role), m_bold(bold), m_muted(muted) {}

QRectF LabelItem::boundingRect() const
{
    return QRectF(0, 0, m_width, height());
}

double LabelItem::height() const
{
    return QFontMetricsF(sceneFont(m_role, m_bold)).height() + 2;
}

double LabelItem::naturalWidth() const
{
    return QFontMetricsF(sceneFont(m_role, m_bold)).horizontalAdvance(m_text) + 2;
}

void LabelItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

void LabelItem::setWidth(double width, Qt::Alignment align)
{
    prepareGeometryChange();
    m_width = std::max(1.0, width);
    m_align = align;
    update();
}

void LabelItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    beginTexts();
    const VisualStyle &s = VisualStyle::current();
    p->setRenderHint(QPainter::TextAntialiasing);
    drawLine(p, boundingRect(), m_align, m_text, m_role, m_bold, m_muted ? s.mutedText : s.text, s.background);
}

} // namespace ipcscope
