#pragma once
// A semaphore or lock as the scene model has it: its value as the kernel
// reports it; who waits on it (exact) or how many on average (at speed); for
// a lock, who holds it; who touched it last (GETPID); and a flash when a P
// or V completes. After the run: greyed, its last values.
#include "sceneitem.h"

#include "session/scenemodel.h"

namespace ipcscope {

class SemaphoreItem : public SceneItem {
public:
    SemaphoreItem(const SceneSemaphore &semaphore, QSizeF size);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
    QString inventoryKind() const override;
    QString inventoryName() const override { return m_semaphore.name; }

    void setSize(QSizeF size);
    QString name() const { return m_semaphore.name; }
    void setSemaphore(const SceneSemaphore &semaphore, bool exact, bool live);
    // A P or V (or lock, unlock) by `who` just completed.
    void flash(const QString &operation, const QString &who);
    // Fades the flash; returns true while it still shows.
    bool advance(double dtS);
    // Where the `i`-th of `n` wait lines meets its top edge.
    QPointF port(int i, int n) const;
    // Without what it is for (one small scene among others): only its
    // name, value and who holds and waits.
    void setPurposeShown(bool shown);
    static double preferredHeight(bool purposeShown = true);

private:
    SceneSemaphore m_semaphore;
    QSizeF m_size;
    bool m_exact = true;
    bool m_live = true;
    bool m_purposeShown = true;
    QString m_flashText;
    double m_flash = 0; // 1 just flashed, 0 quiet
};

} // namespace ipcscope
