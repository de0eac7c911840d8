#pragma once
// The kernel object between the workers, drawn as what it is. The base class
// holds the frame, the title and the kernel's numbers; subclasses draw the
// inside (a ring of slots, a queue, a pipe, pending signals) and say where a
// message waiting inside it rests.
#include <QGraphicsItem>
#include <QStringList>

namespace ipcscope {

class KernelObjectItem : public QGraphicsItem {
public:
    explicit KernelObjectItem(QSizeF size);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

    QPointF entry() const { return mapToScene(QPointF(0, m_size.height() / 2)); }
    QPointF exit() const { return mapToScene(QPointF(m_size.width(), m_size.height() / 2)); }
    // Where a waiting message rests: ring slot `place`, or `order`-th in line.
    virtual QPointF restPoint(int order, uint16_t place) const = 0;
    virtual bool restsBySlot() const { return false; }
    // How many waiting messages can be shown.
    virtual int capacity() const = 0;
    // How wide a waiting message may be drawn, so that neighbours do not overlap.
    virtual double placeWidth() const { return 88; }

    // What the kernel says: a title, a few lines, and how full it is (0..1, or
    // negative when unknown).
    void setReadings(const QString &title, const QStringList &lines, double fill);

protected:
    virtual void paintInside(QPainter *painter, const QRectF &area) = 0;
    QRectF insideArea() const;
    double fill() const { return m_fill; }

    QSizeF m_size;

private:
    QString m_title;
    QStringList m_lines;
    double m_fill = -1;
};

} // namespace ipcscope
