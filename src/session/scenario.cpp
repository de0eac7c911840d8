#include "scenario.h"

#include "engine/preflight.h"

#include "enginetext.h"
#include "fault.h"

#include "engine/limits.h"
#include "engine/message.h"
#include "engine/telemetry.h"

#include <QCoreApplication>
#include <QThread>

#include <unistd.h>

#include <cmath>
#include <type_traits>

namespace ipcscope {

namespace {
// A number as a person wrote it: 2000000000 rather than 2e+09, 0.6, 1e+308.
QString exact(double value)
{
    return QString::number(value, 'g', 15);
}
} // namespace

const Mechanism *Scenario::findMechanism() const
{
    return ipcscope::findMechanism(mechanism.toStdString());
}

Shape Scenario::shape() const
{
    const Mechanism *m = findMechanism();
    Shape s;
    s.producers = producers;
    s.consumers = consumers;
    s.size = uint32_t(m && !m->info().takesSize ? int(kHeaderSize) : std::max(size, 0));
    s.ringSlots = uint32_t(std::max(ringSlots, 0));
    s.allowTornWrites = tweaks.allowTornWrites;
    return s;
}

int Scenario::cpuFor(Role role, int index) const
{
    if (this->cpus == CpuPlacement::Same)
        return 0;
    const int cpus = QThread::idealThreadCount();
    if (this->cpus == CpuPlacement::Free || cpus < 2)
        return -1;
    // Producers on even CPUs, consumers on odd ones: a pair never shares one.
    return (2 * index + (role == Role::Consumer ? 1 : 0)) % cpus;
}

QVector<ScenarioProblem> Scenario::problems() const
{
    using Field = ScenarioProblem::Field;
    QVector<ScenarioProblem> out;
    const Mechanism *m = findMechanism();
    if (mechanism.size() > kMaxMechanismId) {
        out.append({Field::Mechanism, tr("a mechanism id is at most %1 characters").arg(kMaxMechanismId)});
        return out;
    }
    if (!m) {
        QStringList ids;
        for (const Mechanism *each : allMechanisms())
            ids << QString::fromStdString(each->info().id);
        out.append({Field::Mechanism,
                    tr("unknown mechanism '%1' (one of: %2)").arg(mechanism, ids.join(QStringLiteral(", ")))});
        return out;
    }
    if (size < 0)
        out.append({Field::Size, tr("the message size cannot be negative (%1 B)").arg(size)});
    if (byCount() && count < 1)
        out.append({Field::Amount, tr("the count must be at least 1 message per producer (got %1)").arg(count)});
    else if (byCount() && count > kMaxCount)
        out.append(
            {Field::Amount, tr("the count is at most %1 messages per producer (got %2)").arg(kMaxCount).arg(count)});
    if (durationS < 0)
        out.append({Field::Amount, tr("the duration cannot be negative (%1 s)").arg(durationS)});
    else if (!std::isfinite(durationS) || durationS > kMaxDurationS)
        out.append(
            {Field::Amount, tr("the duration is at most %1 s (got %2)").arg(exact(kMaxDurationS), exact(durationS))});
    if (rate < 0)
        out.append({Field::Rate, tr("the rate cannot be negative (%1 messages/s)").arg(rate)});
    else if (!std::isfinite(rate) || rate > kMaxRate)
        out.append({Field::Rate, tr("the rate is at most %1 messages/s (got %2)").arg(exact(kMaxRate), exact(rate))});
    // The counts themselves are the engine's to judge (shapeRefusals, below).
    if (pingPong && (producers != 1 || consumers != 1))
        out.append(
            {producers != 1 ? Field::Producers : Field::Consumers,
             tr("a ping-pong runs one producer and one consumer (got %1 and %2)").arg(producers).arg(consumers)});
    if (payload.size() > kMaxPayloadText)
        out.append({Field::Payload, tr("the payload text is limited to %1 characters").arg(kMaxPayloadText)});
    // F_SETPIPE_SZ beyond pipe-max-size needs CAP_SYS_RESOURCE (root).
    if (tweaks.pipeCapacity > 0 && geteuid() != 0) {
        const Limit max = pipeMaxSizeLimit();
        if (uint64_t(tweaks.pipeCapacity) > max.value)
            out.append({Field::Other, tr("a pipe capacity of %1 B is over the limit: %2; only root may set more")
                                          .arg(tweaks.pipeCapacity)
                                          .arg(translated(formatLimit(max)))});
    }
    if (semUndo && m->footprint(shape()).sysvSemaphoreSets == 0)
        out.append({Field::Other, tr("sem_undo applies to a System V semaphore set's locks, and %1 has none")
                                      .arg(mechanism)});
    if (faults.size() > kMaxFaultScript)
        out.append({Field::Other, tr("the fault script is longer than %1 characters").arg(kMaxFaultScript)});
    else if (!faults.trimmed().isEmpty()) {
        QString error;
        const QVector<Fault> parsed = parseFaultScript(faults, &error);
        // A worker the script adds may be named by the steps after it.
        Shape running = shape();
        for (const Fault &f : parsed) {
            if (error.isEmpty())
                error = f.refusal(*m, running, pingPong);
            if (f.verb == Fault::Verb::Add)
                ++(f.addedRole() == Role::Producer ? running.producers : running.consumers);
        }
        if (!error.isEmpty())
            out.append({Field::Other, error});
    }
    if (size >= 0) {
        for (const Refusal &r : shapeRefusals(*m, shape())) {
            const Field field = r.field == Refusal::Field::Producers   ? Field::Producers
                                : r.field == Refusal::Field::Consumers ? Field::Consumers
                                : r.field == Refusal::Field::Size      ? Field::Size
                                : r.field == Refusal::Field::RingSlots ? Field::RingSlots
                                                                       : Field::Other;
            out.append({field, translated(r.text)});
        }
    }
    // What this machine grants now, checked once the scenario itself holds.
    if (out.isEmpty())
        for (const Refusal &r : preflightRefusals(*m, {shape(), pingPong ? 2 : 1}))
            out.append({r.field == Refusal::Field::Size ? Field::Size : Field::Other, translated(r.text)});
    return out;
}

QString Scenario::validate() const
{
    const QVector<ScenarioProblem> all = problems();
    if (all.isEmpty())
        return {};
    if (all.first().field == ScenarioProblem::Field::Mechanism)
        return all.first().message;
    return mechanism + QStringLiteral(": ") + all.first().message;
}

WorkerCommand Scenario::workerCommand(Role role, int index) const
{
    WorkerCommand c;
    c.mechanism = mechanism.toStdString();
    c.role = role;
    c.index = index;
    c.shape = shape();
    c.count = untilStopped ? 0 : byDuration() ? 0 : uint64_t(count);
    c.durationS = byDuration() ? durationS : 0;
    c.payload = payload.toStdString();
    c.live = telemetry;
    c.pingPong = pingPong;
    c.sched = sched;
    if (role == Role::Consumer) {
        c.consumerRate = tweaks.consumerRate;
        c.stopAfter = tweaks.stopAfter;
    } else {
        c.ignoreSigpipe = tweaks.ignoreSigpipe;
    }
    return c;
}

QJsonObject Scenario::toJson() const
{
    QJsonObject o{{QStringLiteral("mechanism"), mechanism}, {QStringLiteral("producers"), producers},
                  {QStringLiteral("consumers"), consumers}, {QStringLiteral("size"), size},
                  {QStringLiteral("rate"), rate},           {QStringLiteral("slots"), ringSlots}};
    if (untilStopped)
        o.insert(QStringLiteral("until_stopped"), true);
    else if (byDuration())
        o.insert(QStringLiteral("duration"), durationS);
    else
        o.insert(QStringLiteral("count"), count);
    if (!payload.isEmpty())
        o.insert(QStringLiteral("payload"), payload);
    if (pingPong)
        o.insert(QStringLiteral("pattern"), QStringLiteral("ping-pong"));
    if (semUndo)
        o.insert(QStringLiteral("sem_undo"), true);
    if (sched != SchedPolicy::Batch)
        o.insert(QStringLiteral("sched"), QLatin1String(schedPolicyName(sched)));
    if (!faults.isEmpty())
        o.insert(QStringLiteral("faults"), faults);
    // The lessons' changes to the workers, only where there are any.
    QJsonObject t;
    if (tweaks.consumerRate > 0)
        t.insert(QStringLiteral("consumer_rate"), tweaks.consumerRate);
    if (tweaks.stopAfter > 0)
        t.insert(QStringLiteral("consumer_stops_after"), qint64(tweaks.stopAfter));
    if (tweaks.ignoreSigpipe)
        t.insert(QStringLiteral("ignore_sigpipe"), true);
    if (tweaks.allowTornWrites)
        t.insert(QStringLiteral("allow_torn_writes"), true);
    if (tweaks.pipeCapacity > 0)
        t.insert(QStringLiteral("pipe_capacity"), tweaks.pipeCapacity);
    if (!t.isEmpty())
        o.insert(QStringLiteral("tweaks"), t);
    return o;
}

Scenario Scenario::fromJson(const QJsonObject &o, QString *error)
{
    Scenario s;
    QString problem; // the first one only: one line says what to fix
    const auto refuse = [&problem](const QString &why) {
        if (problem.isEmpty())
            problem = why;
    };
    const auto number = [&](const QJsonObject &in, const QString &key, auto &field, double min, double max) {
        using Field = std::remove_reference_t<decltype(field)>;
        const QJsonValue v = in.value(key.section(QLatin1Char('.'), -1));
        if (v.isUndefined())
            return;
        if (!v.isDouble())
            return refuse(tr("'%1' must be a number").arg(key));
        const double value = v.toDouble();
        if (std::is_integral_v<Field> && value != std::trunc(value))
            return refuse(tr("'%1' must be a whole number (got %2)").arg(key, exact(value)));
        if (!(value >= min && value <= max))
            return refuse(tr("'%1' is outside %2..%3 (got %4)").arg(key, exact(min), exact(max), exact(value)));
        field = static_cast<Field>(value);
    };
    // Bounded: a megabyte of title or payload would freeze the window that shows it.
    const auto text = [&](const QJsonObject &in, const QString &key, QString &field, qsizetype max) {
        const QJsonValue v = in.value(key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return refuse(tr("'%1' must be text").arg(key));
        if (v.toString().size() > max)
            return refuse(tr("'%1' is longer than %2 characters").arg(key).arg(max));
        field = v.toString();
    };
    const auto flag = [&](const QJsonObject &in, const QString &key, bool &field) {
        const QJsonValue v = in.value(key.section(QLatin1Char('.'), -1));
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return refuse(tr("'%1' must be true or false").arg(key));
        field = v.toBool();
    };
    text(o, QStringLiteral("mechanism"), s.mechanism, kMaxMechanismId);
    number(o, QStringLiteral("producers"), s.producers, 1, kMaxProducers);
    number(o, QStringLiteral("consumers"), s.consumers, 1, kMaxConsumers);
    number(o, QStringLiteral("size"), s.size, 0, double(kMaxMessageSize));
    number(o, QStringLiteral("count"), s.count, 0, double(kMaxCount));
    number(o, QStringLiteral("duration"), s.durationS, 0, kMaxDurationS);
    number(o, QStringLiteral("rate"), s.rate, 0, kMaxRate);
    number(o, QStringLiteral("slots"), s.ringSlots, 1, kMaxRingSlots);
    text(o, QStringLiteral("payload"), s.payload, kMaxPayloadText);
    flag(o, QStringLiteral("until_stopped"), s.untilStopped);
    flag(o, QStringLiteral("sem_undo"), s.semUndo);
    text(o, QStringLiteral("faults"), s.faults, kMaxFaultScript);
    QString pattern;
    text(o, QStringLiteral("pattern"), pattern, 16);
    if (!pattern.isEmpty() && pattern != QLatin1String("one-way") && pattern != QLatin1String("ping-pong"))
        refuse(tr("'pattern' must be \"one-way\" or \"ping-pong\""));
    s.pingPong = pattern == QLatin1String("ping-pong");
    QString sched;
    text(o, QStringLiteral("sched"), sched, 16);
    if (!sched.isEmpty() && !parseSchedPolicy(sched.toStdString(), s.sched))
        refuse(tr("'sched' must be \"batch\" or \"normal\""));
    if (s.durationS > 0 && !o.contains(QStringLiteral("count")))
        s.count = 0;
    const QJsonValue tweaks = o.value(QStringLiteral("tweaks"));
    if (!tweaks.isUndefined() && !tweaks.isObject())
        refuse(tr("'%1' must be an object").arg(QStringLiteral("tweaks")));
    const QJsonObject t = tweaks.toObject();
    number(t, QStringLiteral("tweaks.consumer_rate"), s.tweaks.consumerRate, 0, kMaxRate);
    number(t, QStringLiteral("tweaks.consumer_stops_after"), s.tweaks.stopAfter, 0, double(kMaxCount));
    number(t, QStringLiteral("tweaks.pipe_capacity"), s.tweaks.pipeCapacity, 0, kMaxPipeCapacity);
    flag(t, QStringLiteral("tweaks.ignore_sigpipe"), s.tweaks.ignoreSigpipe);
    flag(t, QStringLiteral("tweaks.allow_torn_writes"), s.tweaks.allowTornWrites);
    if (error)
        *error = problem;
    return s;
}

} // namespace ipcscope
