#include "scenario.h"

#include "enginetext.h"

#include "engine/message.h"

#include <QCoreApplication>
#include <QThread>

#include <unistd.h>

#include <cmath>
#include <limits>

namespace ipcscope {

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
    const int cpus = QThread::idealThreadCount();
    if (!pinCpus || cpus < 2)
        return -1;
    // Producers on even CPUs, consumers on odd ones: a pair never shares one.
    return (2 * index + (role == Role::Consumer ? 1 : 0)) % cpus;
}

QVector<ScenarioProblem> Scenario::problems() const
{
    using Field = ScenarioProblem::Field;
    QVector<ScenarioProblem> out;
    const Mechanism *m = findMechanism();
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
    if (durationS < 0)
        out.append({Field::Amount, tr("the duration cannot be negative (%1 s)").arg(durationS)});
    else if (!std::isfinite(durationS) || durationS > kMaxDurationS)
        out.append({Field::Amount, tr("the duration is at most %1 s (got %2)").arg(kMaxDurationS).arg(durationS)});
    if (rate < 0)
        out.append({Field::Rate, tr("the rate cannot be negative (%1 messages/s)").arg(rate)});
    else if (!std::isfinite(rate) || rate > kMaxRate)
        out.append({Field::Rate, tr("the rate is at most %1 messages/s (got %2)").arg(kMaxRate).arg(rate)});
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
    const auto numberIn = [&](const QJsonObject &in, const char *key, auto &field) {
        const QJsonValue v = in.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble()) {
            if (error && error->isEmpty())
                *error = tr("'%1' must be a number").arg(QLatin1String(key));
            return;
        }
        // A value no field can hold is refused rather than converted wildly.
        const double value = v.toDouble();
        using Field = std::remove_reference_t<decltype(field)>;
        if (!std::isfinite(value) || value < double(std::numeric_limits<Field>::lowest()) ||
            value > double(std::numeric_limits<Field>::max())) {
            if (error && error->isEmpty())
                *error = tr("'%1' is out of range").arg(QLatin1String(key));
            return;
        }
        field = static_cast<Field>(value);
    };
    const auto number = [&](const char *key, auto &field) { numberIn(o, key, field); };
    if (o.contains(QStringLiteral("mechanism")))
        s.mechanism = o.value(QStringLiteral("mechanism")).toString();
    number("producers", s.producers);
    number("consumers", s.consumers);
    number("size", s.size);
    number("count", s.count);
    number("duration", s.durationS);
    number("rate", s.rate);
    number("slots", s.ringSlots);
    if (o.contains(QStringLiteral("payload")))
        s.payload = o.value(QStringLiteral("payload")).toString();
    s.untilStopped = o.value(QStringLiteral("until_stopped")).toBool();
    s.pingPong = o.value(QStringLiteral("pattern")).toString() == QLatin1String("ping-pong");
    if (s.durationS > 0 && !o.contains(QStringLiteral("count")))
        s.count = 0;
    const QJsonObject t = o.value(QStringLiteral("tweaks")).toObject();
    numberIn(t, "consumer_rate", s.tweaks.consumerRate);
    numberIn(t, "consumer_stops_after", s.tweaks.stopAfter);
    numberIn(t, "pipe_capacity", s.tweaks.pipeCapacity);
    s.tweaks.ignoreSigpipe = t.value(QStringLiteral("ignore_sigpipe")).toBool();
    s.tweaks.allowTornWrites = t.value(QStringLiteral("allow_torn_writes")).toBool();
    return s;
}

} // namespace ipcscope
