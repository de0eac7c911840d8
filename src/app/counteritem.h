#pragma once
// A number in a kernel object against what it should be (scenemodel.h's
// SceneCounter): the race's counter as the segment holds it beside the
// increments the workers made, what is missing, and a bar of the two.
#include "sceneitem.h"

#include "session/scenemodel.h"

namespace ipcscope {

class CounterItem : public SceneItem {
public:
    CounterItem(const SceneCounter &counter, QSizeF size);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
    QString inventoryKind() const override { return QStringLiteral("counter"); }
    // As the lesson names it, the same in every language.
    QString inventoryName() const override { return QString::fromStdString(m_counter.name.english()); }

    // Its height at `width`: what is missing takes a second line when one
    // would cut it.
    static double preferredHeight(const SceneCounter &counter, double width);

private:
    SceneCounter m_counter;
    QSizeF m_size;
};

} // namespace ipcscope
