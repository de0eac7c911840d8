#pragma once
// Every colour and font the drawings use, in one place, so a theme can change
// them all at once. State colours come from the Okabe–Ito set: they stay
// distinct for the common forms of colour blindness, and each state also has
// its own outline style, so colour is never the only cue.
#include "engine/telemetry.h"

#include <QColor>
#include <QFont>
#include <QPen>

namespace ipcscope {

// What a text in the scene is for. The projector's floors hold for the
// texts that carry state (state, value, count, caption, detail) and the
// verdict. A detail is a kernel object's reading in words under its depth
// ("shm_nattch 3"): as small as a label at the desk, a state's size on the
// projector. A label names or explains and carries no state.
enum class TextRole { Title, State, Value, Count, Caption, Verdict, Label, Detail };
QString roleName(TextRole role); // "title", "state"…

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
    // The projector's type: every text of the scene larger.
    static void setLargeType(bool on);
    static bool isLargeType();

    // A worker's state as the scene model names it ("blocked", "paused"…),
    // or as its telemetry has it.
    QColor stateColour(const QString &state) const;
    QColor stateColour(WorkerState state, bool blocked) const;
    Qt::PenStyle stateOutline(const QString &state) const; // dashed: blocked, dotted: paused
    QColor producerColour(int index) const; // tokens: one colour per producer
    // The line that ties a worker asleep in P to its semaphore: dashed.
    QPen waitPen() const;

    // `colour` made light or dark enough to be read on `background`, at
    // 4.5:1 at least (WCAG AA), keeping its hue.
    static QColor readable(const QColor &colour, const QColor &background);
    // Black or white, whichever reads better on `background`.
    static QColor inkOn(const QColor &background);
    // The WCAG contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
};

// The scene's font for `role`, its size in scene units (pixels at scale 1).
QFont sceneFont(TextRole role, bool bold = false);
// How small a line of `role` may be set to fit before it is cut.
double sceneFloor(TextRole role);

} // namespace ipcscope
