#include "comparison.h"

#include "formatter.h"
#include "machineinfo.h"

#include "engine/message.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

#include <algorithm>

namespace ipcscope {

namespace {

constexpr double kWarmUpS = 0.1;

// This file's texts, under one translation context.
struct ComparisonText {
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

Spread spreadOf(QVector<double> values)
{
    Spread s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.valid = true;
    s.min = values.first();
    s.max = values.last();
    const qsizetype n = values.size();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return s;
}

QJsonValue json(const Spread &s, int decimals)
{
    if (!s.valid)
        return QJsonValue(QJsonValue::Null);
    const auto round = [decimals](double v) {
        double scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        return std::round(v * scale) / scale;
    };
    return QJsonObject{{QStringLiteral("median"), round(s.median)},
                       {QStringLiteral("min"), round(s.min)},
                       {QStringLiteral("max"), round(s.max)}};
}

} // namespace

QString ComparePlan::validate() const
{
    for (const QString &m : mechanisms)
        if (!findMechanism(m.toStdString()))
            return ComparisonText::tr("unknown mechanism '%1'").arg(m);
    if (sizes.isEmpty())
        return ComparisonText::tr("give at least one message size");
    for (int size : sizes)
        if (size < int(kHeaderSize) || size > int(kMaxMessageSize))
            return ComparisonText::tr("a message size of %1 B is outside %2..%3 B")
                .arg(size)
                .arg(kHeaderSize)
                .arg(kMaxMessageSize);
    if (repeat < 1 || repeat > 100)
        return ComparisonText::tr("repetitions must be 1..100 (got %1)").arg(repeat);
    if (secondsPerRun < 0.05 || secondsPerRun > 60)
        return ComparisonText::tr("the time per run must be 0.05..60 s (got %1)").arg(secondsPerRun);
    return {};
}

QList<ComparePoint> comparePoints(const ComparePlan &plan)
{
    QList<ComparePoint> points;
    for (const Mechanism *m : allMechanisms()) {
        const QString id = QString::fromStdString(m->info().id);
        if (!plan.mechanisms.isEmpty() && !plan.mechanisms.contains(id))
            continue;
        if (!m->info().takesSize) {
            points.append({id, 0});
            continue;
        }
        for (int size : plan.sizes) {
            Shape shape;
            shape.size = uint32_t(size);
            if (validateShape(*m, shape).empty())
                points.append({id, size});
        }
    }
    return points;
}

void classifyRows(QVector<CompareRow> &rows)
{
    // Throughput is data moved, judged against the fastest mechanism at the
    // same message size that delivered everything (a race that loses half its
    // messages sets no standard). A signal carries at most its 8-byte value;
    // it is judged against the smallest size measured.
    int smallest = INT_MAX;
    for (const CompareRow &r : rows)
        if (r.point.size > 0)
            smallest = std::min(smallest, r.point.size);
    const auto group = [smallest](const CompareRow &r) { return r.point.size > 0 ? r.point.size : smallest; };
    QMap<int, double> fastest;
    for (const CompareRow &r : rows)
        if (r.mbPerS.valid && r.lost.valid && r.lost.median == 0)
            fastest[group(r)] = std::max(fastest.value(group(r)), r.mbPerS.median);
    for (CompareRow &r : rows) {
        r.lecture = lectureRow(r.point.mechanism);
        r.disagreement.clear();
        if (!r.mbPerS.valid)
            continue;
        const double best = fastest.value(group(r));
        r.shareOfFastest = best > 0 ? r.mbPerS.median / best : 0;
        r.measured = measuredClass(r.mbPerS.median, best);
        if (!r.lecture.throughput.contains(r.measured))
            r.disagreement =
                ComparisonText::tr("the lecture says %1, measured %2: %3 % of the fastest lossless mechanism at %4")
                    .arg(classNames(r.lecture.throughput), className(r.measured))
                    .arg(Formatter::decimal(r.shareOfFastest * 100, r.shareOfFastest < 0.01 ? 2 : 0),
                         Formatter::size(group(r)));
    }
}

QJsonObject compareJson(const QJsonObject &machine, const ComparePlan &plan, const QVector<CompareRow> &rows)
{
    QJsonArray array;
    for (const CompareRow &r : rows) {
        array.append(QJsonObject{
            {QStringLiteral("mechanism"), r.point.mechanism},
            {QStringLiteral("size"), r.point.size ? QJsonValue(r.point.size) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("repetitions"), r.repetitions},
            {QStringLiteral("mb_per_s"),
             r.mbPerS.valid ? QJsonValue(std::round(r.mbPerS.median * 1000) / 1000) : QJsonValue()},
            {QStringLiteral("msgs_per_s"), r.msgsPerS.valid ? QJsonValue(std::round(r.msgsPerS.median)) : QJsonValue()},
            {QStringLiteral("latency_us"),
             QJsonObject{{QStringLiteral("p50"), r.rttP50Us.valid ? QJsonValue(r.rttP50Us.median) : QJsonValue()},
                         {QStringLiteral("p99"), r.rttP99Us.valid ? QJsonValue(r.rttP99Us.median) : QJsonValue()},
                         {QStringLiteral("kind"), QStringLiteral("round trip")}}},
            {QStringLiteral("cpu_us_per_msg"),
             r.cpuUsPerMsg.valid ? QJsonValue(std::round(r.cpuUsPerMsg.median * 1000) / 1000) : QJsonValue()},
            {QStringLiteral("ctxt_per_msg"),
             r.ctxtPerMsg.valid ? QJsonValue(std::round(r.ctxtPerMsg.median * 10000) / 10000) : QJsonValue()},
            {QStringLiteral("lost"), r.lost.valid ? QJsonValue(r.lost.median) : QJsonValue()},
            {QStringLiteral("spread"), QJsonObject{{QStringLiteral("mb_per_s"), json(r.mbPerS, 3)},
                                                   {QStringLiteral("msgs_per_s"), json(r.msgsPerS, 0)},
                                                   {QStringLiteral("latency_p50_us"), json(r.rttP50Us, 1)},
                                                   {QStringLiteral("latency_p99_us"), json(r.rttP99Us, 1)},
                                                   {QStringLiteral("cpu_us_per_msg"), json(r.cpuUsPerMsg, 3)},
                                                   {QStringLiteral("ctxt_per_msg"), json(r.ctxtPerMsg, 4)},
                                                   {QStringLiteral("lost"), json(r.lost, 0)}}},
            {QStringLiteral("lecture"), QJsonObject{{QStringLiteral("row"), r.lecture.kind},
                                                    {QStringLiteral("throughput"), classNames(r.lecture.throughput)},
                                                    {QStringLiteral("complexity"), r.lecture.complexity},
                                                    {QStringLiteral("synchronisation"), r.lecture.synchronisation},
                                                    {QStringLiteral("communication"), r.lecture.communication}}},
            {QStringLiteral("measured_class"), r.mbPerS.valid ? QJsonValue(className(r.measured)) : QJsonValue()},
            {QStringLiteral("disagreement"), r.disagreement.isEmpty() ? QJsonValue() : QJsonValue(r.disagreement)},
            {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)},
        });
    }
    return {{QStringLiteral("machine"), machine},
            {QStringLiteral("plan"), QJsonObject{{QStringLiteral("repeat"), plan.repeat},
                                                 {QStringLiteral("seconds_per_run"), plan.secondsPerRun},
                                                 {QStringLiteral("pinned"), plan.pin}}},
            {QStringLiteral("rows"), array}};
}

QString compareCsv(const QVector<CompareRow> &rows)
{
    QString out = QStringLiteral("mechanism,size,mb_per_s,mb_per_s_min,mb_per_s_max,msgs_per_s,rtt_p50_us,rtt_p99_us,"
                                 "cpu_us_per_msg,ctxt_per_msg,lost,lecture_row,lecture_throughput,complexity,"
                                 "synchronisation,communication,measured_class,disagreement,error\n");
    const auto cell = [](const QString &text) {
        return text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                   ? QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                         QLatin1Char('"')
                   : text;
    };
    const auto num = [](const Spread &s, double Spread::*field, int decimals) {
        return s.valid ? QString::number(s.*field, 'f', decimals) : QString();
    };
    for (const CompareRow &r : rows) {
        const QStringList fields = {
            r.point.mechanism,
            r.point.size ? QString::number(r.point.size) : QString(),
            num(r.mbPerS, &Spread::median, 3),
            num(r.mbPerS, &Spread::min, 3),
            num(r.mbPerS, &Spread::max, 3),
            num(r.msgsPerS, &Spread::median, 0),
            num(r.rttP50Us, &Spread::median, 1),
            num(r.rttP99Us, &Spread::median, 1),
            num(r.cpuUsPerMsg, &Spread::median, 3),
            num(r.ctxtPerMsg, &Spread::median, 4),
            num(r.lost, &Spread::median, 0),
            cell(r.lecture.kind),
            cell(classNames(r.lecture.throughput)),
            cell(r.lecture.complexity),
            cell(r.lecture.synchronisation),
            cell(r.lecture.communication),
            r.mbPerS.valid ? className(r.measured) : QString(),
            cell(r.disagreement),
            cell(r.error),
        };
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

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
    for (int p = 0; p < m_points.size(); ++p) {
        m_steps.append({p, Stage::WarmUp});
        for (int r = 0; r < m_plan.repeat; ++r) {
            m_steps.append({p, Stage::Stream});
            m_steps.append({p, Stage::PingPong});
        }
    }
    m_machine = describeMachine();
    m_machine.insert(QStringLiteral("pinned"), m_plan.pin && QThread::idealThreadCount() >= 2);
    m_nextStep = 0;
    m_cancelled = false;
    m_running = true;
    m_clock.start();
    QMetaObject::invokeMethod(this, &Comparison::next, Qt::QueuedConnection);
    return true;
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
    s.rate = 0;
    s.count = 0;
    s.pinCpus = m_plan.pin;
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
    emit progress(step.point, int(m_points.size()),
                  point.size ? QStringLiteral("%1, %2 — %3").arg(point.mechanism, Formatter::size(point.size), stage)
                             : QStringLiteral("%1 — %2").arg(point.mechanism, stage),
                  left);
    m_run = std::make_unique<Run>(scenarioFor(step));
    m_run->setPollInterval(100);
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
    row.cpuUsPerMsg = spreadOf(m_samples.cpu);
    row.ctxtPerMsg = spreadOf(m_samples.ctxt);
    row.lost = spreadOf(m_samples.lost);
    row.error = m_samples.error;
    m_samples = Samples();
    m_rows.append(row);
    classifyRows(m_rows);
    emit rowReady(int(m_rows.size()) - 1);
}

} // namespace ipcscope
