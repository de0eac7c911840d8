// Every run ends, and every limit is named. A worker that stops making
// progress ends the run cleanly with its name; a limit of the machine that a
// run would hit refuses it before anything starts, naming the limit and where
// it comes from. Each case is staged with the real limit (prlimit, a private
// IPC or mount namespace), not imagined.
#include "clihelpers.h"
#include "runhelpers.h"

#include "session/progresswatch.h"
#include "support/testreaper.h"

#include <QStandardPaths>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

WorkerSnapshot worker(const char *name, qint64 pid, quint64 messages)
{
    WorkerSnapshot w;
    w.role = name[0] == 'P' ? Role::Producer : Role::Consumer;
    w.index = name[1] - '1';
    w.pid = pid;
    w.messages = messages;
    w.state = {WorkerState::InCall, Op::Receive, 0};
    return w;
}

bool haveTool(const char *tool)
{
    return !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty();
}

// `prefix` (a prlimit or unshare command line) before ipcscope-cli ARGS.
CliResult runCliUnder(const QStringList &prefix, const QStringList &args)
{
    QProcess p;
    p.start(prefix.first(), prefix.mid(1) + QStringList{cliPath()} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

CliResult runCliInShell(const QString &setup, const QStringList &args, const QStringList &unshareFlags)
{
    QStringList quoted;
    for (const QString &a : args)
        quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
    QProcess p;
    p.start(QStringLiteral("unshare"), unshareFlags + QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                                    setup + QStringLiteral(" && exec '") + cliPath() +
                                                                        QStringLiteral("' ") + quoted.join(' ')});
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestFaults : public QObject {
    Q_OBJECT
private slots:
    void stoppedWorkerEndsTheRun_data();
    void stoppedWorkerEndsTheRun();
    void watchNamesAStoppedWorker();
    void watchNamesSilence();
    void watchNamesShortSilencePastTheEnd();
    void watchNamesAStoppedWorkerBeforeSilence();
    void watchWaitsWhileHeldOrSlow();
    void watchLetsOneWaitWhileOthersWork();
    void limitsAreNamedBeforeAnythingStarts_data();
    void limitsAreNamedBeforeAnythingStarts();
    void kernelLimitsInAPrivateNamespace_data();
    void kernelLimitsInAPrivateNamespace();
};

void TestFaults::stoppedWorkerEndsTheRun_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("stop");
    // The audit: a consumer stopped with SIGSTOP held a duration run for ever.
    QTest::newRow("posix-mq consumer, duration")
        << QStringList{QStringLiteral("-m"), QStringLiteral("posix-mq"), QStringLiteral("--duration"),
                       QStringLiteral("3")}
        << 1;
    QTest::newRow("sysv-shm producer, count")
        << QStringList{QStringLiteral("-m"), QStringLiteral("sysv-shm"), QStringLiteral("--count"),
                       QStringLiteral("100000000")}
        << 0;
}

void TestFaults::stoppedWorkerEndsTheRun()
{
    QFETCH(QStringList, args);
    QFETCH(int, stop);
    QProcess cli;
    cli.start(cliPath(), QStringList{QStringLiteral("run")} + args + QStringList{QStringLiteral("--json")});
    QVERIFY(cli.waitForStarted());
    const qint64 pid = cli.processId();
    QStringList workers;
    QVERIFY(waitUntil([&] { return (workers = livingWorkers(pid)).size() == 2; }));
    // livingWorkers lists "pid N: command"; producers were started after consumers.
    const QString line = workers.filter(stop ? QStringLiteral(" consumer ") : QStringLiteral(" producer ")).value(0);
    const qint64 target = line.section(QLatin1Char(' '), 1, 1).chopped(1).toLongLong();
    QVERIFY2(target > 0, qPrintable(line));
    QTest::qWait(300);
    ::kill(pid_t(target), SIGSTOP);
    QVERIFY2(cli.waitForFinished(20000), "the run did not end");
    QCOMPARE(cli.exitCode(), 1);
    const QJsonObject result = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QString error = result.value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QStringLiteral("(pid %1) is stopped (state T)").arg(target)), qPrintable(error));
    QCOMPARE(leftoverReport(pid), QString());
}

void TestFaults::watchNamesAStoppedWorker()
{
    const pid_t child = forkDyingWithTest(); // not left stopped if the test is killed
    QVERIFY(child > 0);
    if (child == 0) {
        pause();
        _exit(0);
    }
    ::kill(child, SIGSTOP);
    QTest::qWait(50);
    RunSnapshot s;
    s.workers = {worker("P1", child, 10), worker("C1", getpid(), 10)};
    ProgressWatch watch;
    QCOMPARE(watch.check(s, 0.0, false, 0, {}).text(), QString());
    QCOMPARE(watch.check(s, 0.5, false, 0, {}).text(), QString()); // not for long enough yet
    const QString reason = watch.check(s, 1.6, false, 0, {}).text();
    ::kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    QVERIFY2(reason.startsWith(QStringLiteral("P1 (pid %1) is stopped (state T)").arg(child)), qPrintable(reason));
}

