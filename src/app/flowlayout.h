#pragma once
// Where the flow scene puts what it draws, as plain geometry: a title row,
// the producers in a column on the left and the consumers on the right, the
// kernel object between them with a lane on either side for the messages in
// flight, and the semaphores in a row along the bottom with a level above
// them for the wait lines. The scene takes the shape of the view it is shown
// in — no margins left over — and is made large enough that its type keeps
// its size: the view scales it by `scale`.
#include <QRectF>
#include <QSizeF>
#include <QVector>

namespace ipcscope {

struct FlowShape {
    int producers = 1;
    int consumers = 1;
    int semaphores = 0;
    double workerHeight = 100;    // the least that shows a worker
    double objectHeight = 200;    // the least that shows the object
    double semaphoreHeight = 100; // what a semaphore takes
    double titleHeight = 30;      // the title row
    double waitRoom = 30;         // above the semaphores, for the wait lines
    double subtitleHeight = 20;   // the row under it
    double referenceWidth = 1120; // the width the type is made for
    // A worker's card and a lane take these shares of the width, never
    // narrower than these, in scene units: a compact scene (one among
    // others) gives the cards more of less, and the lanes less.
    double workerShare = 0.235;
    double laneShare = 0.065;
    double leastWorkerWidth = 190;
    double leastLaneWidth = 56;
    // The most view pixels a scene unit may take (0: no limit): a large view
    // then gets a wider scene rather than larger type.
    double mostScale = 0;
    // How much taller than its least the object may grow where the band has
    // room: a narrow object (compact) wraps its depth on more lines.
    double objectGrowth = 1.5;

    bool operator==(const FlowShape &) const = default;
};

struct FlowGeometry {
    QRectF scene;
    double scale = 1; // view pixels per scene unit
    QRectF title;
    QRectF subtitle;
    QVector<QRectF> workers; // by slot: producers, then consumers
    QRectF object;
    QVector<QRectF> semaphores;
    double waitLevel = 0; // where wait lines run across to the semaphores
    double laneWidth = 60;
};

// The layout of `shape` in a view of `view` pixels (empty: not shown yet).
FlowGeometry layOutFlow(const FlowShape &shape, QSizeF view);

} // namespace ipcscope
