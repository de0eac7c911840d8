// The classifier on rows built by hand, so that no verdict is beyond failing:
// a lossy mechanism gets no class and is never the fastest, a spread that
// straddles a boundary is undecided, signals are judged in messages a second
// with the smallest messages, 4 KiB and above in MB/s, groups are per size
// and per workers, a single sample is said, a failed row is failed.
#include "session/classifier.h"
#include "session/formatter.h"

#include <QTest>

using namespace ipcscope;
using Class = ThroughputVerdict::Class;
using Unit = ThroughputVerdict::Unit;
using Agreement = ThroughputVerdict::Agreement;

Q_DECLARE_METATYPE(QVector<ipcscope::CompareRow>)
Q_DECLARE_METATYPE(ipcscope::ThroughputVerdict::Class)
Q_DECLARE_METATYPE(ipcscope::ThroughputVerdict::Unit)
Q_DECLARE_METATYPE(ipcscope::ThroughputVerdict::Agreement)

namespace {

// One row: messages a second and MB/s of each repetition, and the most any
// repetition lost.
CompareRow row(const char *mechanism, int size, QVector<double> msgs, QVector<double> mb = {}, double lost = 0,
               int workers = 1)
{
    CompareRow r;
    r.point = {QLatin1String(mechanism), size, workers, workers};
    r.repetitions = int(msgs.size());
    if (mb.isEmpty())
        for (double m : msgs)
            mb << m * std::max(size, 8) / 1e6;
    r.msgsPerS = spreadOf(msgs);
    r.mbPerS = spreadOf(mb);
    r.lost = spreadOf(QVector<double>(msgs.size(), 0));
    r.lost.max = lost;
    return r;
}

} // namespace

class TestClassifier : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void verdicts_data();
    void verdicts();
    void textsNameTheirUnit_data();
    void textsNameTheirUnit();
};

void TestClassifier::verdicts_data()
{
    QTest::addColumn<QVector<CompareRow>>("rows");
    QTest::addColumn<int>("judged");
    QTest::addColumn<Class>("cls");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<Agreement>("agreement");
    QTest::addColumn<QString>("fastest");
    QTest::addColumn<bool>("singleSample");

    const QVector<double> three = {1e6, 1e6, 1e6};
    const QVector<CompareRow> race = {row("shm-nosync", 64, {9e6, 9e6, 9e6}, {}, 477000),
                                      row("pipe", 64, {2e6, 2e6, 2e6})};
    QTest::newRow("lossy: no class") << race << 0 << Class::Lossy << Unit::MessagesPerS << Agreement::NotJudged
                                     << QString() << false;
    QTest::newRow("lossy: never the fastest") << race << 1 << Class::High << Unit::MessagesPerS
                                              << Agreement::Disagrees << "pipe" << false;
    QTest::newRow("one repetition that lost is lossy")
        << QVector<CompareRow>{row("udp", 64, {3e5, 3e5, 3e5}, {}, 12), row("pipe", 64, three)} << 0 << Class::Lossy
        << Unit::MessagesPerS << Agreement::NotJudged << QString() << false;
    QTest::newRow("spread straddles 40 %: undecided")
        << QVector<CompareRow>{row("sysv-msg", 64, {0.35e6, 0.45e6, 0.5e6}), row("pipe", 64, three)} << 0
        << Class::Undecided << Unit::MessagesPerS << Agreement::NotJudged << "pipe" << false;
    QTest::newRow("spread straddles 5 %: undecided")
        << QVector<CompareRow>{row("tcp", 64, {0.04e6, 0.06e6, 0.07e6}), row("pipe", 64, three)} << 0
        << Class::Undecided << Unit::MessagesPerS << Agreement::NotJudged << "pipe" << false;
    QTest::newRow("spread inside one class decides")
        << QVector<CompareRow>{row("sysv-msg", 64, {0.41e6, 0.45e6, 0.5e6}), row("pipe", 64, three)} << 0
        << Class::High << Unit::MessagesPerS << Agreement::Disagrees << "pipe" << false;
    QTest::newRow("medium from 5 %")
        << QVector<CompareRow>{row("posix-mq", 64, {0.05e6}), row("pipe", 64, {1e6})} << 0 << Class::Medium
        << Unit::MessagesPerS << Agreement::Agrees << "pipe" << true;
    QTest::newRow("low below 5 %")
        << QVector<CompareRow>{row("posix-mq", 64, {0.0499e6}), row("pipe", 64, {1e6})} << 0 << Class::Low
        << Unit::MessagesPerS << Agreement::Disagrees << "pipe" << true;
    // signals-rt beats the rings in messages a second, where MB/s would never let it.
    const QVector<CompareRow> withSignal = {row("signals-rt", 0, {6e5, 6e5, 6e5}), row("sysv-shm", 64, {5e5, 5e5, 5e5}),
                                         row("sysv-shm", 4096, {2e5, 2e5, 2e5})};
    QTest::newRow("signal in messages a second, with the smallest size")
        << withSignal << 0 << Class::High << Unit::MessagesPerS << Agreement::Disagrees << "signals-rt" << false;
    QTest::newRow("a ring judged against a signal") << withSignal << 1 << Class::High << Unit::MessagesPerS
                                                    << Agreement::Agrees << "signals-rt" << false;
    QTest::newRow("signal with nothing small to compare with")
        << QVector<CompareRow>{row("signals-rt", 0, {6e5, 6e5, 6e5}), row("pipe", 65536, {2e4, 2e4, 2e4})} << 0
        << Class::Undecided << Unit::MessagesPerS << Agreement::NotJudged << QString() << false;
    QTest::newRow("4 KiB in MB/s")
        << QVector<CompareRow>{row("sysv-msg", 4096, {5e5, 5e5, 5e5}, {30, 30, 30}),
                               row("pipe", 4096, {2e5, 2e5, 2e5}, {1000, 1000, 1000})}
        << 0 << Class::Low << Unit::MegabytesPerS << Agreement::Disagrees << "pipe" << false;
    QTest::newRow("groups by workers")
        << QVector<CompareRow>{row("pipe", 64, {3e6, 3e6, 3e6}), row("pipe", 64, {1e6, 1e6, 1e6}, {}, 0, 2),
                               row("sysv-msg", 64, {0.9e6, 0.9e6, 0.9e6}, {}, 0, 2)}
        << 2 << Class::High << Unit::MessagesPerS << Agreement::Disagrees << "pipe" << false;
    QTest::newRow("a single sample is said")
        << QVector<CompareRow>{row("pipe", 64, {1e6})} << 0 << Class::High << Unit::MessagesPerS
        << Agreement::Disagrees << "pipe" << true;
    CompareRow failed = row("tcp", 64, {1e6, 1e6, 1e6});
    failed.error = QStringLiteral("P1 exited with 1");
    QTest::newRow("a failed run is failed, not the fastest")
        << QVector<CompareRow>{failed, row("pipe", 64, {2e5, 2e5, 2e5})} << 1 << Class::High << Unit::MessagesPerS
        << Agreement::Disagrees << "pipe" << false;
}

