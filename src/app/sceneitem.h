#pragma once
// What every drawing of the scene shares: it says what it is (a worker, a
// semaphore, the ring…) and keeps a record of the texts it drew last, with
// their size, role and colours, so that what is on screen can be listed and
// checked without looking at pixels (inventory.h).
#include "visualstyle.h"

#include <QFont>
#include <QGraphicsItem>
#include <QHash>
#include <QStaticText>
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
    // How many lines every item has set (measured, fitted, cut and laid out)
    // and texts it has wrapped since the program started: a line drawn as it
    // was last time is not set again, a text wrapped as it was last time is
    // not wrapped again (the tests count it; nothing else reads it).
    static qint64 linesSet() { return s_linesSet; }

protected:
    // At the start of paint(): the record is of this painting only, and the
    // lines kept are those the last painting drew.
    void beginTexts();
    // One line in `rect`. A line that is too long is set smaller, down to its
    // role's floor, and only then cut with an ellipsis. Returns the height used.
    double drawLine(QPainter *p, const QRectF &rect, Qt::Alignment align, const QString &text, TextRole role, bool bold,
                    const QColor &colour, const QColor &background);
    // Wrapped at word boundaries over as many lines as `rect` holds, the last
    // one cut if need be. Returns the height used.
    double drawWrapped(QPainter *p, const QRectF &rect, Qt::Alignment align, const QString &text, TextRole role,
                       bool bold, const QColor &colour, const QColor &background, int maxLines = 0);
    // How many lines drawWrapped() breaks `text` into in `width`.
    int wrappedLineCount(const QString &text, TextRole role, bool bold, double width);
    // Whether drawWrapped() shows `text` whole on at most `lines` lines of
    // `width`: what does not fit goes on the last line, set smaller down to
    // the floor (fitsOneLine), as drawWrapped() and drawLine() set it.
    bool wholeIn(const QString &text, TextRole role, bool bold, double width, int lines);

private:
    // A line as drawLine() set it: its type fitted to the width, cut if it
    // had to be, its glyphs laid out. Every frame redraws every item, and its
    // texts seldom change: setting them anew each time was 13 % of the
    // window's work at full speed (QTextEngine::shapeText, three times a line).
    struct LineKey {
        QString text;
        TextRole role;
        QFont font; // the role's type, before fitting: a new theme or size sets it anew
        double width;
        bool operator==(const LineKey &o) const
        {
            return width == o.width && role == o.role && text == o.text && font == o.font;
        }
        friend size_t qHash(const LineKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.text, int(k.role), k.font, k.width);
        }
    };
    struct SetLine {
        QFont font; // as fitted
        QString shown;
        QStaticText glyphs;
        double width;
        double height;
    };
    const SetLine &setLine(const LineKey &key);
    static SetLine setAnew(const LineKey &key);
    // `key.text` broken at word boundaries into lines no wider than
    // `key.width`, kept as set lines are: a worker's state was wrapped three
    // to six times a paint, each word measured anew (6.8 % of the window's
    // work at full speed), where its text changes a few times a second.
    const QStringList &wrapped(const LineKey &key);

    // What this painting made for each key, and what the one before made: a
    // value asked for again is taken from either; one not asked for again is
    // forgotten, so a counter that changes leaves no trail. Each one made
    // counts in linesSet().
    template <typename Value>
    class Kept {
    public:
        template <typename Make>
        const Value &get(const LineKey &key, Make make)
        {
            if (const auto kept = m_now.constFind(key); kept != m_now.cend())
                return *kept;
            if (const auto before = m_before.constFind(key); before != m_before.cend())
                return *m_now.insert(key, *before);
            ++s_linesSet;
            if (m_now.size() >= 256) // an item that never calls beginTexts() keeps no trail either
                m_now.clear();
            return *m_now.insert(key, make());
        }
        void nextPainting()
        {
            m_before = std::move(m_now);
            m_now.clear();
        }

    private:
        QHash<LineKey, Value> m_now;
        QHash<LineKey, Value> m_before;
    };

    QVector<DrawnText> m_drawn;
    Kept<SetLine> m_lines;
    Kept<QStringList> m_wraps;
    static qint64 s_linesSet;
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
