// Which messages a producer stamps: every one while it sends slower than one
// message every StampPolicy::kFastNs, one in kStride when faster, always the
// last one of a counted run, and every one when sampling is off (signals).
// Driven by made-up send times, so no timing of the machine enters.
#include "engine/stamppolicy.h"

#include <QTest>

using namespace ipcscope;

class TestStampPolicy : public QObject {
    Q_OBJECT
private slots:
    void stamps_data();
    void stamps();
};

void TestStampPolicy::stamps_data()
{
    QTest::addColumn<quint64>("gapNs"); // between two messages
    QTest::addColumn<quint64>("count"); // of the run, 0: until stopped
    QTest::addColumn<bool>("everyMessage");
    QTest::addColumn<quint64>("expected"); // stamped of the first 1000 (or count)

    constexpr quint64 slow = StampPolicy::kFastNs;    // exactly the limit: not fast
    constexpr quint64 fast = StampPolicy::kFastNs - 1; // just under it
    // Fast: 0 and 1 stamped (the first gap is measured), then every kStride-th
    // from 1: 1, 17, ..., 993 (63 of them), and 0: 63 + 1.
    QTest::newRow("slow: every message") << slow << quint64(0) << false << quint64(1000);
    QTest::newRow("fast: one in kStride") << fast << quint64(0) << false << quint64(1 + 63);
    QTest::newRow("fast, counted: the last one too") << fast << quint64(1000) << false << quint64(1 + 63 + 1);
    QTest::newRow("fast, sampling off") << fast << quint64(0) << true << quint64(1000);
    // A 4 KiB datagram on two CPUs, one every 3 µs (docs/benchmarks.md,
    // nineteenth round): sampled, so neither side reads the clock for 15 in 16.
    QTest::newRow("3 µs apart: one in kStride") << quint64(3'000) << quint64(0) << false << quint64(1 + 63);
    QTest::newRow("no time between messages") << quint64(0) << quint64(0) << false << quint64(1 + 63);
}

void TestStampPolicy::stamps()
{
    QFETCH(quint64, gapNs);
    QFETCH(quint64, count);
    QFETCH(bool, everyMessage);
    QFETCH(quint64, expected);
    StampPolicy policy(count, everyMessage);
    quint64 stamped = 0;
    const quint64 n = count ? count : 1000;
    for (quint64 seq = 0; seq < n; ++seq) {
        if (!policy.due(seq))
            continue;
        ++stamped;
        policy.stamped(seq, 1'000'000 + seq * gapNs);
    }
    QCOMPARE(stamped, expected);
}

QTEST_APPLESS_MAIN(TestStampPolicy)
#include "tst_stamppolicy.moc"
