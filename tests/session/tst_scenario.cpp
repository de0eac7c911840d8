// A scenario refuses what cannot run, in one line that says why, and survives
// the trip through a scenario file.
#include "session/scenario.h"

#include <QTest>

#include <limits>

using namespace ipcscope;

class TestScenario : public QObject {
    Q_OBJECT
private slots:
    void defaultIsValid();
    void refusals_data();
    void refusals();
    void signalsIgnoreSize();
    void jsonRoundTrip();
    void jsonWithWrongType();
};

void TestScenario::defaultIsValid()
{
    QCOMPARE(Scenario().validate(), QString());
}

void TestScenario::refusals_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("size");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown mechanism") << "smoke-signals" << 64 << qint64(10) << 0.0 << "sysv-shm, posix-shm";
    QTest::newRow("negative size") << "pipe" << -5 << qint64(10) << 0.0 << "negative";
    QTest::newRow("count of zero") << "pipe" << 64 << qint64(0) << 0.0 << "at least 1";
    QTest::newRow("negative rate") << "pipe" << 64 << qint64(10) << -1.0 << "rate";
    QTest::newRow("over msgmax") << "sysv-msg" << 9000 << qint64(10) << 0.0 << "/proc/sys/kernel/msgmax";
    QTest::newRow("infinite rate") << "pipe" << 64 << qint64(10) << std::numeric_limits<double>::infinity() << "rate";
    QTest::newRow("absurd rate") << "pipe" << 64 << qint64(10) << 1e300 << "rate";
}

void TestScenario::refusals()
{
    QFETCH(QString, mechanism);
    QFETCH(int, size);
    QFETCH(qint64, count);
    QFETCH(double, rate);
    QFETCH(QString, mentions);
    Scenario s;
    s.mechanism = mechanism;
    s.size = size;
    s.count = count;
    s.rate = rate;
    const QString reason = s.validate();
    QVERIFY2(reason.contains(mentions), qPrintable(reason));
    QVERIFY(!reason.contains(QLatin1Char('\n')));
}

void TestScenario::signalsIgnoreSize()
{
    Scenario s;
    s.mechanism = QStringLiteral("signals-std");
    s.size = 1 << 30;
    QCOMPARE(s.validate(), QString());
}

void TestScenario::jsonRoundTrip()
{
    Scenario s;
    s.mechanism = QStringLiteral("posix-mq");
    s.producers = 3;
    s.consumers = 2;
    s.size = 512;
    s.count = 77;
    s.rate = 2.5;
    s.payload = QStringLiteral("Привет, семафор!");
    s.ringSlots = 4;
    const Scenario back = Scenario::fromJson(s.toJson());
    QCOMPARE(back.toJson(), s.toJson());
    QCOMPARE(back.payload, s.payload);

    Scenario timed;
    timed.durationS = 12;
    const Scenario timedBack = Scenario::fromJson(timed.toJson());
    QVERIFY(timedBack.byDuration());
    QCOMPARE(timedBack.durationS, 12.0);
}

void TestScenario::jsonWithWrongType()
{
    QString error;
    Scenario::fromJson(QJsonObject{{QStringLiteral("size"), QStringLiteral("big")}}, &error);
    QVERIFY(error.contains(QLatin1String("size")));
    error.clear();
    Scenario::fromJson(QJsonObject{{QStringLiteral("producers"), 1e20}}, &error);
    QVERIFY2(error.contains(QLatin1String("producers")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
