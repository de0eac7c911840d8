// A scenario refuses what cannot run, in one line that says why, naming the
// field at fault; it survives the trip through a scenario file, with its
// layout and the lessons' tweaks; every shipped example is one that runs.
#include "session/lessons/lesson.h"
#include "session/scenario.h"
#include "session/scenariofile.h"

#include <QTemporaryDir>
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
    void problemsNameTheirField();
    void tweaksRoundTrip();
    void documentRoundTrip();
    void badDocuments_data();
    void badDocuments();
    void examplesAreValid();
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

void TestScenario::problemsNameTheirField()
{
    using Field = ScenarioProblem::Field;
    Scenario s;
    s.mechanism = QStringLiteral("sysv-msg");
    s.size = 1 << 20;   // over msgmax
    s.producers = 9;    // over the eight ipcscope runs
    s.rate = -1;        // impossible
    s.ringSlots = 2000; // over 1024
    s.consumers = 0;    // none
    QMap<Field, QString> byField;
    for (const ScenarioProblem &p : s.problems())
        byField.insert(p.field, p.message);
    QVERIFY2(byField.value(Field::Size).contains(QLatin1String("msgmax")), qPrintable(byField.value(Field::Size)));
    QVERIFY(byField.value(Field::Producers).contains(QLatin1String("9 producers")));
    QVERIFY(byField.value(Field::Rate).contains(QLatin1String("rate")));
    QVERIFY(byField.value(Field::RingSlots).contains(QLatin1String("2000")));
    QVERIFY(byField.value(Field::Consumers).contains(QLatin1String("0 consumers")));
    QVERIFY(!byField.contains(Field::Amount));
    // validate() is the first of them, after the mechanism's id.
    QVERIFY(s.validate().startsWith(QLatin1String("sysv-msg: ")));
}

void TestScenario::tweaksRoundTrip()
{
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.tweaks.consumerRate = 50;
    s.tweaks.stopAfter = 7;
    s.tweaks.ignoreSigpipe = true;
    s.tweaks.allowTornWrites = true;
    s.tweaks.pipeCapacity = 8192;
    const Scenario back = Scenario::fromJson(s.toJson());
    QCOMPARE(back.tweaks.consumerRate, 50.0);
    QCOMPARE(back.tweaks.stopAfter, quint64(7));
    QVERIFY(back.tweaks.ignoreSigpipe && back.tweaks.allowTornWrites);
    QCOMPARE(back.tweaks.pipeCapacity, 8192);
    QVERIFY(!Scenario().toJson().contains(QStringLiteral("tweaks"))); // only where there are any
}

void TestScenario::documentRoundTrip()
{
    QTemporaryDir dir;
    ScenarioDocument d;
    d.scenario.mechanism = QStringLiteral("posix-shm");
    d.scenario.rate = 0.5;
    d.layout = {true, 1.5, 2};
    d.titles = {{QStringLiteral("en"), QStringLiteral("Slowly")}, {QStringLiteral("ru"), QStringLiteral("Медленно")}};
    const QString file = dir.filePath(QStringLiteral("lecture1.json"));
    QString error;
    QVERIFY2(saveScenario(file, d, error), qPrintable(error));
    ScenarioDocument back;
    QVERIFY2(loadScenario(file, back, error), qPrintable(error));
    QCOMPARE(back.scenario.toJson(), d.scenario.toJson());
    QVERIFY(back.layout.presentation);
    QCOMPARE(back.layout.zoom, 1.5);
    QCOMPARE(back.layout.callEveryS, 2.0);
    QCOMPARE(back.title(QStringLiteral("ru")), QStringLiteral("Медленно"));
    QCOMPARE(back.title(QStringLiteral("de")), QStringLiteral("Slowly")); // English when there is none
}

void TestScenario::badDocuments_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{mechanism: pipe") << "not JSON";
    QTest::newRow("no format key") << QByteArray(R"({"mechanism": "pipe"})") << "ipcscope_scenario";
    QTest::newRow("wrong type") << QByteArray(R"({"ipcscope_scenario": 1, "rate": "fast"})") << "rate";
    QTest::newRow("zoom out of range") << QByteArray(R"({"ipcscope_scenario": 1, "layout": {"zoom": 40}})") << "zoom";
    QTest::newRow("negative beat") << QByteArray(R"({"ipcscope_scenario": 1, "layout": {"call_every_s": -1}})")
                                   << "call_every_s";
}

void TestScenario::badDocuments()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(content);
    out.close();
    ScenarioDocument d;
    d.scenario.mechanism = QStringLiteral("untouched");
    QString error;
    QVERIFY(!loadScenario(file, d, error));
    QVERIFY2(error.contains(mentions) && error.contains(QLatin1String("bad.json")), qPrintable(error));
    QCOMPARE(d.scenario.mechanism, QStringLiteral("untouched")); // nothing half-loaded
}

void TestScenario::examplesAreValid()
{
    const QStringList names = exampleNames();
    QVERIFY(names.contains(QStringLiteral("default")));
    for (const QString &name : names) {
        ScenarioDocument d;
        QString error;
        QVERIFY2(loadScenario(examplePath(name), d, error), qPrintable(error));
        QVERIFY2(d.scenario.validate().isEmpty(), qPrintable(name + QStringLiteral(": ") + d.scenario.validate()));
        QVERIFY2(!d.title(QStringLiteral("en")).isEmpty() && !d.title(QStringLiteral("ru")).isEmpty(),
                 qPrintable(name));
    }
    // Every lesson that names an example builds on one that exists.
    for (const Lesson *lesson : allLessons())
        if (!lesson->scenario().isEmpty())
            QVERIFY2(names.contains(lesson->scenario()), qPrintable(lesson->id()));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
