#pragma once
// A worker process in the flow scene, as the scene model has it: its name,
// real PID, and — when the picture is exact — what it is doing (blocked in
// which call, paused before which, killed by which signal), or where its time
// went when it is not; its messages and rate. The outline's colour and dash
// show the state: dashed blocked, dotted paused.
#include "sceneitem.h"

#include "session/scenemodel.h"

namespace ipcscope {

class WorkerItem : public SceneItem {
public:
    WorkerItem(const SceneWorker &worker, QSizeF size);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
    QString inventoryKind() const override { return QStringLiteral("worker"); }
    QString inventoryName() const override { return m_worker.name; }

    void setSize(QSizeF size);
    QSizeF size() const { return m_size; }
    void setWorker(const SceneWorker &worker, bool exact, double messagesPerS);
    const SceneWorker &worker() const { return m_worker; }
    // Its side towards the kernel object, at `y` (0..1 of its height).
    QPointF innerSide(double y = 0.5) const;
    // The least height that shows its name, one line of state and its counts.
    static double minimumHeight();

private:
    double headerHeight() const;
    QString counts(double width) const;
    QString state(const QRectF &room);

    SceneWorker m_worker;
    bool m_exact = true;
    double m_messagesPerS = 0;
    QSizeF m_size;
};

} // namespace ipcscope
