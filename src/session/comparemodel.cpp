#include "comparemodel.h"

#include "formatter.h"
#include "latencynote.h"
#include "mechanismfacts.h"
#include "runtypes.h"

#include "engine/mechanism.h"
#include "engine/schedpolicy.h"

namespace ipcscope {

namespace {

using Column = CompareModel::Column;

// The figure a numeric column shows, and its decimals.
const Spread *figure(Column c, const CompareRow &r)
{
    switch (c) {
    case Column::MbPerSColumn:
        return &r.mbPerS;
    case Column::MsgsPerSColumn:
        return &r.msgsPerS;
    case Column::RttP50Column:
        return &r.rttP50Us;
    case Column::RttP99Column:
        return &r.rttP99Us;
    case Column::OneWayP50Column:
        return &r.oneWayP50Us;
    case Column::CpuColumn:
        return &r.cpuUsPerMsg;
    case Column::CtxtColumn:
        return &r.ctxtPerMsg;
    case Column::LostColumn:
        return &r.lost;
    default:
        return nullptr;
    }
}

int decimals(Column c, const Spread &s)
{
    switch (c) {
    case Column::MbPerSColumn:
        return s.median < 10 ? 2 : s.median < 100 ? 1 : 0;
    case Column::RttP50Column:
    case Column::RttP99Column:
    case Column::OneWayP50Column:
        return 1;
    case Column::CpuColumn:
        return 2;
    case Column::CtxtColumn:
        return 3;
    default:
        return 0;
    }
}

QString percent(double share)
{
    return CompareModel::tr("%1 %").arg(Formatter::decimal(share * 100, 0));
}

QString figureIn(ThroughputVerdict::Unit unit, const CompareRow &r)
{
    const Spread &s = unit == ThroughputVerdict::Unit::MessagesPerS ? r.msgsPerS : r.mbPerS;
    if (!s.valid)
        return Formatter::none();
    return unit == ThroughputVerdict::Unit::MessagesPerS ? Formatter::messageRate(s.median) : Formatter::byteRate(s.median * 1e6);
}

// Order of the verdicts, best first when sorted descending.
double verdictRank(const ThroughputVerdict &v)
{
    switch (v.cls) {
    case ThroughputVerdict::Class::High:
        return 5 + std::min(v.share.median, 0.99);
    case ThroughputVerdict::Class::Medium:
        return 4 + std::min(v.share.median, 0.99);
    case ThroughputVerdict::Class::Low:
        return 3 + std::min(v.share.median, 0.99);
    case ThroughputVerdict::Class::Undecided:
        return 2;
    case ThroughputVerdict::Class::Lossy:
        return 1;
    case ThroughputVerdict::Class::Failed:
        break;
    }
    return 0;
}

QString callText(Op op, const QString &object)
{
    return object.isEmpty() ? opName(op) : QStringLiteral("%1(%2)").arg(opName(op), object);
}

} // namespace

int CompareResults::cpus() const
{
    return machine.value(QStringLiteral("cpus")).toInt();
}

QString CompareResults::scheduling() const
{
    const QString sched = machine.value(QStringLiteral("sched")).toString();
    if (sched == QLatin1String(schedPolicyName(SchedPolicy::Batch)))
        return CompareModel::tr("The workers ran under SCHED_BATCH: a worker woken waited for the running one to "
                                "sleep instead of preempting it.");
    if (sched == QLatin1String(schedPolicyName(SchedPolicy::Normal)))
        return CompareModel::tr("The workers ran under SCHED_OTHER: a wake-up could preempt the running worker.");
    return {};
}

bool CompareResults::singleSample() const
{
    if (rows.isEmpty())
        return plan.repeat == 1;
    for (const CompareRow &r : rows)
        if (r.repetitions > 1)
            return false;
    return true;
}

CompareModel::CompareModel(QObject *parent) : QAbstractTableModel(parent) {}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompareRow &r = m_results.rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(column, r);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(column, r);
        return tip.isEmpty() ? QVariant() : tip;
    }
    case Qt::TextAlignmentRole:
        return figure(column, r) || column == SizeColumn || column == WorkersColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case SortRole:
        return sortKey(column, r);
    case StatusRole:
        return QVariant::fromValue(status(column, r));
    case MechanismRole:
        return r.point.mechanism;
    case JudgedRole:
        return (column == MbPerSColumn && r.verdict.unit == ThroughputVerdict::Unit::MegabytesPerS) ||
               (column == MsgsPerSColumn && r.verdict.unit == ThroughputVerdict::Unit::MessagesPerS);
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return header(Column(section));
    if (role == Qt::ToolTipRole) {
        if (section == VerdictColumn)
            return VerdictText::thresholds(m_results.thresholds);
        const QString tip = headerTip(Column(section));
        return tip.isEmpty() ? QVariant() : tip;
    }
    return {};
}

