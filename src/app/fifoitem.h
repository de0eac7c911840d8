#pragma once
// A kernel object that keeps messages in arrival order: a message queue (a
// row of cells), a pipe or stream socket (a tube of bytes), a datagram
// socket's receive queue. Waiting messages line up towards the exit.
#include "kernelobjectitem.h"

namespace ipcscope {

class FifoItem : public KernelObjectItem {
public:
    enum class Look { Cells, Tube };
    FifoItem(QSizeF size, Look look, int cells);

    QPointF restPoint(int order, uint16_t place) const override;
    int capacity() const override { return m_cells; }
    double placeWidth() const override { return m_look == Look::Tube ? 88 : cellRect(0).width() - 2; }

protected:
    void paintInside(QPainter *painter, const QRectF &area) override;

private:
    QRectF cellRect(int order) const;
    Look m_look;
    int m_cells;
};

} // namespace ipcscope
