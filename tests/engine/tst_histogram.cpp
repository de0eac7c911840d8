// The latency histogram: every value falls into the bucket whose bounds hold
// it, buckets are at most 12.5 % wide, and percentiles land where they should.
#include "engine/histogram.h"

#include <QTest>

using namespace ipcscope;

class TestHistogram : public QObject {
    Q_OBJECT
private slots:
    void bucketsCoverTheRangeInOrder();
    void valuesFallIntoTheirBucket();
    void percentiles();
    void emptyHistogram();
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
    LatencyCounts counts{};
    // 90 samples at 1 µs, 9 at 100 µs, 1 at 10 ms.
    counts[size_t(latencyBucket(1000))] = 90;
    counts[size_t(latencyBucket(100000))] = 9;
    counts[size_t(latencyBucket(10000000))] = 1;
    const auto near = [](uint64_t got, uint64_t want) { return got >= want * 0.875 && got <= want * 1.125; };
    QVERIFY(near(latencyPercentile(counts, 0.5), 1000));
    QVERIFY(near(latencyPercentile(counts, 0.9), 1000));
    QVERIFY(near(latencyPercentile(counts, 0.95), 100000));
    QVERIFY(near(latencyPercentile(counts, 0.99), 100000));
    QVERIFY(near(latencyPercentile(counts, 1.0), 10000000));
}

void TestHistogram::emptyHistogram()
{
    QCOMPARE(latencyPercentile(LatencyCounts{}, 0.5), uint64_t(0));
}

QTEST_GUILESS_MAIN(TestHistogram)
#include "tst_histogram.moc"
