#pragma once
// A ring of slots in shared memory: each slot holds one message; head is
// where the next producer writes, tail where the next consumer reads.
#include "kernelobjectitem.h"

namespace ipcscope {

class RingItem : public KernelObjectItem {
public:
    RingItem(QSizeF size, int slotCount);

    QPointF restPoint(int order, uint16_t place) const override;
    bool restsBySlot() const override { return true; }
    int capacity() const override { return m_slots; }
    double placeWidth() const override { return slotRect(0).width() - 2; }

    // Slot indices from the latest events; -1 when not known yet.
    void setHeadTail(int head, int tail);
    // Filled slots as the kernel's counters say (semaphore 'full', ...).
    void setFilled(int filled);

protected:
    void paintInside(QPainter *painter, const QRectF &area) override;

private:
    QRectF slotRect(int slot) const;
    int m_slots;
    int m_shown;
    int m_head = -1;
    int m_tail = -1;
    int m_filled = -1;
};

} // namespace ipcscope
