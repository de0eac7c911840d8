#include "compareplan.h"

#include "engine/limits.h"
#include "engine/mechanism.h"
#include "engine/message.h"

#include <QCoreApplication>

#include <algorithm>

namespace ipcscope {

namespace {
// This file's texts, under the comparison's translation context.
struct ComparePlanText {
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};
} // namespace

QString ComparePlan::validate() const
{
    for (const QString &m : mechanisms)
        if (!findMechanism(m.toStdString()))
            return ComparePlanText::tr("unknown mechanism '%1'").arg(m);
    if (sizes.isEmpty())
        return ComparePlanText::tr("give at least one message size");
    for (int size : sizes)
        if (size < int(kHeaderSize) || size > int(kMaxMessageSize))
            return ComparePlanText::tr("a message size of %1 B is outside %2..%3 B")
                .arg(size)
                .arg(kHeaderSize)
                .arg(kMaxMessageSize);
    for (int n : workers)
        if (n < 1 || n > std::min(kMaxProducers, kMaxConsumers))
            return ComparePlanText::tr("producers and consumers must be 1..%1 each (got %2)")
                .arg(std::min(kMaxProducers, kMaxConsumers))
                .arg(n);
    if (repeat < 1 || repeat > 100)
        return ComparePlanText::tr("repetitions must be 1..100 (got %1)").arg(repeat);
    if (secondsPerRun < 0.05 || secondsPerRun > 60)
        return ComparePlanText::tr("the time per run must be 0.05..60 s (got %1)").arg(secondsPerRun);
    return {};
}

QList<ComparePoint> comparePoints(const ComparePlan &plan)
{
    QList<ComparePoint> points;
    const auto allows = [](const Mechanism &m, const ComparePoint &p) {
        Shape shape;
        shape.producers = p.producers;
        shape.consumers = p.consumers;
        if (p.size > 0)
            shape.size = uint32_t(p.size);
        return validateShape(m, shape).empty();
    };
    QList<int> sizes = plan.sizes;
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    QList<ComparePoint> sweep;
    for (const Mechanism *m : allMechanisms()) {
        const QString id = QString::fromStdString(m->info().id);
        if (!plan.mechanisms.isEmpty() && !plan.mechanisms.contains(id))
            continue;
        const QList<int> mine = m->info().takesSize ? sizes : QList<int>{0};
        for (int size : mine)
            if (const ComparePoint p{id, size}; allows(*m, p))
                points.append(p);
        // The sweep at the smallest size, N producers and N consumers.
        for (int n : plan.workers)
            if (const ComparePoint p{id, mine.value(0), n, n}; n > 1 && allows(*m, p))
                sweep.append(p);
    }
    return points + sweep;
}

} // namespace ipcscope
