#pragma once
// A ring of slots in shared memory, as the segment holds it: each slot empty,
// written (copied in, not yet announced: hatched) or announced (counted for
// the consumers), with the sequence number of the message in it; head where
// the next producer writes, tail where the next consumer reads. At full speed
// the slots change faster than a frame: the ring then shows its mean fill.
#include "kernelobjectitem.h"

#include "session/scenemodel.h"

namespace ipcscope {

class RingItem : public KernelObjectItem {
public:
    RingItem(QSizeF size, int slotCount);

    QString inventoryKind() const override { return QStringLiteral("ring"); }
    bool holdsTokens() const override { return false; }
    QPointF restPoint(int order) const override;
    int capacity() const override { return m_slots; }
    double placeWidth() const override { return slotRect(0).width() - 2; }
    double minimumInside() const override;
    double neededInside() const override;

    void setRing(const SceneRing &ring, bool exact);

protected:
    void paintInside(QPainter *painter, const QRectF &area) override;

private:
    QRectF slotRect(int slot) const;
    double markerHeight() const;
    bool detailed() const; // slot by slot, with head and tail; else the mean fill
    // Head or tail at `slot`: `label` ("head 11") or, short of room, `number` ("11").
    void paintMarker(QPainter *p, int slot, const QString &label, const QString &number, bool above,
                     const QColor &colour);

    int m_slots;
    int m_shown;
    SceneRing m_ring;
    bool m_exact = false;
};

} // namespace ipcscope
