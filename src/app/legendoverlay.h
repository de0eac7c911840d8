#pragma once
// The legend of the scene (F1): a producer, a consumer, a semaphore with P
// and V, the ring with its head and tail, a message on its way, the outlines
// (dashed: blocked, dotted: paused) and the state colours — each drawn by
// the very item the scene draws it with, in the theme and type of the moment,
// so the legend cannot say one thing while the scene shows another. It lies
// over the scene; F1 or Esc closes it. On the projector it is never scaled
// under the floor of inventory.h, and at 1024×768 and up the whole of it is
// on the page; in a smaller window, taller than the page, it scrolls (wheel,
// arrows, Page Up and Down).
#include <QWidget>

class QAction;
class QGraphicsScene;
class QGraphicsView;

namespace ipcscope {

class LegendOverlay : public QWidget {
    Q_OBJECT
public:
    // Over `page` (the scene's page), shown and hidden by `toggle`, a
    // checkable action (F1).
    LegendOverlay(QWidget *page, QAction *toggle);

    QGraphicsScene *legendScene() const { return m_scene; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void build();
    void layOut(double width); // in the legend's own units
    void fit();
    QSizeF room() const;
    // The least scale of the legend: its texts on the projector's floor; 0: none.
    static double leastScale();

    QAction *m_toggle;
    QGraphicsScene *m_scene;
    QGraphicsView *m_view;
};

} // namespace ipcscope