void TestClassifier::verdicts()
{
    QFETCH(QVector<CompareRow>, rows);
    QFETCH(int, judged);
    QFETCH(Class, cls);
    QFETCH(Unit, unit);
    QFETCH(Agreement, agreement);
    QFETCH(QString, fastest);
    QFETCH(bool, singleSample);
    const QVector<ThroughputVerdict> verdicts = classify(rows);
    QCOMPARE(verdicts.size(), rows.size());
    const ThroughputVerdict &v = verdicts[judged];
    QCOMPARE(v.cls, cls);
    QCOMPARE(v.unit, unit);
    QCOMPARE(v.agreement, agreement);
    QCOMPARE(v.fastestMechanism, fastest);
    QCOMPARE(v.singleSample, singleSample);
    if (!fastest.isEmpty())
        QVERIFY(v.share.valid && v.share.min <= v.share.median && v.share.median <= v.share.max);
}

// Each brief verdict names the unit it was judged in (and a lossy one what it
// lost), whatever the wording around it; never the other unit.
void TestClassifier::textsNameTheirUnit_data()
{
    QTest::addColumn<QVector<CompareRow>>("rows");
    QTest::addColumn<QStringList>("named");
    QTest::addColumn<QStringList>("notNamed");
    QTest::newRow("messages a second") << QVector<CompareRow>{row("pipe", 64, {1e6, 1e6, 1e6})}
                                       << QStringList{"high", "msg/s"} << QStringList{"MB/s"};
    QTest::newRow("MB/s") << QVector<CompareRow>{row("pipe", 4096, {1e5, 1e5, 1e5})} << QStringList{"high", "MB/s"}
                          << QStringList{"msg/s"};
    QTest::newRow("lossy, with what it lost")
        << QVector<CompareRow>{row("shm-nosync", 64, {9e6}, {}, 477000)}
        << QStringList{"lossy", "lost", Formatter::count(477000)} << QStringList{"msg/s", "MB/s"};
    QTest::newRow("undecided") << QVector<CompareRow>{row("fifo", 64, {0.3e6, 0.5e6}), row("pipe", 64, {1e6, 1e6})}
                               << QStringList{"undecided", "spread"} << QStringList{};
}

void TestClassifier::textsNameTheirUnit()
{
    QFETCH(QVector<CompareRow>, rows);
    QFETCH(QStringList, named);
    QFETCH(QStringList, notNamed);
    const QVector<ThroughputVerdict> verdicts = classify(rows);
    rows[0].verdict = verdicts[0];
    const QString brief = VerdictText::brief(rows[0]);
    for (const QString &word : named)
        QVERIFY2(brief.contains(word), qPrintable(brief + QStringLiteral(" lacks ") + word));
    for (const QString &word : notNamed)
        QVERIFY2(!brief.contains(word), qPrintable(brief + QStringLiteral(" has ") + word));
    QVERIFY(!VerdictText::full(rows[0], {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
