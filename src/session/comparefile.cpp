#include "comparefile.h"

#include "latencynote.h"
#include "mechanismfacts.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace ipcscope {

namespace {

using Column = CompareModel::Column;
using Path = QStringList;

struct Field {
    Path path;
    QJsonValue value;
};

constexpr auto kFormat = "ipcscope-compare";

double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

QJsonValue median(const Spread &s, int decimals)
{
    return s.valid ? QJsonValue(rounded(s.median, decimals)) : QJsonValue(QJsonValue::Null);
}

QJsonValue spreadJson(const Spread &s, int decimals)
{
    if (!s.valid)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("median"), rounded(s.median, decimals)},
                       {QStringLiteral("min"), rounded(s.min, decimals)},
                       {QStringLiteral("max"), rounded(s.max, decimals)}};
}

Spread spreadFrom(const QJsonValue &spread, const QJsonValue &median)
{
    if (spread.isObject()) {
        const QJsonObject o = spread.toObject();
        return {true, o.value(QStringLiteral("median")).toDouble(), o.value(QStringLiteral("min")).toDouble(),
                o.value(QStringLiteral("max")).toDouble()};
    }
    if (median.isDouble())
        return {true, median.toDouble(), median.toDouble(), median.toDouble()};
    return {};
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue nonNegative(int v)
{
    return v >= 0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

// The calls a worker sleeps in, by the words of the contract.
const std::pair<Op, const char *> kOps[] = {{Op::Send, "send"},      {Op::Receive, "receive"}, {Op::SemP, "P"},
                                            {Op::SemV, "V"},         {Op::Lock, "lock"},       {Op::Unlock, "unlock"},
                                            {Op::CondWait, "wait"}, {Op::CondSignal, "signal"}};

QJsonValue sideJson(const Blocking::Side &s)
{
    QJsonValue op = QJsonValue::Null;
    for (const auto &[o, key] : kOps)
        if (o == s.op)
            op = QLatin1String(key);
    return QJsonObject{{QStringLiteral("samples"), s.samples},
                       {QStringLiteral("blocked"), s.blocked},
                       {QStringLiteral("share"), rounded(s.share(), 3)},
                       {QStringLiteral("op"), op},
                       {QStringLiteral("object"), text(s.object)}};
}

Blocking::Side sideFrom(const QJsonObject &o)
{
    Blocking::Side s;
    s.samples = o.value(QStringLiteral("samples")).toInt();
    s.blocked = o.value(QStringLiteral("blocked")).toInt();
    for (const auto &[op, key] : kOps)
        if (o.value(QStringLiteral("op")).toString() == QLatin1String(key))
            s.op = op;
    s.object = o.value(QStringLiteral("object")).toString();
    return s;
}

// Each figure's key, decimals and place in a row.
struct Figure {
    Column column;
    const char *key;      // the median's place
    const char *spread;   // under "spread"
    int decimals;
    Spread CompareRow::*field;
};
const Figure kFigures[] = {
    {Column::MbPerSColumn, "mb_per_s", "mb_per_s", 3, &CompareRow::mbPerS},
    {Column::MsgsPerSColumn, "msgs_per_s", "msgs_per_s", 0, &CompareRow::msgsPerS},
    {Column::RttP50Column, "latency_us.p50", "latency_p50_us", 1, &CompareRow::rttP50Us},
    {Column::RttP99Column, "latency_us.p99", "latency_p99_us", 1, &CompareRow::rttP99Us},
    {Column::OneWayP50Column, "one_way_latency_us.p50", "one_way_p50_us", 1, &CompareRow::oneWayP50Us},
    {Column::CpuColumn, "cpu_us_per_msg", "cpu_us_per_msg", 3, &CompareRow::cpuUsPerMsg},
    {Column::CtxtColumn, "ctxt_per_msg", "ctxt_per_msg", 4, &CompareRow::ctxtPerMsg},
    {Column::LostColumn, "lost", "lost", 0, &CompareRow::lost},
};

Path path(const char *dotted)
{
    return QString::fromLatin1(dotted).split(QLatin1Char('.'));
}

QJsonValue at(const QJsonObject &o, const Path &p)
{
    QJsonValue v = o;
    for (const QString &key : p)
        v = v.toObject().value(key);
    return v;
}

void put(QJsonObject &o, const Path &p, const QJsonValue &v)
{
    if (p.size() == 1) {
        o.insert(p.first(), v);
        return;
    }
    QJsonObject inner = o.value(p.first()).toObject();
    put(inner, p.mid(1), v);
    o.insert(p.first(), inner);
}

// What a column contributes to a row of the contract.
QList<Field> fields(Column c, const CompareRow &r, const CompareModel &model)
{
    for (const Figure &f : kFigures)
        if (f.column == c) {
            QList<Field> out = {{path(f.key), median(r.*f.field, f.decimals)},
                                {{QStringLiteral("spread"), QLatin1String(f.spread)}, spreadJson(r.*f.field, f.decimals)}};
            if (c == Column::RttP50Column)
                out.append({path("latency_us.kind"), QStringLiteral("round trip")});
            if (c == Column::OneWayP50Column)
                out.append({path("one_way_latency_us.kind"),
                            QStringLiteral("one-way under a full-speed stream: mostly queueing")});
            return out;
        }
    const ThroughputVerdict &v = r.verdict;
    const LectureRow lecture = lectureRow(r.point.mechanism);
    switch (c) {
    case Column::MechanismColumn:
        return {{path("mechanism"), r.point.mechanism}};
    case Column::WorkersColumn:
        return {{path("producers"), r.point.producers}, {path("consumers"), r.point.consumers}};
    case Column::SizeColumn:
        return {{path("size"), r.point.isSignal() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.point.size)}};
    case Column::VerdictColumn: {
        const int decimals = v.unit == ThroughputVerdict::Unit::MessagesPerS ? 0 : 3;
        const QJsonValue cls = text(classKey(v.cls));
        return {{path("repetitions"), r.repetitions},
                {path("unit"), unitKey(v.unit)},
                {path("class"), cls},
                {path("measured_class"), cls},
                {path("spread.min"), v.figure.valid ? QJsonValue(rounded(v.figure.min, decimals)) : QJsonValue()},
                {path("spread.max"), v.figure.valid ? QJsonValue(rounded(v.figure.max, decimals)) : QJsonValue()},
                {path("share_of_fastest"), spreadJson(v.share, 4)},
                {path("fastest"), v.fastest > 0 ? QJsonValue(QJsonObject{{QStringLiteral("mechanism"), v.fastestMechanism},
                                                                        {QStringLiteral("value"), rounded(v.fastest, decimals)}})
                                                : QJsonValue(QJsonValue::Null)},
                {path("error"), text(r.error)}};
    }
    case Column::LectureColumn:
        return {{path("lecture.row"), lecture.kind}, {path("lecture.throughput"), classNames(lecture.throughput)}};
    case Column::AgreementColumn:
        return {{path("agreement"), v.agreement == ThroughputVerdict::Agreement::Agrees      ? QJsonValue(QStringLiteral("agrees"))
                                    : v.agreement == ThroughputVerdict::Agreement::Disagrees ? QJsonValue(QStringLiteral("disagrees"))
                                                                                   : QJsonValue(QJsonValue::Null)},
                {path("disagreement"), v.agreement == ThroughputVerdict::Agreement::Disagrees
                                           ? QJsonValue(VerdictText::agreement(r))
                                           : QJsonValue(QJsonValue::Null)}};
    case Column::LimitColumn:
        return {{path("limit"), text(model.limitText(r))}};
    case Column::ComplexityColumn:
        return {{path("complexity"), QJsonObject{{QStringLiteral("calls"), nonNegative(r.complexity.calls)},
                                                 {QStringLiteral("lines"), nonNegative(r.complexity.lines)},
                                                 {QStringLiteral("objects"), nonNegative(r.complexity.objects)}}}};
    case Column::SynchronisationColumn: {
        const Synchronisation s = synchronisationOf(r.point.mechanism);
        const char *kind = s.kind == Synchronisation::Kind::None     ? "none"
                           : s.kind == Synchronisation::Kind::Kernel ? "kernel"
                                                                     : "objects";
        return {{path("synchronisation"), QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                                                      {QStringLiteral("objects"), QJsonArray::fromStringList(s.objects)}}}};
    }
    case Column::CommunicationColumn:
        return {{path("blocking"), r.blocking.valid() ? QJsonValue(QJsonObject{{QStringLiteral("send"), sideJson(r.blocking.send)},
                                                                               {QStringLiteral("receive"), sideJson(r.blocking.receive)}})
                                                      : QJsonValue(QJsonValue::Null)}};
    case Column::LectureComplexityColumn:
        return {{path("lecture.complexity"), lecture.complexity}};
    case Column::LectureSynchronisationColumn:
        return {{path("lecture.synchronisation"), lecture.synchronisation}};
    case Column::LectureCommunicationColumn:
        return {{path("lecture.communication"), lecture.communication}};
    default:
        return {}; // shown, not kept: the saved comparison's figure beside this one
    }
}

