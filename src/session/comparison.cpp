#include "comparison.h"

#include "formatter.h"
#include "machineinfo.h"
#include "mechanismfacts.h"

#include <QCoreApplication>
#include <QThread>

namespace ipcscope {

namespace {

constexpr double kWarmUpS = 0.1;
// While a stream runs, where the workers sleep is sampled this often: a few
// reads of /proc for two processes, nothing beside the messages themselves.
constexpr int kStreamPollMs = 50;

// This file's texts, under one translation context.
struct ComparisonText {
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

// The call a side was most often asleep in, from its "op|object" tally.
void mostFrequent(const QHash<QString, int> &tally, Blocking::Side &side)
{
    int best = 0;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        if (it.value() > best) {
            best = it.value();
            side.op = Op(it.key().section(QLatin1Char('|'), 0, 0).toInt());
            side.object = it.key().section(QLatin1Char('|'), 1);
        }
}

} // namespace

Comparison::Comparison(const ComparePlan &plan, QObject *parent) : QObject(parent), m_plan(plan) {}

Comparison::~Comparison()
{
    m_run.reset(); // kills and cleans up a run still going
}

bool Comparison::start(QString *error)
{
    const QString problem = m_plan.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_points = comparePoints(m_plan);
    m_rows.clear();
    m_steps.clear();
    m_complexity.clear();
    for (int p = 0; p < m_points.size(); ++p) {
        m_steps.append({p, Stage::WarmUp});
        for (int r = 0; r < m_plan.repeat; ++r) {
            m_steps.append({p, Stage::Stream});
            if (m_points[p].isPair()) // a ping-pong is one message between two
                m_steps.append({p, Stage::PingPong});
        }
        // Counted once per mechanism, before anything is measured.
        const ComparePoint &point = m_points[p];
        if (!m_complexity.contains(point.mechanism))
            m_complexity.insert(point.mechanism, measureComplexity(point.mechanism, point.size));
    }
    m_machine = describeMachine();
    m_machine.insert(QStringLiteral("pinned"), m_plan.pin && QThread::idealThreadCount() >= 2);
    m_machine.insert(QStringLiteral("sched"), QLatin1String(schedPolicyName(Scenario().sched)));
    m_limits = SystemLimits::read(Scenario().ringSlots);
    m_nextStep = 0;
    m_cancelled = false;
    m_running = true;
    m_clock.start();
    QMetaObject::invokeMethod(this, &Comparison::next, Qt::QueuedConnection);
    return true;
}

CompareResults Comparison::results() const
{
    CompareResults r;
    r.machine = m_machine;
    r.plan = m_plan;
    r.limits = m_limits;
    r.rows = m_rows;
    return r;
}

void Comparison::cancel()
{
    if (m_cancelled || !m_running)
        return;
    m_cancelled = true;
    if (m_run)
        m_run->kill(); // its finished() ends the comparison
}

Scenario Comparison::scenarioFor(const Step &step) const
{
    const ComparePoint &point = m_points[step.point];
    Scenario s;
    s.mechanism = point.mechanism;
    if (point.size)
        s.size = point.size;
    s.producers = point.producers;
    s.consumers = point.consumers;
    s.rate = 0;
    s.count = 0;
    s.cpus = m_plan.pin ? CpuPlacement::Split : CpuPlacement::Free;
    s.pingPong = step.stage == Stage::PingPong;
    s.durationS = step.stage == Stage::WarmUp     ? kWarmUpS
                  : step.stage == Stage::PingPong ? m_plan.secondsPerRun / 2
                                                  : m_plan.secondsPerRun;
    return s;
}

void Comparison::next()
{
    m_run.reset();
    if (m_cancelled || m_nextStep >= m_steps.size()) {
        m_nextStep = int(m_steps.size()) + 1;
        m_running = false;
        emit finished(m_cancelled);
        return;
    }
    const Step step = m_steps[m_nextStep++];
    const ComparePoint &point = m_points[step.point];
    const double done = double(m_nextStep - 1) / double(m_steps.size());
    const double left = done > 0 ? double(m_clock.elapsed()) / 1000.0 * (1 - done) / done : -1;
    const QString stage = step.stage == Stage::WarmUp   ? ComparisonText::tr("warm-up")
                          : step.stage == Stage::Stream ? ComparisonText::tr("stream")
                                                        : ComparisonText::tr("ping-pong");
    QString what = point.mechanism;
    if (!point.isSignal())
        what += QStringLiteral(", ") + Formatter::size(point.size);
    if (!point.isPair())
        what += QStringLiteral(", ") + point.workers();
    emit progress(step.point, int(m_points.size()), QStringLiteral("%1 — %2").arg(what, stage), left);
    m_run = std::make_unique<Run>(scenarioFor(step));
    if (step.stage == Stage::Stream) {
        // Where the workers sleep, from their telemetry and /proc.
        m_run->setPollInterval(kStreamPollMs);
        m_run->setWatchProcesses(true);
        connect(m_run.get(), &Run::sampled, this, &Comparison::tallyBlocking);
    } else {
        m_run->setPollInterval(100);
    }
    connect(m_run.get(), &Run::finished, this, [this, step] {
        collect(step, m_run->result());
        const bool lastOfPoint = m_nextStep >= m_steps.size() || m_steps[m_nextStep].point != step.point;
        if (lastOfPoint && !m_cancelled)
            finishRow(step.point);
        // Not from inside the run's own signal: the run is deleted in next().
        QMetaObject::invokeMethod(this, &Comparison::next, Qt::QueuedConnection);
    });
    if (!m_run->start()) {
        m_samples.error = m_run->error();
        if (m_nextStep >= m_steps.size() || m_steps[m_nextStep].point != step.point)
            finishRow(step.point);
        QMetaObject::invokeMethod(this, &Comparison::next, Qt::QueuedConnection);
    }
}

void Comparison::tallyBlocking()
{
    const RunSnapshot &snap = m_run->snapshot();
    if (!snap.started)
        return;
    for (const WorkerSnapshot &w : snap.workers) {
        const WorkerState state = w.state.state;
        // Only while it streams: not before the go, not after its last message.
        if (w.exited || (state != WorkerState::Running && state != WorkerState::InCall &&
                         state != WorkerState::Critical))
            continue;
        const bool producer = w.role == Role::Producer;
        Blocking::Side &side = producer ? m_samples.blocking.send : m_samples.blocking.receive;
        ++side.samples;
        if (!w.blocked)
            continue;
        ++side.blocked;
        const std::vector<std::string> &names = m_run->mechanism()->info().syncObjects;
        const QString object = w.state.op != Op::Send && w.state.op != Op::Receive && w.state.object < names.size()
                                   ? QString::fromStdString(names[w.state.object])
                                   : QString();
        ++(producer ? m_samples.sendWhere : m_samples.receiveWhere)[QStringLiteral("%1|%2").arg(int(w.state.op)).arg(object)];
    }
}

void Comparison::collect(const Step &step, const RunResult &r)
{
    if (step.stage == Stage::WarmUp || m_cancelled)
        return;
    if (!r.ok) {
        m_samples.error = r.error;
        return;
    }
    if (step.stage == Stage::PingPong) {
        if (r.latencyP50Us)
            m_samples.p50 << *r.latencyP50Us;
        if (r.latencyP99Us)
            m_samples.p99 << *r.latencyP99Us;
        return;
    }
    m_samples.mbPerS << r.mbPerS;
    m_samples.msgsPerS << r.msgsPerS;
    m_samples.lost << double(r.lost);
    if (r.latencyP50Us)
        m_samples.oneWay << *r.latencyP50Us;
    double cpu = 0;
    double ctxt = 0;
    for (const WorkerSnapshot &w : r.workers) {
        cpu += w.cpuS;
        ctxt += double(w.voluntaryCtxt + w.involuntaryCtxt);
    }
    if (r.messages > 0) {
        m_samples.cpu << cpu * 1e6 / double(r.messages);
        m_samples.ctxt << ctxt / double(r.messages);
    }
}

void Comparison::finishRow(int point)
{
    CompareRow row;
    row.point = m_points[point];
    row.repetitions = int(m_samples.mbPerS.size());
    row.mbPerS = spreadOf(m_samples.mbPerS);
    row.msgsPerS = spreadOf(m_samples.msgsPerS);
    row.rttP50Us = spreadOf(m_samples.p50);
    row.rttP99Us = spreadOf(m_samples.p99);
    row.oneWayP50Us = spreadOf(m_samples.oneWay);
    row.cpuUsPerMsg = spreadOf(m_samples.cpu);
    row.ctxtPerMsg = spreadOf(m_samples.ctxt);
    row.lost = spreadOf(m_samples.lost);
    row.error = m_samples.error;
    row.complexity = m_complexity.value(row.point.mechanism);
    row.blocking = m_samples.blocking;
    mostFrequent(m_samples.sendWhere, row.blocking.send);
    mostFrequent(m_samples.receiveWhere, row.blocking.receive);
    m_samples = Samples();
    m_rows.append(row);
    emit rowReady(int(m_rows.size()) - 1);
}

} // namespace ipcscope
