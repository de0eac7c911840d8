#include "workeritem.h"

#include "session/formatter.h"
#include "session/scenetext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ipcscope {

namespace {

double lineOf(TextRole role, bool bold = false)
{
    return QFontMetricsF(sceneFont(role, bold)).height() + 2;
}

// The text's inset from the card's sides: less on the projector, where the
// large type needs the width more than the card needs the margin.
double inset()
{
    return VisualStyle::isLargeType() ? 8 : 12;
}

} // namespace

WorkerItem::WorkerItem(const SceneWorker &worker, QSizeF size) : m_worker(worker), m_size(size) {}

QRectF WorkerItem::boundingRect() const
{
    return QRectF(-4, -4, m_size.width() + 8, m_size.height() + 8);
}

void WorkerItem::setSize(QSizeF size)
{
    prepareGeometryChange();
    m_size = size;
    update();
}

double WorkerItem::headerHeight() const
{
    return lineOf(TextRole::Title, true) + 4;
}

double WorkerItem::minimumHeight()
{
    return lineOf(TextRole::Title, true) + 4 + lineOf(TextRole::State, true) + lineOf(TextRole::Count) + 10;
}

QPointF WorkerItem::innerSide(double y) const
{
    const double x = m_worker.role == Role::Producer ? m_size.width() : 0;
    return mapToScene(QPointF(x, m_size.height() * y));
}

void WorkerItem::setWorker(const SceneWorker &worker, bool exact, double messagesPerS)
{
    m_worker = worker;
    m_exact = exact;
    m_messagesPerS = messagesPerS;
    update();
}

QString WorkerItem::counts(double width) const
{
    // The rate beside the count where both fit at the floor; the count alone
    // otherwise, or where it counts something other than messages.
    const QString count = SceneText::count(m_worker);
    const QString both = count + QStringLiteral(" · ") + SceneText::rate(m_worker.pid > 0 ? m_messagesPerS : 0);
    QFont floor = sceneFont(TextRole::Count);
    floor.setPixelSize(int(std::ceil(sceneFloor(TextRole::Count))));
    if (m_worker.unit.isEmpty() && QFontMetricsF(floor).horizontalAdvance(both) <= width)
        return both;
    // Narrower still: the number alone, under the worker it counts for.
    return QFontMetricsF(floor).horizontalAdvance(count) <= width ? count : Formatter::count(qint64(m_worker.messages));
}

QString WorkerItem::state(const QRectF &room)
{
    // At speed, as many of the largest shares as fit whole in its lines.
    QString text = SceneText::workerState(m_worker, m_exact);
    const double spacing = QFontMetricsF(sceneFont(TextRole::State, true)).lineSpacing();
    if (m_exact || m_worker.exited || m_worker.shares.isEmpty() || m_worker.state == QLatin1String("stopped")) {
        // A word wider than the card even at the floor would be cut, and so
        // would more lines than the card has, its counts' line given up
        // (paint): the short form, whole. A lane's card, a turn passing as
        // its producer is paused before its copy, cut "paused before copying
        // into the slot" to "… copying i…".
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool fits = std::all_of(words.begin(), words.end(), [&](const QString &word) {
            return fitsOneLine(word, TextRole::State, true, room.width());
        });
        const double countsHeight = m_worker.counted ? lineOf(TextRole::Count) : 0;
        const int most = std::max(1, int((room.height() + countsHeight) / spacing));
        return fits && wholeIn(text, TextRole::State, true, room.width(), most) ? text
                                                                                : SceneText::briefState(m_worker);
    }
    const int lines = std::max(1, int(room.height() / spacing));
    for (int most = 3; most > 1 && wrappedLineCount(text, TextRole::State, true, room.width()) > lines; --most)
        text = SceneText::shares(m_worker, most - 1);
    return text;
}

void WorkerItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    beginTexts();
    const VisualStyle &s = VisualStyle::current();
    const QRectF box(0, 0, m_size.width(), m_size.height());
    const bool producer = m_worker.role == Role::Producer;
    const QColor roleColour = producer ? s.producer : s.consumer;
    // The state is a fact only in an exact picture, once the worker has ended,
    // or while the kernel holds it stopped (until SIGCONT, at any pace).
    const bool stopped = m_worker.state == QLatin1String("stopped");
    const bool stateKnown = m_exact || m_worker.exited || stopped;
    // Stopped looks held, as a paused worker does: it goes nowhere.
    const QString state = stopped ? QStringLiteral("paused") : stateKnown ? m_worker.state : QStringLiteral("running");
    const QColor stateColour = s.stateColour(state);
    p->setRenderHint(QPainter::Antialiasing);

    p->setPen(QPen(stateColour, 4 * s.lineScale, s.stateOutline(state)));
    p->setBrush(s.panel);
    p->drawRoundedRect(box, 10, 10);

    // Header band in the role's colour: name and PID, in whichever ink reads on it.
    const double header = headerHeight();
    QPainterPath band;
    band.addRoundedRect(QRectF(3, 3, box.width() - 6, header - 2), 8, 8);
    p->fillPath(band, roleColour);
    const QColor ink = VisualStyle::inkOn(roleColour);
    const QRectF headerText(inset(), 3, box.width() - 2 * inset(), header - 2);
    const QString pid = SceneText::pid(m_worker.pid);
    const double pidWidth =
        std::min(headerText.width() * 0.62, QFontMetricsF(sceneFont(TextRole::Label)).horizontalAdvance(pid) + 4);
    drawLine(p, headerText.adjusted(0, 0, -pidWidth - 6, 0), Qt::AlignLeft, SceneText::name(m_worker.name),
             TextRole::Title, true, ink, roleColour);
    drawLine(p, QRectF(headerText.right() - pidWidth, headerText.top(), pidWidth, headerText.height()),
             Qt::AlignRight, pid, TextRole::Label, false, ink, roleColour);

    // Below: what it does, wrapped over the lines there are; its counts at
    // the bottom, unless the state needs their line to be read whole ("killed
    // by SIGKILL" in a crowded column): a state is never shown in part.
    const double countsHeight = m_worker.counted ? lineOf(TextRole::Count) : 0;
    QRectF stateRect(inset(), header + 4, box.width() - 2 * inset(), box.height() - header - 8 - countsHeight);
    const QString words = this->state(stateRect);
    const QFont stateFont = sceneFont(TextRole::State, true);
    const double spacing = QFontMetricsF(stateFont).lineSpacing();
    bool countsShown = m_worker.counted;
    // Its lines at their size first, the counts' line given up if need be;
    // else the last line set smaller in the room, or with the counts' line
    // too: the order state() counts on when it keeps the full form.
    const auto linesIn = [spacing](const QRectF &r) { return std::max(1, int(r.height() / spacing)); };
    const auto atSize = [&](const QRectF &r) {
        return wrappedLineCount(words, TextRole::State, true, r.width()) <= linesIn(r);
    };
    const auto smaller = [&](const QRectF &r) { return wholeIn(words, TextRole::State, true, r.width(), linesIn(r)); };
    if (!atSize(stateRect)) {
        const QRectF whole(stateRect.topLeft(), QSizeF(stateRect.width(), stateRect.height() + countsHeight));
        if (atSize(whole) || (!smaller(stateRect) && smaller(whole))) {
            stateRect = whole;
            countsShown = false;
        }
    }
    const QColor stateInk = VisualStyle::readable(stateKnown ? stateColour : s.text, s.panel);
    drawWrapped(p, stateRect, Qt::AlignLeft | Qt::AlignVCenter, words, TextRole::State, true, stateInk, s.panel);
    if (!countsShown)
        return;
    const QRectF countsRect(inset(), box.height() - 4 - countsHeight, box.width() - 2 * inset(), countsHeight);
    drawLine(p, countsRect, Qt::AlignLeft, counts(countsRect.width()), TextRole::Count, false, s.text, s.panel);
}

} // namespace ipcscope
