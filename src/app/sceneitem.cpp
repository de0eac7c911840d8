#include "sceneitem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace ipcscope {

namespace {

// The words of `text` in lines no wider than `width`; a word longer than a
// line is broken where it must be.
QStringList wrap(const QString &text, const QFontMetricsF &metrics, double width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (metrics.horizontalAdvance(candidate) <= width || line.isEmpty()) {
            line = candidate;
            continue;
        }
        lines << line;
        line = word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace

int wrappedLines(const QString &text, const QFont &font, double width)
{
    return int(wrap(text, QFontMetricsF(font), width).size());
}

double widthAtFloor(const QString &text, TextRole role, bool bold)
{
    QFont floor = sceneFont(role, bold);
    floor.setPixelSize(int(std::min<double>(floor.pixelSize(), std::ceil(sceneFloor(role)))));
    // The cards ask it of the same few words at every paint (does "removed"
    // fit, does each word of the state): measured once per type, not shaped
    // anew each time (3 % of the window's work at full speed). Bounded: a
    // counter's changing text does not pile up. The GUI thread's alone.
    static QHash<std::pair<QString, QFont>, double> measured;
    const std::pair<QString, QFont> key{text, floor};
    if (const auto kept = measured.constFind(key); kept != measured.cend())
        return *kept;
    if (measured.size() >= 1024)
        measured.clear();
    return *measured.insert(key, QFontMetricsF(floor).horizontalAdvance(text));
}

bool fitsOneLine(const QString &text, TextRole role, bool bold, double width)
{
    return widthAtFloor(text, role, bold) <= width;
}

qint64 SceneItem::s_linesSet = 0;

void SceneItem::beginTexts()
{
    m_drawn.clear();
    m_lines.nextPainting();
    m_wraps.nextPainting();
}

const QStringList &SceneItem::wrapped(const LineKey &key)
{
    return m_wraps.get(key, [&] { return wrap(key.text, QFontMetricsF(key.font), key.width); });
}

int SceneItem::wrappedLineCount(const QString &text, TextRole role, bool bold, double width)
{
    return int(wrapped({text, role, sceneFont(role, bold), width}).size());
}

bool SceneItem::wholeIn(const QString &text, TextRole role, bool bold, double width, int lines)
{
    const QStringList &all = wrapped({text, role, sceneFont(role, bold), width});
    if (all.size() <= lines)
        return true;
    return lines > 0 && fitsOneLine(all.mid(lines - 1).join(QLatin1Char(' ')), role, bold, width);
}

const SceneItem::SetLine &SceneItem::setLine(const LineKey &key)
{
    return m_lines.get(key, [&] { return setAnew(key); });
}

SceneItem::SetLine SceneItem::setAnew(const LineKey &key)
{
    QFont font = key.font;
    const double natural = QFontMetricsF(font).horizontalAdvance(key.text);
    if (natural > key.width && natural > 0) {
        // In whole pixels, not below the floor: a counter ticking up must not
        // make the type breathe, and the back row must still read it.
        const double fitted = std::floor(font.pixelSize() * key.width / natural);
        font.setPixelSize(int(std::max(std::ceil(sceneFloor(key.role)), std::min<double>(font.pixelSize(), fitted))));
    }
    const QFontMetricsF metrics(font);
    SetLine line{font, metrics.elidedText(key.text, Qt::ElideRight, key.width), {}, 0, metrics.height()};
    line.width = metrics.horizontalAdvance(line.shown);
    line.glyphs.setText(line.shown);
    line.glyphs.setTextFormat(Qt::PlainText);
    line.glyphs.setPerformanceHint(QStaticText::AggressiveCaching);
    return line;
}

double SceneItem::drawLine(QPainter *p, const QRectF &rect, Qt::Alignment align, const QString &text, TextRole role,
                           bool bold, const QColor &colour, const QColor &background)
{
    if (text.isEmpty())
        return 0;
    const SetLine &line = setLine({text, role, sceneFont(role, bold), rect.width()});
    // Where QPainter::drawText(rect, align | AlignVCenter) puts one line.
    double x = rect.left();
    if (align & Qt::AlignRight)
        x = rect.right() - line.width;
    else if (align & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - line.width) / 2;
    const QRectF box(x, rect.top() + (rect.height() - line.height) / 2, line.width, line.height);
    p->setFont(line.font);
    p->setPen(colour);
    // drawText cut what went past its rect (a line taller than its room).
    const bool past = !rect.contains(box);
    if (past) {
        p->save();
        p->setClipRect(rect, Qt::IntersectClip);
    }
    p->drawStaticText(box.topLeft(), line.glyphs);
    if (past)
        p->restore();
    m_drawn.append({line.shown, double(line.font.pixelSize()), role, colour, background, line.shown != text, box});
    return std::min(rect.height(), line.height);
}

double SceneItem::drawWrapped(QPainter *p, const QRectF &rect, Qt::Alignment align, const QString &text,
                              TextRole role, bool bold, const QColor &colour, const QColor &background, int maxLines)
{
    if (text.isEmpty())
        return 0;
    const QFont font = sceneFont(role, bold);
    const QFontMetricsF metrics(font);
    QStringList lines = wrapped({text, role, font, rect.width()});
    int room = std::max(1, int(rect.height() / metrics.lineSpacing()));
    if (maxLines > 0)
        room = std::min(room, maxLines);
    if (lines.size() > room) {
        // The rest goes on the last line that fits, cut there.
        const QStringList rest = lines.mid(room - 1);
        lines = lines.mid(0, room - 1);
        lines << rest.join(QLatin1Char(' '));
    }
    double y = rect.top();
    if (align & Qt::AlignVCenter)
        y += std::max(0.0, (rect.height() - lines.size() * metrics.lineSpacing()) / 2);
    for (const QString &line : lines) {
        const QRectF lineRect(rect.left(), y, rect.width(), metrics.lineSpacing());
        drawLine(p, lineRect, (align & Qt::AlignHorizontal_Mask), line, role, bold, colour, background);
        y += metrics.lineSpacing();
    }
    return y - rect.top();
}

} // namespace ipcscope
