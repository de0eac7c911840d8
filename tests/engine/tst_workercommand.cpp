// The worker's command line is one type: what the session and the hand-run
// commands build is what the worker parses, for every mechanism and every
// field, and a command that does not parse is refused with a reason.
#include "engine/mechanism.h"
#include "engine/workercommand.h"

#include <QTest>

using namespace ipcscope;

class TestWorkerCommand : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void defaultsAreNotSpelledOut();
    void refusals_data();
    void refusals();
};

void TestWorkerCommand::roundTrip_data()
{
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<int>("variant");
    for (int m = 0; m < int(allMechanisms().size()); ++m)
        for (int v = 0; v < 4; ++v)
            QTest::addRow("%s %d", allMechanisms()[size_t(m)]->info().id.c_str(), v) << m << v;
}

void TestWorkerCommand::roundTrip()
{
    QFETCH(int, mechanism);
    QFETCH(int, variant);
    WorkerCommand c;
    c.mechanism = allMechanisms()[size_t(mechanism)]->info().id;
    c.role = variant % 2 ? Role::Consumer : Role::Producer;
    c.index = variant;
    c.shape = {3, 2, 4096, 16, variant == 3};
    switch (variant) {
    case 0:
        c.count = 0; // until stopped
        c.params = {{"shm", "/ipcscope-1-2-abc-ring"}, {"sem-key", "0x1bc51234"}};
        c.telemetry = "/ipcscope-1-2-abc-telemetry";
        c.cpu = 1;
        break;
    case 1:
        c.count = 0;
        c.durationS = 2.5;
        c.rate = 0.1;
        c.payload = "Hello, world: spaces, commas = signs";
        c.live = false;
        c.consumerRate = 7.25;
        c.stopAfter = 9;
        break;
    case 2:
        c.count = 12345678901ull;
        c.create = true;
        c.ignoreSigpipe = true;
        c.sched = SchedPolicy::Normal;
        break;
    case 3:
        c.pingPong = true;
        c.replyParams = {{"pid", "slot:0"}, {"dir", "/tmp/x y"}};
        c.rate = 1e9;
        break;
    }
    WorkerCommand back;
    std::string error;
    QVERIFY2(WorkerCommand::parse(c.arguments(), back, error), error.c_str());
    QVERIFY(back == c);
}

void TestWorkerCommand::defaultsAreNotSpelledOut()
{
    WorkerCommand c;
    c.mechanism = "pipe";
    const std::vector<std::string> a = c.arguments();
    const std::vector<std::string> expected = {"producer", "--mechanism", "pipe", "--producers", "1", "--consumers", "1"};
    QVERIFY(a == expected);
    WorkerCommand back;
    std::string error;
    QVERIFY(WorkerCommand::parse(a, back, error));
    QCOMPARE(back.count, WorkerCommand::kDefaultCount);
}

void TestWorkerCommand::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no role") << QStringList{} << "producer or consumer";
    QTest::newRow("bad role") << QStringList{"reader"} << "not 'reader'";
    QTest::newRow("no mechanism") << QStringList{"producer"} << "--mechanism is required";
    QTest::newRow("unknown option") << QStringList{"producer", "--mechanism", "pipe", "--frobnicate"}
                                    << "unknown option --frobnicate";
    QTest::newRow("missing value") << QStringList{"producer", "--mechanism", "pipe", "--count"}
                                   << "bad value for --count";
    QTest::newRow("not a number") << QStringList{"producer", "--mechanism", "pipe", "--size", "big"}
                                  << "bad value for --size";
    QTest::newRow("unknown policy") << QStringList{"producer", "--mechanism", "pipe", "--sched", "fifo"}
                                    << "bad value for --sched";
    QTest::newRow("nan") << QStringList{"producer", "--mechanism", "pipe", "--rate", "nan"} << "bad value for --rate";
    QTest::newRow("count and duration") << QStringList{"producer", "--mechanism", "pipe", "--count", "5",
                                                       "--duration", "1"}
                                        << "exclude each other";
    QTest::newRow("ping-pong by hand") << QStringList{"producer", "--mechanism", "pipe", "--ping-pong", "--create"}
                                       << "cannot be combined";
}

void TestWorkerCommand::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    std::vector<std::string> a;
    for (const QString &s : arguments)
        a.push_back(s.toStdString());
    WorkerCommand c;
    std::string error;
    QVERIFY(!WorkerCommand::parse(a, c, error));
    QVERIFY2(QString::fromStdString(error).contains(reason), error.c_str());
}

QTEST_GUILESS_MAIN(TestWorkerCommand)
#include "tst_workercommand.moc"
