#include "semaphoreitem.h"

#include "session/scenetext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ipcscope {

namespace {

// This file's texts, under one translation context.
struct SemaphoreItemText {
    Q_DECLARE_TR_FUNCTIONS(SemaphoreItem)
};

double lineOf(TextRole role, bool bold = false)
{
    return QFontMetricsF(sceneFont(role, bold)).height() + 2;
}

} // namespace

SemaphoreItem::SemaphoreItem(const SceneSemaphore &semaphore, QSizeF size) : m_semaphore(semaphore), m_size(size) {}

QRectF SemaphoreItem::boundingRect() const
{
    return QRectF(-4, -4, m_size.width() + 8, m_size.height() + 8);
}

QString SemaphoreItem::inventoryKind() const
{
    return QStringLiteral("semaphore");
}

void SemaphoreItem::setSize(QSizeF size)
{
    prepareGeometryChange();
    m_size = size;
    update();
}

double SemaphoreItem::preferredHeight(bool purposeShown)
{
    // Without what it is for (a small scene's narrow card), its line goes to
    // the state: "nobody waits" under "free" wraps rather than being cut.
    return lineOf(TextRole::Value, true) + (purposeShown ? lineOf(TextRole::Label) : lineOf(TextRole::State, true)) +
           2 * lineOf(TextRole::State, true) + 12;
}

void SemaphoreItem::setPurposeShown(bool shown)
{
    m_purposeShown = shown;
    update();
}

QPointF SemaphoreItem::port(int i, int n) const
{
    const double step = m_size.width() / (n + 1);
    return mapToScene(QPointF(step * (i + 1), 0));
}

