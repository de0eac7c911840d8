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
    // The height of a marker's line and of a label's, measured once per
    // type: the lane of every token that crosses the ring asks for them
    // (through the frame's layout), and each measure looked the font up anew
    // — a twentieth of the window's time at full speed.
    struct Heights {
        QFont font; // the application's, which the scene's type is made from
        bool large = false;
        double marker = 0;
        double label = 0;
    };
    const Heights &heights() const;

    int m_slots;
    int m_shown;
    SceneRing m_ring;
    bool m_exact = false;
    mutable std::optional<Heights> m_heights;
};

} // namespace ipcscope
