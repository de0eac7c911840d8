#include "runtypes.h"

#include "runrules.h"
#include "scenemodel.h"

#include "engine/faultcalls.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace ipcscope {

namespace {

// The workers' states as words, under one translation context.
struct WorkerStateText {
    Q_DECLARE_TR_FUNCTIONS(WorkerState)
};

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue(QJsonValue::Null);
}

double rounded(double v, int digits)
{
    const double scale = std::pow(10.0, digits);
    return std::round(v * scale) / scale;
}

} // namespace

qint64 RunSnapshot::reading(const QString &object, const QString &field, qint64 otherwise) const
{
    for (const KernelReading &k : kernel)
        if (k.object == object && k.field == field)
            return k.value;
    return otherwise;
}

int RunSnapshot::slotOf(const QString &name) const
{
    for (const WorkerSnapshot &w : workers)
        if (w.name() == name)
            return w.slot;
    return -1;
}

QString WorkerSnapshot::name() const
{
    return QStringLiteral("%1%2").arg(role == Role::Producer ? QLatin1Char('P') : QLatin1Char('C')).arg(index + 1);
}

QString opName(Op op)
{
    switch (op) {
    case Op::None:
        return {};
    case Op::Send:
        //: The operation a worker is in, shown as "blocked in %1", "paused before %1"
        return WorkerStateText::tr("send");
    case Op::Receive:
        //: The operation a worker is in, shown as "blocked in %1", "paused before %1"
        return WorkerStateText::tr("receive");
    case Op::SemP:
        return QStringLiteral("P");
    case Op::SemV:
        return QStringLiteral("V");
    case Op::Lock:
        //: The operation a worker is in, shown as "blocked in %1", "paused before %1"
        return WorkerStateText::tr("lock");
    case Op::Unlock:
        //: The operation a worker is in, shown as "blocked in %1", "paused before %1"
        return WorkerStateText::tr("unlock");
    case Op::CondWait:
        //: The operation a worker is in, shown as "blocked in %1", "paused before %1"
        return WorkerStateText::tr("wait");
    case Op::Copy:
        //: The operation a worker is in: the copy into or out of a ring slot
        return WorkerStateText::tr("copy");
    case Op::Advance:
        //: The operation a worker is in: moving the ring's head or tail on
        return WorkerStateText::tr("advance");
    case Op::CondSignal:
        //: The operation a worker is in, shown as "blocked in %1", "paused before %1"
        return WorkerStateText::tr("signal");
    }
    return {};
}

