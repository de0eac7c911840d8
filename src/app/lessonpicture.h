#pragma once
// A lesson's scene (session/lessons/lessonstage.h) laid out and drawn with
// the Live scene's items: its workers in columns (those that send or start
// first on the left), its counters, kernel objects and semaphores between
// them, the wait-for edges from the kernel's numbers (a worker asleep on a
// semaphore, a semaphore held by a worker), and the verdict under it all
// once the lesson is over. Like the flow scene it takes the view's shape and
// keeps its type at the size it is made for.
#include "session/scenemodel.h"

#include <QRectF>
#include <QSizeF>

class QGraphicsScene;

namespace ipcscope {

struct LessonPicture {
    QString title;
    SceneModel model;
    QString verdict; // empty while it runs
    bool ok = true;
    // The question put first and what the measurement answered, with the
    // guess marked ✓ or ✗; empty when no question was asked.
    QString answer;
    // The part of the lesson under the title; off when the caption above
    // the scene says it already.
    bool partInScene = true;

    // Puts the items into `scene` (emptied first by the caller); returns the scene's rect.
    QRectF draw(QGraphicsScene *scene, QSizeF view, double referenceWidth) const;
};

} // namespace ipcscope