// The inverse, for a saved file: what a column's fields put back into a row.
void read(Column c, const QJsonObject &o, CompareRow &r)
{
    for (const Figure &f : kFigures)
        if (f.column == c) {
            r.*f.field = spreadFrom(at(o, {QStringLiteral("spread"), QLatin1String(f.spread)}), at(o, path(f.key)));
            return;
        }
    switch (c) {
    case Column::MechanismColumn:
        r.point.mechanism = o.value(QStringLiteral("mechanism")).toString();
        break;
    case Column::WorkersColumn:
        r.point.producers = o.value(QStringLiteral("producers")).toInt(1);
        r.point.consumers = o.value(QStringLiteral("consumers")).toInt(1);
        break;
    case Column::SizeColumn:
        r.point.size = o.value(QStringLiteral("size")).toInt(0);
        break;
    case Column::VerdictColumn:
        r.repetitions = o.value(QStringLiteral("repetitions")).toInt();
        r.error = o.value(QStringLiteral("error")).toString();
        break;
    case Column::LimitColumn:
        r.limit = o.value(QStringLiteral("limit")).toString();
        break;
    case Column::ComplexityColumn: {
        const QJsonObject c = o.value(QStringLiteral("complexity")).toObject();
        r.complexity = {c.value(QStringLiteral("calls")).toInt(-1), c.value(QStringLiteral("lines")).toInt(-1),
                        c.value(QStringLiteral("objects")).toInt(-1)};
        break;
    }
    case Column::CommunicationColumn: {
        const QJsonObject b = o.value(QStringLiteral("blocking")).toObject();
        r.blocking.send = sideFrom(b.value(QStringLiteral("send")).toObject());
        r.blocking.receive = sideFrom(b.value(QStringLiteral("receive")).toObject());
        break;
    }
    default:
        break; // said anew from the mechanism (the lecture, its synchronisation) or from the verdict
    }
}

