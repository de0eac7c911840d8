// The comparison, headless: a small one over every mechanism gives complete,
// plausible rows with their facts; the command line's JSON keeps its
// contract and its CSV the same fields; three repetitions by default; a
// scaling sweep adds N:N rows; bad plans are refused; a cancelled comparison
// leaves nothing behind.
#include "clihelpers.h"
#include "runhelpers.h"

#include "session/comparison.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <signal.h>

using namespace ipcscope;
using namespace ipcscope::test;

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void everyMechanismMeasured();
    void cliJsonAndCsv();
    void threeRepetitionsByDefault();
    void scalingSweep();
    void badPlansRefused_data();
    void badPlansRefused();
    void cancelLeavesNothing();
};

void TestCompare::everyMechanismMeasured()
{
    ComparePlan plan;
    plan.sizes = {64};
    plan.repeat = 2;
    plan.secondsPerRun = 0.15;
    Comparison comparison(plan);
    QSignalSpy finished(&comparison, &Comparison::finished);
    QSignalSpy rows(&comparison, &Comparison::rowReady);
    QString error;
    QVERIFY2(comparison.start(&error), qPrintable(error));
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(comparison.rows().size(), qsizetype(allMechanisms().size()));
    QCOMPARE(rows.size(), comparison.rows().size());
    for (const CompareRow &r : comparison.rows()) {
        const Mechanism *m = findMechanism(r.point.mechanism.toStdString());
        QVERIFY(m);
        const QByteArray name = r.point.mechanism.toLatin1();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.point.mechanism + QStringLiteral(": ") + r.error));
        QCOMPARE(r.repetitions, 2);
        QVERIFY2(r.msgsPerS.valid && r.msgsPerS.median > 0, name);
        if (r.point.mechanism != QLatin1String("signals-std")) // kill() carries no bytes
            QVERIFY2(r.mbPerS.median > 0, name);
        QVERIFY2(r.mbPerS.min <= r.mbPerS.median && r.mbPerS.median <= r.mbPerS.max, name);
        QVERIFY2(r.rttP50Us.valid && r.rttP50Us.median > 0 && r.rttP50Us.median <= r.rttP99Us.median, name);
        QVERIFY2(r.cpuUsPerMsg.valid && r.cpuUsPerMsg.median > 0, name);
        QVERIFY2(r.ctxtPerMsg.valid, name);
        if (!m->info().lossy)
            QVERIFY2(r.lost.valid && r.lost.max == 0, name);
        QCOMPARE(r.point.size, m->info().takesSize ? 64 : 0);
        QVERIFY2(r.complexity.valid() && r.complexity.objects >= 0, name);
        QVERIFY2(r.blocking.send.samples > 0 && r.blocking.receive.samples > 0, name);
        QVERIFY2(r.blocking.send.blocked <= r.blocking.send.samples, name);
    }
    QVERIFY(comparison.machine().value(QStringLiteral("cpus")).toInt() >= 1);
    QVERIFY(!comparison.machine().value(QStringLiteral("kernel")).toString().isEmpty());
    // The workers' policy, said with the figures (the default: SCHED_BATCH).
    QCOMPARE(comparison.machine().value(QStringLiteral("sched")).toString(), QStringLiteral("batch"));
    QCOMPARE(leftoverReport(), QString());
}

void TestCompare::cliJsonAndCsv()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("table.csv"));
    const CliResult r = runCli(
        {QStringLiteral("compare"), QStringLiteral("--mechanisms"), QStringLiteral("pipe,posix-mq,signals-rt"),
         QStringLiteral("--sizes"), QStringLiteral("64,4K"), QStringLiteral("--repeat"), QStringLiteral("1"),
         QStringLiteral("--seconds"), QStringLiteral("0.1"), QStringLiteral("--json"), QStringLiteral("--csv"), csv});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QVERIFY(o.value(QStringLiteral("machine")).toObject().contains(QStringLiteral("cpu_model")));
    QVERIFY(o.value(QStringLiteral("machine"))
                .toObject()
                .value(QStringLiteral("limits"))
                .toObject()
                .contains(QStringLiteral("msgmax")));
    QCOMPARE(o.value(QStringLiteral("repeat")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("cpus")).toInt(), QThread::idealThreadCount());
    QVERIFY(o.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("high")).toDouble() > 0);
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 5); // pipe ×2, posix-mq ×2, signals-rt ×1
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QByteArray name = row.value(QStringLiteral("mechanism")).toString().toLatin1();
        for (const char *key : {"mechanism", "size", "mb_per_s", "msgs_per_s", "latency_us", "cpu_us_per_msg",
                                "ctxt_per_msg", "lost", "lecture", "unit", "class", "spread", "limit", "complexity"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        QVERIFY(row.value(QStringLiteral("latency_us")).toObject().value(QStringLiteral("p50")).toDouble() > 0);
        const bool small = row.value(QStringLiteral("size")).toInt() < 4096; // a signal's is null: 0
        QCOMPARE(row.value(QStringLiteral("unit")).toString(),
                 small ? QStringLiteral("msgs_per_s") : QStringLiteral("mb_per_s"));
        QVERIFY2(QStringList({"high", "medium", "low", "lossy", "undecided"})
                     .contains(row.value(QStringLiteral("class")).toString()),
                 name);
        const QJsonObject spread = row.value(QStringLiteral("spread")).toObject();
        QVERIFY2(spread.value(QStringLiteral("min")).toDouble() <= spread.value(QStringLiteral("max")).toDouble(), name);
        QVERIFY2(spread.value(QStringLiteral("min")).toDouble() > 0, name);
        QVERIFY2(!row.value(QStringLiteral("limit")).toString().isEmpty(), name);
        const QJsonObject complexity = row.value(QStringLiteral("complexity")).toObject();
        for (const char *key : {"calls", "lines", "objects"})
            QVERIFY2(complexity.value(QLatin1String(key)).isDouble(), key);
        for (const char *key : {"row", "throughput", "complexity", "synchronisation", "communication"})
            QVERIFY2(row.value(QStringLiteral("lecture")).toObject().contains(QLatin1String(key)), key);
    }
    // The queue's limit decides its 4 KiB row.
    QVERIFY(rows[3].toObject().value(QStringLiteral("limit")).toString().contains(QLatin1String("mq_maxmsg")));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.first().startsWith("mechanism,producers,consumers,size,"));
}

