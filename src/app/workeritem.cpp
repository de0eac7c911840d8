#include "workeritem.h"

#include "session/formatter.h"
#include "visualstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

namespace ipcscope {

namespace {
// This file's texts, under one translation context.
struct WorkerItemText {
    Q_DECLARE_TR_FUNCTIONS(WorkerItem)
};
} // namespace

WorkerItem::WorkerItem(const WorkerSnapshot &worker, QSizeF size) : m_worker(worker), m_size(size) {}

QRectF WorkerItem::boundingRect() const
{
    return QRectF(-4, -4, m_size.width() + 8, m_size.height() + 8);
}

void WorkerItem::update(const WorkerSnapshot &worker, const QString &state, double messagesPerS, double mbPerS)
{
    m_worker = worker;
    m_state = state;
    m_messagesPerS = messagesPerS;
    m_mbPerS = mbPerS;
    QGraphicsItem::update();
}

void WorkerItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const VisualStyle &s = VisualStyle::current();
    const QRectF box(0, 0, m_size.width(), m_size.height());
    const bool producer = m_worker.role == Role::Producer;
    const QColor roleColour = producer ? s.producer : s.consumer;
    const QColor stateColour = s.stateColour(m_worker.state.state, m_worker.blocked);
    p->setRenderHint(QPainter::Antialiasing);

    p->setPen(QPen(stateColour, 4 * s.lineScale, s.stateOutline(m_worker.state.state, m_worker.blocked)));
    p->setBrush(s.panel);
    p->drawRoundedRect(box, 10, 10);

    // Header band in the role's colour: name and PID.
    const double header = std::min(30.0, m_size.height() * 0.28);
    QPainterPath band;
    band.addRoundedRect(QRectF(2, 2, box.width() - 4, header), 8, 8);
    p->fillPath(band, roleColour);
    p->setPen(Qt::white);
    p->setFont(sceneFont(14, true));
    const QRectF headerText(10, 2, box.width() - 20, header);
    p->drawText(headerText, Qt::AlignVCenter | Qt::AlignLeft, m_worker.name());
    p->setFont(sceneFont(11));
    p->drawText(headerText, Qt::AlignVCenter | Qt::AlignRight,
                m_worker.pid > 0 ? WorkerItemText::tr("pid %1").arg(m_worker.pid) : WorkerItemText::tr("starting"));

    // Below: what it does (wrapped over two lines), where the kernel has it, counts.
    const double inner = m_size.height() - header - 6;
    const double countsHeight = std::min(22.0, inner * 0.25);
    const double whereHeight = std::min(18.0, inner * 0.2);
    const QRectF stateRect(10, header + 3, box.width() - 20, inner - countsHeight - whereHeight);
    p->setPen(s.background.lightness() > 128 ? stateColour.darker(135) : stateColour.lighter(120));
    p->setFont(sceneFont(12, true));
    QTextOption wrap(Qt::AlignLeft | Qt::AlignVCenter);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    p->save();
    p->setClipRect(stateRect);
    p->drawText(stateRect, m_state, wrap);
    p->restore();

    QString where;
    if (m_worker.exited)
        where = m_worker.exitSignal.isEmpty() ? WorkerItemText::tr("exited with status %1").arg(m_worker.exitCode)
                                              : WorkerItemText::tr("killed by %1").arg(m_worker.exitSignal);
    else if (m_worker.blocked && !m_worker.wchan.isEmpty())
        where = WorkerItemText::tr("asleep in the kernel: %1").arg(m_worker.wchan);
    p->setPen(s.mutedText);
    p->setFont(sceneFont(9.5));
    const QRectF whereRect(10, stateRect.bottom(), box.width() - 20, whereHeight);
    drawFittedLine(p, whereRect, Qt::AlignLeft, where);

    p->setPen(s.text);
    p->setFont(sceneFont(11));
    const QRectF countsRect(10, whereRect.bottom(), box.width() - 20, countsHeight);
    const QString counts = WorkerItemText::tr("%1 msgs").arg(Formatter::count(m_worker.messages));
    const QString rate = m_mbPerS >= 0.1 ? Formatter::byteRate(m_mbPerS * 1e6) : Formatter::messageRate(m_messagesPerS);
    const QFontMetricsF metrics(p->font());
    if (metrics.horizontalAdvance(counts + QStringLiteral("  ") + rate) <= countsRect.width()) {
        p->drawText(countsRect, Qt::AlignVCenter | Qt::AlignLeft, counts);
        p->drawText(countsRect, Qt::AlignVCenter | Qt::AlignRight, rate);
    } else { // a narrow box: one line, set smaller, rather than two overlapping
        drawFittedLine(p, countsRect, Qt::AlignLeft, counts + QStringLiteral(" · ") + rate, 0.75);
    }
}

} // namespace ipcscope
