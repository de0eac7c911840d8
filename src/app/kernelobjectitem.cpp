#include "kernelobjectitem.h"

#include "session/scenetext.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

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
           details * lineOf(TextRole::Detail) + 10;
}

double KernelObjectItem::bannerWidth() const
{
    // "removed — last values", once the run has ended: beside the title
    // where it fits there, else across the row.
    if (m_live)
        return 0;
    const double row = m_size.width() - 28;
    const double natural =
        QFontMetricsF(sceneFont(TextRole::State, true)).horizontalAdvance(SceneText::removed()) + 16;
    return natural <= row * 0.6 ? natural : row;
}

bool KernelObjectItem::bannerAlone() const
{
    return !m_live && bannerWidth() >= m_size.width() - 28;
}

double KernelObjectItem::titleWidth() const
{
    const double row = m_size.width() - 28;
    return m_live || bannerAlone() ? row : row - bannerWidth() - 8;
}

QString KernelObjectItem::shownTitle(int lines) const
{
    const double width = titleWidth();
    const auto whole = [&](const QString &title) {
        const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // At the type's own size, not the least drawLine() may shrink it to:
        // a key that needed the shrink was still seen cut ("0x1bc5f8…").
        const QFontMetricsF metrics(sceneFont(TextRole::Title, true));
        return std::all_of(words.begin(), words.end(),
                           [&](const QString &w) { return metrics.horizontalAdvance(w) <= width; }) &&
               wrappedLines(title, sceneFont(TextRole::Title, true), width) <= lines;
    };
    if (whole(m_title) || m_briefer.isEmpty())
        return m_title;
    // A key's ten hex digits are wider or narrower as they fall ("0x1bc502…"
    // was cut in four lanes at 1024 px): then the kind, which always fits.
    for (const QString &brief : m_briefer)
        if (whole(brief))
            return brief;
    return m_briefer.last();
}

KernelObjectItem::Rows KernelObjectItem::measureRows() const
{
    // What carries state comes first: the depth on as many lines as it
    // takes (a narrow object, side by side) rather than cut, then the banner; the title takes what is left (two lines rather
    // than a cut one if it can), and the details what the inside spares.
    const double row = m_size.width() - 28;
    const double line = lineOf(TextRole::Title);
    const double count = lineOf(TextRole::Count);
    double room = m_size.height() - 6 - 10 - neededInside();
    Rows r;
    const int needed = fitsOneLine(m_depth, TextRole::Count, true, row)
                           ? 1
                           : std::max(2, wrappedLines(m_depth, sceneFont(TextRole::Count, true), row));
    r.depth = std::clamp(int((room - line) / count), 1, needed);
    room -= r.depth * count;
    const int most = std::max(1, int(room / line));
    if (bannerAlone()) {
        r.banner = !fitsOneLine(SceneText::removed(), TextRole::State, true, row - 16) && most >= 2 ? 2 : 1;
        r.title = most > r.banner ? 1 : 0;
    } else {
        r.banner = m_live ? 0 : 1; // beside the title, on its first row
        r.title = !fitsOneLine(shownTitle(most >= 2 ? 2 : 1), TextRole::Title, true, titleWidth()) && most >= 2 ? 2 : 1;
    }
    return r;
}

