#include "timelineview.h"

#include "session/formatter.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QMainWindow>
#include <QMenu>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ipcscope {

namespace {

constexpr double kShortestSpanS = 1e-6; // zoomed in as far as a microsecond

} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(false);
    setFocusPolicy(Qt::ClickFocus);
}

void TimelineView::setModel(const TimelineModel &model, double followSpanS)
{
    m_model = model;
    m_followSpanS = followSpanS;
    follow();
    updateGeometry();
}

bool TimelineView::extend(const Recording &recording)
{
    const qsizetype rows = m_model.lanes().size() + m_model.semaphores().size();
    if (!m_model.extend(recording))
        return false;
    if (m_model.lanes().size() + m_model.semaphores().size() != rows)
        updateGeometry();
    if (m_following)
        setRange(m_model.endS() - m_followSpanS, m_model.endS());
    else
        update();
    return true;
}

void TimelineView::follow()
{
    setRange(m_model.endS() - m_followSpanS, m_model.endS());
    setFollowing(true);
}

void TimelineView::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    emit followingChanged(following);
}

void TimelineView::userMoved()
{
    // A view whose right edge is still the last moment goes on following, at
    // the span the user chose; one into the past stays where it was put.
    const double span = m_model.endS() - m_model.startS();
    const bool atNow = m_toS >= m_model.endS() - span * 1e-6;
    if (atNow)
        m_followSpanS = m_fromS <= m_model.startS() + span * 1e-6 ? qInf() : m_toS - m_fromS;
    setFollowing(atNow);
}

void TimelineView::setCursorTime(std::optional<double> tS)
{
    if (m_cursorS == tS)
        return;
    m_cursorS = tS;
    update();
}

void TimelineView::setRange(double fromS, double toS)
{
    const double first = m_model.startS();
    const double last = std::max(m_model.endS(), first + kShortestSpanS);
    const double span = std::clamp(toS - fromS, kShortestSpanS, last - first);
    m_fromS = std::clamp(fromS, first, last - span);
    m_toS = m_fromS + span;
    update();
}

void TimelineView::showAll()
{
    setRange(m_model.startS(), m_model.endS());
    userMoved();
}

TimelinePainter TimelineView::painter() const
{
    return TimelinePainter(m_model, m_fromS, m_toS, m_cursorS, font());
}

QSize TimelineView::sizeHint() const
{
    return {800, TimelinePainter::heightFor(m_model, font())};
}

QSize TimelineView::minimumSizeHint() const
{
    return {300, std::min(200, TimelinePainter::heightFor(m_model, font()))};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    m_drawn = painter().paint(p, rect());
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (m_model.isEmpty())
        return;
    const QRectF plot = painter().plotRect(rect());
    const double anchor = painter().timeAt(event->position().x(), plot);
    const double factor = std::pow(1.0015, -event->angleDelta().y());
    setRange(anchor - (anchor - m_fromS) * factor, anchor + (m_toS - anchor) * factor);
    userMoved();
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = event->position();
        m_dragFromS = m_fromS;
        setCursor(Qt::ClosedHandCursor);
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom)
        return;
    const QRectF plot = painter().plotRect(rect());
    const double span = m_toS - m_fromS;
    const double from = m_dragFromS - (event->position().x() - m_dragFrom->x()) / plot.width() * span;
    setRange(from, from + span);
    userMoved();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragFrom.reset();
    unsetCursor();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *)
{
    showAll();
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Show the whole run"), this, &TimelineView::showAll);
    menu.addSeparator();
    menu.addAction(tr("Export as SVG…"), this, [this] { exportWithDialog(false); });
    menu.addAction(tr("Export as PDF…"), this, [this] { exportWithDialog(true); });
    for (QAction *a : menu.actions())
        a->setEnabled(!m_model.isEmpty());
    menu.exec(event->globalPos());
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QString TimelineView::toolTipAt(const QPointF &pos) const
{
    const TimelinePainter p = painter();
    const QRectF plot = p.plotRect(rect());
    const int lane = p.laneAt(pos.y(), plot);
    if (lane < 0 || pos.x() < plot.left())
        return {};
    const double t = p.timeAt(pos.x(), plot);
    for (const TimelineInterval &iv : m_model.lanes().at(lane).intervals) {
        if (t < iv.startS || t > iv.endS)
            continue;
        QStringList lines{m_model.lanes().at(lane).name + QStringLiteral(": ") + TimelinePainter::stateText(iv.state)};
        if (!iv.call.isEmpty())
            lines << (iv.on.isEmpty() ? iv.call : tr("%1 on %2").arg(iv.call, iv.on));
        lines << tr("from %1 to %2").arg(Formatter::duration(iv.startS), Formatter::duration(iv.endS));
        lines << (iv.exact ? tr("exact: every worker at rest") : tr("as a sample caught it at speed"));
        if (iv.eventsMissing)
            lines << tr("some of its events were not recorded");
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QSize TimelineView::exportSize() const
{
    return {std::max(width(), 800), TimelinePainter::heightFor(m_model, font())};
}

bool TimelineView::exportSvg(const QString &fileName, QString *error) const
{
    const QSize size = exportSize();
    QSvgGenerator svg;
    svg.setFileName(fileName);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(), size));
    svg.setTitle(tr("ipcscope timeline"));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error)
            *error = tr("cannot write %1").arg(fileName);
        return false;
    }
    painter().paint(p, QRectF(QPointF(), size));
    return p.end();
}

bool TimelineView::exportPdf(const QString &fileName, QString *error) const
{
    const QSize size = exportSize();
    QPdfWriter pdf(fileName);
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96, QPageSize::Point));
    pdf.setPageMargins(QMarginsF());
    pdf.setTitle(tr("ipcscope timeline"));
    QPainter p;
    if (!p.begin(&pdf)) {
        if (error)
            *error = tr("cannot write %1").arg(fileName);
        return false;
    }
    painter().paint(p, QRectF(QPointF(), size));
    return p.end();
}

void TimelineView::exportWithDialog(bool pdf)
{
    const QString file = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the timeline as PDF") : tr("Export the timeline as SVG"),
        pdf ? QStringLiteral("timeline.pdf") : QStringLiteral("timeline.svg"),
        pdf ? tr("PDF (*.pdf)") : tr("SVG image (*.svg)"));
    if (file.isEmpty())
        return;
    QString error;
    const bool ok = pdf ? exportPdf(file, &error) : exportSvg(file, &error);
    // Said where the window says what a file did: in the status bar.
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(ok ? tr("Exported the timeline to %1").arg(file)
                                          : tr("Cannot export the timeline: %1").arg(error),
                                       10000);
}

} // namespace ipcscope
