#include "sidebyside.h"

#include "mechanismcatalog.h"

#include "engine/clock.h"

namespace ipcscope {

SideBySide::SideBySide(QObject *parent) : QObject(parent)
{
    m_slice.setSingleShot(true);
    m_slice.setTimerType(Qt::PreciseTimer);
    connect(&m_slice, &QTimer::timeout, this, &SideBySide::endSlice);
    m_togetherEnd.setSingleShot(true);
    m_togetherEnd.setTimerType(Qt::PreciseTimer);
    connect(&m_togetherEnd, &QTimer::timeout, this, &SideBySide::stop);
    m_beat.setTimerType(Qt::PreciseTimer);
    connect(&m_beat, &QTimer::timeout, this, &SideBySide::beat);
}

SideBySide::~SideBySide()
{
    discard();
}

bool SideBySide::start(const SideBySidePlan &plan, const std::function<void(Run &)> &configure)
{
    discard();
    m_plan = plan;
    m_error = plan.validate();
    if (!m_error.isEmpty())
        return false;
    m_turn = m_handingOff = -1;
    m_beganNs = 0;
    m_stopping = m_finished = m_begun = false;
    m_lanes.resize(plan.mechanisms.size());
    for (int i = 0; i < count(); ++i) {
        Lane &lane = m_lanes[i];
        lane.run = std::make_unique<Run>(plan.scenarioFor(plan.mechanisms[i]));
        Run *run = lane.run.get();
        if (configure)
            configure(*run);
        // Every run starts held: its workers wait at their first call until
        // its turn, or until all are ready to go together.
        // Until then the hold is no pace's: no beat lets a call through, and
        // its scene says paused, as a held run's does (runrules.h).
        run->setPaused(true);
        connect(run, &Run::started, this, [this, i] { onStarted(i); });
        connect(run, &Run::sampled, this, [this, i] { onSampled(i); });
        connect(run, &Run::finished, this, [this, i] { onFinished(i); });
        connect(run, &Run::logLine, this, &SideBySide::logLine);
    }
    for (int i = 0; i < count(); ++i) {
        if (!m_lanes[i].run->start()) {
            m_error = m_lanes[i].run->error();
            discard();
            return false;
        }
    }
    return true;
}

void SideBySide::stop()
{
    if (!isRunning() || m_stopping)
        return;
    m_stopping = true;
    m_slice.stop();
    m_togetherEnd.stop();
    m_beat.stop();
    for (Lane &lane : m_lanes) {
        endOwnTime(lane);
        if (!lane.done)
            lane.run->stop(); // a held worker lets go at once and ends
    }
}

void SideBySide::discard()
{
    m_slice.stop();
    m_togetherEnd.stop();
    m_beat.stop();
    for (Lane &lane : m_lanes)
        if (lane.run)
            lane.run->disconnect(this);
    m_lanes.clear(); // ~Run kills what is left and removes the objects
    m_turn = m_handingOff = -1;
}

bool SideBySide::isRunning() const
{
    return !m_lanes.empty() && !m_finished;
}

bool SideBySide::isWaiting(int i) const
{
    const Lane &lane = m_lanes[i];
    return !m_plan.together && !m_plan.stepped() && lane.started && !lane.done && i != m_turn && !m_stopping;
}

double SideBySide::activeS(int i) const
{
    const Lane &lane = m_lanes[i];
    return lane.activeS + (lane.sinceNs ? double(monotonicNs() - lane.sinceNs) / 1e9 : 0);
}

double SideBySide::msgsPerActiveS(int i) const
{
    const double s = activeS(i);
    return s > 0 ? double(received(i).first) / s : 0;
}

double SideBySide::mbPerActiveS(int i) const
{
    const double s = activeS(i);
    return s > 0 ? double(received(i).second) / s / 1e6 : 0;
}

std::pair<quint64, quint64> SideBySide::received(int i) const
{
    const Run &run = *m_lanes[i].run;
    if (run.phase() == Run::Phase::Finished)
        return {run.result().messages, run.result().bytes};
    std::pair<quint64, quint64> sum{0, 0};
    for (const WorkerSnapshot &w : run.snapshot().workers) {
        if (w.role == Role::Consumer) {
            sum.first += w.messages;
            sum.second += w.bytes;
        }
    }
    return sum;
}

QString SideBySide::name(int i) const
{
    return mechanismText(m_plan.mechanisms[i]).title;
}

void SideBySide::onStarted(int i)
{
    m_lanes[i].started = true;
    beginIfReady();
}

// They begin when all are ready, so that none has a head start.
void SideBySide::beginIfReady()
{
    if (m_begun || m_stopping)
        return;
    for (const Lane &lane : m_lanes)
        if (!lane.started && !lane.done)
            return;
    m_begun = true;
    m_beganNs = monotonicNs();
    if (m_plan.together || m_plan.stepped()) {
        const quint64 now = m_beganNs;
        for (Lane &lane : m_lanes) {
            if (!lane.done) {
                lane.turnNs = lane.sinceNs = now;
                lane.run->setPaused(m_plan.stepped()); // stepped: held, the beat lets the calls through
                // Stepped, the hold is now the pace's, not a user's: its
                // scene says running, as the Live page's stepped run does.
                lane.run->setPaced(m_plan.stepped());
            }
        }
        if (m_plan.stepped()) {
            for (int i = 0; i < count(); ++i)
                noteProgress(i); // nothing yet, at 0 s
            m_beat.start(std::max(1, int(m_plan.callEveryS * 1000 + 0.5)));
        }
        if (m_plan.seconds > 0)
            m_togetherEnd.start(int(m_plan.seconds * 1000));
        emit turnChanged(-1);
        return;
    }
    const int first = nextAfter(-1);
    if (first >= 0)
        giveTurn(first);
}

void SideBySide::giveTurn(int i)
{
    Lane &lane = m_lanes[i];
    m_turn = i;
    lane.turnNs = lane.sinceNs = monotonicNs();
    lane.run->setPaused(false);
    int ms = m_plan.sliceMs;
    if (m_plan.seconds > 0)
        ms = std::min(ms, std::max(1, int((m_plan.seconds - lane.activeS) * 1000 + 0.5)));
    m_slice.start(ms);
    emit turnChanged(i);
}

void SideBySide::beat()
{
    for (int i = 0; i < count(); ++i) {
        Lane &lane = m_lanes[i];
        if (!lane.done && lane.run->phase() == Run::Phase::Running) {
            noteProgress(i); // what the last beat's call came to
            lane.run->step();
        }
    }
}

void SideBySide::noteProgress(int i)
{
    Lane &lane = m_lanes[i];
    if (!m_beganNs || lane.progress.size() >= kMaxTimes)
        return;
    lane.progress.append(QPointF(double(monotonicNs() - m_beganNs) / 1e9, double(received(i).first)));
}

void SideBySide::endSlice()
{
    const int i = m_turn;
    if (i < 0 || m_stopping)
        return;
    Lane &lane = m_lanes[i];
    const bool timeUp = m_plan.seconds > 0 && activeS(i) >= m_plan.seconds - 0.0005;
    if (!timeUp && nextAfter(i) == i) {
        m_slice.start(m_plan.sliceMs); // the only one left keeps the CPUs
        return;
    }
    m_handingOff = i;
    lane.restingPolls = 0;
    lane.lastSignature.clear();
    m_restClock.start();
    if (timeUp) {
        // Its own time is over: it ends in its turn, and the turn with it;
        // the time it takes to end is not its time.
        endOwnTime(lane);
        lane.run->stop();
    } else
        lane.run->setPaused(true);
}

// Paused, a worker stops before its next call; one inside a call finishes
// it (a receive may still take what was sent). At rest: every worker held or
// ended, or none changed — messages and state — over two polls (one asleep
// in the kernel, waiting for a partner who is held).
bool SideBySide::atRest(Lane &lane)
{
    QVector<quint64> signature;
    bool held = true;
    for (const WorkerSnapshot &w : lane.run->snapshot().workers) {
        const WorkerState st = w.state.state;
        signature.append(w.messages * 64 + quint64(st) * 16 + quint64(w.state.op));
        held = held && (w.exited || st == WorkerState::Paused || st == WorkerState::Done || st == WorkerState::Failed);
    }
    lane.restingPolls = signature == lane.lastSignature ? lane.restingPolls + 1 : 0;
    lane.lastSignature = signature;
    return held || lane.restingPolls >= 2;
}

void SideBySide::onSampled(int i)
{
    Lane &lane = m_lanes[i];
    const QVector<RunEvent> events = lane.run->takeEvents();
    // A message's Sent stamp is taken before the call, which Pause may hold:
    // an arrival, or a call returning, is when the run was surely acting.
    for (const RunEvent &e : events)
        if ((e.event.kind == EventKind::Received || e.event.kind == EventKind::OpDone) &&
            lane.eventTimes.size() < kMaxTimes)
            lane.eventTimes.append(e.event.tNs);
    emit sampled(i, events);
    if (m_handingOff != i || lane.done || lane.run->phase() != Run::Phase::Running)
        return;
    if (atRest(lane)) {
        closeTurn(i);
    } else if (m_restClock.elapsed() > kRestTimeoutMs) {
        emit logLine(tr("%1 did not come to rest within %2 s of its pause; the next one goes all the same")
                         .arg(name(i))
                         .arg(kRestTimeoutMs / 1000));
        closeTurn(i);
    }
}

void SideBySide::onFinished(int i)
{
    Lane &lane = m_lanes[i];
    lane.done = true;
    endOwnTime(lane);
    if (m_plan.stepped())
        noteProgress(i); // where it ended
    if ((m_plan.together || m_plan.stepped()) && lane.turnNs) {
        lane.turns.append({lane.turnNs, monotonicNs()});
        lane.turnNs = 0;
    } else if (m_turn == i) {
        closeTurn(i);
    }
    beginIfReady(); // it ended before the others began
    if (allDone() && !m_finished) {
        m_finished = true;
        m_slice.stop();
        m_togetherEnd.stop();
        m_beat.stop();
        emit turnChanged(-1);
        emit finished();
    }
}

void SideBySide::closeTurn(int i)
{
    Lane &lane = m_lanes[i];
    endOwnTime(lane);
    if (lane.turnNs) {
        lane.turns.append({lane.turnNs, monotonicNs()});
        lane.turnNs = 0;
    }
    m_turn = m_handingOff = -1;
    m_slice.stop();
    if (m_stopping || allDone())
        return;
    const int next = nextAfter(i);
    if (next >= 0)
        giveTurn(next);
}

void SideBySide::endOwnTime(Lane &lane)
{
    if (!lane.sinceNs)
        return;
    lane.activeS += double(monotonicNs() - lane.sinceNs) / 1e9;
    lane.sinceNs = 0;
}

// The next run still going after i, round the table (i itself last).
int SideBySide::nextAfter(int i) const
{
    for (int k = 1; k <= count(); ++k) {
        const int j = (i + k + count()) % count();
        if (!m_lanes[j].done && m_lanes[j].started)
            return j;
    }
    return -1;
}

bool SideBySide::allDone() const
{
    for (const Lane &lane : m_lanes)
        if (!lane.done)
            return false;
    return true;
}

} // namespace ipcscope
