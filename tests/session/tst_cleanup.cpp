// Nothing of ours outlives the program that made it: not when Ctrl-C stops the
// CLI mid-run, not even when the CLI is killed outright with SIGKILL.
#include "clihelpers.h"
#include "runhelpers.h"

#include <signal.h>

using namespace ipcscope;
using namespace ipcscope::test;

class TestCleanup : public QObject {
    Q_OBJECT
private slots:
    void ctrlCStopsAndCleans_data();
    void ctrlCStopsAndCleans();
    void killedCliLeavesNothing_data();
    void killedCliLeavesNothing();
};

void TestCleanup::ctrlCStopsAndCleans_data()
{
    QTest::addColumn<QString>("mechanism");
    for (const char *m : {"sysv-shm", "posix-mq", "fifo", "unix-stream"})
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TestCleanup::ctrlCStopsAndCleans()
{
    QFETCH(QString, mechanism);
    QProcess cli;
    cli.start(cliPath(), {QStringLiteral("run"), QStringLiteral("-m"), mechanism, QStringLiteral("--duration"),
                          QStringLiteral("60"), QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--json")});
    QVERIFY(cli.waitForStarted());
    const qint64 pid = cli.processId();
    QVERIFY(waitUntil([&] { return !livingWorkers(pid).isEmpty(); }));
    QTest::qWait(300);
    ::kill(pid_t(pid), SIGINT);
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitCode(), 130);
    const QJsonObject result = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(result.value(QStringLiteral("stopped")).toBool(), true);
    QVERIFY(result.value(QStringLiteral("messages")).toInt() > 0);
    QCOMPARE(result.value(QStringLiteral("lost")).toInt(), 0);
    QCOMPARE(leftoverReport(pid), QString());
}

void TestCleanup::killedCliLeavesNothing_data()
{
    QTest::addColumn<QString>("mechanism");
    for (const char *m : {"sysv-shm", "posix-shm", "sysv-msg", "posix-mq", "fifo", "unix-dgram"})
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TestCleanup::killedCliLeavesNothing()
{
    QFETCH(QString, mechanism);
    QProcess cli;
    cli.start(cliPath(), {QStringLiteral("run"), QStringLiteral("-m"), mechanism, QStringLiteral("--duration"),
                          QStringLiteral("60"), QStringLiteral("--rate"), QStringLiteral("1000")});
    QVERIFY(cli.waitForStarted());
    const qint64 pid = cli.processId();
    QVERIFY(waitUntil([&] { return livingWorkers(pid).size() == 2; }));
    QVERIFY(!leftovers(pid).isEmpty() || mechanism == QLatin1String("posix-mq")); // the run's objects exist
    ::kill(pid_t(pid), SIGKILL);
    QVERIFY(cli.waitForFinished(5000));
    // The workers die with their parent; the reaper removes the objects.
    QVERIFY2(waitUntil([&] { return livingWorkers().isEmpty() && leftovers(pid).isEmpty(); }, 5000),
             qPrintable((livingWorkers() + leftovers(pid)).join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestCleanup)
#include "tst_cleanup.moc"