void TestFaults::watchNamesSilence()
{
    RunSnapshot s;
    s.workers = {worker("P1", getpid(), 10), worker("C1", getpid(), 10)};
    ProgressWatch watch;
    QCOMPARE(watch.check(s, 0.0, false, 0, {}).text(), QString());
    QCOMPARE(watch.check(s, 4.0, false, 0, {}).text(), QString());
    const QString reason = watch.check(s, 6.0, false, 0, {}).text();
    QVERIFY2(reason.contains(QLatin1String("P1 made no progress for 6 s")) &&
                 reason.contains(QLatin1String("C1 made no progress for 6 s")),
             qPrintable(reason));
}

void TestFaults::watchNamesShortSilencePastTheEnd()
{
    RunSnapshot s;
    s.workers = {worker("P1", getpid(), 10), worker("C1", getpid(), 10)};
    // Past the run's end, after a fault: a second of silence is named...
    ProgressWatch after;
    QCOMPARE(after.check(s, 0.0, false, 0, {}, {}, ProgressWatch::kSilentAfterEndS).text(), QString());
    QCOMPARE(after.check(s, 0.5, false, 0, {}, {}, ProgressWatch::kSilentAfterEndS).text(), QString());
    const QString reason = after.check(s, 1.5, false, 0, {}, {}, ProgressWatch::kSilentAfterEndS).text();
    QVERIFY2(reason.contains(QLatin1String("P1 made no progress for 1 s")), qPrintable(reason));
    // ...the same silence, before the end, is not.
    ProgressWatch before;
    QCOMPARE(before.check(s, 0.0, false, 0, {}).text(), QString());
    QCOMPARE(before.check(s, 1.5, false, 0, {}).text(), QString());
    // A slow pace still gets three calls' time.
    ProgressWatch slow;
    QCOMPARE(slow.check(s, 0.0, false, 0.5, {}, {}, ProgressWatch::kSilentAfterEndS).text(), QString());
    QCOMPARE(slow.check(s, 1.5, false, 0.5, {}, {}, ProgressWatch::kSilentAfterEndS).text(), QString());
    QVERIFY(!slow.check(s, 6.5, false, 0.5, {}, {}, ProgressWatch::kSilentAfterEndS).text().isEmpty());
}

void TestFaults::watchNamesAStoppedWorkerBeforeSilence()
{
    const pid_t child = forkDyingWithTest(); // not left stopped if the test is killed
    QVERIFY(child > 0);
    if (child == 0) {
        pause();
        _exit(0);
    }
    RunSnapshot s;
    s.workers = {worker("P1", child, 10), worker("C1", getpid(), 10)};
    ProgressWatch watch;
    QCOMPARE(watch.check(s, 0.0, false, 0, {}, {}, ProgressWatch::kSilentAfterEndS).text(), QString());
    ::kill(child, SIGSTOP);
    QTest::qWait(50);
    // Silent long enough, but P1 is stopped: that, not silence, is the reason,
    // once it has been stopped for kStoppedS.
    const QString early = watch.check(s, 1.2, false, 0, {}, {}, ProgressWatch::kSilentAfterEndS).text();
    const QString named = watch.check(s, 2.3, false, 0, {}, {}, ProgressWatch::kSilentAfterEndS).text();
    ::kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    QCOMPARE(early, QString());
    QVERIFY2(named.startsWith(QStringLiteral("P1 (pid %1) is stopped (state T)").arg(child)), qPrintable(named));
}

void TestFaults::watchWaitsWhileHeldOrSlow()
{
    RunSnapshot s;
    s.workers = {worker("P1", getpid(), 10), worker("C1", getpid(), 10)};
    ProgressWatch held;
    QCOMPARE(held.check(s, 0.0, true, 0, {}).text(), QString());
    QCOMPARE(held.check(s, 60.0, true, 0, {}).text(), QString()); // paused a minute: not stuck
    QCOMPARE(held.check(s, 62.0, false, 0, {}).text(), QString()); // resumed two seconds ago
    QVERIFY(!held.check(s, 66.0, false, 0, {}).text().isEmpty());
    // One message every 10 s: silence is stuck only after three calls' time.
    ProgressWatch slow;
    QCOMPARE(slow.check(s, 0.0, false, 0.1, {}).text(), QString());
    QCOMPARE(slow.check(s, 20.0, false, 0.1, {}).text(), QString());
    QVERIFY(!slow.check(s, 31.0, false, 0.1, {}).text().isEmpty());
}

void TestFaults::watchLetsOneWaitWhileOthersWork()
{
    RunSnapshot s;
    s.workers = {worker("P1", getpid(), 10), worker("C1", getpid(), 10)};
    ProgressWatch watch;
    QCOMPARE(watch.check(s, 0.0, false, 0, {}).text(), QString());
    for (int t = 1; t <= 20; ++t) {
        s.workers[0].messages += 1; // P1 works; C1 waits for it
        QCOMPARE(watch.check(s, double(t), false, 0, {}).text(), QString());
    }
    // A worker that has finished is not waited for either.
    s.workers[0].state = {WorkerState::Done, Op::None, 0};
    s.workers[1].state = {WorkerState::Done, Op::None, 0};
    QCOMPARE(watch.check(s, 40.0, false, 0, {}).text(), QString());
}

