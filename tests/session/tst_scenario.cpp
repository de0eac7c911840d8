// A scenario refuses what cannot run, in one line that says why, naming the
// field at fault; it survives the trip through a scenario file, with its
// layout and the lessons' tweaks; every shipped example is one that runs.
#include "session/lessons/lesson.h"
#include "session/scenario.h"
#include "session/scenariofile.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

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
    void fieldsAtTheirLimits();
    void onlyRegularFiles_data();
    void onlyRegularFiles();
    void atMostOneMebibyte();
    void examplesAreValid();

private:
    static QString write(const QTemporaryDir &dir, const QByteArray &content);
};

QString TestScenario::write(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        return {};
    return file;
}

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
    s.sched = SchedPolicy::Normal;
    const Scenario back = Scenario::fromJson(s.toJson());
    QCOMPARE(back.toJson(), s.toJson());
    QCOMPARE(back.payload, s.payload);
    QCOMPARE(back.sched, SchedPolicy::Normal);
    QCOMPARE(Scenario::fromJson(Scenario().toJson()).sched, SchedPolicy::Batch);

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
    error.clear();
    Scenario::fromJson(QJsonObject{{QStringLiteral("sched"), QStringLiteral("fifo")}}, &error);
    QVERIFY2(error.contains(QLatin1String("'sched'")), qPrintable(error));
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
    QTest::addColumn<QStringList>("mentions");
    const auto scenario = [](const QByteArray &fields) { return "{\"ipcscope_scenario\": 1, " + fields + "}"; };
    QTest::newRow("not JSON") << QByteArray("{mechanism: pipe") << QStringList{"not JSON"};
    QTest::newRow("no format key") << QByteArray(R"({"mechanism": "pipe"})") << QStringList{"ipcscope_scenario"};
    QTest::newRow("wrong type") << scenario(R"("rate": "fast")") << QStringList{"rate"};
    QTest::newRow("zoom out of range") << scenario(R"("layout": {"zoom": 40})") << QStringList{"zoom"};
    QTest::newRow("negative beat") << scenario(R"("layout": {"call_every_s": -1})") << QStringList{"call_every_s"};

    // Out of range: refused with the field and its range, never clamped.
    QTest::newRow("rate 1e308") << scenario(R"("rate": 1e308)") << QStringList{"'rate'", "0..10000000", "1e+308"};
    QTest::newRow("rate past the editor")
        << scenario(R"("rate": 10000001)") << QStringList{"'rate'", "0..10000000", "10000001"};
    QTest::newRow("negative rate") << scenario(R"("rate": -1)") << QStringList{"'rate'", "0..10000000"};
    QTest::newRow("duration 1e308") << scenario(R"("duration": 1e308)")
                                    << QStringList{"'duration'", "0..86400", "1e+308"};
    QTest::newRow("duration past a day") << scenario(R"("duration": 86401)") << QStringList{"'duration'", "0..86400"};
    QTest::newRow("nine producers") << scenario(R"("producers": 9)") << QStringList{"'producers'", "1..8", "9"};
    QTest::newRow("no producers") << scenario(R"("producers": 0)") << QStringList{"'producers'", "1..8"};
    QTest::newRow("half a producer") << scenario(R"("producers": 2.5)")
                                     << QStringList{"'producers'", "whole number", "2.5"};
    QTest::newRow("nine consumers") << scenario(R"("consumers": 9)") << QStringList{"'consumers'", "1..8"};
    QTest::newRow("size past 1 MiB") << scenario(R"("size": 1048577)")
                                     << QStringList{"'size'", "0..1048576", "1048577"};
    QTest::newRow("negative size") << scenario(R"("size": -1)") << QStringList{"'size'", "0..1048576"};
    QTest::newRow("count past the editor")
        << scenario(R"("count": 2000000001)") << QStringList{"'count'", "0..2000000000", "2000000001"};
    QTest::newRow("slots past 1024") << scenario(R"("slots": 2000)") << QStringList{"'slots'", "1..1024", "2000"};
    QTest::newRow("no slots") << scenario(R"("slots": 0)") << QStringList{"'slots'", "1..1024"};
    QTest::newRow("consumer rate 1e308") << scenario(R"("tweaks": {"consumer_rate": 1e308})")
                                         << QStringList{"'tweaks.consumer_rate'", "0..10000000"};
    QTest::newRow("consumer stops before it starts") << scenario(R"("tweaks": {"consumer_stops_after": -1})")
                                                     << QStringList{"'tweaks.consumer_stops_after'", "0..2000000000"};
    QTest::newRow("negative pipe capacity")
        << scenario(R"("tweaks": {"pipe_capacity": -4096})") << QStringList{"'tweaks.pipe_capacity'", "0..1073741824"};
    QTest::newRow("pipe capacity 2 GiB") << scenario(R"("tweaks": {"pipe_capacity": 2147483648})")
                                         << QStringList{"'tweaks.pipe_capacity'"};

    // Wrong types, read as something else before.
    QTest::newRow("mechanism a number") << scenario(R"("mechanism": 5)") << QStringList{"'mechanism'", "text"};
    QTest::newRow("payload a list") << scenario(R"("payload": ["a"])") << QStringList{"'payload'", "text"};
    QTest::newRow("until_stopped a word")
        << scenario(R"("until_stopped": "yes")") << QStringList{"'until_stopped'", "true or false"};
    QTest::newRow("unknown pattern") << scenario(R"("pattern": "round-robin")")
                                     << QStringList{"'pattern'", "ping-pong"};
    QTest::newRow("tweaks a number") << scenario(R"("tweaks": 3)") << QStringList{"'tweaks'", "object"};
    QTest::newRow("ignore_sigpipe a number")
        << scenario(R"("tweaks": {"ignore_sigpipe": 1})") << QStringList{"'tweaks.ignore_sigpipe'", "true or false"};
    QTest::newRow("layout a word") << scenario(R"("layout": "big")") << QStringList{"'layout'", "object"};
    QTest::newRow("zoom a word") << scenario(R"("layout": {"zoom": "big"})") << QStringList{"zoom", "number"};
    QTest::newRow("presentation a number")
        << scenario(R"("layout": {"presentation": 1})") << QStringList{"presentation", "true or false"};
    QTest::newRow("title a word") << scenario(R"("title": "Hello")") << QStringList{"'title'", "object"};
    QTest::newRow("title a number") << scenario(R"("title": {"en": 5})") << QStringList{"title", "'en'", "text"};

    // Strings with a bound, so that no window freezes drawing them.
    const QByteArray longTitle(201, 'T');
    QTest::newRow("title of 201 characters")
        << scenario(R"("title": {"en": "ok", "ru": ")" + longTitle + "\"}") << QStringList{"title", "'ru'", "200"};
    QTest::newRow("title of 200 000 characters")
        << scenario(R"("title": {"en": ")" + QByteArray(200000, 'T') + "\"}") << QStringList{"title", "'en'", "200"};
    QTest::newRow("language code of 17 characters")
        << scenario(R"("title": {")" + QByteArray(17, 'x') + R"(": "ok"})") << QStringList{"language code", "16"};
    QTest::newRow("payload of 257 characters")
        << scenario(R"("payload": ")" + QByteArray(257, 'p') + "\"") << QStringList{"'payload'", "256"};
    QTest::newRow("mechanism id of 33 characters")
        << scenario(R"("mechanism": ")" + QByteArray(33, 'm') + "\"") << QStringList{"'mechanism'", "32"};
}