const KernelObjectItem::Layout &KernelObjectItem::layout() const
{
    LayoutKey key{m_size, neededInside(), QGuiApplication::font(), VisualStyle::isLargeType(),
                  m_live ? QString() : SceneText::removed()};
    if (m_layout && m_layout->key == key)
        return *m_layout;
    Layout l;
    l.key = std::move(key);
    l.rows = measureRows();
    l.title = l.rows.title > 0 ? shownTitle(l.rows.title) : QString();
    l.titleHeight = (bannerAlone() ? l.rows.banner + l.rows.title : l.rows.title) * lineOf(TextRole::Title) + 6;
    // The depth always, and as many details as leave the inside its room.
    const double depth = l.rows.depth * lineOf(TextRole::Count);
    const double room = m_size.height() - l.titleHeight - 10 - neededInside() - depth;
    const int details = std::clamp(int(room / lineOf(TextRole::Detail)), 0, int(m_details.size()));
    const double notesRoom = room - details * lineOf(TextRole::Detail);
    const int notes = std::clamp(int(notesRoom / lineOf(TextRole::Label)), 0, int(m_notes.size()));
    l.readingsHeight = depth + details * lineOf(TextRole::Detail) + notes * lineOf(TextRole::Label);
    m_layout = std::move(l);
    return *m_layout;
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
                                   bool live, const QStringList &briefer, const QStringList &notes)
{
    if (title == m_title && depth == m_depth && details == m_details && qFuzzyCompare(1 + fill, 1 + m_fill) &&
        live == m_live && briefer == m_briefer && notes == m_notes)
        return;
    m_title = title;
    m_briefer = briefer;
    m_depth = depth;
    m_details = details;
    m_notes = notes;
    m_fill = fill;
    m_live = live;
    m_layout.reset();
    // The whole reading on hover, for a line the frame had to shorten.
    setToolTip((QStringList{title, depth} + details + notes).join(QLatin1Char('\n')));
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
    const Rows r = rows();
    const double line = lineOf(TextRole::Title);
    QRectF titleRect(14, 4, titleWidth(), line);
    if (!m_live) {
        const double width = bannerWidth();
        const QRectF banner(box.width() - 14 - width, 4, width, r.banner * line);
        p->setPen(Qt::NoPen);
        p->setBrush(s.done);
        p->drawRoundedRect(banner, 6, 6);
        const QColor bannerInk = VisualStyle::inkOn(s.done);
        // The whole mark on the banner's lines, else the word that matters,
        // uncut (as a semaphore's card): «удалён — последние …» was cut in
        // a ring's frame at 1024 px.
        const double inside = width - 16;
        const bool whole =
            wrappedLines(SceneText::removed(), sceneFont(TextRole::State, true), inside) <= r.banner ||
            (r.banner == 1 && fitsOneLine(SceneText::removed(), TextRole::State, true, inside));
        drawWrapped(p, banner.adjusted(8, 0, -8, 0), Qt::AlignHCenter | Qt::AlignVCenter,
                    whole ? SceneText::removed() : SceneText::removedBrief(), TextRole::State, true, bannerInk, s.done,
                    r.banner);
        if (bannerAlone())
            titleRect.moveTop(4 + r.banner * line); // the title under it, if there is a row
    }
    if (r.title > 0)
        drawWrapped(p, QRectF(titleRect.left(), titleRect.top(), titleRect.width(), r.title * line),
                    Qt::AlignLeft | Qt::AlignTop, layout().title, TextRole::Title, true, ink, s.panel, r.title);
    paintInside(p, insideArea());

    double y = insideArea().bottom() + 4;
    y += drawWrapped(p, QRectF(14, y, box.width() - 28, r.depth * lineOf(TextRole::Count)),
                     Qt::AlignLeft | Qt::AlignTop, m_depth, TextRole::Count, true, ink, s.panel, r.depth);
    const double bottom = box.bottom() - 6;
    // A reading (or a note) shown in part says nothing: a narrow object
    // leaves it to its tooltip and the kernel panel.
    const auto lines = [&](const QStringList &texts, TextRole role) {
        for (const QString &line : texts) {
            if (y + lineOf(role) > bottom + 1)
                return;
            if (fitsOneLine(line, role, false, box.width() - 28))
                y += drawLine(p, QRectF(14, y, box.width() - 28, lineOf(role)), Qt::AlignLeft, line, role, false,
                              s.mutedText, s.panel);
        }
    };
    lines(m_details, TextRole::Detail);
    lines(m_notes, TextRole::Label);
}

} // namespace ipcscope
