#pragma once
// The view on the flow scene: the scene takes the view's shape and fills it,
// zooms on request (Ctrl+plus / Ctrl+minus), and counts the frames it
// actually paints.
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QPointer>

namespace ipcscope {

class FlowView : public QGraphicsView {
    Q_OBJECT
public:
    explicit FlowView(QWidget *parent = nullptr);

    void setZoom(double factor); // 1: the whole scene fits
    double zoom() const { return m_zoom; }
    // Frames painted in the last full second.
    double framesPerSecond() const { return m_fps; }
    void refit();

signals:
    // A worker's box was right-clicked: its menu of faults.
    void workerMenuRequested(const QString &worker, const QPoint &globalPos);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<QGraphicsScene> m_watched;
    double m_zoom = 1;
    int m_frames = 0;
    double m_fps = 0;
    QElapsedTimer m_fpsClock;
};

} // namespace ipcscope
