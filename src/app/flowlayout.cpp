#include "flowlayout.h"

#include <algorithm>

namespace ipcscope {

namespace {

constexpr double kMargin = 10;
constexpr double kGap = 10;      // between cards in a column, between semaphores

double columnHeight(int count, double card)
{
    return count * card + std::max(0, count - 1) * kGap;
}

} // namespace

FlowGeometry layOutFlow(const FlowShape &shape, QSizeF view)
{
    const int most = std::max(shape.producers, shape.consumers);
    const double top = kMargin + shape.titleHeight + shape.subtitleHeight + 8;
    const double bottomRoom = shape.semaphores > 0 ? shape.waitRoom + shape.semaphoreHeight : 0;
    const double least =
        top + std::max(columnHeight(most, shape.workerHeight), shape.objectHeight) + bottomRoom + kMargin;

    FlowGeometry g;
    // As wide as the type is made for, or wider; as tall as the view's shape
    // makes it, but never too low for what it must hold.
    if (view.width() < 1 || view.height() < 1)
        view = QSizeF(shape.referenceWidth, std::max(least, shape.referenceWidth * 0.55));
    g.scale = std::min(view.width() / shape.referenceWidth, view.height() / least);
    if (shape.mostScale > 0)
        g.scale = std::min(g.scale, shape.mostScale);
    const double width = view.width() / g.scale;
    const double height = view.height() / g.scale;
    g.scene = QRectF(0, 0, width, height);

    g.title = QRectF(kMargin, kMargin, width - 2 * kMargin, shape.titleHeight);
    g.subtitle = QRectF(kMargin, g.title.bottom(), width - 2 * kMargin, shape.subtitleHeight);

    const double workerWidth = std::clamp(width * shape.workerShare, shape.leastWorkerWidth, 340.0);
    g.laneWidth = std::clamp(width * shape.laneShare, shape.leastLaneWidth, 130.0);
    const double bandTop = top;
    const double bandBottom = height - kMargin - bottomRoom;
    const double band = bandBottom - bandTop;

    // The workers, each column centred in the band.
    const auto column = [&](int count, double x) {
        const double card = std::min(shape.workerHeight * 2.0, (band - (count - 1) * kGap) / std::max(count, 1));
        const double y0 = bandTop + (band - columnHeight(count, card)) / 2;
        for (int i = 0; i < count; ++i)
            g.workers.append(QRectF(x, y0 + i * (card + kGap), workerWidth, card));
    };
    column(shape.producers, kMargin);
    column(shape.consumers, width - kMargin - workerWidth);

    const double objectLeft = kMargin + workerWidth + g.laneWidth;
    const double objectHeight = std::clamp(band, shape.objectHeight, shape.objectHeight * shape.objectGrowth);
    g.object = QRectF(objectLeft, bandTop + (band - objectHeight) / 2, width - 2 * objectLeft, objectHeight);

    if (shape.semaphores > 0) {
        const int n = shape.semaphores;
        const double each = std::min(320.0, (width - 2 * kMargin - (n - 1) * kGap) / n);
        const double left = (width - (n * each + (n - 1) * kGap)) / 2;
        const double y = height - kMargin - shape.semaphoreHeight;
        for (int i = 0; i < n; ++i)
            g.semaphores.append(QRectF(left + i * (each + kGap), y, each, shape.semaphoreHeight));
        g.waitLevel = y - shape.waitRoom / 2;
    }
    return g;
}

} // namespace ipcscope