QJsonObject rowJson(const CompareModel &model, const CompareRow &r)
{
    QJsonObject o;
    for (int c = 0; c < CompareModel::ColumnCount; ++c)
        for (const Field &f : fields(Column(c), r, model))
            put(o, f.path, f.value);
    return o;
}

// The CSV's columns: every leaf of a row whose every field is present.
void leaves(const QJsonObject &o, const Path &prefix, QList<Path> &out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const Path p = prefix + Path{it.key()};
        if (it.value().isObject())
            leaves(it.value().toObject(), p, out);
        else
            out.append(p);
    }
}

QList<Path> csvColumns(const CompareModel &model)
{
    CompareRow full;
    for (const Figure &f : kFigures)
        full.*f.field = {true, 1, 1, 1};
    full.complexity = {1, 1, 1};
    full.blocking.send.samples = full.blocking.receive.samples = 1;
    full.verdict.share = {true, 1, 1, 1};
    full.verdict.fastest = 1;
    QList<Path> columns;
    // In the order of the model's columns, not of the JSON's sorted keys.
    for (int c = 0; c < CompareModel::ColumnCount; ++c)
        for (const Field &f : fields(Column(c), full, model)) {
            QJsonObject one;
            put(one, f.path, f.value);
            QList<Path> found;
            leaves(one, {}, found);
            for (const Path &p : found)
                if (!columns.contains(p))
                    columns.append(p);
        }
    return columns;
}

QString csvCell(const QJsonValue &v)
{
    QString text;
    if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 15);
    else if (v.isString())
        text = v.toString();
    else if (v.isArray())
        text = v.toVariant().toStringList().join(QLatin1Char(';'));
    else if (v.isBool())
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace

QJsonObject compareJson(const CompareModel &model)
{
    const CompareResults &results = model.results();
    QJsonArray rows;
    for (const CompareRow &r : results.rows)
        rows.append(rowJson(model, r));
    QJsonArray sizes;
    for (int s : results.plan.sizes)
        sizes.append(s);
    QJsonArray workers;
    for (int n : results.plan.workers)
        workers.append(n);
    QJsonObject o{{QStringLiteral("format"), QLatin1String(kFormat)},
                  {QStringLiteral("machine"), results.machine},
                  {QStringLiteral("plan"), QJsonObject{{QStringLiteral("repeat"), results.plan.repeat},
                                                       {QStringLiteral("seconds_per_run"), results.plan.secondsPerRun},
                                                       {QStringLiteral("pinned"), results.plan.pin},
                                                       {QStringLiteral("sizes"), sizes},
                                                       {QStringLiteral("workers"), workers}}},
                  {QStringLiteral("repeat"), results.plan.repeat},
                  {QStringLiteral("thresholds"), results.thresholds.toJson()},
                  {QStringLiteral("cpus"), results.cpus()},
                  {QStringLiteral("one_way_latency_note"), LatencyNote::oneWayUnderStream()},
                  {QStringLiteral("rows"), rows}};
    if (const auto &l = results.limits)
        o.insert(QStringLiteral("system_limits"),
                 QJsonObject{{QStringLiteral("pipe_capacity"), l->pipeCapacity},
                             {QStringLiteral("msgmnb"), l->msgmnb},
                             {QStringLiteral("mq_maxmsg"), l->mqMaxmsg},
                             {QStringLiteral("max_dgram_qlen"), l->maxDgramQlen},
                             {QStringLiteral("unix_send_buffer"), l->unixSendBuffer},
                             {QStringLiteral("tcp_send_buffer"), l->tcpSendBuffer},
                             {QStringLiteral("tcp_receive_buffer"), l->tcpReceiveBuffer},
                             {QStringLiteral("udp_receive_buffer"), l->udpReceiveBuffer},
                             {QStringLiteral("signal_queue"), l->signalQueue},
                             {QStringLiteral("ring_slots"), l->ringSlots}});
    return o;
}

QString compareCsv(const CompareModel &model)
{
    const QList<Path> columns = csvColumns(model);
    QStringList header;
    for (const Path &p : columns)
        header << p.join(QLatin1Char('_'));
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const CompareRow &r : model.rows()) {
        const QJsonObject o = rowJson(model, r);
        QStringList cells;
        for (const Path &p : columns)
            cells << csvCell(at(o, p));
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

std::optional<CompareResults> readCompareJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(CompareModel::tr("not JSON: %1").arg(parse.errorString()));
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("rows")).isArray() || !o.value(QStringLiteral("machine")).isObject())
        return fail(CompareModel::tr("not a comparison saved by ipcscope (no machine and rows)"));
    CompareResults results;
    results.machine = o.value(QStringLiteral("machine")).toObject();
    const QJsonObject plan = o.value(QStringLiteral("plan")).toObject();
    results.plan.repeat = plan.value(QStringLiteral("repeat")).toInt(o.value(QStringLiteral("repeat")).toInt(1));
    results.plan.secondsPerRun = plan.value(QStringLiteral("seconds_per_run")).toDouble(results.plan.secondsPerRun);
    results.plan.pin = plan.value(QStringLiteral("pinned")).toBool(true);
    if (plan.value(QStringLiteral("sizes")).isArray()) {
        results.plan.sizes.clear();
        for (const QJsonValue &v : plan.value(QStringLiteral("sizes")).toArray())
            results.plan.sizes << v.toInt();
    }
    if (plan.value(QStringLiteral("workers")).isArray()) {
        results.plan.workers.clear();
        for (const QJsonValue &v : plan.value(QStringLiteral("workers")).toArray())
            results.plan.workers << v.toInt();
    }
    const QJsonObject t = o.value(QStringLiteral("thresholds")).toObject();
    results.thresholds.high = t.value(QStringLiteral("high")).toDouble(results.thresholds.high);
    results.thresholds.medium = t.value(QStringLiteral("medium")).toDouble(results.thresholds.medium);
    results.thresholds.bytesFrom = t.value(QStringLiteral("mb_per_s_from_size")).toInt(results.thresholds.bytesFrom);
    if (o.value(QStringLiteral("system_limits")).isObject()) {
        const QJsonObject l = o.value(QStringLiteral("system_limits")).toObject();
        SystemLimits limits;
        const auto get = [&l](const char *key, qint64 &into) { into = l.value(QLatin1String(key)).toInteger(into); };
        get("pipe_capacity", limits.pipeCapacity);
        get("msgmnb", limits.msgmnb);
        get("mq_maxmsg", limits.mqMaxmsg);
        get("max_dgram_qlen", limits.maxDgramQlen);
        get("unix_send_buffer", limits.unixSendBuffer);
        get("tcp_send_buffer", limits.tcpSendBuffer);
        get("tcp_receive_buffer", limits.tcpReceiveBuffer);
        get("udp_receive_buffer", limits.udpReceiveBuffer);
        get("signal_queue", limits.signalQueue);
        limits.ringSlots = l.value(QStringLiteral("ring_slots")).toInt(limits.ringSlots);
        results.limits = limits;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        if (!row.value(QStringLiteral("mechanism")).isString())
            return fail(CompareModel::tr("a row without its mechanism"));
        CompareRow r;
        for (int c = 0; c < CompareModel::ColumnCount; ++c)
            read(Column(c), row, r);
        results.rows.append(r);
    }
    return results;
}

} // namespace ipcscope
