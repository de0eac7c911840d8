#include "sendfloor.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace ipcscope {

void IgnoredValues::ignore(int slot, int producer, quint64 value)
{
    const QPair<int, int> where{slot, producer};
    const auto last = m_last.constFind(where);
    if (last != m_last.constEnd() && *last == value)
        return; // the same value, read again
    m_last.insert(where, value);
    ++m_count;
}

void IgnoredValues::taken(int slot, int producer)
{
    m_last.remove({slot, producer});
}

quint64 raiseToTaken(QVector<WorkerSnapshot> &workers, quint64 messageBytes, IgnoredValues *ignored)
{
    std::array<WorkerSnapshot *, kMaxProducers> producers{};
    for (WorkerSnapshot &w : workers)
        if (w.role == Role::Producer && w.index >= 0 && w.index < kMaxProducers)
            producers[size_t(w.index)] = &w;
    // From every consumer first, against the producers' counts as read: the
    // bound holds for the count before it is raised.
    std::array<quint64, kMaxProducers> sent{};
    quint64 untrusted = 0;
    for (WorkerSnapshot &c : workers) {
        if (c.role == Role::Producer)
            continue;
        for (size_t p = 0; p < sent.size(); ++p) {
            quint64 &taken = c.takenFrom[p];
            if (taken == 0)
                continue;
            const WorkerSnapshot *producer = producers[p];
            if (!producer || taken - 1 > producer->messages) {
                if (ignored)
                    ignored->ignore(c.slot, int(p), taken);
                taken = 0;
                ++untrusted;
                continue;
            }
            if (ignored)
                ignored->taken(c.slot, int(p));
            sent[p] = std::max(sent[p], taken);
        }
    }
    for (size_t p = 0; p < sent.size(); ++p)
        if (producers[p]) {
            producers[p]->messages = std::max(producers[p]->messages, sent[p]);
            producers[p]->bytes = std::max(producers[p]->bytes, producers[p]->messages * messageBytes);
        }
    return untrusted;
}

QString ignoredText(quint64 untrusted)
{
    if (untrusted == 0)
        return {};
    const int n = untrusted < quint64(INT_MAX) ? int(untrusted) : INT_MAX;
    return QCoreApplication::translate("SendFloor", "%n value(s) from shared memory ignored", nullptr, n);
}

} // namespace ipcscope