QString CompareModel::header(Column c)
{
    switch (c) {
    case MechanismColumn:
        return tr("mechanism");
    case WorkersColumn:
        //: Producers and consumers, as "1:1"
        return tr("P:C");
    case SizeColumn:
        return tr("size");
    case VerdictColumn:
        return tr("verdict");
    case LectureColumn:
        return tr("lecture");
    case AgreementColumn:
        return tr("vs lecture");
    case MbPerSColumn:
        return tr("MB/s");
    case MsgsPerSColumn:
        return tr("msg/s");
    case RttP50Column:
        return tr("round trip p50, µs");
    case RttP99Column:
        return tr("round trip p99, µs");
    case OneWayP50Column:
        return tr("one-way p50, µs (queueing)");
    case CpuColumn:
        return tr("CPU µs/msg");
    case CtxtColumn:
        return tr("ctxt/msg");
    case LostColumn:
        return tr("lost");
    case LimitColumn:
        return tr("limit in flight");
    case ComplexityColumn:
        return tr("code");
    case SynchronisationColumn:
        return tr("synchronisation");
    case CommunicationColumn:
        return tr("who waited");
    case LectureComplexityColumn:
        return tr("lecture: complexity");
    case LectureSynchronisationColumn:
        return tr("lecture: synchronisation");
    case LectureCommunicationColumn:
        return tr("lecture: communication");
    case SavedColumn:
        return tr("saved");
    case ColumnCount:
        break;
    }
    return {};
}

QString CompareModel::headerTip(Column c)
{
    switch (c) {
    case WorkersColumn:
        return tr("Producers and consumers: 1:1 for the lecture's table, more in a scaling sweep");
    case LectureColumn:
        return tr("The lecture's word for the throughput");
    case AgreementColumn:
        return tr("Whether the measured class is the lecture's word");
    case MbPerSColumn:
    case MsgsPerSColumn:
        return tr("One-way stream at full speed: median of the repetitions (min–max). The figure the verdict is "
                  "drawn from is in bold.");
    case RttP50Column:
    case RttP99Column:
        return tr("Ping-pong: one message there and back at a time, median of the repetitions (min–max)");
    case OneWayP50Column:
        return LatencyNote::oneWayUnderStream();
    case CpuColumn:
        return tr("CPU time, user and system, of the producer and the consumer per message, in µs");
    case CtxtColumn:
        return tr("Context switches, voluntary and involuntary, of the producer and the consumer per message");
    case LostColumn:
        return tr("Messages sent and never received, per run");
    case LimitColumn:
        return tr("The limit on messages in flight with this machine's defaults: a sender that reaches it waits "
                  "for the receiver");
    case ComplexityColumn:
        return tr("The C the workers run (the Code view shows it): distinct calls and lines, and the objects a run "
                  "of one producer and one consumer creates and must remove or close");
    case SynchronisationColumn:
        return tr("What holds the two sides in step: the mechanism's own semaphores or locks, the kernel's "
                  "blocking calls, or nothing");
    case CommunicationColumn:
        return tr("Share of the samples, taken while the stream ran, in which the senders or the receivers were "
                  "asleep in the kernel, and the call they slept in most: a sender waits when the object is "
                  "full, a receiver when it is empty");
    case LectureCommunicationColumn:
        return lectureFootnote();
    case SavedColumn:
        return tr("The same point in the saved comparison opened beside this one, in the verdict's unit, and how "
                  "many times faster this one is");
    default:
        return {};
    }
}

