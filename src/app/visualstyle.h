#pragma once
// Every colour and font the drawings use, in one place, so a theme can change
// them all at once. State colours come from the Okabe–Ito set: they stay
// distinct for the common forms of colour blindness, and each state also has
// its own outline style, so colour is never the only cue.
#include "engine/telemetry.h"

#include <QColor>
#include <QFont>
#include <QPen>

class QPainter;
class QRectF;

namespace ipcscope {

struct VisualStyle {
    QColor background;
    QColor panel; // boxes
    QColor text;
    QColor mutedText;
    QColor line;
    QColor producer;
    QColor consumer;
    QColor running;
    QColor blocked;
    QColor paused;
    QColor critical;
    QColor done;
    QColor failed;
    QColor slotEmpty;
    QColor warning;
    double lineScale = 1.0; // thicker lines in presentation mode

    static const VisualStyle &current();
    static void setDark(bool dark);
    static bool isDark();
    // For the projector: pure black on white (or white on black), muted text
    // and lines as strong as the rest, colours fully saturated.
    static void setHighContrast(bool on);
    static bool isHighContrast();
    static void setLineScale(double scale);

    QColor stateColour(WorkerState state, bool blocked) const;
    Qt::PenStyle stateOutline(WorkerState state, bool blocked) const;
    QColor producerColour(int index) const; // tokens: one colour per producer
};

// The font for scene text at `points`, scaled by the user's zoom.
QFont sceneFont(double points, bool bold = false);

// One line of scene text in `rect` with the painter's font. A line that is too
// long is first set smaller (down to `minScale` of the size, still readable
// from the back of a hall), and only then cut with an ellipsis.
void drawFittedLine(QPainter *p, const QRectF &rect, Qt::Alignment align, const QString &text, double minScale = 0.8);

} // namespace ipcscope