void TestScenario::badDocuments()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    const QString file = write(dir, content);
    QVERIFY(!file.isEmpty());
    ScenarioDocument d;
    d.scenario.mechanism = QStringLiteral("untouched");
    QString error;
    QVERIFY(!loadScenario(file, d, error));
    QVERIFY2(error.contains(QLatin1String("bad.json")), qPrintable(error));
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(error + QStringLiteral(" -- does not mention ") + m));
    QVERIFY2(error.size() < 300, qPrintable(error.left(300)));   // the reason, not the value echoed
    QCOMPARE(d.scenario.mechanism, QStringLiteral("untouched")); // nothing half-loaded
}

void TestScenario::fieldsAtTheirLimits()
{
    // Every bound the refusals name is itself accepted, as it is.
    QTemporaryDir dir;
    const QByteArray content = R"({"ipcscope_scenario": 1, "mechanism": ")" + QByteArray(32, 'm') +
                               R"(", "producers": 8, "consumers": 8, "size": 1048576, "rate": 10000000,
        "slots": 1024, "duration": 86400, "payload": ")" +
                               QByteArray(256, 'p') +
                               R"(", "pattern": "one-way", "until_stopped": false,
        "tweaks": {"consumer_rate": 10000000, "consumer_stops_after": 2000000000, "pipe_capacity": 1073741824},
        "layout": {"zoom": 3, "call_every_s": 60, "presentation": true},
        "title": {")" + QByteArray(16, 'l') +
                               R"(": ")" + QByteArray(200, 'T') + R"("}})";
    const QString file = write(dir, content);
    ScenarioDocument d;
    QString error;
    QVERIFY2(loadScenario(file, d, error), qPrintable(error));
    QCOMPARE(d.scenario.mechanism.size(), 32);
    QCOMPARE(d.scenario.producers, 8);
    QCOMPARE(d.scenario.size, 1 << 20);
    QCOMPARE(d.scenario.rate, 1e7);
    QCOMPARE(d.scenario.ringSlots, 1024);
    QCOMPARE(d.scenario.durationS, 86400.0);
    QCOMPARE(d.scenario.payload.size(), 256);
    QCOMPARE(d.scenario.tweaks.stopAfter, quint64(2000000000));
    QCOMPARE(d.scenario.tweaks.pipeCapacity, 1 << 30);
    QCOMPARE(d.title(QString(16, QLatin1Char('l'))).size(), 200);
    // And what a file may hold, a scenario may run: the same bounds in validate().
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.count = kMaxCount;
    QCOMPARE(s.validate(), QString());
    s.count = kMaxCount + 1;
    QVERIFY(s.validate().contains(QLatin1String("2000000000")));
    s.count = 10;
    s.rate = kMaxRate;
    QCOMPARE(s.validate(), QString());
    s.rate = std::nextafter(kMaxRate, 1e308);
    QVERIFY(s.validate().contains(QLatin1String("10000000")));
}

