#pragma once
// What the window drew, as data: the screen's size, every text of the scene
// and the caption with its height on screen in pixels, what it is for, its
// colour and the colour behind it (and so its contrast), whether it had to be
// cut, and every thing the scene shows (workers, semaphores, the object, the wait
// lines). `ipcscope --screenshot FILE --inventory FILE.json` writes it beside
// the PNG, and the tests hold the projector's floors on it, so that a visual
// claim is checked without looking at pixels.
#include <QColor>
#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

class QLabel;

namespace ipcscope {

class FlowView;

struct Inventory {
    struct Text {
        QString text;
        double px = 0; // its font's pixel size, as the screen shows it
        QString role;  // title, state, value, count, caption, verdict, label or detail
        QColor colour;     // its ink
        QColor background; // what it is read on
        bool cut = false;  // shortened with an ellipsis: part of it is not on screen
        // The WCAG ratio of its ink on its background, 1 to 21; 0 when the
        // colours are not known.
        double contrast() const;
    };
    struct Item {
        QString kind; // worker, semaphore, ring, queue, pipe, socket, signal, counter or edge
        QString name;
    };
    QSize screen;
    QVector<Text> texts;
    QVector<Item> items;

    QJsonObject toJson() const;
};

// What `view` shows of its scene as last painted, and `caption` if it is shown.
Inventory takeInventory(const FlowView *view, const QLabel *caption, QSize screen);

// How high on screen a text that carries state must be on the projector, and a verdict.
constexpr double kStateFloorPx = 20;
constexpr double kVerdictFloorPx = 36;

// The texts that break the projector's floors: one that carries state (state,
// value, count, caption, detail) under `stateFloor` pixels, a verdict under
// `verdictFloor`. One line each, saying which and how high; none: it reads.
QStringList floorProblems(const Inventory &inventory, double stateFloor = kStateFloorPx,
                          double verdictFloor = kVerdictFloorPx);
// The texts that carry state (state, value, count, verdict, detail) and were cut: a
// state that ends in "…" says only part of what is. One line each.
QStringList cutProblems(const Inventory &inventory);
// The titles and labels that were cut: a name shown in part ("em…" for
// "empty") names nothing. One line each.
QStringList cutNameProblems(const Inventory &inventory);
// The texts whose ink is under `least`:1 against what is behind them (WCAG
// AA: 4.5). One line each, with both colours.
QStringList contrastProblems(const Inventory &inventory, double least = 4.5);

} // namespace ipcscope
