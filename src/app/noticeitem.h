#pragma once
// What the scene says when it has no run to draw: why, or what a lesson is
// about and, at its end, the measurement and the verdict — large, ✓ green or
// ✗ red, for the back of the hall. A line's own ✓ or ✗ (whether the
// audience's guess was right) starts a line of its own in the same colours.
#include "sceneitem.h"

#include <QStringList>

namespace ipcscope {

class NoticeItem : public SceneItem {
public:
    NoticeItem();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
    QString inventoryKind() const override { return {}; }

    // Paragraphs separated by an empty line; of several, the first is a
    // heading. `verdict` (if any) goes last, in the colour of `ok`.
    void setNotice(const QString &text, const QString &verdict, bool ok);
    QString plainText() const;
    void setWidth(double width);
    double height() const;

private:
    struct Block {
        QString text;
        TextRole role;
        bool bold;
        int mark = 0; // 1: ✓, -1: ✗, 0: none
    };
    QVector<Block> blocks() const;
    double blockHeight(const Block &block) const;

    QStringList m_paragraphs;
    QString m_verdict;
    bool m_ok = true;
    double m_width = 800;
};

} // namespace ipcscope
