#pragma once
// Signals have no object in between: they are pending on the consumer
// process. A standard signal is one pending bit, so a second one sent before
// the first is taken merges into it; real-time signals queue.
#include "kernelobjectitem.h"

namespace ipcscope {

class SignalItem : public KernelObjectItem {
public:
    SignalItem(QSizeF size, bool realtime);

    QPointF restPoint(int order) const override;
    int capacity() const override { return m_realtime ? 8 : 1; }

protected:
    void paintInside(QPainter *painter, const QRectF &area) override;

private:
    QRectF bitRect() const;
    bool m_realtime;
};

} // namespace ipcscope
