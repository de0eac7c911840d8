#include "lessonpicture.h"

#include "counteritem.h"
#include "labelitem.h"
#include "noticeitem.h"
#include "semaphoreitem.h"
#include "stageobjectitem.h"
#include "workeritem.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QPainterPath>

#include <algorithm>

namespace ipcscope {

namespace {

constexpr double kMargin = 10;
constexpr double kGap = 12;
constexpr double kLane = 48; // between a column and the middle: room for the edges

double stackHeight(const QVector<double> &heights)
{
    double h = 0;
    for (double x : heights)
        h += x;
    return h + std::max<qsizetype>(0, heights.size() - 1) * kGap;
}

} // namespace

QRectF LessonPicture::draw(QGraphicsScene *scene, QSizeF view, double referenceWidth) const
{
    const SceneModel &m = model;
    const double width = referenceWidth;
    auto *titleItem = new LabelItem(TextRole::Title, true, false);
    titleItem->setText(title);
    auto *partItem = new LabelItem(TextRole::Label, false, true);
    const QString part = partInScene ? lessonWords(m.part) : QString();
    partItem->setText(part);
    scene->addItem(titleItem);
    scene->addItem(partItem);
    NoticeItem *verdictItem = nullptr;
    if (!verdict.isEmpty()) {
        verdictItem = new NoticeItem;
        verdictItem->setNotice(answer, verdict, ok);
        verdictItem->setWidth(width - 2 * kMargin);
        scene->addItem(verdictItem);
    }

    // Up to four workers in one column on the left, leaving the middle wide
    // for the objects' words; more in two, those that send on the left.
    QVector<int> left, right;
    const bool twoColumns = m.workers.size() > 4;
    for (int i = 0; i < m.workers.size(); ++i)
        (!twoColumns || m.workers[i].role == Role::Producer ? left : right).append(i);
    const double workerHeight = WorkerItem::minimumHeight();
    const double workerWidth = twoColumns ? std::clamp(width * 0.26, 200.0, 300.0) : std::clamp(width * 0.31, 210.0, 340.0);

    // The middle, top to bottom: counters, objects, semaphores. The scene is
    // at least `width` wide: the middle at least this.
    const double leastMiddle = std::min(width - 2 * kMargin - (left.isEmpty() ? 0 : workerWidth + kLane) -
                                            (right.isEmpty() ? 0 : workerWidth + kLane),
                                        width * 0.62);
    // The objects as they are drawn: once the lesson is over, each says so in
    // a line of its own, and the stack promised counts that line.
    const bool live = m.phase == ScenePhase::Running || m.phase == ScenePhase::Starting;
    QVector<SceneObject> objects = m.objects;
    for (SceneObject &o : objects)
        o.live = o.live && live;
    QVector<double> middle;
    for (const SceneCounter &c : m.counters)
        middle << CounterItem::preferredHeight(c, leastMiddle);
    for (const SceneObject &o : objects)
        middle << StageObjectItem::preferredHeight(o);
    for (int i = 0; i < m.semaphores.size(); ++i)
        middle << SemaphoreItem::preferredHeight();

    const double top = kMargin + titleItem->height() + (part.isEmpty() ? 0 : partItem->height()) + 8;
    const double bottom = (verdictItem ? verdictItem->height() + 8 : 0) + kMargin;
    const auto column = [&](int n) { return n * workerHeight + std::max(0, n - 1) * kGap; };
    const double least =
        top + std::max({column(int(left.size())), column(int(right.size())), stackHeight(middle), 80.0}) + bottom;
    if (view.width() < 1 || view.height() < 1)
        view = QSizeF(width, std::max(least, width * 0.55));
    const double scale = std::min(view.width() / width, view.height() / least);
    const QRectF rect(0, 0, view.width() / scale, view.height() / scale);

    titleItem->setPos(kMargin, kMargin);
    titleItem->setWidth(rect.width() - 2 * kMargin);
    partItem->setPos(kMargin, kMargin + titleItem->height());
    partItem->setWidth(rect.width() - 2 * kMargin);
    if (verdictItem) {
        verdictItem->setWidth(rect.width() - 2 * kMargin);
        verdictItem->setPos(kMargin, rect.height() - kMargin - verdictItem->height());
    }
    const double bandTop = top;
    const double band = rect.height() - bottom - bandTop;

    QMap<QString, QRectF> places; // by name: where the edges start and end
    QMap<QString, bool> onLeft;
    const auto placeColumn = [&](const QVector<int> &workers, double x, bool isLeft) {
        const int n = int(workers.size());
        if (n == 0)
            return;
        const double card = std::min(workerHeight * 1.5, (band - (n - 1) * kGap) / n);
        const double y0 = bandTop + (band - column(n) - n * (card - workerHeight)) / 2;
        for (int k = 0; k < n; ++k) {
            const SceneWorker &w = m.workers[workers[k]];
            auto *item = new WorkerItem(w, QSizeF(workerWidth, card));
            item->setWorker(w, m.exact, 0);
            item->setPos(x, y0 + k * (card + kGap));
            scene->addItem(item);
            places.insert(w.name, QRectF(item->pos(), QSizeF(workerWidth, card)));
            onLeft.insert(w.name, isLeft);
        }
    };
    placeColumn(left, kMargin, true);
    placeColumn(right, rect.width() - kMargin - workerWidth, false);

    const double lane = twoColumns ? kLane * 0.6 : kLane;
    const double middleLeft = left.isEmpty() ? kMargin : kMargin + workerWidth + lane;
    const double middleRight = right.isEmpty() ? rect.width() - kMargin : rect.width() - kMargin - workerWidth - lane;
    const double middleWidth = std::min(middleRight - middleLeft, width * 0.62);
    const double x = middleLeft + (middleRight - middleLeft - middleWidth) / 2;
    double y = bandTop + std::max(0.0, (band - stackHeight(middle)) / 2);
    for (const SceneCounter &c : m.counters) {
        const double h = CounterItem::preferredHeight(c, middleWidth);
        auto *item = new CounterItem(c, QSizeF(middleWidth, h));
        item->setPos(x, y);
        scene->addItem(item);
        y += h + kGap;
    }
    for (const SceneObject &o : objects) {
        const double h = StageObjectItem::preferredHeight(o);
        auto *item = new StageObjectItem(o, QSizeF(middleWidth, h));
        item->setPos(x, y);
        scene->addItem(item);
        y += h + kGap;
    }
    // Semaphores narrower than the middle: the edges reach their sides.
    const double semaphoreWidth = std::min(middleWidth, 340.0);
    for (const SceneSemaphore &sem : m.semaphores) {
        auto *item = new SemaphoreItem(sem, QSizeF(semaphoreWidth, SemaphoreItem::preferredHeight()));
        item->setSemaphore(sem, m.exact, live);
        item->setPos(x + (middleWidth - semaphoreWidth) / 2, y);
        scene->addItem(item);
        places.insert(sem.name, QRectF(item->pos(), QSizeF(semaphoreWidth, SemaphoreItem::preferredHeight())));
        y += SemaphoreItem::preferredHeight() + kGap;
    }

    // The wait-for graph: dashed from a worker to the semaphore it sleeps on,
    // solid from a semaphore to the worker that holds it; a cycle is a deadlock.
    const VisualStyle &s = VisualStyle::current();
    for (const SceneEdge &e : m.edges) {
        const bool waits = e.kind == QLatin1String("waits");
        const QString worker = waits ? e.from : e.to;
        if (!places.contains(e.from) || !places.contains(e.to))
            continue;
        const bool workerLeft = onLeft.value(worker, true);
        const QRectF w = places.value(worker);
        const QRectF o = places.value(waits ? e.to : e.from);
        const double level = waits ? 0.35 : 0.7;
        const QPointF atWorker(workerLeft ? w.right() : w.left(), w.top() + w.height() * level);
        const QPointF atObject(workerLeft ? o.left() : o.right(), o.top() + o.height() * level);
        const QPointF from = waits ? atWorker : atObject;
        const QPointF to = waits ? atObject : atWorker;
        QPainterPath path(from);
        const double bend = (to.x() - from.x()) * 0.5;
        path.cubicTo(from + QPointF(bend, 0), to - QPointF(bend, 0), to);
        // An arrowhead at the end, along the last stretch.
        const double dir = to.x() > from.x() ? -1 : 1;
        path.moveTo(to + QPointF(dir * 12, -7));
        path.lineTo(to);
        path.lineTo(to + QPointF(dir * 12, 7));
        auto *item = scene->addPath(path, QPen(waits ? s.blocked : s.critical, 3 * s.lineScale,
                                               waits ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        item->setZValue(-1);
        item->setData(kInventoryKind, QStringLiteral("edge"));
        item->setData(kInventoryName, QStringLiteral("%1 → %2").arg(e.from, e.to));
    }
    return rect;
}

} // namespace ipcscope
