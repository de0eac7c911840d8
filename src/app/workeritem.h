#pragma once
// A worker process in the flow scene: its name, real PID, what it is doing
// (blocked in which call, from its telemetry and /proc), and its counts. The
// outline's colour and dash show the state.
#include "session/runtypes.h"

#include <QGraphicsItem>

namespace ipcscope {

class WorkerItem : public QGraphicsItem {
public:
    WorkerItem(const WorkerSnapshot &worker, QSizeF size);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

    void update(const WorkerSnapshot &worker, const QString &state, double messagesPerS, double mbPerS);
    const WorkerSnapshot &worker() const { return m_worker; }
    // Where flow lines meet the box.
    QPointF outlet() const { return mapToScene(QPointF(m_size.width(), m_size.height() / 2)); }
    QPointF inlet() const { return mapToScene(QPointF(0, m_size.height() / 2)); }
    QPointF centre() const { return mapToScene(QPointF(m_size.width() / 2, m_size.height() / 2)); }

private:
    WorkerSnapshot m_worker;
    QString m_state;
    double m_messagesPerS = 0;
    double m_mbPerS = 0;
    QSizeF m_size;
};

} // namespace ipcscope
