// The latency histogram: every value falls into the bucket whose bounds hold
// it, buckets are at most 12.5 % wide, and quantiles are interpolated within
// their bucket and never leave the observed minimum and maximum.
#include "engine/histogram.h"

#include <QTest>

#include <limits>

using namespace ipcscope;

// Hand-built histograms: (a value, how many samples fall into its bucket).
using Samples = QList<QPair<quint64, quint64>>;

namespace {

LatencyCounts countsOf(const Samples &samples)
{
    LatencyCounts counts{};
    for (const auto &[value, count] : samples)
        counts[size_t(latencyBucket(value))] += count;
    return counts;
}

} // namespace

class TestHistogram : public QObject {
    Q_OBJECT
private slots:
    void bucketsCoverTheRangeInOrder();
    void valuesFallIntoTheirBucket();
    void percentiles();
    void emptyHistogram();
    void quantiles_data();
    void quantiles();
    void quantilesStayInsideTheObservedRange_data();
    void quantilesStayInsideTheObservedRange();
};

void TestHistogram::bucketsCoverTheRangeInOrder()
{
    for (int i = 0; i + 1 < kLatencyBuckets; ++i) {
        QCOMPARE(latencyBucket(latencyBucketLow(i)), i);
        QCOMPARE(latencyBucket(latencyBucketHigh(i)), i);
        QCOMPARE(latencyBucketHigh(i) + 1, latencyBucketLow(i + 1));
        if (i >= 16) {
            const double width = double(latencyBucketHigh(i) - latencyBucketLow(i) + 1);
            QVERIFY(width / double(latencyBucketLow(i)) <= 0.125);
        }
    }
    QCOMPARE(latencyBucket(UINT64_MAX), kLatencyBuckets - 1);
}

void TestHistogram::valuesFallIntoTheirBucket()
{
    for (uint64_t v : {0ull, 1ull, 15ull, 16ull, 17ull, 1000ull, 123456ull, 999999999ull, 1ull << 40}) {
        const int b = latencyBucket(v);
        QVERIFY(latencyBucketLow(b) <= v && v <= latencyBucketHigh(b));
    }
}

void TestHistogram::percentiles()
{
    // 90 samples at 1 µs, 9 at 100 µs, 1 at 10 ms.
    const LatencyCounts counts = countsOf({{1000, 90}, {100000, 9}, {10000000, 1}});
    const auto near = [](double got, double want) { return got >= want * 0.875 && got <= want * 1.125; };
    QVERIFY(near(latencyPercentile(counts, 0.5), 1000));
    QVERIFY(near(latencyPercentile(counts, 0.9), 1000));
    QVERIFY(near(latencyPercentile(counts, 0.95), 100000));
    QVERIFY(near(latencyPercentile(counts, 0.99), 100000));
    QVERIFY(near(latencyPercentile(counts, 1.0), 10000000));
}

void TestHistogram::emptyHistogram()
{
    QCOMPARE(latencyPercentile(LatencyCounts{}, 0.5), 0.0);
    QCOMPARE(latencyPercentile(LatencyCounts{}, 0.5, {100, 200}), 0.0);
}