void TestFaults::limitsAreNamedBeforeAnythingStarts_data()
{
    QTest::addColumn<QStringList>("limit");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    // The audit: "could not start consumer C1 (pid 0): No such file or directory".
    QTest::newRow("descriptors") << QStringList{QStringLiteral("--nofile=16")}
                                 << QStringList{QStringLiteral("-m"), QStringLiteral("tcp"),
                                                QStringLiteral("--producers"), QStringLiteral("8"),
                                                QStringLiteral("--consumers"), QStringLiteral("8")}
                                 << QStringLiteral("RLIMIT_NOFILE");
    // The audit: signals-rt 8:1 hung under ulimit -i 0.
    QTest::newRow("pending signals") << QStringList{QStringLiteral("--sigpending=0")}
                                     << QStringList{QStringLiteral("-m"), QStringLiteral("signals-rt"),
                                                    QStringLiteral("--producers"), QStringLiteral("8")}
                                     << QStringLiteral("RLIMIT_SIGPENDING");
    // The audit: "Too many open files" from mq_open.
    QTest::newRow("queue bytes") << QStringList{QStringLiteral("--msgqueue=1000")}
                                 << QStringList{QStringLiteral("-m"), QStringLiteral("posix-mq"),
                                                QStringLiteral("--size"), QStringLiteral("4096")}
                                 << QStringLiteral("RLIMIT_MSGQUEUE");
}

void TestFaults::limitsAreNamedBeforeAnythingStarts()
{
    if (!haveTool("prlimit"))
        QSKIP("prlimit (util-linux) is not installed");
    QFETCH(QStringList, limit);
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const CliResult r = runCliUnder(QStringList{QStringLiteral("prlimit")} + limit,
                                    QStringList{QStringLiteral("run")} + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(named.toLatin1()), r.err.constData());
    // The same run without the limit goes (the refusal is the limit's).
    const CliResult free = runCli(QStringList{QStringLiteral("run")} + args +
                                  QStringList{QStringLiteral("--count"), QStringLiteral("20")});
    QVERIFY2(free.exitCode == 0, free.err.constData());
}

void TestFaults::kernelLimitsInAPrivateNamespace_data()
{
    QTest::addColumn<QStringList>("unshare");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    const QStringList ipc{QStringLiteral("--ipc")};
    // The audit: "shmget: Invalid argument".
    QTest::newRow("shmmax") << ipc << QStringLiteral("echo 4096 > /proc/sys/kernel/shmmax")
                            << QStringList{QStringLiteral("-m"), QStringLiteral("sysv-shm"), QStringLiteral("--size"),
                                           QStringLiteral("8192")}
                            << QStringLiteral("shmmax");
    // The audit: "No space left on device".
    QTest::newRow("shmmni") << ipc << QStringLiteral("echo 0 > /proc/sys/kernel/shmmni")
                            << QStringList{QStringLiteral("-m"), QStringLiteral("sysv-shm")}
                            << QStringLiteral("shmmni");
    QTest::newRow("semmni") << ipc << QStringLiteral("echo '250 32000 32 0' > /proc/sys/kernel/sem")
                            << QStringList{QStringLiteral("-m"), QStringLiteral("sysv-shm")}
                            << QStringLiteral("semmni");
    QTest::newRow("msgmni") << ipc << QStringLiteral("echo 0 > /proc/sys/kernel/msgmni")
                            << QStringList{QStringLiteral("-m"), QStringLiteral("sysv-msg")}
                            << QStringLiteral("msgmni");
    // The audit: posix-shm 2:2 at 64 KiB with 1 MiB free ended in SIGBUS.
    QTest::newRow("/dev/shm full") << QStringList{QStringLiteral("--mount")}
                                   << QStringLiteral("mount -t tmpfs -o size=1m tmpfs /dev/shm")
                                   << QStringList{QStringLiteral("-m"), QStringLiteral("posix-shm"),
                                                  QStringLiteral("--size"), QStringLiteral("64K"),
                                                  QStringLiteral("--producers"), QStringLiteral("2"),
                                                  QStringLiteral("--consumers"), QStringLiteral("2")}
                                   << QStringLiteral("/dev/shm has");
}

void TestFaults::kernelLimitsInAPrivateNamespace()
{
    if (geteuid() != 0 || !haveTool("unshare"))
        QSKIP("needs root and unshare (util-linux) to set a kernel limit in a private namespace");
    QFETCH(QStringList, unshare);
    QFETCH(QString, setup);
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const CliResult r = runCliInShell(setup, QStringList{QStringLiteral("run")} + args, unshare);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(named.toLatin1()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
