#include "timelinemodel.h"

#include "scenemodel.h"

#include <QHash>

#include <algorithm>

namespace ipcscope {

TimelineState timelineState(const QString &s)
{
    if (s == QLatin1String("running"))
        return TimelineState::Running;
    if (s == QLatin1String("in-call"))
        return TimelineState::InCall;
    if (s == QLatin1String("blocked"))
        return TimelineState::Blocked;
    if (s == QLatin1String("critical"))
        return TimelineState::Critical;
    if (s == QLatin1String("paused"))
        return TimelineState::Held;
    if (s == QLatin1String("sleeping"))
        return TimelineState::Paced;
    if (s == QLatin1String("done") || s == QLatin1String("failed") || s == QLatin1String("killed"))
        return TimelineState::Exited;
    return TimelineState::Starting;
}

TimelineModel TimelineModel::fromRecording(const Recording &recording)
{
    TimelineModel m;
    for (int slot = 0; slot < recording.workers.size(); ++slot)
        m.m_lanes.append({recording.workers.at(slot), slot < recording.producers ? Role::Producer : Role::Consumer,
                          {}, {}});
    double last = recording.durationS();
    for (const RecordedEvent &e : recording.events)
        last = std::max(last, double(e.tNs) / 1e9);
    m.m_startS = recording.scenes.isEmpty() ? 0 : recording.scenes.constFirst().tS;
    m.m_endS = last;
    for (int i = 0; i < recording.scenes.size(); ++i) {
        const std::optional<SceneModel> scene = recording.scene(i);
        if (!scene)
            break; // damaged from here: nothing after it is shown
        ++m.m_decoded;
        m.addScene(*scene, i + 1 < recording.scenes.size() ? recording.scenes.at(i + 1).tS : last);
    }
    m.addEvents(recording);
    m.markMissing();
    return m;
}

bool TimelineModel::isSampled() const
{
    return std::any_of(m_lanes.cbegin(), m_lanes.cend(), [](const TimelineLane &l) { return l.sampled(); });
}

int TimelineModel::laneOf(const QString &name)
{
    for (int i = 0; i < m_lanes.size(); ++i)
        if (m_lanes.at(i).name == name)
            return i;
    m_lanes.append({name, Role::Producer, {}, {}});
    return int(m_lanes.size()) - 1;
}

void TimelineModel::addScene(const SceneModel &scene, double untilS)
{
    const double from = scene.tS;
    const double until = std::max(from, untilS);
    for (const SceneWorker &w : scene.workers) {
        TimelineLane &lane = m_lanes[laneOf(w.name)];
        lane.role = w.role;
        const TimelineInterval next{from, until, timelineState(w.state), w.state, w.call, w.on, scene.exact, false};
        if (!lane.intervals.isEmpty()) {
            TimelineInterval &prev = lane.intervals.last();
            if (prev.key == next.key && prev.call == next.call && prev.on == next.on && prev.exact == next.exact &&
                prev.endS >= from) {
                prev.endS = until;
                continue;
            }
        }
        lane.intervals.append(next);
    }
    for (const SceneSemaphore &s : scene.semaphores) {
        auto it = std::find_if(m_semaphores.begin(), m_semaphores.end(),
                               [&](const TimelineSemaphore &t) { return t.name == s.name; });
        if (it == m_semaphores.end()) {
            m_semaphores.append({s.name, {}, 0});
            it = m_semaphores.end() - 1;
        }
        const qint64 value = s.value < 0 ? -1 : s.value;
        if (it->steps.isEmpty() || it->steps.constLast().value != value)
            it->steps.append({from, value});
        it->maxValue = std::max(it->maxValue, value);
    }
}

void TimelineModel::addEvents(const Recording &recording)
{
    // Each worker's events in its stream's order: a jump in the indices is
    // where the recorder kept a sample, not the whole.
    QHash<int, QVector<const RecordedEvent *>> bySlot;
    for (const RecordedEvent &e : recording.events)
        if (e.slot >= 0 && e.slot < recording.workers.size())
            bySlot[e.slot].append(&e);
    QHash<QPair<int, quint64>, const RecordedEvent *> sends;
    QVector<const RecordedEvent *> receives;
    for (auto it = bySlot.begin(); it != bySlot.end(); ++it) {
        QVector<const RecordedEvent *> &stream = it.value();
        std::stable_sort(stream.begin(), stream.end(),
                         [](const RecordedEvent *a, const RecordedEvent *b) { return a->index < b->index; });
        TimelineLane &lane = m_lanes[it.key()];
        const RecordedEvent *prev = nullptr;
        for (const RecordedEvent *e : stream) {
            if (prev && e->index == prev->index)
                continue; // read twice
            const double t = double(e->tNs) / 1e9;
            if (!prev && e->index > 0)
                lane.gaps.append({m_startS, t, e->index});
            else if (prev && e->index > prev->index + 1)
                lane.gaps.append({double(prev->tNs) / 1e9, t, e->index - prev->index - 1});
            if (e->kind == EventKind::Sent)
                sends.insert({e->producer, e->seq}, e);
            else if (e->kind == EventKind::Received)
                receives.append(e);
            prev = e;
        }
    }
    // The first receive of a message is the one its send goes to.
    std::stable_sort(receives.begin(), receives.end(),
                     [](const RecordedEvent *a, const RecordedEvent *b) { return a->tNs < b->tNs; });
    for (const RecordedEvent *r : std::as_const(receives)) {
        const auto send = sends.find({r->producer, r->seq});
        if (send == sends.end()) {
            ++m_unmatchedReceives;
            continue;
        }
        const RecordedEvent *s = send.value();
        m_messages.append({r->producer, r->seq, s->slot, r->slot, double(s->tNs) / 1e9, double(r->tNs) / 1e9});
        sends.erase(send); // a second receive of it is not this send's
    }
    m_unmatchedSends = int(sends.size());
    std::sort(m_messages.begin(), m_messages.end(), [](const TimelineMessage &a, const TimelineMessage &b) {
        return a.sentS != b.sentS ? a.sentS < b.sentS : a.receivedS < b.receivedS;
    });
}

void TimelineModel::markMissing()
{
    for (TimelineLane &lane : m_lanes)
        for (TimelineInterval &iv : lane.intervals)
            iv.eventsMissing = std::any_of(lane.gaps.cbegin(), lane.gaps.cend(), [&](const TimelineGap &g) {
                return g.fromS < iv.endS && iv.startS < g.toS;
            });
}

} // namespace ipcscope
