#include "semaphoreitem.h"

#include "visualstyle.h"

#include <QCoreApplication>
#include <QPainter>

namespace ipcscope {

namespace {
// This file's texts, under one translation context.
struct SemaphoreItemText {
    Q_DECLARE_TR_FUNCTIONS(SemaphoreItem)
};
} // namespace

SemaphoreItem::SemaphoreItem(const QString &name, const QString &role, QSizeF size)
    : m_name(name), m_role(role), m_size(size)
{
}

QRectF SemaphoreItem::boundingRect() const
{
    return QRectF(-4, -4, m_size.width() + 8, m_size.height() + 8);
}

void SemaphoreItem::setState(qint64 value, int waiting, const QStringList &waiters, qint64 lastPid,
                             const QString &lastBy)
{
    if (value == m_value && waiting == m_waiting && waiters == m_waiters && lastPid == m_lastPid)
        return;
    m_value = value;
    m_waiting = waiting;
    m_waiters = waiters;
    m_lastPid = lastPid;
    m_lastBy = lastBy;
    update();
}

void SemaphoreItem::flash(const QString &operation, const QString &who)
{
    m_flashText = SemaphoreItemText::tr("%1 by %2").arg(operation, who);
    m_flash = 1;
    update();
}

bool SemaphoreItem::advance(double dtS)
{
    if (m_flash <= 0)
        return false;
    m_flash = std::max(0.0, m_flash - dtS / 1.2);
    update();
    return true;
}

void SemaphoreItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const VisualStyle &s = VisualStyle::current();
    const QRectF box(0, 0, m_size.width(), m_size.height());
    p->setRenderHint(QPainter::Antialiasing);
    QColor fill = s.panel;
    if (m_flash > 0)
        fill = QColor::fromRgbF(fill.redF() * (1 - m_flash * 0.5) + s.paused.redF() * m_flash * 0.5,
                                fill.greenF() * (1 - m_flash * 0.5) + s.paused.greenF() * m_flash * 0.5,
                                fill.blueF() * (1 - m_flash * 0.5) + s.paused.blueF() * m_flash * 0.5);
    const bool contended = m_waiting > 0;
    p->setPen(QPen(contended ? s.blocked : s.line, (contended ? 4 : 2) * s.lineScale));
    p->setBrush(fill);
    p->drawRoundedRect(box, 8, 8);

    // Name on the left and the value large on the right, the role below both.
    const double valueWidth = 56;
    p->setPen(s.text);
    p->setFont(sceneFont(13, true));
    p->drawText(QRectF(8, 2, box.width() - valueWidth - 16, 30), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(p->font()).elidedText(m_name, Qt::ElideRight, box.width() - valueWidth - 16));
    p->setPen(m_value == 0 ? s.blocked : s.text);
    p->setFont(sceneFont(24, true));
    p->drawText(QRectF(box.width() - valueWidth - 8, 0, valueWidth, 36), Qt::AlignRight | Qt::AlignVCenter,
                m_value == -2 ? QStringLiteral("—")
                : m_value < 0 ? QStringLiteral("?")
                              : QString::number(m_value));
    p->setPen(s.mutedText);
    p->setFont(sceneFont(9));
    drawFittedLine(p, QRectF(8, 34, box.width() - 16, 16), Qt::AlignLeft, m_role);

    const QRectF lines(8, 52, box.width() - 16, 20);
    p->setFont(sceneFont(9.5, contended));
    p->setPen(contended ? s.blocked : s.mutedText);
    const QString waiting = m_waiting > 0 ? SemaphoreItemText::tr("waiting: %1")
                                                .arg(m_waiters.isEmpty() ? QString::number(m_waiting)
                                                                         : m_waiters.join(QStringLiteral(", ")))
                                          : SemaphoreItemText::tr("nobody waits");
    drawFittedLine(p, lines, Qt::AlignLeft, waiting);
    p->setFont(sceneFont(9.5));
    p->setPen(m_flash > 0 ? s.text : s.mutedText);
    QString last;
    if (m_flash > 0)
        last = m_flashText;
    else if (m_lastPid > 0)
        last = m_lastBy.isEmpty() ? SemaphoreItemText::tr("last: pid %1").arg(m_lastPid)
                                  : SemaphoreItemText::tr("last: %1, pid %2").arg(m_lastBy).arg(m_lastPid);
    drawFittedLine(p, lines.translated(0, 20), Qt::AlignLeft, last);
}

} // namespace ipcscope
