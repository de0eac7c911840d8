#pragma once
// The view on the flow scene: always fits the whole scene, zooms on request
// (Ctrl+plus / Ctrl+minus), and counts the frames it actually paints.
#include <QElapsedTimer>
#include <QGraphicsView>

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
    double m_zoom = 1;
    int m_frames = 0;
    double m_fps = 0;
    QElapsedTimer m_fpsClock;
};

} // namespace ipcscope