void TestScenario::onlyRegularFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");       // endless zeros: read until bad_alloc
    QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom"); // endless bytes
    QTest::newRow("a directory") << QStringLiteral("/tmp");
    QTest::newRow("a FIFO") << QStringLiteral("fifo"); // made below: nobody writes, so an open would wait
}

void TestScenario::onlyRegularFiles()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    std::atomic<bool> done{false};
    std::thread writer;
    if (path == QLatin1String("fifo")) {
        path = dir.filePath(path);
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        // Should the loader wait in open() for a writer, one comes, writes a
        // scenario and leaves: the test ends (and fails) instead of hanging.
        writer = std::thread([&done, fifo = QFile::encodeName(path)] {
            while (!done) {
                const int fd = open(fifo.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
                if (fd >= 0) {
                    const char scenario[] = R"({"ipcscope_scenario": 1})";
                    [[maybe_unused]] const ssize_t n = ::write(fd, scenario, sizeof scenario - 1);
                    close(fd);
                    return;
                }
                usleep(200000);
            }
        });
    }
    ScenarioDocument d;
    QString error;
    const bool loaded = loadScenario(path, d, error);
    done = true;
    if (writer.joinable())
        writer.join();
    QVERIFY(!loaded);
    QVERIFY2(error.contains(QLatin1String("not a regular file")) && error.contains(path), qPrintable(error));
}

void TestScenario::atMostOneMebibyte()
{
    // A valid scenario padded with blanks: 1 MiB loads, one byte more does not.
    QTemporaryDir dir;
    QByteArray content = R"({"ipcscope_scenario": 1, "mechanism": "pipe"})";
    content += QByteArray((1 << 20) - content.size(), ' ');
    ScenarioDocument d;
    QString error;
    QVERIFY2(loadScenario(write(dir, content), d, error), qPrintable(error));
    QCOMPARE(d.scenario.mechanism, QStringLiteral("pipe"));
    QVERIFY(!loadScenario(write(dir, content + ' '), d, error));
    QVERIFY2(error.contains(QLatin1String("1048576")), qPrintable(error));
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
