#pragma once
// A kernel object that keeps messages in arrival order: a message queue (a
// row of cells, as many filled as the kernel counts), a pipe or stream socket
// (a tube of bytes, filled as far as the kernel says), a datagram socket's
// receive queue. Waiting messages line up towards the exit.
#include "kernelobjectitem.h"

namespace ipcscope {

class FifoItem : public KernelObjectItem {
public:
    enum class Look { Cells, Tube };
    FifoItem(const QString &kind, QSizeF size, Look look, int cells);

    QPointF restPoint(int order) const override;
    int capacity() const override { return m_cells; }
    double placeWidth() const override { return m_look == Look::Tube ? 88 : cellRect(0).width() - 2; }
    // Messages the kernel counts in it (negative: it holds bytes, see fill()).
    void setMessages(qint64 messages);

protected:
    void paintInside(QPainter *painter, const QRectF &area) override;

private:
    QRectF cellRect(int order) const;
    Look m_look;
    int m_cells;
    qint64 m_messages = -1;
};

} // namespace ipcscope
