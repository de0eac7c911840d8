#include "classifier.h"

#include "formatter.h"

#include <QMap>

#include <climits>
#include <tuple>

namespace ipcscope {

namespace {

// The group a row is judged in: a message size and its workers; -1 as the
// size when a signal has no small message to be compared with.
using Group = std::tuple<int, int, int>;

ThroughputVerdict::Class classOf(double share, const Thresholds &t)
{
    if (share >= t.high)
        return ThroughputVerdict::Class::High;
    if (share >= t.medium)
        return ThroughputVerdict::Class::Medium;
    return ThroughputVerdict::Class::Low;
}

ThroughputClass lectureClass(ThroughputVerdict::Class c)
{
    return c == ThroughputVerdict::Class::High ? ThroughputClass::High
           : c == ThroughputVerdict::Class::Medium ? ThroughputClass::Medium
                                         : ThroughputClass::Low;
}

QString percent(double share)
{
    return VerdictText::tr("%1 %").arg(Formatter::decimal(share * 100, share < 0.01 ? 2 : 0));
}

// "84 % (80–90 %)", or "84 %" where the range rounds to one value.
QString percentSpread(const Spread &share)
{
    const QString low = percent(share.min);
    const QString high = percent(share.max);
    return low == high ? percent(share.median)
                       : VerdictText::tr("%1 (%2–%3)").arg(percent(share.median), low, high);
}

QString figureText(double value, ThroughputVerdict::Unit unit)
{
    return unit == ThroughputVerdict::Unit::MessagesPerS ? Formatter::messageRate(value) : Formatter::byteRate(value * 1e6);
}

} // namespace

QJsonObject Thresholds::toJson() const
{
    return {{QStringLiteral("high"), high},
            {QStringLiteral("medium"), medium},
            {QStringLiteral("mb_per_s_from_size"), bytesFrom},
            {QStringLiteral("relative_to"),
             QStringLiteral("the fastest mechanism that lost nothing at the same size and workers")}};
}

QVector<ThroughputVerdict> classify(const QVector<CompareRow> &rows, const Thresholds &t)
{
    // A signal is compared with the smallest message below bytesFrom measured
    // with the same workers; none: it has nothing to be compared with.
    QMap<std::pair<int, int>, int> smallest;
    for (const CompareRow &r : rows)
        if (!r.point.isSignal() && r.point.size < t.bytesFrom) {
            const auto workers = std::make_pair(r.point.producers, r.point.consumers);
            smallest[workers] = std::min(smallest.value(workers, INT_MAX), r.point.size);
        }
    const auto groupOf = [&](const CompareRow &r) {
        const int size = r.point.isSignal() ? smallest.value({r.point.producers, r.point.consumers}, -1) : r.point.size;
        return Group{size, r.point.producers, r.point.consumers};
    };

    QVector<ThroughputVerdict> verdicts(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const CompareRow &r = rows[i];
        ThroughputVerdict &v = verdicts[i];
        v.groupSize = std::get<0>(groupOf(r));
        v.unit = r.point.isSignal() || r.point.size < t.bytesFrom ? ThroughputVerdict::Unit::MessagesPerS
                                                                    : ThroughputVerdict::Unit::MegabytesPerS;
        v.figure = v.unit == ThroughputVerdict::Unit::MessagesPerS ? r.msgsPerS : r.mbPerS;
        v.singleSample = r.repetitions == 1;
        if (!r.error.isEmpty() || !v.figure.valid)
            v.cls = ThroughputVerdict::Class::Failed;
        else if (r.lost.valid && r.lost.max > 0)
            v.cls = ThroughputVerdict::Class::Lossy;
        else
            v.cls = ThroughputVerdict::Class::Undecided; // until compared below
    }

    // The standard of each group: its fastest row that lost nothing.
    QMap<Group, qsizetype> fastest;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (verdicts[i].cls != ThroughputVerdict::Class::Undecided || verdicts[i].groupSize < 0)
            continue;
        const Group g = groupOf(rows[i]);
        if (!fastest.contains(g) || verdicts[i].figure.median > verdicts[fastest[g]].figure.median)
            fastest[g] = i;
    }

    for (qsizetype i = 0; i < rows.size(); ++i) {
        ThroughputVerdict &v = verdicts[i];
        if (v.cls != ThroughputVerdict::Class::Undecided)
            continue;
        const auto best = fastest.constFind(groupOf(rows[i]));
        if (best == fastest.cend() || verdicts[*best].figure.median <= 0)
            continue; // nothing to compare with: stays undecided, with no standard
        v.fastest = verdicts[*best].figure.median;
        v.fastestMechanism = rows[*best].point.mechanism;
        v.share = {true, v.figure.median / v.fastest, v.figure.min / v.fastest, v.figure.max / v.fastest};
        const ThroughputVerdict::Class low = classOf(v.share.min, t);
        const ThroughputVerdict::Class high = classOf(v.share.max, t);
        if (low != high)
            continue; // the spread reaches into two classes
        v.cls = low;
        v.agreement = lectureRow(rows[i].point.mechanism).throughput.contains(lectureClass(v.cls))
                          ? ThroughputVerdict::Agreement::Agrees
                          : ThroughputVerdict::Agreement::Disagrees;
    }
    return verdicts;
}