void TestHistogram::quantiles_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<quint64>("minNs");
    QTest::addColumn<quint64>("maxNs");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<double>("expected");

    constexpr quint64 none = std::numeric_limits<quint64>::max();
    // Bucket [1024, 1151]: 100 samples spread evenly over it.
    const Samples oneBucket = {{1024, 100}};
    QTest::newRow("interpolated: p50 halfway") << oneBucket << quint64(0) << none << 0.50 << 1024 + 0.50 * 127;
    QTest::newRow("interpolated: p25 a quarter") << oneBucket << quint64(0) << none << 0.25 << 1024 + 0.25 * 127;
    QTest::newRow("interpolated: p100 the top") << oneBucket << quint64(0) << none << 1.0 << 1151.0;
    QTest::newRow("exact below 16 ns") << Samples{{5, 10}} << quint64(5) << quint64(5) << 0.5 << 5.0;

    // `ipcscope-cli run -m fifo` printed "p50 688.1 µs, p99 819.2 µs, max 787.6 µs":
    // 819.2 µs is the middle of the bucket [786432, 851967] that holds the maximum.
    const Samples fifo = {{688100, 60}, {787600, 40}};
    const quint64 fifoMin = 655400, fifoMax = 787600;
    QTest::newRow("fifo: p0 is the minimum") << fifo << fifoMin << fifoMax << 0.0 << 655400.0;
    QTest::newRow("fifo: p50 from the minimum up")
        << fifo << fifoMin << fifoMax << 0.50 << 655400 + 50.0 / 60 * (720895 - 655400);
    QTest::newRow("fifo: p99 below the maximum")
        << fifo << fifoMin << fifoMax << 0.99 << 786432 + 39.0 / 40 * (787600 - 786432);
    QTest::newRow("fifo: p100 is the maximum") << fifo << fifoMin << fifoMax << 1.0 << 787600.0;

    // Bucket [786432, 851967], every sample between 800 and 810 µs.
    const Samples narrow = {{805000, 10}};
    QTest::newRow("narrow: p0") << narrow << quint64(800000) << quint64(810000) << 0.0 << 800000.0;
    QTest::newRow("narrow: p50") << narrow << quint64(800000) << quint64(810000) << 0.5 << 805000.0;
    QTest::newRow("narrow: p99") << narrow << quint64(800000) << quint64(810000) << 0.99 << 809900.0;
    // Extremes read a moment before the counts may miss the newest samples' bucket.
    QTest::newRow("stale maximum still bounds") << narrow << quint64(700000) << quint64(780000) << 0.5 << 780000.0;
    QTest::newRow("stale minimum still bounds")
        << Samples{{1000, 10}} << quint64(5000) << quint64(6000) << 0.5 << 5000.0;
    QTest::newRow("no extremes (min > max): the bucket alone")
        << oneBucket << quint64(2000) << quint64(1000) << 0.5 << 1024 + 0.50 * 127;
    QTest::newRow("fraction NaN reads as 0")
        << oneBucket << quint64(1030) << quint64(1100) << std::numeric_limits<double>::quiet_NaN() << 1030.0;
    QTest::newRow("fraction above 1 reads as 1") << oneBucket << quint64(1030) << quint64(1100) << 1.5 << 1100.0;
    QTest::newRow("one sample") << Samples{{787600, 1}} << quint64(787600) << quint64(787600) << 0.99 << 787600.0;
}

void TestHistogram::quantiles()
{
    QFETCH(Samples, samples);
    QFETCH(quint64, minNs);
    QFETCH(quint64, maxNs);
    QFETCH(double, fraction);
    QFETCH(double, expected);
    const double got = latencyPercentile(countsOf(samples), fraction, {minNs, maxNs});
    QVERIFY2(qAbs(got - expected) < 1e-6,
             qPrintable(QStringLiteral("got %1, want %2").arg(got, 0, 'f', 3).arg(expected, 0, 'f', 3)));
}

void TestHistogram::quantilesStayInsideTheObservedRange_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<quint64>("minNs");
    QTest::addColumn<quint64>("maxNs");
    QTest::newRow("fifo") << Samples{{688100, 60}, {787600, 40}} << quint64(655400) << quint64(787600);
    QTest::newRow("decades") << Samples{{3, 5}, {900, 50}, {47000, 30}, {2000000, 14}, {900000000, 1}} << quint64(3)
                             << quint64(900000123);
    QTest::newRow("extremes inside their buckets")
        << Samples{{1100, 1}, {5000, 98}, {70000, 1}} << quint64(1100) << quint64(70001);
    QTest::newRow("one sample") << Samples{{123456, 1}} << quint64(123456) << quint64(123456);
}

void TestHistogram::quantilesStayInsideTheObservedRange()
{
    QFETCH(Samples, samples);
    QFETCH(quint64, minNs);
    QFETCH(quint64, maxNs);
    const LatencyCounts counts = countsOf(samples);
    double previous = 0;
    for (int percent = 0; percent <= 100; ++percent) {
        const double q = latencyPercentile(counts, percent / 100.0, {minNs, maxNs});
        const QByteArray where = QByteArray::number(percent) + "%: " + QByteArray::number(q, 'f', 1);
        QVERIFY2(q >= double(minNs) && q <= double(maxNs), where.constData());
        QVERIFY2(q >= previous, where.constData()); // never decreases with the fraction
        previous = q;
    }
    QCOMPARE(latencyPercentile(counts, 0.0, {minNs, maxNs}), double(minNs));
    QCOMPARE(latencyPercentile(counts, 1.0, {minNs, maxNs}), double(maxNs));
}

QTEST_GUILESS_MAIN(TestHistogram)
#include "tst_histogram.moc"
