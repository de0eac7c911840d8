// The run's series without a run or a window: rates of a window, the
// one-second average (silence before the start, held time left out, a short
// closed run at its own speed), the revision a reader follows, the byte unit,
// the held part of each window, and the bounded memory whose merges keep
// every total and every percentile exact.
#include "session/series.h"

#include <QTest>

#include <cmath>

using namespace ipcscope;

namespace {

constexpr int kBytesPerMessage = 100;

// A window of one producer (P1, slot 0) and one consumer (C1, slot 1): the
// producer sent `sent`, the consumer received `received`, each message
// `kBytesPerMessage` bytes and `latencyNs` late.
SeriesCounts window(double startS, double endS, quint64 sent, quint64 received, quint64 latencyNs = 10'000)
{
    SeriesCounts w;
    w.startS = startS;
    w.endS = endS;
    w.messages = {sent, received};
    w.bytes = {sent * kBytesPerMessage, received * kBytesPerMessage};
    if (received)
        w.latency[latencyBucket(latencyNs)] = received;
    return w;
}

RunSeries oneToOne(RunSeries::Limits limits = {})
{
    RunSeries s(limits);
    s.setWorkers({QStringLiteral("P1"), QStringLiteral("C1")}, 1);
    return s;
}

// Appends `n` windows of 100 ms from `fromS`, `perWindow` messages each.
double appendWindows(RunSeries &s, double fromS, int n, quint64 perWindow)
{
    double t = fromS;
    for (int i = 0; i < n; ++i, t += 0.1)
        s.append(window(t, t + 0.1, perWindow, perWindow));
    return t;
}

// A step in building a series: windows of 100 ms with `messages` each,
// held or not.
struct Stretch {
    int windows;
    quint64 messages;
    bool held = false;
};

} // namespace

Q_DECLARE_METATYPE(QVector<Stretch>)

class TestSeries : public QObject {
    Q_OBJECT
private slots:
    void pointRates_data();
    void pointRates();
    void averages_data();
    void averages();
    void latencyOfAMergeIsExact();
    void revision_data();
    void revision();
    void foldedLastWindow();
    void aRunShorterThanAWindow();
    void heldWindows_data();
    void heldWindows();
    void latencyExtent_data();
    void latencyExtent();
    void byteUnitFollowsThePeak_data();
    void byteUnitFollowsThePeak();
    void boundedAndExact_data();
    void boundedAndExact();
    void theDefaultStopsGrowingInTwoMinutes();
    void mergedPercentilesAreExact();
    void indexAt_data();
    void indexAt();
    void aWorkerJoins_data();
    void aWorkerJoins();
};

void TestSeries::pointRates_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<quint64>("sent");
    QTest::addColumn<quint64>("received");
    QTest::addColumn<double>("msgsPerS"); // the consumer's: the total
    QTest::addColumn<bool>("latency");
    QTest::addRow("100 ms, 10 messages") << 0.1 << quint64(10) << quint64(10) << 100.0 << true;
    QTest::addRow("150 ms, sent more than received") << 0.15 << quint64(30) << quint64(15) << 100.0 << true;
    QTest::addRow("nothing moved") << 0.1 << quint64(0) << quint64(0) << 0.0 << false;
}