void SemaphoreItem::setSemaphore(const SceneSemaphore &semaphore, bool exact, bool live)
{
    m_semaphore = semaphore;
    m_exact = exact;
    m_live = live;
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
    beginTexts();
    const VisualStyle &s = VisualStyle::current();
    const SceneSemaphore &sem = m_semaphore;
    const QRectF box(0, 0, m_size.width(), m_size.height());
    p->setRenderHint(QPainter::Antialiasing);
    QColor fill = s.panel;
    if (m_flash > 0 && m_live)
        fill = QColor::fromRgbF(fill.redF() * (1 - m_flash * 0.5) + s.paused.redF() * m_flash * 0.5,
                                fill.greenF() * (1 - m_flash * 0.5) + s.paused.greenF() * m_flash * 0.5,
                                fill.blueF() * (1 - m_flash * 0.5) + s.paused.blueF() * m_flash * 0.5);
    const bool contended = m_live && (m_exact ? sem.waiters > 0 : sem.meanWaiters > 0.05);
    p->setPen(QPen(!m_live ? s.done : contended ? s.blocked : s.line, (contended ? 4 : 2) * s.lineScale,
                   m_live ? Qt::SolidLine : Qt::DashLine));
    p->setBrush(fill);
    p->drawRoundedRect(box, 8, 8);

    // Name on the left and the value large on the right, what it is for below.
    const QColor ink = m_live ? s.text : s.mutedText;
    const double valueHeight = lineOf(TextRole::Value, true);
    // At speed the value is one instant's: marked (≈), muted, never the alarm of a 0.
    const bool sampled = m_live && SceneText::valueSampled(sem, m_exact) != SceneText::value(sem);
    const QString value = m_live ? SceneText::valueSampled(sem, m_exact) : SceneText::value(sem);
    // The name whole first: on a narrow card ("empty" beside "≈16") the value
    // is set smaller, never under its floor, rather than the name cut.
    const double row = box.width() - 24;
    double valueWidth =
        std::min(box.width() * 0.45, QFontMetricsF(sceneFont(TextRole::Value, true)).horizontalAdvance(value) + 8);
    const double nameWidth = widthAtFloor(sem.name, TextRole::Title, true) + 2;
    if (row - valueWidth < nameWidth)
        valueWidth = std::max(row - nameWidth, widthAtFloor(value, TextRole::Value, true) + 2);
    drawLine(p, QRectF(10, 2, row - valueWidth, valueHeight), Qt::AlignLeft, sem.name, TextRole::Title,
             true, ink, fill);
    const QColor valueInk = sampled                            ? VisualStyle::readable(s.mutedText, fill)
                            : m_live && sem.value == 0 ? VisualStyle::readable(s.blocked, fill)
                                                       : ink;
    drawLine(p, QRectF(box.width() - valueWidth - 10, 2, valueWidth, valueHeight), Qt::AlignRight, value,
             TextRole::Value, true, valueInk, fill);
    double y = 2 + valueHeight;
    // Removed: state, read from the back of the hall; the whole mark where
    // it fits, else the word that matters, uncut.
    if (!m_live) {
        const QString removed = fitsOneLine(SceneText::removed(), TextRole::State, true, box.width() - 20)
                                    ? SceneText::removed()
                                    : SceneText::removedBrief();
        y += drawLine(p, QRectF(10, y, box.width() - 20, lineOf(TextRole::State, true)), Qt::AlignLeft, removed,
                      TextRole::State, true, VisualStyle::readable(s.mutedText, fill), fill);
    } else if (m_purposeShown) {
        y += drawLine(p, QRectF(10, y, box.width() - 20, lineOf(TextRole::Label)), Qt::AlignLeft, sem.purpose,
                      TextRole::Label, false, VisualStyle::readable(s.mutedText, fill), fill);
    }

    // A lock says who holds it; everyone says who waits; a counter then who
    // was last (the kernel's GETPID) or which P or V just completed.
    // Who holds it, whole: "by P1" where "held by P1" would be cut (a
    // quarter lane's card, a turn passing as its producer held the lock).
    QString holder = SceneText::holder(sem, m_exact);
    if (!fitsOneLine(holder, TextRole::State, true, box.width() - 20))
        holder = SceneText::briefHolder(sem, m_exact);
    // A word wider than the card would be cut: the short form, whole.
    QString waiting = SceneText::waiting(sem, m_exact);
    const QStringList words = waiting.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!std::all_of(words.begin(), words.end(),
                     [&](const QString &w) { return fitsOneLine(w, TextRole::State, true, box.width() - 20); }))
        waiting = SceneText::briefWaiting(sem, m_exact);
    QStringList lines;
    // A free lock's value (1) says it is free: a card too narrow for the
    // word spares it for who waits. Who holds it is always said.
    if (!holder.isEmpty() && (sem.value <= 0 || fitsOneLine(holder, TextRole::State, true, box.width() - 20)))
        lines << holder;
    lines << waiting;
    const double stateLine = lineOf(TextRole::State, true);
    bool wrapped = false;
    for (int i = 0; i < lines.size(); ++i) {
        const bool waits = lines[i] == waiting && contended;
        const QColor lineInk = waits ? VisualStyle::readable(s.blocked, fill) : ink;
        // The last line goes on the lines the card has left when one would
        // cut it ("mean waiters" / "0.4"): a state is never shown in part.
        const int left = int((box.height() - 2 - y) / stateLine);
        if (i == lines.size() - 1 && !fitsOneLine(lines[i], TextRole::State, true, box.width() - 20) && left >= 2) {
            y += drawWrapped(p, QRectF(10, y, box.width() - 20, left * stateLine), Qt::AlignLeft | Qt::AlignTop,
                             lines[i], TextRole::State, true, lineInk, fill, left);
            wrapped = true;
            continue;
        }
        y += drawLine(p, QRectF(10, y, box.width() - 20, stateLine), Qt::AlignLeft, lines[i], TextRole::State, true,
                      lineInk, fill);
    }
    // Which P or V just completed, or who was last (the kernel's sempid), is
    // state too, set as state is, and shown whole or not at all: the first
    // of these that fits, "P by P1", "last: P1 (pid 4242)", "last: P1".
    if (lines.size() >= 2 || wrapped || y + stateLine > box.height() - 2)
        return;
    const double width = box.width() - 20;
    const bool flashing = m_flash > 0 && m_live && fitsOneLine(m_flashText, TextRole::State, true, width);
    QString last;
    if (flashing)
        last = m_flashText;
    else if (const QString whole = SceneText::lastBy(sem); fitsOneLine(whole, TextRole::State, false, width))
        last = whole;
    else if (const QString brief = SceneText::briefLastBy(sem); fitsOneLine(brief, TextRole::State, false, width))
        last = brief;
    if (!last.isEmpty())
        drawLine(p, QRectF(10, y, width, stateLine), Qt::AlignLeft, last, TextRole::State, flashing,
                 VisualStyle::readable(flashing ? s.text : s.mutedText, fill), fill);
}

} // namespace ipcscope
