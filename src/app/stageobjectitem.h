#pragma once
// A kernel object of a lesson's scene as it was read (scenemodel.h's
// SceneObject): what it is, its fields as the kernel names them
// (msg_qnum, shm_nattch, the IPC_RMID mark…), and what it holds in order —
// a queue's messages by type, the one msgrcv takes next marked; a pending
// signal. Once removed, its last values, greyed.
#include "sceneitem.h"

#include "session/scenemodel.h"

namespace ipcscope {

class StageObjectItem : public SceneItem {
public:
    StageObjectItem(const SceneObject &object, QSizeF size);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
    // queue, segment, signal, pipe, socket
    QString inventoryKind() const override;
    QString inventoryName() const override { return m_object.id; }

    static double preferredHeight(const SceneObject &object);

private:
    SceneObject m_object;
    QSizeF m_size;
};

} // namespace ipcscope