QString CompareModel::complexityText(const Complexity &c)
{
    if (!c.valid())
        return Formatter::none();
    //: Counted in the C the workers run, and the kernel objects of a run
    return tr("calls: %1, lines: %2, objects: %3")
        .arg(Formatter::count(c.calls), Formatter::count(c.lines),
             c.objects >= 0 ? Formatter::count(c.objects) : Formatter::none());
}

QString CompareModel::synchronisationText(const Synchronisation &s)
{
    switch (s.kind) {
    case Synchronisation::Kind::None:
        return tr("none: nothing holds the two sides in step");
    case Synchronisation::Kind::Kernel:
        return tr("the kernel's blocking calls");
    case Synchronisation::Kind::Objects:
        break;
    }
    const QString names = s.objects.join(QStringLiteral(", "));
    return s.objects.contains(QStringLiteral("mutex")) ? tr("a mutex and condition variables: %1").arg(names)
                                                      : tr("semaphores: %1").arg(names);
}

QString CompareModel::blockingText(const Blocking &b)
{
    if (!b.valid())
        return Formatter::none();
    const auto side = [](const Blocking::Side &s) {
        if (s.samples == 0)
            return Formatter::none();
        if (s.blocked == 0)
            return tr("never");
        //: "62 % in P(empty)": the share of samples asleep, and the call
        return tr("%1 in %2").arg(percent(s.share()), callText(s.op, s.object));
    };
    return tr("sender %1; receiver %2").arg(side(b.send), side(b.receive));
}

QString CompareModel::limitText(const CompareRow &r) const
{
    return m_results.limits ? DecidingLimit::describe(r.point, *m_results.limits) : r.limit;
}

const CompareRow *CompareModel::referenceRow(const CompareRow &row) const
{
    if (!m_reference)
        return nullptr;
    for (const CompareRow &r : m_reference->rows)
        if (r.point == row.point)
            return &r;
    return nullptr;
}

QString CompareModel::text(Column c, const CompareRow &r) const
{
    if (const Spread *s = figure(c, r))
        return s->valid ? Formatter::spread(s->median, s->min, s->max, decimals(c, *s)) : Formatter::none();
    const LectureRow lecture = lectureRow(r.point.mechanism);
    switch (c) {
    case MechanismColumn:
        return r.point.mechanism;
    case WorkersColumn:
        return r.point.workers();
    case SizeColumn:
        return r.point.isSignal() ? Formatter::none() : Formatter::size(r.point.size);
    case VerdictColumn:
        return VerdictText::brief(r);
    case LectureColumn:
        return classNames(lecture.throughput);
    case AgreementColumn:
        return VerdictText::agreement(r);
    case LimitColumn:
        return limitText(r);
    case ComplexityColumn:
        return complexityText(r.complexity);
    case SynchronisationColumn:
        return synchronisationText(synchronisationOf(r.point.mechanism));
    case CommunicationColumn:
        return blockingText(r.blocking);
    case LectureComplexityColumn:
        return lecture.complexity;
    case LectureSynchronisationColumn:
        return lecture.synchronisation;
    case LectureCommunicationColumn:
        return lecture.communication;
    case SavedColumn: {
        const CompareRow *saved = referenceRow(r);
        if (!saved)
            return {};
        const ThroughputVerdict::Unit unit = r.verdict.unit;
        const Spread &now = unit == ThroughputVerdict::Unit::MessagesPerS ? r.msgsPerS : r.mbPerS;
        const Spread &then = unit == ThroughputVerdict::Unit::MessagesPerS ? saved->msgsPerS : saved->mbPerS;
        if (!now.valid || !then.valid || then.median <= 0)
            return figureIn(unit, *saved);
        //: The saved comparison's figure, and how many times faster this one is: "1.20 GB/s (×0.83)"
        return tr("%1 (×%2)").arg(figureIn(unit, *saved), Formatter::decimal(now.median / then.median, 2));
    }
    default:
        return {};
    }
}

