// Nothing of ours outlives the program that made it: not when Ctrl-C stops the
// CLI mid-run, not even when the CLI is killed outright with SIGKILL.
#include "clihelpers.h"
#include "runhelpers.h"

#include <QDir>

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
    void killedReaperIsReplaced();
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
    cli.start(cliPath(),
              {QStringLiteral("run"), QStringLiteral("-m"), mechanism, QStringLiteral("--duration"),
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

void TestCleanup::killedReaperIsReplaced()
{
    // Someone kills the reaper, then the CLI: a new reaper took over in time.
    QProcess cli;
    cli.start(cliPath(),
              {QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("sysv-shm"), QStringLiteral("--duration"),
               QStringLiteral("60"), QStringLiteral("--rate"), QStringLiteral("500")});
    QVERIFY(cli.waitForStarted());
    const qint64 pid = cli.processId();
    QVERIFY(waitUntil([&] { return livingWorkers(pid).size() == 2; }));
    const auto reapers = [pid] {
        QList<qint64> found;
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile comm(QStringLiteral("/proc/%1/comm").arg(entry));
            QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
            if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly) ||
                comm.readAll().trimmed() != "ipcscope-reaper")
                continue;
            const QByteArray s = stat.readAll();
            const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
            if (fields.value(0) != "Z" && fields.value(1).toLongLong() == pid)
                found << entry.toLongLong();
        }
        return found;
    };
    QList<qint64> first;
    QVERIFY(waitUntil([&] { return !(first = reapers()).isEmpty(); }));
    ::kill(pid_t(first.first()), SIGKILL);
    QVERIFY(waitUntil([&] {
        const QList<qint64> now = reapers();
        return !now.isEmpty() && now.first() != first.first();
    }));
    ::kill(pid_t(pid), SIGKILL);
    QVERIFY(cli.waitForFinished(5000));
    QVERIFY2(waitUntil([&] { return livingWorkers().isEmpty() && leftovers(pid).isEmpty(); }, 5000),
             qPrintable((livingWorkers() + leftovers(pid)).join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestCleanup)
#include "tst_cleanup.moc"
