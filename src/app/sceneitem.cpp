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
    return QFontMetricsF(floor).horizontalAdvance(text);
}

bool fitsOneLine(const QString &text, TextRole role, bool bold, double width)
{
    return widthAtFloor(text, role, bold) <= width;
}

double SceneItem::drawLine(QPainter *p, const QRectF &rect, Qt::Alignment align, const QString &text, TextRole role,
                           bool bold, const QColor &colour, const QColor &background)
{
    if (text.isEmpty())
        return 0;
    QFont font = sceneFont(role, bold);
    const double width = QFontMetricsF(font).horizontalAdvance(text);
    if (width > rect.width() && width > 0) {
        // In whole pixels, not below the floor: a counter ticking up must not
        // make the type breathe, and the back row must still read it.
        const double fitted = std::floor(font.pixelSize() * rect.width() / width);
        font.setPixelSize(int(std::max(std::ceil(sceneFloor(role)), std::min<double>(font.pixelSize(), fitted))));
    }
    const QFontMetricsF metrics(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, rect.width());
    p->setFont(font);
    p->setPen(colour);
    QRectF box;
    p->drawText(rect, int(align | Qt::AlignVCenter), shown, &box);
    m_drawn.append({shown, double(font.pixelSize()), role, colour, background, shown != text, box});
    return std::min(rect.height(), metrics.height());
}

double SceneItem::drawWrapped(QPainter *p, const QRectF &rect, Qt::Alignment align, const QString &text,
                              TextRole role, bool bold, const QColor &colour, const QColor &background, int maxLines)
{
    if (text.isEmpty())
        return 0;
    const QFont font = sceneFont(role, bold);
    const QFontMetricsF metrics(font);
    QStringList lines = wrap(text, metrics, rect.width());
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