QString CompareModel::toolTip(Column c, const CompareRow &r) const
{
    switch (c) {
    case MechanismColumn:
        if (const Mechanism *m = findMechanism(r.point.mechanism.toStdString()))
            return QString::fromStdString(m->info().title);
        return {};
    case VerdictColumn:
        return VerdictText::full(r, m_results.thresholds);
    case AgreementColumn:
        return r.verdict.agreement == ThroughputVerdict::Agreement::NotJudged
                   ? tr("A mechanism that lost messages, failed or is undecided is not compared with the lecture")
                   : tr("The lecture: %1 (%2)").arg(classNames(lectureRow(r.point.mechanism).throughput),
                                                    lectureRow(r.point.mechanism).kind);
    case LectureColumn:
        return lectureRow(r.point.mechanism).kind;
    case CommunicationColumn:
        return r.blocking.valid() ? tr("%1 samples of the senders, %2 of the receivers")
                                        .arg(Formatter::count(r.blocking.send.samples),
                                             Formatter::count(r.blocking.receive.samples))
                                  : QString();
    case LimitColumn:
    case ComplexityColumn:
    case SynchronisationColumn:
        return text(c, r);
    case SavedColumn:
        if (m_reference && referenceRow(r))
            return tr("Saved: %1, %2").arg(m_reference->machine.value(QStringLiteral("cpu_model")).toString(),
                                           m_reference->machine.value(QStringLiteral("measured_at")).toString());
        return {};
    default:
        break;
    }
    if (!r.error.isEmpty())
        return r.error;
    return {};
}

QVariant CompareModel::sortKey(Column c, const CompareRow &r) const
{
    if (const Spread *s = figure(c, r))
        return s->valid ? s->median : -1.0;
    switch (c) {
    case SizeColumn:
        return r.point.size;
    case WorkersColumn:
        return r.point.producers * 100 + r.point.consumers;
    case VerdictColumn:
        return verdictRank(r.verdict);
    case ComplexityColumn:
        return r.complexity.valid() ? double(r.complexity.calls * 1000 + r.complexity.lines) : -1.0;
    case CommunicationColumn:
        return r.blocking.send.share() + r.blocking.receive.share();
    default:
        return text(c, r);
    }
}

CompareModel::Status CompareModel::status(Column c, const CompareRow &r) const
{
    const ThroughputVerdict &v = r.verdict;
    switch (c) {
    case MechanismColumn:
        return r.error.isEmpty() ? Status::Normal : Status::Failed;
    case LostColumn:
        return r.lost.valid && r.lost.max > 0 ? Status::Lossy : Status::Normal;
    case AgreementColumn:
    case VerdictColumn:
        switch (v.cls) {
        case ThroughputVerdict::Class::Failed:
            return Status::Failed;
        case ThroughputVerdict::Class::Lossy:
            return Status::Lossy;
        case ThroughputVerdict::Class::Undecided:
            return Status::Undecided;
        default:
            return v.agreement == ThroughputVerdict::Agreement::Agrees ? Status::Agrees : Status::Disagrees;
        }
    default:
        return Status::Normal;
    }
}

void CompareModel::reclassify()
{
    const QVector<ThroughputVerdict> verdicts = classify(m_results.rows, m_results.thresholds);
    for (qsizetype i = 0; i < verdicts.size(); ++i)
        m_results.rows[i].verdict = verdicts[i];
}

void CompareModel::begin(const QJsonObject &machine, const ComparePlan &plan,
                         const std::optional<SystemLimits> &limits)
{
    beginResetModel();
    m_results = CompareResults();
    m_results.machine = machine;
    m_results.plan = plan;
    m_results.limits = limits;
    endResetModel();
}

void CompareModel::appendRow(const CompareRow &row)
{
    const int at = int(m_results.rows.size());
    beginInsertRows({}, at, at);
    m_results.rows.append(row);
    reclassify();
    endInsertRows();
    if (at > 0) // the others' verdicts may have changed with it
        emit dataChanged(index(0, 0), index(at - 1, ColumnCount - 1));
}

void CompareModel::setResults(const CompareResults &results)
{
    beginResetModel();
    m_results = results;
    reclassify();
    endResetModel();
}

void CompareModel::setReference(const std::optional<CompareResults> &reference)
{
    m_reference = reference;
    if (m_reference) {
        const QVector<ThroughputVerdict> verdicts = classify(m_reference->rows, m_reference->thresholds);
        for (qsizetype i = 0; i < verdicts.size(); ++i)
            m_reference->rows[i].verdict = verdicts[i];
    }
    if (!m_results.rows.isEmpty())
        emit dataChanged(index(0, SavedColumn), index(rowCount() - 1, SavedColumn));
}

void CompareModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_results.rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ipcscope
