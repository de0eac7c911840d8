#include "ringitem.h"

#include "session/scenetext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>

namespace ipcscope {

namespace {
constexpr int kMostShown = 16;
}

RingItem::RingItem(QSizeF size, int slotCount)
    : KernelObjectItem(QStringLiteral("ring"), size), m_slots(std::max(slotCount, 1)),
      m_shown(std::min(m_slots, kMostShown))
{
}

const RingItem::Heights &RingItem::heights() const
{
    const QFont font = QGuiApplication::font();
    const bool large = VisualStyle::isLargeType();
    if (!m_heights || m_heights->font != font || m_heights->large != large)
        m_heights = Heights{font, large, QFontMetricsF(sceneFont(TextRole::Count, true)).height() + 4,
                            QFontMetricsF(sceneFont(TextRole::Label)).height()};
    return *m_heights;
}

double RingItem::markerHeight() const
{
    return heights().marker;
}

double RingItem::minimumInside() const
{
    return 2 * markerHeight() + heights().label * 1.8;
}

double RingItem::neededInside() const
{
    return detailed() ? minimumInside() : minimumInside() - 2 * markerHeight();
}

bool RingItem::detailed() const
{
    return (m_exact || m_ring.meanFill < 0) && !m_ring.cells.isEmpty();
}

QRectF RingItem::slotRect(int slot) const
{
    // Room above for the head marker and below for the tail marker.
    const double marker = detailed() ? markerHeight() : 0;
    const QRectF area = insideArea().adjusted(0, marker, 0, -marker);
    const double width = area.width() / m_shown;
    return QRectF(area.left() + (slot % m_shown) * width + 2, area.top(), width - 4, area.height());
}

QPointF RingItem::restPoint(int order) const
{
    return mapToScene(slotRect(order % m_shown).center());
}

void RingItem::setRing(const SceneRing &ring, bool exact)
{
    m_ring = ring;
    m_exact = exact;
    update();
}

void RingItem::paintMarker(QPainter *p, int slot, const QString &label, const QString &number, bool above,
                           const QColor &colour)
{
    const VisualStyle &s = VisualStyle::current();
    const QRectF r = slotRect(slot % m_shown);
    const double x = r.center().x();
    const double tip = above ? r.top() - 2 : r.bottom() + 2;
    const double size = markerHeight() * 0.45;
    const double base = above ? tip - size : tip + size;
    // The label stays inside the ring's frame, never in the lanes beside it
    // where the cards would hide it: beside its arrow, on the side with
    // room; in fewer words ("372498", in the arrow's colour) where "head
    // 372498" has none; and where neither has, over the slot itself, which
    // is then marked by its edge in that colour instead of an arrow.
    const QRectF area = insideArea();
    const double top = above ? area.top() : r.bottom() + 1;
    const double height = markerHeight() - 2;
    const double gap = size * 0.8;
    // As wide as its type, or narrower down to the type's floor (drawLine).
    const QFontMetricsF metrics(sceneFont(TextRole::Count, true));
    const auto natural = [&](const QString &t) { return metrics.horizontalAdvance(t) + 6; };
    const auto least = [](const QString &t) { return widthAtFloor(t, TextRole::Count, true) + 6; };
    const double right = area.right() - (x + gap);
    const double left = x - gap - area.left();
    QString shown;
    QRectF text;
    for (const QString &candidate : {label, number}) {
        if (least(candidate) <= right) {
            text = QRectF(x + gap, top, std::min(natural(candidate), right), height);
        } else if (least(candidate) <= left) {
            const double width = std::min(natural(candidate), left);
            text = QRectF(x - gap - width, top, width, height);
        } else {
            continue;
        }
        shown = candidate;
        break;
    }
    if (shown.isEmpty()) {
        shown = least(label) <= area.width() ? label : number;
        const double width = std::min(natural(shown), area.width());
        text = QRectF(std::clamp(x - width / 2, area.left(), area.right() - width), top, width, height);
        p->setPen(QPen(colour, 4 * s.lineScale, Qt::SolidLine, Qt::RoundCap));
        const double edge = above ? r.top() : r.bottom();
        p->drawLine(QPointF(r.left() + 2, edge), QPointF(r.right() - 2, edge));
    } else {
        QPolygonF arrow;
        arrow << QPointF(x, tip) << QPointF(x - size * 0.6, base) << QPointF(x + size * 0.6, base);
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawPolygon(arrow);
    }
    drawLine(p, text, Qt::AlignLeft, shown, TextRole::Count, true, VisualStyle::readable(colour, s.panel), s.panel);
}

void RingItem::paintInside(QPainter *p, const QRectF &)
{
    const VisualStyle &s = VisualStyle::current();
    const int n = int(m_ring.cells.size());
    const bool detailed = this->detailed();
    for (int i = 0; i < m_shown; ++i) {
        const QRectF r = slotRect(i);
        const SceneSlot slot = i < n ? m_ring.cells[i] : SceneSlot{};
        const QColor colour = slot.producer >= 0 ? s.producerColour(slot.producer) : s.producer;
        QColor fill = s.slotEmpty;
        if (detailed && slot.state == SceneSlot::State::Announced && live())
            fill = colour.lighter(VisualStyle::isDark() ? 100 : 150);
        p->setPen(QPen(s.line, 1.5 * s.lineScale));
        p->setBrush(fill);
        p->drawRoundedRect(r, 4, 4);
        if (detailed && slot.state == SceneSlot::State::Written) {
            // Copied in, not yet announced: hatched in its producer's colour.
            p->setBrush(QBrush(live() ? colour : s.done, Qt::BDiagPattern));
            p->setPen(Qt::NoPen);
            p->drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4);
        }
        if (detailed && slot.state != SceneSlot::State::Empty && slot.producer >= 0) {
            const QFont font = sceneFont(TextRole::Label, true);
            const double h = QFontMetricsF(font).height();
            const QRectF label(r.left() + 1, r.center().y() - h / 2, r.width() - 2, h);
            // A number cut to "#…" names no slot: the short form, or none.
            QString seq = QStringLiteral("#%1").arg(slot.seq);
            if (!fitsOneLine(seq, TextRole::Label, true, label.width()))
                seq = QString::number(slot.seq);
            if (!fitsOneLine(seq, TextRole::Label, true, label.width()))
                seq.clear();
            // On a hatched slot, on a plate of its own, so that it reads.
            const QColor under = slot.state == SceneSlot::State::Written || !live() ? s.panel : fill;
            if (slot.state == SceneSlot::State::Written && !seq.isEmpty()) {
                p->setPen(Qt::NoPen);
                p->setBrush(under);
                p->drawRect(label);
            }
            drawLine(p, label, Qt::AlignHCenter, seq, TextRole::Label, true,
                     live() ? VisualStyle::inkOn(under) : s.mutedText, under);
        }
    }
    if (!detailed && m_ring.meanFill >= 0 && n > 0) {
        // The mean fill, as a band across the slots; the words below say so.
        const QRectF first = slotRect(0);
        const QRectF last = slotRect(m_shown - 1);
        const double width = (last.right() - first.left()) * std::clamp(m_ring.meanFill / n, 0.0, 1.0);
        QColor band = s.paused;
        band.setAlpha(150);
        p->fillRect(QRectF(first.left(), first.top() + first.height() * 0.3, width, first.height() * 0.4), band);
    }
    if (detailed) {
        paintMarker(p, int(m_ring.head % quint64(std::max(n, 1))), SceneText::head(m_ring),
                    QString::number(m_ring.head), true, live() ? s.producer : s.done);
        paintMarker(p, int(m_ring.tail % quint64(std::max(n, 1))), SceneText::tail(m_ring),
                    QString::number(m_ring.tail), false, live() ? s.consumer : s.done);
    }
    if (m_slots > m_shown)
        drawLine(p, QRectF(insideArea().left(), insideArea().top(), insideArea().width(), markerHeight()),
                 Qt::AlignRight, QCoreApplication::translate("RingItem", "first %1 of %2 slots").arg(m_shown).arg(m_slots),
                 TextRole::Label, false, s.mutedText, s.panel);
}

} // namespace ipcscope
