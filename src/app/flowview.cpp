#include "flowview.h"

#include "flowscene.h"
#include "workeritem.h"

#include <QContextMenuEvent>

#include <algorithm>

namespace ipcscope {

FlowView::FlowView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setFrameShape(QFrame::NoFrame);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::ScrollHandDrag);
    m_fpsClock.start();
}

void FlowView::contextMenuEvent(QContextMenuEvent *event)
{
    for (QGraphicsItem *item = itemAt(event->pos()); item; item = item->parentItem())
        if (const auto *worker = dynamic_cast<const WorkerItem *>(item)) {
            emit workerMenuRequested(worker->worker().name, event->globalPos());
            return;
        }
    QGraphicsView::contextMenuEvent(event);
}

void FlowView::setZoom(double factor)
{
    m_zoom = std::clamp(factor, 0.5, 4.0);
    refit();
}

void FlowView::refit()
{
    if (!scene())
        return;
    if (scene() != m_watched) {
        // A new picture (a run, a preview, a notice) is fitted as it comes.
        m_watched = scene();
        connect(m_watched, &QGraphicsScene::sceneRectChanged, this, &FlowView::refit, Qt::QueuedConnection);
    }
    // The flow scene takes the view's shape, so that it fills it.
    if (auto *flow = qobject_cast<FlowScene *>(scene()))
        flow->setViewSize(viewport()->size());
    // Fitted by hand: fitInView keeps 2 px clear on every side, which drew
    // the type a little smaller than the scene's layout measured (19.9 px
    // for a 20 px floor on the projector's side by side).
    const QRectF rect = scene()->sceneRect();
    if (rect.isEmpty())
        return;
    // Fitted whole, there is nothing to scroll; a scroll bar that came and
    // went with a pixel of rounding would resize the viewport and fit it
    // again, for ever. Zoomed in, the picture is larger than the view.
    const Qt::ScrollBarPolicy bars = m_zoom > 1.0 ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff;
    setHorizontalScrollBarPolicy(bars);
    setVerticalScrollBarPolicy(bars);
    const double fit = std::min(viewport()->width() / rect.width(), viewport()->height() / rect.height());
    setTransform(QTransform::fromScale(fit * m_zoom, fit * m_zoom));
    centerOn(rect.center());
}

void FlowView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void FlowView::paintEvent(QPaintEvent *event)
{
    QGraphicsView::paintEvent(event);
    ++m_frames;
    const qint64 ms = m_fpsClock.elapsed();
    if (ms >= 1000) {
        m_fps = m_frames * 1000.0 / double(ms);
        m_frames = 0;
        m_fpsClock.restart();
    }
}

} // namespace ipcscope