void TestCompare::threeRepetitionsByDefault()
{
    QCOMPARE(ComparePlan().repeat, 3);
    const CliResult r = runCli({QStringLiteral("compare"), QStringLiteral("--mechanisms"), QStringLiteral("signals-rt"),
                                QStringLiteral("--seconds"), QStringLiteral("0.05"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("repeat")).toInt(), 3);
    const QJsonObject row = r.json().value(QStringLiteral("rows")).toArray().first().toObject();
    QCOMPARE(row.value(QStringLiteral("repetitions")).toInt(), 3);
    // One repetition is said to be a single sample.
    const CliResult one = runCli({QStringLiteral("compare"), QStringLiteral("--mechanisms"),
                                  QStringLiteral("signals-rt"), QStringLiteral("--seconds"), QStringLiteral("0.05"),
                                  QStringLiteral("--repeat"), QStringLiteral("1")});
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.out.contains("single sample"), one.out.constData());
    QVERIFY(!r.out.contains("single sample"));
}

void TestCompare::scalingSweep()
{
    const CliResult r = runCli({QStringLiteral("compare"), QStringLiteral("--mechanisms"),
                                QStringLiteral("pipe,signals-rt"), QStringLiteral("--sizes"), QStringLiteral("64"),
                                QStringLiteral("--workers"), QStringLiteral("1,2"), QStringLiteral("--repeat"),
                                QStringLiteral("1"), QStringLiteral("--seconds"), QStringLiteral("0.1"),
                                QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = r.json().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 3); // pipe 1:1, signals-rt 1:1, pipe 2:2 (a signal has one consumer)
    const QJsonObject swept = rows[2].toObject();
    QCOMPARE(swept.value(QStringLiteral("mechanism")).toString(), QStringLiteral("pipe"));
    QCOMPARE(swept.value(QStringLiteral("producers")).toInt(), 2);
    QCOMPARE(swept.value(QStringLiteral("consumers")).toInt(), 2);
    QVERIFY(swept.value(QStringLiteral("msgs_per_s")).toDouble() > 0);
    QVERIFY(swept.value(QStringLiteral("cpu_us_per_msg")).toDouble() > 0);
    QVERIFY(swept.value(QStringLiteral("latency_us")).toObject().value(QStringLiteral("p50")).isNull()); // no ping-pong
    QCOMPARE(r.json().value(QStringLiteral("plan")).toObject().value(QStringLiteral("workers")).toArray().size(), 2);
    QCOMPARE(leftoverReport(), QString());
}

void TestCompare::badPlansRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown mechanism") << QStringList{QStringLiteral("--mechanisms"), QStringLiteral("pipe,smoke")}
                                       << "smoke";
    QTest::newRow("size too small") << QStringList{QStringLiteral("--sizes"), QStringLiteral("8")} << "8 B";
    QTest::newRow("size not a number") << QStringList{QStringLiteral("--sizes"), QStringLiteral("big")} << "big";
    QTest::newRow("no repetitions") << QStringList{QStringLiteral("--repeat"), QStringLiteral("0")} << "repetitions";
    QTest::newRow("no workers") << QStringList{QStringLiteral("--workers"), QStringLiteral("0")} << "producers";
    QTest::newRow("too many workers") << QStringList{QStringLiteral("--workers"), QStringLiteral("1,9")} << "(got 9)";
    QTest::newRow("workers not a number") << QStringList{QStringLiteral("--workers"), QStringLiteral("two")} << "two";
}

void TestCompare::badPlansRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliResult r = runCli(QStringList{QStringLiteral("compare")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QCOMPARE(livingWorkers(), QStringList());
}

void TestCompare::cancelLeavesNothing()
{
    QProcess cli;
    cli.start(cliPath(), {QStringLiteral("compare"), QStringLiteral("--json")});
    QVERIFY(cli.waitForStarted());
    const qint64 pid = cli.processId();
    QVERIFY(waitUntil([&] { return !livingWorkers(pid).isEmpty(); }));
    QTest::qWait(700);
    ::kill(pid_t(pid), SIGINT);
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitCode(), 130);
    QCOMPARE(leftoverReport(pid), QString());
}

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
