#pragma once
// What every drawing of the scene shares: it says what it is (a worker, a
// semaphore, the ring…) and keeps a record of the texts it drew last, with
// their size, role and colours, so that what is on screen can be listed and
// checked without looking at pixels (inventory.h).
#include "visualstyle.h"

#include <QGraphicsItem>
#include <QVector>

namespace ipcscope {

struct DrawnText {
    QString text; // as drawn: shortened if it had to be
    double px;    // the font's pixel size, in the item's units
    TextRole role;
    QColor colour;
    QColor background; // what is behind it: the colour it must be read on
    bool cut = false;  // too long even at its floor: cut with an ellipsis
    QRectF box;        // where its letters went, in the item's units: what it must not share
};

class SceneItem : public QGraphicsItem {
public:
    // worker, semaphore, ring, queue, pipe, socket, signal, counter or edge;
    // empty for what the inventory does not list as an item.
    virtual QString inventoryKind() const { return {}; }
    virtual QString inventoryName() const { return {}; }
    // What the last paint() drew.
    const QVector<DrawnText> &drawnTexts() const { return m_drawn; }

protected:
    // At the start of paint(): the record is of this painting only.
    void beginTexts() { m_drawn.clear(); }
    // One line in `rect`. A line that is too long is set smaller, down to its
    // role's floor, and only then cut with an ellipsis. Returns the height used.
    double drawLine(QPainter *p, const QRectF &rect, Qt::Alignment align, const QString &text, TextRole role,
                    bool bold, const QColor &colour, const QColor &background);
    // Wrapped at word boundaries over as many lines as `rect` holds, the last
    // one cut if need be. Returns the height used.
    double drawWrapped(QPainter *p, const QRectF &rect, Qt::Alignment align, const QString &text, TextRole role,
                       bool bold, const QColor &colour, const QColor &background, int maxLines = 0);

private:
    QVector<DrawnText> m_drawn;
};

// A plain item the inventory lists (a wait line) says so in its data().
constexpr int kInventoryKind = 0;
constexpr int kInventoryName = 1;

// How many lines `text` takes wrapped into `width` with `font`.
int wrappedLines(const QString &text, const QFont &font, double width);
// How wide `text` is in `role`'s type set as small as drawLine() may set it.
double widthAtFloor(const QString &text, TextRole role, bool bold);
// Whether `text` fits on one line of `width` in `role`'s type, set as small
// as drawLine() may set it: if not, one line would cut it.
bool fitsOneLine(const QString &text, TextRole role, bool bold, double width);

} // namespace ipcscope
