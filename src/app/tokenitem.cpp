#include "tokenitem.h"

#include "visualstyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace ipcscope {

namespace {
QPointF along(const QList<QPointF> &path, double t)
{
    if (path.size() == 1 || t <= 0)
        return path.first();
    if (t >= 1)
        return path.last();
    double total = 0;
    for (int i = 1; i < path.size(); ++i)
        total += QLineF(path[i - 1], path[i]).length();
    double want = total * t;
    for (int i = 1; i < path.size(); ++i) {
        const double len = QLineF(path[i - 1], path[i]).length();
        if (want <= len && len > 0)
            return path[i - 1] + (path[i] - path[i - 1]) * (want / len);
        want -= len;
    }
    return path.last();
}
} // namespace

TokenItem::TokenItem(int producer, quint64 seq, const QString &label, const QColor &colour, bool labelled, double width)
    : m_producer(producer), m_seq(seq), m_label(label), m_colour(colour), m_labelled(labelled),
      m_width(std::clamp(width, 24.0, 120.0))
{
    setZValue(10);
}

double TokenItem::height()
{
    return QFontMetricsF(sceneFont(TextRole::Label, true)).height() + 6;
}

QRectF TokenItem::boundingRect() const
{
    const double h = height();
    return m_labelled ? QRectF(-m_width / 2 - 2, -h / 2 - 2, m_width + 4, h + 4) : QRectF(-8, -8, 16, 16);
}

void TokenItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const VisualStyle &s = VisualStyle::current();
    p->setRenderHint(QPainter::Antialiasing);
    p->setOpacity(m_fade);
    const QColor fill = m_phase == Phase::Lost ? s.done : m_colour;
    if (!m_labelled) {
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawEllipse(QRectF(-6, -6, 12, 12));
    } else {
        const double h = height();
        const QRectF r(-m_width / 2, -h / 2, m_width, h);
        p->setPen(QPen(fill.darker(130), 1.5));
        p->setBrush(fill);
        p->drawRoundedRect(r, 6, 6);
        p->setPen(VisualStyle::inkOn(fill));
        p->setFont(sceneFont(TextRole::Label, true));
        // Narrow places show the number only; wider ones the payload too.
        const QFontMetricsF metrics(p->font());
        const QString text =
            metrics.horizontalAdvance(m_label) <= r.width() - 6 ? m_label : m_label.section(QLatin1Char(' '), 0, 0);
        p->drawText(r.adjusted(2, 0, -2, 0), Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, r.width() - 4));
    }
    if (m_phase == Phase::Lost) {
        p->setPen(QPen(s.warning, 3));
        const QRectF r = boundingRect().adjusted(4, 4, -4, -4);
        p->drawLine(r.topLeft(), r.bottomRight());
        p->drawLine(r.bottomLeft(), r.topRight());
    }
}

void TokenItem::travel(const QList<QPointF> &path, double seconds, Phase phase)
{
    m_path = path;
    m_path.prepend(pos());
    m_duration = std::max(seconds, 0.01);
    m_elapsed = 0;
    m_phase = phase;
}

void TokenItem::leaveAfterArrival(const QList<QPointF> &path, double seconds, double dwellS)
{
    m_dwell = dwellS;
    m_nextPath = path;
    m_nextSeconds = seconds;
    m_departing = true;
}

void TokenItem::loseAfterArrival(const QString &why)
{
    if (m_path.isEmpty())
        markLost(why);
    else
        m_loseOnArrival = why;
}

void TokenItem::markLost(const QString &why)
{
    m_phase = Phase::Lost;
    m_lostWhy = why;
    setToolTip(why);
    update();
}

bool TokenItem::advance(double dtS)
{
    m_age += dtS;
    if (m_phase == Phase::Lost) {
        m_fade -= dtS / 1.5;
        update();
        return m_fade > 0;
    }
    if (m_path.isEmpty()) {
        if (m_departing) {
            m_dwell -= dtS;
            if (m_dwell <= 0) {
                m_departing = false;
                travel(m_nextPath, m_nextSeconds, Phase::Leaving);
            }
        }
        return true;
    }
    m_elapsed += dtS;
    const double t = std::min(1.0, m_elapsed / m_duration);
    // Ease in and out, so a token visibly sets off and arrives.
    const double eased = t * t * (3 - 2 * t);
    setPos(along(m_path, eased));
    if (t >= 1) {
        m_path.clear();
        if (m_phase == Phase::Leaving)
            return false;
        m_phase = Phase::Resting;
        if (!m_loseOnArrival.isEmpty())
            markLost(m_loseOnArrival);
    }
    return true;
}

} // namespace ipcscope
