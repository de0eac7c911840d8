#include "timelinemodel.h"

#include "scenemodel.h"

#include <QHash>

#include <algorithm>
#include <climits>

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
    if (s == QLatin1String("done") || s == QLatin1String("failed") || s == QLatin1String("killed") ||
        s == QLatin1String("ended"))
        return TimelineState::Exited;
    return TimelineState::Starting;
}

TimelineModel TimelineModel::fromRecording(const Recording &recording)
{
    TimelineModel m;
    m.extend(recording);
    return m;
}

bool TimelineModel::extend(const Recording &recording)
{
    const bool fresh = m_scenesRead == 0 && m_eventsRead == 0 && m_lanes.isEmpty();
    if (!fresh) {
        // The same recording grown: not another one, nor one whose older
        // part was let go or thinned since (Recorder::thinEvents).
        if (recording.workers != m_workers || recording.scenes.size() < m_scenesRead ||
            recording.events.size() < m_eventsRead)
            return false;
        if (m_scenesRead > 0 && recording.scenes.constFirst().tS != m_firstSceneS)
            return false;
        if (m_eventsRead > 0 && QPair<int, quint64>(recording.events.constFirst().slot,
                                                    recording.events.constFirst().index) != m_firstEvent)
            return false;
        if (m_scenesRead > 0 && recording.scenes.at(m_scenesRead - 1).tS != m_lastSceneS)
            return false;
        if (m_eventsRead > 0 && QPair<int, quint64>(recording.events.at(m_eventsRead - 1).slot,
                                                    recording.events.at(m_eventsRead - 1).index) != m_lastEvent)
            return false;
    } else {
        m_workers = recording.workers;
        for (int slot = 0; slot < recording.workers.size(); ++slot)
            m_lanes.append({recording.workers.at(slot),
                            slot < recording.producers ? Role::Producer : Role::Consumer, {}, {}});
        m_streams.resize(recording.workers.size());
    }
    for (; m_scenesRead < recording.scenes.size(); ++m_scenesRead) {
        const double t = recording.scenes.at(m_scenesRead).tS;
        if (m_scenesRead == 0)
            m_startS = m_firstSceneS = t;
        m_lastSceneS = t;
        m_endS = std::max(m_endS, t);
        if (m_damaged)
            continue;
        closeOpen(t);
        const std::optional<SceneModel> scene = recording.scene(int(m_scenesRead));
        if (!scene) {
            m_damaged = true; // damaged from here: nothing after it is shown
            m_open.clear();
            continue;
        }
        ++m_decoded;
        addScene(*scene);
    }
    for (; m_eventsRead < recording.events.size(); ++m_eventsRead) {
        const RecordedEvent &e = recording.events.at(m_eventsRead);
        if (m_eventsRead == 0)
            m_firstEvent = {e.slot, e.index};
        m_lastEvent = {e.slot, e.index};
        m_endS = std::max(m_endS, double(e.tNs) / 1e9);
        if (e.slot >= 0 && e.slot < m_streams.size())
            addEvent(e);
    }
    // The sparsest rule the recording kept its message events by.
    for (const RecordedSampling &rule : recording.sampling)
        m_sampledOneIn = std::max(m_sampledOneIn, int(std::min<quint32>(rule.every, INT_MAX)));
    // The last sample's states hold to the last thing recorded.
    for (const int i : std::as_const(m_open)) {
        TimelineInterval &iv = m_lanes[i].intervals.last();
        iv.endS = std::max(iv.startS, m_endS);
        touch(m_lanes[i], iv);
    }
    return true;
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

void TimelineModel::closeOpen(double untilS)
{
    for (const int i : std::as_const(m_open)) {
        TimelineInterval &iv = m_lanes[i].intervals.last();
        iv.endS = std::max(iv.startS, untilS);
        touch(m_lanes[i], iv);
    }
}

void TimelineModel::addScene(const SceneModel &scene)
{
    const double from = scene.tS;
    m_open.clear();
    for (const SceneWorker &w : scene.workers) {
        const int i = laneOf(w.name);
        m_open.append(i);
        TimelineLane &lane = m_lanes[i];
        lane.role = w.role;
        const TimelineInterval next{from, from, timelineState(w.state), w.state, w.call, w.on, scene.exact, false};
        if (!lane.intervals.isEmpty()) {
            TimelineInterval &prev = lane.intervals.last();
            if (prev.key == next.key && prev.call == next.call && prev.on == next.on && prev.exact == next.exact &&
                prev.endS >= from)
                continue; // runs on
        }
        lane.intervals.append(next);
        touch(lane, lane.intervals.last());
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

void TimelineModel::addEvent(const RecordedEvent &e)
{
    // Each worker's events come in its stream's order: a jump in the indices
    // is where the recorder kept a sample, not the whole.
    Stream &stream = m_streams[e.slot];
    if (qint64(e.index) <= stream.lastIndex)
        return; // read twice
    const double t = double(e.tNs) / 1e9;
    if (stream.lastIndex < 0 && e.index > 0)
        addGap(e.slot, {m_startS, t, e.index});
    else if (stream.lastIndex >= 0 && qint64(e.index) > stream.lastIndex + 1)
        addGap(e.slot, {double(stream.lastNs) / 1e9, t, quint64(qint64(e.index) - stream.lastIndex - 1)});
    stream.lastIndex = qint64(e.index);
    stream.lastNs = e.tNs;
    if (e.kind != EventKind::Sent && e.kind != EventKind::Received)
        return;
    Ends &ends = m_ends[{e.producer, e.seq}];
    const bool paired = ends.sendSlot >= 0 && ends.receiveSlot >= 0;
    if (e.kind == EventKind::Sent) {
        if (ends.sendSlot >= 0)
            return; // one send per number
        ++m_sends;
        ends.sendSlot = e.slot;
        ends.sentNs = e.tNs;
        if (ends.receiveSlot >= 0)
            pair(ends, e.producer, e.seq, false);
        return;
    }
    ++m_receives;
    // The first receive of a message is the one its send goes to.
    if (ends.receiveSlot >= 0 && ends.receivedNs <= e.tNs)
        return;
    ends.receiveSlot = e.slot;
    ends.receivedNs = e.tNs;
    if (ends.sendSlot >= 0)
        pair(ends, e.producer, e.seq, paired);
}

void TimelineModel::pair(const Ends &ends, int producer, quint64 seq, bool receiveMoved)
{
    const TimelineMessage m{producer, seq, ends.sendSlot, ends.receiveSlot, double(ends.sentNs) / 1e9,
                            double(ends.receivedNs) / 1e9};
    m_longestFlightS = std::max(m_longestFlightS, m.receivedS - m.sentS);
    const auto before = [](const TimelineMessage &a, const TimelineMessage &b) {
        return a.sentS != b.sentS ? a.sentS < b.sentS : a.receivedS < b.receivedS;
    };
    if (receiveMoved) { // an earlier receive read after a later one: the message moves there
        const auto same = std::find_if(m_messages.begin(), m_messages.end(), [&](const TimelineMessage &x) {
            return x.producer == producer && x.seq == seq;
        });
        if (same != m_messages.end())
            m_messages.erase(same);
    }
    // Almost always the newest: found from the end.
    auto at = m_messages.end();
    while (at != m_messages.begin() && before(m, *(at - 1)))
        --at;
    m_messages.insert(at, m);
}

void TimelineModel::addGap(int lane, const TimelineGap &gap)
{
    TimelineLane &l = m_lanes[lane];
    l.gaps.append(gap);
    for (auto iv = l.intervals.rbegin(); iv != l.intervals.rend() && iv->endS > gap.fromS; ++iv)
        iv->eventsMissing = iv->eventsMissing || iv->startS < gap.toS;
}

void TimelineModel::touch(TimelineLane &lane, TimelineInterval &interval) const
{
    // The gaps are in time order: only the last ones can reach an interval
    // this recent.
    interval.eventsMissing = false;
    for (auto g = lane.gaps.crbegin(); g != lane.gaps.crend() && g->toS > interval.startS; ++g)
        if (g->fromS < interval.endS) {
            interval.eventsMissing = true;
            return;
        }
}

} // namespace ipcscope
