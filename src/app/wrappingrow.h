#pragma once
// A row of buttons that wraps onto the next line where the width runs out,
// rather than pushing its parent wider than the dock it sits in: the Lessons
// panel's buttons at 1024x768, and longer in Russian.
#include <QLayout>
#include <QList>

namespace ipcscope {

class WrappingRow : public QLayout {
    Q_OBJECT
public:
    explicit WrappingRow(QWidget *parent = nullptr);
    ~WrappingRow() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return place(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the visible items out in `rect` (or only measures) and returns the height used.
    int place(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace ipcscope