void TestSeries::pointRates()
{
    QFETCH(double, seconds);
    QFETCH(quint64, sent);
    QFETCH(quint64, received);
    QFETCH(double, msgsPerS);
    QFETCH(bool, latency);
    RunSeries s = oneToOne();
    s.append(window(0, seconds, sent, received, 42'000));
    const SeriesPoint p = s.point(0);
    QCOMPARE(p.tS, seconds);
    QCOMPARE(p.msgsPerS, msgsPerS);
    QCOMPARE(p.mbPerS, msgsPerS * kBytesPerMessage / 1e6);
    QCOMPARE(p.workers.size(), 2);
    QCOMPARE(p.workers[0].name, QStringLiteral("P1"));
    QCOMPARE(p.workers[0].msgsPerS, double(sent) / seconds);
    QCOMPARE(p.workers[1].msgsPerS, msgsPerS);
    QCOMPARE(bool(p.latencyP50Us), latency);
    if (latency) // 42 µs, within its bucket of the histogram (12.5 %)
        QVERIFY2(std::abs(*p.latencyP50Us - 42) < 42 * 0.125, qPrintable(QString::number(*p.latencyP50Us)));
    QCOMPARE(s.points().size(), 1);
    QCOMPARE(s.messages(), received);
    QCOMPARE(s.bytes(), received * kBytesPerMessage);
}

void TestSeries::averages_data()
{
    QTest::addColumn<QVector<Stretch>>("stretches");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<double>("msgsPerS"); // averaged, at the last window
    // One window of 5 messages: the second before it counts as silence.
    QTest::addRow("first window") << QVector<Stretch>{{1, 5}} << false << 5.0;
    QTest::addRow("a full second") << QVector<Stretch>{{10, 3}} << false << 30.0;
    QTest::addRow("only the last second") << QVector<Stretch>{{10, 10}, {10, 1}} << false << 10.0;
    QTest::addRow("half of the last second is older")
        << QVector<Stretch>{{10, 10}, {5, 2}} << false << (5 * 10 + 5 * 2) / 1.0;
    // Held windows are not part of the second: the one after the pause
    // averages with the nine before it.
    QTest::addRow("held time left out") << QVector<Stretch>{{10, 2}, {5, 0, true}, {1, 2}} << false << 20.0;
    QTest::addRow("a second held, nothing before") << QVector<Stretch>{{10, 0, true}, {2, 4}} << false << 8.0;
    // A run over in 300 ms went at 100 messages a second, not 30.
    QTest::addRow("closed run shorter than a second") << QVector<Stretch>{{3, 10}} << true << 100.0;
    QTest::addRow("closed run of a second and more") << QVector<Stretch>{{12, 10}} << true << 100.0;
    QTest::addRow("open run shorter than a second") << QVector<Stretch>{{3, 10}} << false << 30.0;
}

void TestSeries::averages()
{
    QFETCH(QVector<Stretch>, stretches);
    QFETCH(bool, closed);
    QFETCH(double, msgsPerS);
    RunSeries s = oneToOne();
    double t = 0;
    for (const Stretch &stretch : stretches) {
        s.hold(stretch.held, t);
        t = appendWindows(s, t, stretch.windows, stretch.messages);
    }
    if (closed)
        s.close();
    const SeriesPoint p = s.averaged(s.size() - 1);
    QVERIFY2(qFuzzyCompare(p.msgsPerS, msgsPerS), qPrintable(QString::number(p.msgsPerS)));
    QVERIFY(qFuzzyCompare(p.mbPerS, msgsPerS * kBytesPerMessage / 1e6));
    QVERIFY(qFuzzyCompare(p.workers[1].msgsPerS, msgsPerS));
    QVERIFY(s.peakMessagesPerS() >= msgsPerS * (1 - 1e-9));
}

void TestSeries::latencyOfAMergeIsExact()
{
    // Two windows, latencies far apart: the average's percentiles are those
    // of every message of both, as the histogram of all of them says.
    RunSeries s = oneToOne();
    s.append(window(0, 0.5, 90, 90, 5'000));
    s.append(window(0.5, 1.0, 10, 10, 800'000));
    LatencyCounts all{};
    all[latencyBucket(5'000)] = 90;
    all[latencyBucket(800'000)] = 10;
    const SeriesPoint p = s.averaged(1);
    QCOMPARE(*p.latencyP50Us, latencyPercentile(all, 0.50) / 1000);
    QCOMPARE(*p.latencyP99Us, latencyPercentile(all, 0.99) / 1000);
    QVERIFY(*p.latencyP99Us > 500); // the slow tenth shows in p99
    QVERIFY(*p.latencyP50Us < 10);
    // Each window alone keeps its own.
    QVERIFY(*s.point(0).latencyP99Us < 10);
    QVERIFY(*s.point(1).latencyP50Us > 500);
}

void TestSeries::revision_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("revised");
    QTest::addRow("append") << QStringLiteral("append") << false;
    QTest::addRow("hold") << QStringLiteral("hold") << false;
    QTest::addRow("fold the last window") << QStringLiteral("extend") << true;
    QTest::addRow("merge into the history") << QStringLiteral("compact") << true;
    QTest::addRow("close") << QStringLiteral("close") << true;
}

void TestSeries::revision()
{
    // A reader that took every window knows from the revision alone whether
    // what it holds is still the series.
    QFETCH(QString, action);
    QFETCH(bool, revised);
    // Four recent windows, a batch of two, a history of one: the sixth
    // window moves two into the history, which merges them.
    RunSeries s = oneToOne({4, 2, 1});
    const double t = appendWindows(s, 0, 4, 1);
    const quint64 before = s.revision();
    const int size = s.size();
    if (action == QLatin1String("append"))
        appendWindows(s, t, 1, 1);
    if (action == QLatin1String("hold"))
        s.hold(true, t);
    if (action == QLatin1String("extend"))
        s.extendLast(window(t, t + 0.03, 1, 1));
    if (action == QLatin1String("compact")) {
        appendWindows(s, t, 2, 1);
        QCOMPARE(s.size(), 5); // two windows became one
    }
    if (action == QLatin1String("close"))
        s.close();
    QCOMPARE(s.revision() != before, revised);
    // Unrevised, the windows a reader took are as they were, and new ones follow.
    if (!revised) {
        QVERIFY(s.size() >= size);
        for (int i = 0; i < size; ++i)
            QCOMPARE(s.endS(i), 0.1 * (i + 1));
    }
}

void TestSeries::foldedLastWindow()
{
    RunSeries s = oneToOne();
    appendWindows(s, 0, 3, 10);
    s.extendLast(window(0.3, 0.34, 4, 4));
    QCOMPARE(s.size(), 3);
    QCOMPARE(s.startS(2), 0.2);
    QCOMPARE(s.endS(2), 0.34);
    QCOMPARE(s.messages(), quint64(34));
    QVERIFY(qFuzzyCompare(s.point(2).msgsPerS, 14 / 0.14));
}

void TestSeries::aRunShorterThanAWindow()
{
    // Twenty messages in 30 ms: one window, as long as the run, at its speed.
    RunSeries s = oneToOne();
    s.extendLast(window(0, 0.03, 20, 20));
    s.close();
    QCOMPARE(s.size(), 1);
    QVERIFY(qFuzzyCompare(s.point(0).msgsPerS, 20 / 0.03));
    QVERIFY(qFuzzyCompare(s.averaged(0).msgsPerS, 20 / 0.03));
    QVERIFY(qFuzzyCompare(s.peakMessagesPerS(), 20 / 0.03));
    QCOMPARE(s.messages(), quint64(20));
    // Once closed, nothing more is recorded.
    s.append(window(0.03, 0.13, 1, 1));
    QCOMPARE(s.size(), 1);
}

void TestSeries::heldWindows_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to"); // < 0: still held
    QTest::addColumn<QVector<bool>>("held"); // of the windows [0, 0.1), [0.1, 0.2), ... [0.5, 0.6)
    QTest::addRow("never") << 0.0 << 0.0 << QVector<bool>{false, false, false, false, false, false};
    QTest::addRow("one window") << 0.2 << 0.3 << QVector<bool>{false, false, true, false, false, false};
    QTest::addRow("most of two") << 0.14 << 0.36 << QVector<bool>{false, true, true, true, false, false};
    QTest::addRow("half of one is not held") << 0.25 << 0.3 << QVector<bool>{false, false, false, false, false, false};
    QTest::addRow("from the start, still held") << 0.0 << -1.0 << QVector<bool>{true, true, true, true, true, true};
}

void TestSeries::heldWindows()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(QVector<bool>, held);
    RunSeries s = oneToOne();
    if (to != from) {
        s.hold(true, from);
        if (to >= 0)
            s.hold(false, to);
    }
    appendWindows(s, 0, int(held.size()), 1);
    for (int i = 0; i < held.size(); ++i) {
        QVERIFY2(s.isHeld(i) == held[i], qPrintable(QString::number(i)));
        QCOMPARE(s.point(i).held, held[i]);
    }
}

void TestSeries::latencyExtent_data()
{
    // Seconds of ten windows, each second's messages as late as it says (0:
    // none received), one in ten of them `slowNs` late when that is set: the
    // axis holds the lowest p50 and highest p99 of every averaged point, none
    // before the first message.
    QTest::addColumn<QVector<quint64>>("latenciesNs");
    QTest::addColumn<quint64>("slowNs");
    QTest::addColumn<quint64>("lowNs"); // 0: no extent
    QTest::addColumn<quint64>("highNs");
    QTest::addRow("nothing received") << QVector<quint64>{0, 0} << quint64(0) << quint64(0) << quint64(0);
    QTest::addRow("one latency") << QVector<quint64>{20'000} << quint64(0) << quint64(20'000) << quint64(20'000);
    QTest::addRow("faster later") << QVector<quint64>{900'000, 3'000} << quint64(0) << quint64(3'000)
                                  << quint64(900'000);
    QTest::addRow("silence, then slow") << QVector<quint64>{0, 0, 70'000'000} << quint64(0) << quint64(70'000'000)
                                        << quint64(70'000'000);
    // p50 and p99 apart: the low end is a median, the high end a p99.
    QTest::addRow("a slow tenth") << QVector<quint64>{5'000} << quint64(800'000) << quint64(5'000)
                                  << quint64(800'000);
}

void TestSeries::latencyExtent()
{
    QFETCH(QVector<quint64>, latenciesNs);
    QFETCH(quint64, slowNs);
    QFETCH(quint64, lowNs);
    QFETCH(quint64, highNs);
    RunSeries s = oneToOne();
    double t = 0;
    for (quint64 ns : latenciesNs)
        for (int i = 0; i < 10; ++i, t += 0.1) {
            SeriesCounts w = window(t, t + 0.1, ns ? 10 : 0, ns ? 10 : 0, ns);
            if (ns && slowNs) {
                w.latency[latencyBucket(ns)] = 9;
                w.latency[latencyBucket(slowNs)] = 1;
            }
            s.append(w);
        }
    const auto extent = s.latencyExtentUs();
    QCOMPARE(bool(extent), lowNs != 0);
    if (!extent)
        return;
    // Each within its bucket of the histogram (12.5 %).
    const auto near = [](double us, quint64 ns) { return std::abs(us * 1000 - double(ns)) <= double(ns) * 0.125; };
    QVERIFY2(near(extent->first, lowNs), qPrintable(QString::number(extent->first)));
    QVERIFY2(near(extent->second, highNs), qPrintable(QString::number(extent->second)));
}

void TestSeries::byteUnitFollowsThePeak_data()
{
    QTest::addColumn<quint64>("messages"); // of 100 bytes, in the first second
    QTest::addColumn<double>("factor");
    QTest::addRow("100 B/s") << quint64(1) << 1.0;
    QTest::addRow("20 kB/s") << quint64(200) << 1e3;
    QTest::addRow("2 MB/s") << quint64(20'000) << 1e6;
    QTest::addRow("5 GB/s") << quint64(50'000'000) << 1e9;
}

void TestSeries::byteUnitFollowsThePeak()
{
    QFETCH(quint64, messages);
    QFETCH(double, factor);
    RunSeries s = oneToOne();
    // All in the first window, which averages over the second before it;
    // then two quiet seconds keep the unit of the fastest.
    s.append(window(0, 0.1, messages, messages));
    appendWindows(s, 0.1, 29, 0);
    QCOMPARE(s.peakBytesPerS(), double(messages * kBytesPerMessage));
    QCOMPARE(s.byteRateUnit().factor, factor);
    QCOMPARE(s.byteRateUnit().name, Formatter::byteRateUnit(double(messages * kBytesPerMessage)).name);
}

void TestSeries::boundedAndExact_data()
{
    QTest::addColumn<int>("recent");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("history");
    QTest::addColumn<int>("windows");
    QTest::addRow("small limits, 1000 windows") << 10 << 4 << 6 << 1000;
    QTest::addRow("odd batch, 777 windows") << 7 << 5 << 9 << 777;
    const SeriesLimits d;
    QTest::addRow("default, 10 minutes") << d.recent << d.batch << d.history << 6000;
    QTest::addRow("default, 10 hours") << d.recent << d.batch << d.history << 360'000;
    // Shorter than the limits: every window is kept, so the count above sees growth.
    QTest::addRow("default, under a minute") << d.recent << d.batch << d.history << 500;
}

void TestSeries::boundedAndExact()
{
    QFETCH(int, recent);
    QFETCH(int, batch);
    QFETCH(int, history);
    QFETCH(int, windows);
    RunSeries s = oneToOne({recent, batch, history});
    quint64 sent = 0;
    LatencyCounts all{};
    int largest = 0;
    for (int i = 0; i < windows; ++i) {
        const quint64 n = quint64(i % 7); // varied, and sometimes none
        const quint64 latencyNs = 1000 + quint64(i % 13) * 5000;
        s.append(window(i * 0.1, (i + 1) * 0.1, n, n, latencyNs));
        all[latencyBucket(latencyNs)] += n;
        sent += n;
        largest = std::max(largest, s.size());
    }
    // Memory: never more points than the limits allow.
    QVERIFY2(largest <= recent + batch + history, qPrintable(QString::number(largest)));
    if (windows < recent + batch)
        QCOMPARE(s.size(), windows);
    // Totals: every message and byte is still there.
    QCOMPARE(s.messages(), sent);
    QCOMPARE(s.bytes(), sent * kBytesPerMessage);
    // The points tile the run, the recent ones at full resolution.
    QCOMPARE(s.startS(0), 0.0);
    QVERIFY(qFuzzyCompare(s.endS(s.size() - 1), windows * 0.1));
    double counted = 0;
    for (int i = 0; i < s.size(); ++i) {
        if (i > 0)
            QCOMPARE(s.startS(i), s.endS(i - 1));
        counted += s.point(i).msgsPerS * (s.endS(i) - s.startS(i));
    }
    QCOMPARE(qRound64(counted), qint64(sent));
    for (int i = s.size() - std::min(recent, windows); i < s.size(); ++i)
        QVERIFY(std::abs(s.endS(i) - s.startS(i) - 0.1) < 1e-6);
    if (windows > recent + batch)
        QVERIFY(s.stride() > 1 || windows < recent + batch + history);
    const SeriesPoint last = s.averaged(s.size() - 1);
    QVERIFY(last.latencyP50Us);
    QVERIFY(*last.latencyP99Us >= *last.latencyP50Us);
}

void TestSeries::theDefaultStopsGrowingInTwoMinutes()
{
    // A window left running at full speed: ten minutes of 100 ms windows
    // never hold more points than two minutes' worth (the series, and the
    // graph drawn from it, are flat from then on), and nothing is lost.
    RunSeries s = oneToOne();
    const int twoMinutes = 1200;
    int largest = 0;
    for (int i = 0; i < 6000; ++i) {
        s.append(window(i * 0.1, (i + 1) * 0.1, 3, 3));
        largest = std::max(largest, s.size());
    }
    QVERIFY2(largest <= twoMinutes, qPrintable(QString::number(largest)));
    QCOMPARE(s.messages(), quint64(3 * 6000));
}

void TestSeries::mergedPercentilesAreExact()
{
    // Limits of one: every window but the newest merges into a single point,
    // whose percentiles are those of every message it holds.
    RunSeries s = oneToOne({1, 1, 1});
    LatencyCounts all{};
    for (int i = 0; i < 500; ++i) {
        const quint64 n = quint64(1 + i % 5);
        const quint64 latencyNs = 2000 + quint64(i % 11) * 20'000;
        s.append(window(i * 0.1, (i + 1) * 0.1, n, n, latencyNs));
        if (i < 499) // the last stays recent
            all[latencyBucket(latencyNs)] += n;
    }
    QCOMPARE(s.size(), 2);
    QVERIFY(qFuzzyCompare(s.endS(0), 49.9));
    for (double fraction : {0.5, 0.99}) {
        const double expected = latencyPercentile(all, fraction) / 1000;
        const SeriesPoint p = s.point(0);
        QCOMPARE(fraction == 0.5 ? *p.latencyP50Us : *p.latencyP99Us, expected);
    }
}

void TestSeries::indexAt_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<int>("index");
    QTest::addRow("before the start") << -0.5 << -1;
    QTest::addRow("the start") << 0.0 << 0;
    QTest::addRow("inside the first") << 0.05 << 0;
    QTest::addRow("the end of the first") << 0.1 << 0;
    QTest::addRow("inside the third") << 0.25 << 2;
    QTest::addRow("the end") << 0.3 << 2;
    QTest::addRow("after the end") << 0.31 << -1;
}

void TestSeries::indexAt()
{
    QFETCH(double, t);
    QFETCH(int, index);
    RunSeries s = oneToOne();
    appendWindows(s, 0, 3, 1);
    QCOMPARE(s.indexAt(t), index);
}

void TestSeries::aWorkerJoins_data()
{
    QTest::addColumn<bool>("producer");
    QTest::addRow("a producer") << true;
    QTest::addRow("a consumer") << false;
}

void TestSeries::aWorkerJoins()
{
    // A worker joins after 10 windows: its line is zero before, the others
    // keep theirs, and a consumer's messages count in the totals from then on.
    QFETCH(bool, producer);
    RunSeries s = oneToOne();
    appendWindows(s, 0, 10, 5);
    const quint64 revision = s.revision();
    s.addWorker(producer ? QStringLiteral("P2") : QStringLiteral("C2"), producer);
    QVERIFY(s.revision() != revision); // what was drawn is read again
    QCOMPARE(s.workers(), 3);
    QCOMPARE(s.producers(), producer ? 2 : 1);
    QCOMPARE(s.workerName(producer ? 1 : 2), producer ? QStringLiteral("P2") : QStringLiteral("C2"));
    QCOMPARE(s.workerName(producer ? 2 : 1), QStringLiteral("C1"));
    QCOMPARE(s.messages(), quint64(50));
    const SeriesPoint before = s.point(3);
    QCOMPARE(before.workers.size(), 3);
    QCOMPARE(before.workers[producer ? 1 : 2].msgsPerS, 0.0);
    QCOMPARE(before.workers[producer ? 2 : 1].msgsPerS, 50.0); // C1 kept its own line
    // Now in the series' order: producers, then consumers.
    SeriesCounts w = window(1.0, 1.1, 5, 5);
    w.messages = producer ? QVector<quint64>{5, 7, 12} : QVector<quint64>{5, 5, 3};
    w.bytes = {};
    for (quint64 m : w.messages)
        w.bytes << m * kBytesPerMessage;
    s.append(w);
    QCOMPARE(s.messages(), quint64(50) + (producer ? 12 : 8));
}

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_series.moc"
