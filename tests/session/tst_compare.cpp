// The comparison, headless: a small one over every mechanism gives complete,
// plausible rows; its JSON and CSV carry them; bad plans are refused; a
// cancelled comparison leaves nothing behind.
#include "clihelpers.h"
#include "runhelpers.h"

#include "session/comparison.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <signal.h>

using namespace ipcscope;
using namespace ipcscope::test;

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void everyMechanismMeasured();
    void classifiesAgainstTheLecture();
    void cliJsonAndCsv();
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
        QVERIFY(!r.lecture.kind.isEmpty());
    }
    QVERIFY(comparison.machine().value(QStringLiteral("cpus")).toInt() >= 1);
    QVERIFY(!comparison.machine().value(QStringLiteral("kernel")).toString().isEmpty());
    QCOMPARE(leftoverReport(), QString());
}

void TestCompare::classifiesAgainstTheLecture()
{
    // Made-up measurements, to check the judging alone.
    const auto row = [](const char *mechanism, int size, double mbPerS, double lost) {
        CompareRow r;
        r.point = {QString::fromLatin1(mechanism), size};
        r.mbPerS = {true, mbPerS, mbPerS, mbPerS};
        r.lost = {true, lost, lost, lost};
        return r;
    };
    QVector<CompareRow> rows = {row("pipe", 4096, 1000, 0),         row("sysv-shm", 4096, 100, 0),
                                row("shm-nosync", 4096, 9000, 500), row("sysv-msg", 4096, 30, 0),
                                row("signals-rt", 0, 4, 0),         row("pipe", 64, 200, 0)};
    classifyRows(rows);
    QCOMPARE(rows[0].measured, ThroughputClass::High);   // the fastest lossless: the lossy race is no standard
    QVERIFY(!rows[0].disagreement.isEmpty());            // the lecture says medium
    QCOMPARE(rows[1].measured, ThroughputClass::Medium); // 10 %
    QVERIFY(rows[1].disagreement.contains(QLatin1String("high"))); // the lecture says high
    QCOMPARE(rows[3].measured, ThroughputClass::Low);              // 3 %
    QCOMPARE(rows[4].measured, ThroughputClass::Low);              // 4 of 200 MB/s at the smallest size
    QVERIFY(rows[4].disagreement.isEmpty());                       // the lecture says low for signals
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
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 5); // pipe ×2, posix-mq ×2, signals-rt ×1
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        for (const char *key : {"mechanism", "size", "mb_per_s", "msgs_per_s", "latency_us", "cpu_us_per_msg",
                                "ctxt_per_msg", "lost", "lecture"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        QVERIFY(row.value(QStringLiteral("latency_us")).toObject().value(QStringLiteral("p50")).toDouble() > 0);
    }
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.first().startsWith("mechanism,size,mb_per_s"));
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
