#include "kernelobjectitem.h"

#include "session/scenetext.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ipcscope {

namespace {

double lineOf(TextRole role)
{
    return QFontMetricsF(sceneFont(role)).height() + 2;
}

} // namespace

KernelObjectItem::KernelObjectItem(const QString &kind, QSizeF size) : m_size(size), m_kind(kind) {}

QRectF KernelObjectItem::boundingRect() const
{
    return QRectF(-4, -4, m_size.width() + 8, m_size.height() + 8);
}

void KernelObjectItem::setSize(QSizeF size)
{
    prepareGeometryChange();
    m_size = size;
    update();
}

double KernelObjectItem::minimumHeight(int details) const
{
    return lineOf(TextRole::Title) + 6 + minimumInside() + lineOf(TextRole::Count) +
           details * lineOf(TextRole::Label) + 10;
}

double KernelObjectItem::titleHeight() const
{
    return lineOf(TextRole::Title) + 6;
}

double KernelObjectItem::readingsHeight() const
{
    // The depth always, and as many details as leave the inside its room.
    const double room = m_size.height() - titleHeight() - 10 - minimumInside() - lineOf(TextRole::Count);
    const int details = std::clamp(int(room / lineOf(TextRole::Label)), 0, int(m_details.size()));
    return lineOf(TextRole::Count) + details * lineOf(TextRole::Label);
}

QRectF KernelObjectItem::insideArea() const
{
    const double top = titleHeight();
    return QRectF(14, top, m_size.width() - 28, std::max(20.0, m_size.height() - top - readingsHeight() - 10));
}

QPointF KernelObjectItem::entry() const
{
    return mapToScene(QPointF(0, insideArea().center().y()));
}

QPointF KernelObjectItem::exit() const
{
    return mapToScene(QPointF(m_size.width(), insideArea().center().y()));
}

void KernelObjectItem::setReadings(const QString &title, const QString &depth, const QStringList &details, double fill,
                                   bool live)
{
    if (title == m_title && depth == m_depth && details == m_details && qFuzzyCompare(1 + fill, 1 + m_fill) &&
        live == m_live)
        return;
    m_title = title;
    m_depth = depth;
    m_details = details;
    m_fill = fill;
    m_live = live;
    // The whole reading on hover, for a line the frame had to shorten.
    setToolTip((QStringList{title, depth} + details).join(QLatin1Char('\n')));
    update();
}

void KernelObjectItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    beginTexts();
    const VisualStyle &s = VisualStyle::current();
    const QRectF box(0, 0, m_size.width(), m_size.height());
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(m_live ? s.line : s.done, 2 * s.lineScale, m_live ? Qt::SolidLine : Qt::DashLine));
    p->setBrush(s.panel);
    p->drawRoundedRect(box, 14, 14);

    // Once the run has ended: greyed, and said in the title row — the object
    // is gone, what is drawn is how it was.
    const QColor ink = m_live ? s.text : s.mutedText;
    QRectF titleRect(14, 4, box.width() - 28, titleHeight() - 6);
    if (!m_live) {
        const QFont font = sceneFont(TextRole::State, true);
        const double width =
            std::min(titleRect.width() * 0.6, QFontMetricsF(font).horizontalAdvance(SceneText::removed()) + 16);
        const QRectF banner(titleRect.right() - width, titleRect.top(), width, titleRect.height());
        p->setPen(Qt::NoPen);
        p->setBrush(s.done);
        p->drawRoundedRect(banner, 6, 6);
        const QColor bannerInk = VisualStyle::inkOn(s.done);
        drawLine(p, banner.adjusted(8, 0, -8, 0), Qt::AlignHCenter, SceneText::removed(), TextRole::State, true,
                 bannerInk, s.done);
        titleRect.setRight(banner.left() - 8);
    }
    drawLine(p, titleRect, Qt::AlignLeft, m_title, TextRole::Title, true, ink, s.panel);
    paintInside(p, insideArea());

    double y = insideArea().bottom() + 4;
    y += drawLine(p, QRectF(14, y, box.width() - 28, lineOf(TextRole::Count)), Qt::AlignLeft, m_depth,
                  TextRole::Count, true, ink, s.panel);
    const double bottom = box.bottom() - 6;
    for (const QString &line : m_details) {
        if (y + lineOf(TextRole::Label) > bottom + 1)
            break;
        y += drawLine(p, QRectF(14, y, box.width() - 28, lineOf(TextRole::Label)), Qt::AlignLeft, line,
                      TextRole::Label, false, s.mutedText, s.panel);
    }
}

} // namespace ipcscope
