#include "counteritem.h"

#include "session/formatter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace ipcscope {

namespace {

struct CounterItemText {
    Q_DECLARE_TR_FUNCTIONS(CounterItem)
};

double lineOf(TextRole role, bool bold = false)
{
    return QFontMetricsF(sceneFont(role, bold)).height() + 2;
}

// What the difference is, in the lesson's word: "466 474 591 lost (71.2 %)";
// empty until both numbers are read. More than expected is no shortfall,
// and is said as what it is ("1 more than expected"), never "-1 lost".
QString shortfallText(const SceneCounter &c)
{
    if (c.expected < 0 || c.actual < 0)
        return {};
    const qint64 missing = c.expected - c.actual;
    if (missing < 0)
        return CounterItemText::tr("%1 more than expected").arg(Formatter::count(-missing));
    return CounterItemText::tr("%1 %2 (%3 %)")
        .arg(Formatter::count(missing), c.shortfall.empty() ? CounterItemText::tr("missing") : lessonWords(c.shortfall))
        .arg(Formatter::decimal(c.expected > 0 ? 100.0 * double(missing) / double(c.expected) : 0, 1));
}

bool twoLines(const SceneCounter &c, double width)
{
    return !fitsOneLine(shortfallText(c), TextRole::State, true, width - 20);
}

} // namespace

CounterItem::CounterItem(const SceneCounter &counter, QSizeF size) : m_counter(counter), m_size(size) {}

double CounterItem::preferredHeight(const SceneCounter &counter, double width)
{
    return lineOf(TextRole::Label, true) + lineOf(TextRole::Value, true) +
           (twoLines(counter, width) ? 2 : 1) * lineOf(TextRole::State, true) + 26;
}

QRectF CounterItem::boundingRect() const
{
    return QRectF(-4, -4, m_size.width() + 8, m_size.height() + 8);
}

void CounterItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    beginTexts();
    const VisualStyle &s = VisualStyle::current();
    const SceneCounter &c = m_counter;
    const QRectF box(0, 0, m_size.width(), m_size.height());
    p->setRenderHint(QPainter::Antialiasing);
    const bool known = c.expected >= 0 && c.actual >= 0;
    const qint64 missing = known ? c.expected - c.actual : 0;
    p->setPen(QPen(missing != 0 ? s.failed : s.line, 2 * s.lineScale, c.live ? Qt::SolidLine : Qt::DashLine));
    p->setBrush(s.panel);
    p->drawRoundedRect(box, 8, 8);
    const QColor ink = c.live ? s.text : s.mutedText;
    double y = 4;
    const QString name =
        c.id.isEmpty() ? lessonWords(c.name) : CounterItemText::tr("%1 · key %2").arg(lessonWords(c.name), c.id);
    y += drawLine(p, QRectF(10, y, box.width() - 20, lineOf(TextRole::Label, true)), Qt::AlignLeft, name,
                  TextRole::Label, true, s.mutedText, s.panel);
    // Read from the object, against what was made.
    const QString numbers =
        known ? CounterItemText::tr("%1 of %2").arg(Formatter::count(c.actual), Formatter::count(c.expected))
              : CounterItemText::tr("not read yet");
    y += drawLine(p, QRectF(10, y, box.width() - 20, lineOf(TextRole::Value, true)), Qt::AlignLeft, numbers,
                  TextRole::Value, true, ink, s.panel);
    const QString verdict = shortfallText(c);
    const double stateLine = lineOf(TextRole::State, true);
    const QColor verdictInk = missing != 0 ? VisualStyle::readable(s.failed, s.panel) : ink;
    if (twoLines(c, box.width()))
        y += drawWrapped(p, QRectF(10, y, box.width() - 20, 2 * stateLine), Qt::AlignLeft | Qt::AlignTop, verdict,
                         TextRole::State, true, verdictInk, s.panel, 2);
    else
        y += drawLine(p, QRectF(10, y, box.width() - 20, stateLine), Qt::AlignLeft, verdict, TextRole::State, true,
                      verdictInk, s.panel);
    // A strip along the bottom: the part that arrived, the part that is missing.
    if (known && c.expected > 0) {
        const QRectF bar(10, y + 2, box.width() - 20, 8);
        p->setPen(Qt::NoPen);
        p->setBrush(s.failed);
        p->drawRect(bar);
        p->setBrush(c.live ? s.running : s.done);
        p->drawRect(QRectF(bar.topLeft(), QSizeF(bar.width() * std::clamp(double(c.actual) / double(c.expected), 0.0, 1.0),
                                                 bar.height())));
    }
}

} // namespace ipcscope
