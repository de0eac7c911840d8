#include "faultwatch.h"

namespace ipcscope {

void FaultWatch::sample(const Run &run)
{
    const RunSnapshot &s = run.snapshot();
    if (!s.started)
        return;
    m_polls.append({s.elapsedS, s});
    m_faults = run.faults();
}

double FaultWatch::madeAt(Fault::Verb verb) const
{
    for (const FaultRecord &r : m_faults)
        if (r.fault.verb == verb && r.ok)
            return r.atS;
    return -1;
}

const FaultWatch::Poll *FaultWatch::at(double tS) const
{
    for (const Poll &p : m_polls)
        if (p.tS >= tS)
            return &p;
    return nullptr;
}

const FaultWatch::Poll *FaultWatch::before(double tS) const
{
    const Poll *last = nullptr;
    for (const Poll &p : m_polls)
        if (p.tS <= tS)
            last = &p;
    return last;
}

qint64 FaultWatch::largest(const QString &object, const QString &field, double fromS, double toS) const
{
    qint64 most = -1;
    for (const Poll &p : m_polls)
        if (p.tS >= fromS && p.tS <= toS)
            most = std::max(most, p.snapshot.reading(object, field));
    return most;
}

qint64 FaultWatch::first(const QString &object, const QString &field, double atS) const
{
    for (const Poll &p : m_polls) {
        const qint64 v = p.tS >= atS ? p.snapshot.reading(object, field) : -1;
        if (v >= 0)
            return v;
    }
    return -1;
}

int FaultWatch::mostAsleep(Role role, double fromS, double toS) const
{
    int most = 0;
    for (const Poll &p : m_polls) {
        if (p.tS < fromS || p.tS > toS)
            continue;
        int asleep = 0;
        for (const WorkerSnapshot &w : p.snapshot.workers)
            asleep += w.role == role && !w.exited && w.blocked ? 1 : 0;
        most = std::max(most, asleep);
    }
    return most;
}

double FaultWatch::cpuOfOthers(const QString &except, double fromS, double toS) const
{
    const Poll *from = at(fromS);
    const Poll *to = before(toS);
    if (!from || !to || to->tS <= from->tS)
        return -1;
    double used = 0;
    for (const WorkerSnapshot &w : to->snapshot.workers) {
        const WorkerSnapshot *then = workerNamed(from->snapshot.workers, w.name());
        if (w.name() != except && then)
            used += w.cpuS - then->cpuS;
    }
    return used;
}

qint64 FaultWatch::sentBetween(double fromS, double toS) const
{
    const Poll *from = at(fromS);
    const Poll *to = before(toS);
    if (!from || !to)
        return -1;
    return qint64(to->snapshot.sent) - qint64(from->snapshot.sent);
}

const WorkerSnapshot *workerNamed(const QVector<WorkerSnapshot> &workers, const QString &name)
{
    for (const WorkerSnapshot &w : workers)
        if (w.name() == name)
            return &w;
    return nullptr;
}

} // namespace ipcscope