QString VerdictText::className(ThroughputVerdict::Class c)
{
    switch (c) {
    case ThroughputVerdict::Class::High:
        return ipcscope::className(ThroughputClass::High);
    case ThroughputVerdict::Class::Medium:
        return ipcscope::className(ThroughputClass::Medium);
    case ThroughputVerdict::Class::Low:
        return ipcscope::className(ThroughputClass::Low);
    case ThroughputVerdict::Class::Lossy:
        return tr("lossy");
    case ThroughputVerdict::Class::Undecided:
        return tr("undecided");
    case ThroughputVerdict::Class::Failed:
        return tr("failed");
    }
    return {};
}

QString VerdictText::unitName(ThroughputVerdict::Unit u)
{
    return u == ThroughputVerdict::Unit::MessagesPerS ? tr("msg/s") : tr("MB/s");
}

QString VerdictText::brief(const CompareRow &r)
{
    const ThroughputVerdict &v = r.verdict;
    switch (v.cls) {
    case ThroughputVerdict::Class::High:
    case ThroughputVerdict::Class::Medium:
    case ThroughputVerdict::Class::Low:
        //: A verdict: "high (msg/s, 84 %)": the class, the unit it was judged in, the share of the fastest
        return tr("%1 (%2, %3)").arg(className(v.cls), unitName(v.unit), percent(v.share.median));
    case ThroughputVerdict::Class::Lossy:
        return tr("lossy — %1 lost")
            .arg(r.lost.min == r.lost.max
                     ? Formatter::count(qint64(r.lost.max))
                     : QStringLiteral("%1–%2").arg(Formatter::count(qint64(r.lost.min)),
                                                   Formatter::count(qint64(r.lost.max))));
    case ThroughputVerdict::Class::Undecided:
        return v.fastest > 0 ? tr("undecided (spread)") : tr("undecided (nothing to compare with)");
    case ThroughputVerdict::Class::Failed:
        return tr("failed");
    }
    return {};
}

QString VerdictText::full(const CompareRow &r, const Thresholds &t)
{
    const ThroughputVerdict &v = r.verdict;
    QStringList lines;
    const QString at = v.groupSize > 0 ? Formatter::size(v.groupSize) : QString();
    if (v.cls == ThroughputVerdict::Class::Failed) {
        lines << (r.error.isEmpty() ? tr("Nothing was measured.") : r.error);
    } else if (v.cls == ThroughputVerdict::Class::Lossy) {
        lines << tr("It lost messages, so it gets no class and sets no standard for the others.");
    } else if (v.fastest <= 0) {
        lines << tr("Judged in %1, but no mechanism that lost nothing was measured with a message below %2 to "
                    "compare it with.")
                     .arg(unitName(v.unit), Formatter::size(t.bytesFrom));
    } else {
        lines << tr("%1 of the fastest mechanism that lost nothing at %2, %3 with %4, in %5.")
                     .arg(percentSpread(v.share), at, v.fastestMechanism, figureText(v.fastest, v.unit),
                          unitName(v.unit));
        if (v.cls == ThroughputVerdict::Class::Undecided)
            lines << tr("Its spread reaches into two classes: undecided.");
    }
    if (v.figure.valid)
        lines << (v.figure.min == v.figure.max
                      ? tr("Judged figure: %1.").arg(figureText(v.figure.median, v.unit))
                      : tr("Judged figure: %1 (%2–%3).")
                            .arg(figureText(v.figure.median, v.unit), figureText(v.figure.min, v.unit),
                                 figureText(v.figure.max, v.unit)));
    if (v.singleSample)
        lines << tr("A single sample: one repetition has no spread.");
    lines << thresholds(t);
    return lines.join(QLatin1Char('\n'));
}

QString VerdictText::agreement(const CompareRow &r)
{
    switch (r.verdict.agreement) {
    case ThroughputVerdict::Agreement::Agrees:
        return tr("agrees");
    case ThroughputVerdict::Agreement::Disagrees:
        return tr("the lecture says %1").arg(classNames(lectureRow(r.point.mechanism).throughput));
    case ThroughputVerdict::Agreement::NotJudged:
        break;
    }
    return {};
}

QString VerdictText::thresholds(const Thresholds &t)
{
    return tr("Classes against the fastest mechanism that lost nothing at the same message size and workers: high "
              "from %1, medium from %2, low below; in messages a second for signals and below %3, in MB/s from %3.")
        .arg(percent(t.high), percent(t.medium), Formatter::size(t.bytesFrom));
}

QString VerdictText::singleSample()
{
    return tr("One repetition: every figure is a single sample, with no spread to tell chance from a difference. "
              "Three or more repetitions decide.");
}

QString classKey(ThroughputVerdict::Class c)
{
    switch (c) {
    case ThroughputVerdict::Class::High:
        return QStringLiteral("high");
    case ThroughputVerdict::Class::Medium:
        return QStringLiteral("medium");
    case ThroughputVerdict::Class::Low:
        return QStringLiteral("low");
    case ThroughputVerdict::Class::Lossy:
        return QStringLiteral("lossy");
    case ThroughputVerdict::Class::Undecided:
        return QStringLiteral("undecided");
    case ThroughputVerdict::Class::Failed:
        break;
    }
    return {};
}

QString unitKey(ThroughputVerdict::Unit u)
{
    return u == ThroughputVerdict::Unit::MessagesPerS ? QStringLiteral("msgs_per_s") : QStringLiteral("mb_per_s");
}

} // namespace ipcscope