QJsonObject RunResult::toJson(bool withSeries, bool withKernel) const
{
    QJsonArray workerArray;
    for (const WorkerSnapshot &w : workers) {
        workerArray.append(QJsonObject{
            {QStringLiteral("name"), w.name()},
            {QStringLiteral("pid"), w.pid},
            {QStringLiteral("role"),
             w.role == Role::Producer ? QStringLiteral("producer") : QStringLiteral("consumer")},
            {QStringLiteral("messages"), qint64(w.messages)},
            {QStringLiteral("bytes"), qint64(w.bytes)},
            {QStringLiteral("cpu_s"), rounded(w.cpuS, 4)},
            {QStringLiteral("voluntary_ctxt"), w.voluntaryCtxt},
            {QStringLiteral("involuntary_ctxt"), w.involuntaryCtxt},
            {QStringLiteral("sched_policy"), // as /proc said while it ran; null where unwatched
             w.schedPolicy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(w.schedPolicy)},
            {QStringLiteral("exit"), w.exitCode},
            {QStringLiteral("signal"),
             w.exitSignal.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(w.exitSignal)},
            {QStringLiteral("errno"), w.state.state == WorkerState::Failed && w.error
                                          ? QJsonValue(QString::fromStdString(errnoName(w.error)))
                                          : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("owner_dead"), qint64(w.ownerDead)},
        });
    }
    QJsonObject o{
        {QStringLiteral("mechanism"), scenario.mechanism},
        {QStringLiteral("size"), scenario.findMechanism() && !scenario.findMechanism()->info().takesSize
                                     ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(scenario.size)},
        {QStringLiteral("producers"), scenario.producers},
        {QStringLiteral("consumers"), scenario.consumers},
        {QStringLiteral("sched"), QLatin1String(schedPolicyName(scenario.sched))},
        {QStringLiteral("rate"), scenario.rate},
        {QStringLiteral("sent"), qint64(sent)},
        {QStringLiteral("messages"), qint64(messages)},
        {QStringLiteral("bytes"), qint64(bytes)},
        {QStringLiteral("seconds"), rounded(seconds, 6)},
        {QStringLiteral("mb_per_s"), rounded(mbPerS, 3)},
        {QStringLiteral("msgs_per_s"), rounded(msgsPerS, 1)},
        {QStringLiteral("latency_us"), QJsonObject{{QStringLiteral("p50"), optionalNumber(latencyP50Us)},
                                                   {QStringLiteral("p99"), optionalNumber(latencyP99Us)},
                                                   {QStringLiteral("max"), optionalNumber(latencyMaxUs)}}},
        {QStringLiteral("lost"), qint64(lost)},
        {QStringLiteral("duplicated"), qint64(duplicated)},
        {QStringLiteral("reordered"), qint64(reordered)},
        {QStringLiteral("corrupted"), qint64(corrupted)},
        {QStringLiteral("strangers_refused"), qint64(strangers)},
        {QStringLiteral("foreign_refused"), qint64(foreign)},
        {QStringLiteral("values_ignored"), qint64(untrusted)},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("stopped"), stopped},
        {QStringLiteral("pattern"), scenario.pingPong ? QStringLiteral("ping-pong") : QStringLiteral("stream")},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
        {QStringLiteral("workers"), workerArray},
    };
    if (scenario.pingPong)
        o.insert(QStringLiteral("round_trips"), qint64(roundTrips));
    o.insert(QStringLiteral("swept"), QJsonArray::fromStringList(swept));
    // `ok` is whether ipcscope did what was asked; the phase, how the run
    // ended, as its scene's last picture says (endedPhase), and why it failed.
    o.insert(QStringLiteral("phase"), phaseName(endedPhase(*this)));
    if (const QString because = failedBecause(*this); !because.isEmpty())
        o.insert(QStringLiteral("failed_because"), because);
    if (!faults.isEmpty()) {
        QJsonArray made;
        for (const FaultRecord &f : faults)
            made.append(f.toJson());
        o.insert(QStringLiteral("faults"), made);
        o.insert(QStringLiteral("faults_caused"), QJsonArray::fromStringList(faultsCaused));
        QJsonObject endings;
        for (auto it = faultEndings.cbegin(); it != faultEndings.cend(); ++it)
            endings.insert(it.key(), it.value());
        o.insert(QStringLiteral("fault_endings"), endings);
    }
    if (withSeries) {
        QJsonArray points;
        for (const SeriesPoint &p : series) {
            QJsonArray perWorker;
            for (const SeriesPoint::Worker &w : p.workers)
                perWorker.append(QJsonObject{{QStringLiteral("name"), w.name},
                                             {QStringLiteral("msgs_per_s"), rounded(w.msgsPerS, 1)},
                                             {QStringLiteral("mb_per_s"), rounded(w.mbPerS, 3)}});
            points.append(QJsonObject{
                {QStringLiteral("t"), rounded(p.tS, 3)},
                {QStringLiteral("msgs_per_s"), rounded(p.msgsPerS, 1)},
                {QStringLiteral("mb_per_s"), rounded(p.mbPerS, 3)},
                {QStringLiteral("latency_us"), QJsonObject{{QStringLiteral("p50"), optionalNumber(p.latencyP50Us)},
                                                           {QStringLiteral("p99"), optionalNumber(p.latencyP99Us)}}},
                {QStringLiteral("workers"), perWorker}});
        }
        o.insert(QStringLiteral("series"), points);
    }
    if (withKernel) {
        QJsonArray samples;
        for (const KernelSample &k : kernel) {
            QJsonObject objects;
            for (const KernelReading &r : k.values) {
                QJsonObject fields = objects.value(r.object).toObject();
                fields.insert(r.field, r.value);
                objects.insert(r.object, fields);
            }
            QJsonObject blocked;
            for (const auto &[name, where] : k.blockedIn)
                blocked.insert(name, where);
            samples.append(QJsonObject{{QStringLiteral("t"), rounded(k.tS, 3)},
                                       {QStringLiteral("objects"), objects},
                                       {QStringLiteral("blocked"), blocked}});
        }
        o.insert(QStringLiteral("kernel"), samples);
    }
    return o;
}

} // namespace ipcscope
