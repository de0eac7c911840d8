#pragma once
// One line of the scene's own words — its title, what the run is, what kind
// of picture this is — set in its role's type and cut to its width.
#include "sceneitem.h"

namespace ipcscope {

class LabelItem : public SceneItem {
public:
    LabelItem(TextRole role, bool bold, bool muted);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

    void setText(const QString &text);
    QString text() const { return m_text; }
    // The room it has; the text is aligned in it.
    void setWidth(double width, Qt::Alignment align = Qt::AlignLeft);
    double height() const;
    // How wide the text is, uncut.
    double naturalWidth() const;

private:
    TextRole m_role;
    bool m_bold;
    bool m_muted;
    QString m_text;
    double m_width = 100;
    Qt::Alignment m_align = Qt::AlignLeft;
};

} // namespace ipcscope
