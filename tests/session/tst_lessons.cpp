// Every lesson, on real processes: the outcome the lecture predicts is the one
// measured, and nothing is left behind. Every verdict can fail: the control
// run (where the phenomenon cannot happen) turns it, and each verdict, fed
// readings the lecture does not predict, fails the check it should. The
// lecture's examples run in a private namespace, fall back without one, and
// never touch an object someone else made with the lecture's key or name;
// real-time signals refused at RLIMIT_SIGPENDING are counted, not retried.
#include "clihelpers.h"
#include "runhelpers.h"

#include "session/lessons/lesson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QScopeGuard>

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/shm.h>
#include <unistd.h>

#include <cstring>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

// ipcscope-cli with RLIMIT_SIGPENDING set for it and every worker it starts.
CliResult runCliWithSigpending(const QStringList &args, rlim_t limit)
{
    QProcess p;
    p.setChildProcessModifier([limit] {
        const rlimit r{limit, limit};
        setrlimit(RLIMIT_SIGPENDING, &r);
    });
    p.start(cliPath(), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

CliResult runCliWithEnvironment(const QStringList &args, const QString &name, const QString &value)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(name, value);
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Whether a System V object of `kind` ("shm", "msg", "sem") with `key` exists.
bool sysvKeyExists(const QString &kind, const QString &key)
{
    QFile f(QStringLiteral("/proc/sysvipc/") + kind);
    f.open(QIODevice::ReadOnly);
    const qint64 wanted = key.toLongLong(nullptr, 16);
    for (const QByteArray &line : f.readAll().split('\n').mid(1)) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (!words.isEmpty() && !words.first().isEmpty() && words.first().toLongLong() == wanted)
            return true;
    }
    return false;
}

QString passes(const QList<LessonCheck> &checks)
{
    QString s;
    for (const LessonCheck &c : checks)
        s += c.passed ? QLatin1Char('y') : QLatin1Char('n');
    return s;
}

} // namespace

class TestLessons : public QObject {
    Q_OBJECT
private slots:
    void everyLessonAsExpected_data();
    void everyLessonAsExpected();
    void controlTurnsTheVerdict_data();
    void controlTurnsTheVerdict();
    void verdictsFailOnContraryReadings_data();
    void verdictsFailOnContraryReadings();
    void verdictNeedsChecks();
    void refusedSignalsAreCounted();
    void signalsAtTheLimitOf500();
    void lectureExamplesWithoutNamespace_data();
    void lectureExamplesWithoutNamespace();
    void lectureKeysOfOthersUntouched();
    void textsAreShort();
    void cliListAndJson();
    void cliJsonHasChecksAndErrata();
    void cliRefusesUnknownLesson();
    void cancelledLessonLeavesNothing();
};

void TestLessons::everyLessonAsExpected_data()
{
    QTest::addColumn<QString>("id");
    for (const Lesson *l : allLessons())
        QTest::newRow(qPrintable(l->id())) << l->id();
}

void TestLessons::everyLessonAsExpected()
{
    QFETCH(QString, id);
    const Lesson *lesson = findLesson(id);
    QVERIFY(lesson);
    QStringList heard;
    const LessonOutcome outcome = runLesson(*lesson, [&](const QString &line) { heard << line; });
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY2(outcome.asExpected, qPrintable(outcome.failedChecks() + QStringLiteral(" | ") +
                                            outcome.observations.join(QStringLiteral(" | "))));
    QCOMPARE(outcome.id, id);
    QVERIFY(!outcome.measured.isEmpty());
    QVERIFY(!outcome.checks.isEmpty());
    QVERIFY(!outcome.readings.isEmpty());
    QVERIFY(heard.size() >= 2);
    QCOMPARE(heard, outcome.observations);
    QCOMPARE(leftoverReport(), QString());
}

void TestLessons::controlTurnsTheVerdict_data()
{
    everyLessonAsExpected_data();
}

void TestLessons::controlTurnsTheVerdict()
{
    // Where the phenomenon cannot happen, the same verdict says so.
    QFETCH(QString, id);
    const Lesson *lesson = findLesson(id);
    const LessonOutcome outcome = runLesson(*lesson, {}, nullptr, LessonSetup::Control);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY2(!outcome.asExpected, qPrintable(outcome.measured));
    QVERIFY(!outcome.failedChecks().isEmpty());
    QCOMPARE(outcome.setup, LessonSetup::Control);
    QCOMPARE(leftoverReport(), QString());
}

void TestLessons::verdictsFailOnContraryReadings_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("readings");
    QTest::addColumn<QString>("passes"); // y/n for each check, in order
    const auto row = [](const char *name, const char *id, const char *json, const char *pattern) {
        QTest::newRow(name) << QString::fromLatin1(id) << QByteArray(json) << QString::fromLatin1(pattern);
    };
    const char *race = R"J({"all_lost": 7, "all_increments": 20, "one_lost": 5, "one_increments": 20,
                           "sem_lost": 0, "sem_increments": 20})J";
    row("race as predicted", "race", race, "yyy");
    row("race: nothing lost without the semaphore", "race",
        R"J({"all_lost": 0, "all_increments": 20, "one_lost": 0, "one_increments": 20, "sem_lost": 0,
            "sem_increments": 20})J", "nny");
    row("race: lost on all CPUs, not on one", "race",
        R"J({"all_lost": 3, "all_increments": 20, "one_lost": 0, "one_increments": 20, "sem_lost": 0,
            "sem_increments": 20})J", "yny");
    row("race: lost with the semaphore", "race",
        R"J({"all_lost": 3, "all_increments": 20, "one_lost": 2, "one_increments": 20, "sem_lost": 1,
            "sem_increments": 20})J", "yyn");
    row("race: nothing ran", "race", "{}", "nnn");
    const char *signalsRow = R"J({"std_sent": 80000, "std_arrived": 900, "std_merged": 79100, "rt_attempted": 80000,
                              "rt_accepted": 80000, "rt_refused": 0, "rt_arrived": 80000, "rt_out_of_order": 0,
                              "rt_duplicates": 0})J";
    row("signals as predicted", "signals", signalsRow, "yyy");
    row("signals: no SIGUSR1 merged", "signals",
        R"J({"std_sent": 2000, "std_arrived": 2000, "std_merged": 0, "rt_accepted": 100, "rt_arrived": 100})J", "nyy");
    row("signals: refused ones counted, the accepted all arrive", "signals",
        R"J({"std_sent": 80000, "std_arrived": 9, "std_merged": 79991, "rt_attempted": 80000, "rt_accepted": 17000,
            "rt_refused": 63000, "rt_arrived": 17000})J", "yyy");
    row("signals: an accepted SIGRTMIN lost", "signals",
        R"J({"std_merged": 5, "rt_accepted": 100, "rt_arrived": 99})J", "yny");
    row("signals: out of order", "signals",
        R"J({"std_merged": 5, "rt_accepted": 100, "rt_arrived": 100, "rt_out_of_order": 1})J", "yyn");
    row("signals: a duplicate", "signals",
        R"J({"std_merged": 5, "rt_accepted": 100, "rt_arrived": 100, "rt_duplicates": 1})J", "yyn");
    const char *deadlock = R"J({"opposite_cycle": true, "opposite_finished": false, "opposite_woken_by_eidrm": 2,
                               "ordered_cycle": false, "ordered_finished": true})J";
    row("deadlock as predicted", "deadlock", deadlock, "yyy");
    row("deadlock: no cycle", "deadlock",
        R"J({"opposite_cycle": false, "opposite_finished": true, "opposite_woken_by_eidrm": 0,
            "ordered_finished": true})J", "nny");
    row("deadlock: EIDRM woke one", "deadlock",
        R"J({"opposite_cycle": true, "opposite_woken_by_eidrm": 1, "ordered_finished": true})J", "yny");
    row("deadlock: one order stuck", "deadlock",
        R"J({"opposite_cycle": true, "opposite_woken_by_eidrm": 2, "ordered_finished": false})J", "yyn");
    const char *pipeBuf = R"J({"small_size": 4096, "small_sent": 1000, "small_read": 1000, "small_intact": 1000,
                              "small_corrupted": 0, "big_size": 16384, "big_read": 1000, "big_corrupted": 900})J";
    row("pipe-buf as predicted", "pipe-buf", pipeBuf, "yy");
    row("pipe-buf: PIPE_BUF messages corrupted", "pipe-buf",
        R"J({"small_sent": 1000, "small_read": 1000, "small_intact": 999, "small_corrupted": 1, "big_corrupted": 9})J",
        "ny");
    row("pipe-buf: big messages intact", "pipe-buf",
        R"J({"small_sent": 1000, "small_read": 1000, "small_intact": 1000, "small_corrupted": 0, "big_corrupted": 0})J",
        "yn");
    const char *backPressure = R"J({"default_capacity": 65536, "default_most_queued": 65536,
        "default_blocked_in": "write (wchan pipe_write)", "larger_requested": 1048576, "larger_capacity": 1048576,
        "larger_most_queued": 1044480, "larger_blocked_in": "write (wchan pipe_write)"})J";
    row("back-pressure as predicted", "back-pressure", backPressure, "yyyy");
    row("back-pressure: never full, never blocked", "back-pressure",
        R"J({"default_capacity": 65536, "default_most_queued": 24576, "default_blocked_in": "",
            "larger_requested": 1048576, "larger_capacity": 1048576, "larger_most_queued": 516096})J", "nnnn");
    row("back-pressure: F_SETPIPE_SZ not granted", "back-pressure",
        R"J({"default_capacity": 65536, "default_most_queued": 65536, "default_blocked_in": "write",
            "larger_requested": 1048576, "larger_capacity": 65536, "larger_most_queued": 65536,
            "larger_blocked_in": "write"})J", "yyny");
    row("sigpipe as predicted", "sigpipe",
        R"J({"first_signal": "SIGPIPE", "second_signal": "", "second_status": 1,
            "second_error": "write: Broken pipe"})J", "yy");
    row("sigpipe: the writer lives", "sigpipe",
        R"J({"first_signal": "", "first_status": 0, "second_signal": "", "second_status": 0, "second_error": ""})J",
        "nn");
    row("sigpipe: killed although ignored", "sigpipe",
        R"J({"first_signal": "SIGPIPE", "second_signal": "SIGPIPE", "second_status": 141})J", "yn");
    row("msg-types as predicted", "msg-types",
        R"J({"received": ["#0, type 3", "#2, type 2", "#1, type 1", "#3, type 1", "#5, type 2", "#4, type 3"]})J",
        "yyyyyy");
    row("msg-types: in the order sent", "msg-types",
        R"J({"received": ["#0, type 1", "", "#1, type 1", "#2, type 1", "#3, type 1", "#4, type 1"]})J", "ynynny");
    row("priorities as predicted", "priorities",
        R"J({"received": ["#2, priority 5", "#4, priority 5", "#5, priority 3", "#0, priority 2", "#3, priority 1",
                         "#1, priority 0"]})J", "y");
    row("priorities: equal priorities out of order", "priorities",
        R"J({"received": ["#4, priority 5", "#2, priority 5", "#5, priority 3", "#0, priority 2", "#3, priority 1",
                         "#1, priority 0"]})J", "n");
    const char *lectureShm = R"J({"isolation": "ipc", "shm_key": "0x00002fbe",
        "a.writer": "Writer: Wrote to shared memory: Hello from writer!",
        "a.ipcs": "key 0x00002fbe id 0 perms 666 bytes 1000000 nattch 1 cpid 9 dest 0",
        "a.reader": "Reader: Read from shared memory: Hello from writer!", "a.reader_status": "0",
        "a.after_reader": "key 0x00000000 id 0 perms 666 bytes 1000000 nattch 1 cpid 9 dest 1",
        "a.after_writer": "none",
        "b.after_writer": "key 0x00002fbe id 1 perms 666 bytes 1000000 nattch 0 cpid 10 dest 0",
        "b.reader": "Reader: Read from shared memory: Hello from writer!",
        "c.reader": "shmget: No such file or directory", "c.reader_status": "1"})J";
    row("lecture-shm as predicted", "lecture-shm", lectureShm, "yyyyyy");
    row("lecture-shm: the segment gone with its writer", "lecture-shm",
        R"J({"isolation": "ipc", "shm_key": "0x00002fbe",
            "a.writer": "Writer: Wrote to shared memory: Hello from writer!",
            "a.ipcs": "key 0x00002fbe id 0 perms 666 bytes 1000000 nattch 1 cpid 9 dest 0",
            "a.reader": "Reader: Read from shared memory: Hello from writer!", "a.reader_status": "0",
            "a.after_reader": "none", "a.after_writer": "none", "b.after_writer": "none",
            "b.reader": "shmget: No such file or directory",
            "c.reader": "Reader: Read from shared memory: ", "c.reader_status": "0"})J", "yynynn");
    const char *lectureMsg = R"J({"run1.sender": "Sender: sent message", "run1.status": "0",
        "run2.sender": "Sender: sent message", "run2.status": "0", "key": "0x4200c51a",
        "after.ipcs": "key 0x4200c51a id 0 perms 666 cbytes 200 qnum 2",
        "order.msgtyp2": "type 2: third, type 2", "ftok_twins": "0x4200224f /a /b"})J";
    row("lecture-msg as predicted", "lecture-msg", lectureMsg, "yyyy");
    row("lecture-msg: the queue removed, no twins", "lecture-msg",
        R"J({"run1.sender": "Sender: sent message", "run1.status": "0", "run2.sender": "Sender: sent message",
            "run2.status": "0", "key": "0x4200c51a", "after.ipcs": "none", "ftok_twins": "none"})J", "ynnn");
    row("lecture-sem as predicted", "lecture-sem",
        R"J({"a.first": "Critical section start", "a.second": "Critical section start", "a.value_after": "2",
            "noundo.value_after": "0", "undo.value_after": "1"})J", "yyyy");
    row("lecture-sem: the fix, and no undo either way", "lecture-sem",
        R"J({"a.first": "Critical section start", "a.second": "(nothing)", "a.value_after": "1",
            "noundo.value_after": "0", "undo.value_after": "0"})J", "nnyn");
    const char *posix = R"J({"path": "/dev/shm/my_shm", "ls": "bytes 256 mode 644", "contents": "Hello from writer!",
        "writer_maps": "7f-7f -w-s 00000000 00:28 2 /dev/shm/my_shm", "after": "none", "writer_status": "0",
        "cxx_tried": true, "cxx_ok": false, "cxx_error": "invalid conversion from ‘void*’ to ‘char*’"})J";
    row("lecture-posix-shm as predicted", "lecture-posix-shm", posix, "yyyyy");
    row("lecture-posix-shm: C++ accepts it, the file stays", "lecture-posix-shm",
        R"J({"path": "/dev/shm/my_shm", "ls": "bytes 256 mode 644", "contents": "Hello from writer!",
            "writer_maps": "none", "after": "bytes 256 mode 644", "writer_status": "0", "cxx_tried": true,
            "cxx_ok": true})J", "yynnn");
    row("boundaries as predicted", "boundaries",
        R"J({"pipe": "300", "unix_stream": "300", "pipe_small": "64,64,64,64,44", "unix_dgram": "100,100,100",
            "sysv_msg": "100,100,100", "unix_dgram_small": "64,64,64"})J", "yyyyyy");
    row("boundaries: a stream that kept every write", "boundaries",
        R"J({"pipe": "100,100,100", "unix_stream": "100,100,100", "pipe_small": "64,36,64", "unix_dgram": "100,100,100",
            "sysv_msg": "100,100,100", "unix_dgram_small": "64,64,64"})J", "nnnyyy");
    row("boundaries: datagrams merged, a message lost", "boundaries",
        R"J({"pipe": "300", "unix_stream": "300", "pipe_small": "64,64,64,64,44", "unix_dgram": "300",
            "sysv_msg": "100,100", "unix_dgram_small": "64,36,64"})J", "yyynnn");
    row("eintr as predicted", "eintr",
        R"J({"read.norestart": "EINTR 200 1", "read.restart": "returned 400 1", "semop.restart": "EINTR 200 1",
            "msgrcv.restart": "EINTR 200 1"})J", "yyyy");
    row("eintr: no signal came", "eintr",
        R"J({"read.norestart": "returned 400 0", "read.restart": "returned 400 0", "semop.restart": "returned 400 0",
            "msgrcv.restart": "returned 400 0"})J", "nnnn");
    row("eintr: semop restarted, read not", "eintr",
        R"J({"read.norestart": "EINTR 200 1", "read.restart": "EINTR 200 1", "semop.restart": "returned 400 1",
            "msgrcv.restart": "EINTR 200 1"})J", "ynny");
    row("ftok as predicted", "ftok",
        R"J({"before": "0x4100a117 1", "after": "0x4100a118 2", "twins": "0x42 /a /b", "excl": "File exists",
            "creat": "7", "queue_id": "7", "private_ids": [8, 9]})J", "yyyyy");
    row("ftok: the same key, no twins, IPC_EXCL created", "ftok",
        R"J({"before": "0x4100a117 1", "after": "0x4100a117 1", "twins": "none", "excl": "created", "creat": "10",
            "queue_id": "7", "private_ids": [8, 8]})J", "nnnnn");
    row("addresses as predicted", "addresses",
        R"J({"writer_base": "0x7f2a300c9000", "reader_base": "0x7f097b09f000", "by_pointer": "killed by SIGSEGV",
            "by_offset": "second"})J", "yyy");
    row("addresses: one address for both", "addresses",
        R"J({"writer_base": "0x7f2a300c9000", "reader_base": "0x7f2a300c9000", "by_pointer": "second",
            "by_offset": "second"})J", "nny");
    row("addresses: the offset misled", "addresses",
        R"J({"writer_base": "0x1000", "reader_base": "0x2000", "by_pointer": "garbage", "by_offset": "first"})J", "yyn");
    row("init-race as predicted", "init-race",
        R"J({"lecture.most_inside": "4", "fix.most_inside": "1", "fix.instances": "8", "fix.entered": "8",
            "fix.failed": "0", "fix.value_after": "1"})J", "yyy");
    row("init-race: one at a time anyway, the fix broken", "init-race",
        R"J({"lecture.most_inside": "1", "fix.most_inside": "2", "fix.instances": "8", "fix.entered": "8",
            "fix.failed": "0", "fix.value_after": "2"})J", "nnn");
    row("init-race: the fix leaves one stuck", "init-race",
        R"J({"lecture.most_inside": "3", "fix.most_inside": "1", "fix.instances": "8", "fix.entered": "7",
            "fix.failed": "1", "fix.value_after": "1"})J", "yny");
    row("busy-wait as predicted", "busy-wait",
        R"J({"spin.messages": "100", "spin.cpu_us": "516000", "sleep.messages": "100", "sleep.cpu_us": "1030",
            "sleep.voluntary": "101"})J", "yy");
    row("busy-wait: nothing to wait for", "busy-wait",
        R"J({"spin.messages": "100", "spin.cpu_us": "337", "sleep.messages": "100", "sleep.cpu_us": "252",
            "sleep.voluntary": "1"})J", "nn");
    row("lecture-posix-shm: no compiler, no such check", "lecture-posix-shm",
        R"J({"path": "/dev/shm/my_shm", "ls": "bytes 256 mode 644", "contents": "Hello from writer!",
            "writer_maps": "x /dev/shm/my_shm", "after": "none", "writer_status": "0", "cxx_tried": false})J", "yyyy");
}

void TestLessons::verdictsFailOnContraryReadings()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, readings);
    QFETCH(QString, passes);
    const QJsonObject r = QJsonDocument::fromJson(readings).object();
    QVERIFY2(!r.isEmpty() || readings == "{}", "readings are not JSON");
    const LessonOutcome o = judge(*findLesson(id), r);
    QCOMPARE(::passes(o.checks), passes);
    QCOMPARE(o.asExpected, !passes.contains(QLatin1Char('n')));
    QVERIFY(!o.measured.isEmpty());
}

void TestLessons::verdictNeedsChecks()
{
    // Readings that name nothing cannot be as expected, whatever the lesson.
    for (const Lesson *l : allLessons())
        QVERIFY2(!judge(*l, QJsonObject()).asExpected, qPrintable(l->id()));
}

void TestLessons::refusedSignalsAreCounted()
{
    // RLIMIT_SIGPENDING 0: every sigqueue is refused with EAGAIN, and the
    // lesson says so rather than retrying; kill() of SIGUSR1 is not limited.
    const CliResult r = runCliWithSigpending({QStringLiteral("lesson"), QStringLiteral("signals"), QStringLiteral("--json")}, 0);
    const QJsonObject o = r.json();
    const QJsonObject readings = o.value(QStringLiteral("readings")).toObject();
    QVERIFY2(!readings.isEmpty(), r.err.constData());
    QCOMPARE(readings.value(QStringLiteral("rt_sigq_limit")).toInt(), 0);
    QCOMPARE(readings.value(QStringLiteral("rt_refused")).toInt(), 80000);
    QCOMPARE(readings.value(QStringLiteral("rt_accepted")).toInt(), 0);
    QVERIFY(readings.value(QStringLiteral("std_sent")).toInt() == 80000);
    QVERIFY(o.value(QStringLiteral("measured")).toString().contains(QStringLiteral("refused with EAGAIN")));
    QCOMPARE(o.value(QStringLiteral("as_expected")).toBool(), false); // nothing queued: nothing arrived
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(leftoverReport(), QString());
}

void TestLessons::signalsAtTheLimitOf500()
{
    // ulimit -i 500: whatever was refused is counted and named in the verdict,
    // and every accepted one arrives. (How many are refused is the machine's.)
    const CliResult r =
        runCliWithSigpending({QStringLiteral("lesson"), QStringLiteral("signals"), QStringLiteral("--json")}, 500);
    const QJsonObject o = r.json();
    const QJsonObject readings = o.value(QStringLiteral("readings")).toObject();
    QCOMPARE(readings.value(QStringLiteral("rt_sigq_limit")).toInt(), 500);
    QVERIFY(readings.value(QStringLiteral("rt_sigq_peak")).toInt() <= 500);
    const int refused = readings.value(QStringLiteral("rt_refused")).toInt();
    const int accepted = readings.value(QStringLiteral("rt_accepted")).toInt();
    QCOMPARE(accepted + refused, readings.value(QStringLiteral("rt_attempted")).toInt());
    QCOMPARE(readings.value(QStringLiteral("rt_arrived")).toInt(), accepted);
    QVERIFY(o.value(QStringLiteral("measured")).toString().contains(QStringLiteral("refused with EAGAIN")));
    const QJsonObject arrival = o.value(QStringLiteral("checks")).toArray().at(1).toObject();
    QVERIFY(arrival.value(QStringLiteral("expected")).toString().contains(QStringLiteral("refused with EAGAIN")));
    QVERIFY2(o.value(QStringLiteral("as_expected")).toBool(), r.out.constData());
    qInfo("under RLIMIT_SIGPENDING 500: %d of %d sigqueue calls refused", refused, accepted + refused);
}

void TestLessons::lectureExamplesWithoutNamespace_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("isolation");
    for (const char *id : {"lecture-shm", "lecture-msg", "lecture-sem", "lecture-posix-shm", "init-race"})
        for (const char *level : {"user", "none"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(id), QLatin1String(level))))
                << QString::fromLatin1(id) << QString::fromLatin1(level);
}

void TestLessons::lectureExamplesWithoutNamespace()
{
    // What a machine may impose: a user namespace instead of CLONE_NEWIPC
    // alone, or nothing private — fresh keys and names instead of the
    // lecture's, created exclusively, and every one of them gone afterwards.
    QFETCH(QString, id);
    QFETCH(QString, isolation);
    const CliResult r = runCliWithEnvironment({QStringLiteral("lesson"), id, QStringLiteral("--json")},
                                              QStringLiteral("IPCSCOPE_LESSON_ISOLATION"), isolation);
    const QJsonObject o = r.json();
    QVERIFY2(o.value(QStringLiteral("as_expected")).toBool(), r.out.constData());
    const QJsonObject readings = o.value(QStringLiteral("readings")).toObject();
    QCOMPARE(readings.value(QStringLiteral("isolation")).toString(),
             isolation == QLatin1String("user") ? QStringLiteral("user+ipc") : QStringLiteral("none"));
    const QString shmKey = readings.value(QStringLiteral("shm_key")).toString();
    const QString key = readings.value(QStringLiteral("key")).toString();
    if (isolation == QLatin1String("none")) {
        QVERIFY(shmKey != QLatin1String("0x00002fbe")); // never the lecture's 12222 on the machine
        QVERIFY(shmKey.startsWith(QLatin1String("0x1bc5")));
        QVERIFY(!sysvKeyExists(QStringLiteral("shm"), shmKey));
        if (!key.isEmpty()) {
            QVERIFY(key.startsWith(QLatin1String("0x1bc5")));
            QVERIFY(!sysvKeyExists(QStringLiteral("msg"), key) && !sysvKeyExists(QStringLiteral("sem"), key));
        }
        if (id == QLatin1String("lecture-posix-shm")) {
            const QString name = readings.value(QStringLiteral("posix_name")).toString();
            QVERIFY(name != QLatin1String("/my_shm"));
            QVERIFY(!QFile::exists(QStringLiteral("/dev/shm") + name));
        }
    } else {
        QCOMPARE(shmKey, QStringLiteral("0x00002fbe"));
    }
    QCOMPARE(leftoverReport(), QString());
}

void TestLessons::lectureKeysOfOthersUntouched()
{
    // Someone on the machine holds the lecture's key 12222 and /dev/shm/my_shm.
    const int shmid = shmget(12222, 4096, IPC_CREAT | IPC_EXCL | 0600);
    if (shmid < 0)
        QSKIP("key 12222 is taken on this machine");
    const int fd = shm_open("/my_shm", O_CREAT | O_EXCL | O_RDWR, 0600);
    char *mine = static_cast<char *>(shmat(shmid, nullptr, 0));
    // The test's own objects go whatever happens.
    const auto cleanup = qScopeGuard([&] {
        shmdt(mine);
        shmctl(shmid, IPC_RMID, nullptr);
        if (fd >= 0) {
            close(fd);
            shm_unlink("/my_shm");
        }
    });
    std::strcpy(mine, "not the lesson's");
    if (fd >= 0)
        QCOMPARE(write(fd, "mine", 4), ssize_t(4));
    for (const char *id : {"lecture-shm", "lecture-posix-shm"}) {
        for (const char *level : {"", "none"}) {
            const CliResult r = runCliWithEnvironment({QStringLiteral("lesson"), QLatin1String(id), QStringLiteral("--json")},
                                                      QStringLiteral("IPCSCOPE_LESSON_ISOLATION"), QLatin1String(level));
            QVERIFY2(r.json().value(QStringLiteral("as_expected")).toBool(), r.out.constData());
        }
    }
    shmid_ds ds{};
    QCOMPARE(shmctl(shmid, IPC_STAT, &ds), 0); // still there, ours, as we left it
    QCOMPARE(int(ds.shm_nattch), 1);
    QCOMPARE(QByteArray(mine), QByteArray("not the lesson's"));
    if (fd >= 0) {
        char back[5] = {};
        QCOMPARE(pread(fd, back, 4, 0), ssize_t(4));
        QCOMPARE(QByteArray(back), QByteArray("mine"));
    }
}

void TestLessons::textsAreShort()
{
    // Readable from a projector: a title on one line, a few lines of explanation.
    for (const Lesson *l : allLessons()) {
        QVERIFY2(l->title().size() <= 60, qPrintable(l->title()));
        QVERIFY2(l->explanation().size() <= 420, qPrintable(l->id()));
        QVERIFY2(l->expected().size() <= 240, qPrintable(l->id()));
        QVERIFY2(l->control().size() <= 200, qPrintable(l->id()));
        QVERIFY(!l->group().isEmpty());
        QVERIFY(findMechanism(l->mechanism().toStdString()));
        QVERIFY2(QFile::exists(QStringLiteral(":/code/%1.c").arg(l->code())), qPrintable(l->code()));
    }
}

void TestLessons::cliListAndJson()
{
    const CliResult list = runCli({QStringLiteral("lesson"), QStringLiteral("--list")});
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(allLessons().size()));
    QVERIFY(lines.first().startsWith("race "));
    const CliResult json = runCli({QStringLiteral("lesson"), QStringLiteral("--list"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray lessons = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(lessons.size(), qsizetype(allLessons().size()));
    for (int i = 0; i < lessons.size(); ++i) {
        const QJsonObject l = lessons.at(i).toObject();
        QCOMPARE(l.value(QStringLiteral("id")).toString(), allLessons().at(i)->id());
        QVERIFY(!l.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!l.value(QStringLiteral("group")).toString().isEmpty());
    }
    QCOMPARE(runCli({QStringLiteral("lesson"), QStringLiteral("--list"), QStringLiteral("--control")}).exitCode, 2);
}

void TestLessons::cliJsonHasChecksAndErrata()
{
    const CliResult run = runCli({QStringLiteral("lesson"), QStringLiteral("lecture-msg"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("lecture-msg"));
    QCOMPARE(o.value(QStringLiteral("as_expected")).toBool(), true);
    QVERIFY(!o.value(QStringLiteral("expected")).toString().isEmpty());
    QVERIFY(!o.value(QStringLiteral("measured")).toString().isEmpty());
    const QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
    QVERIFY(!checks.isEmpty());
    for (const QJsonValue &c : checks)
        for (const char *field : {"what", "expected", "measured"})
            QVERIFY(!c.toObject().value(QLatin1String(field)).toString().isEmpty());
    QVERIFY(checks.first().toObject().value(QStringLiteral("passed")).isBool());
    const QJsonArray errata = o.value(QStringLiteral("errata")).toArray();
    QCOMPARE(errata.size(), 3); // the queue left behind, ftok, the order
    for (const QJsonValue &e : errata) {
        QVERIFY(!e.toObject().value(QStringLiteral("claim")).toString().isEmpty());
        QVERIFY(!e.toObject().value(QStringLiteral("observed")).toString().isEmpty());
        QCOMPARE(e.toObject().value(QStringLiteral("lecture_holds")).toBool(true), false);
    }
    QVERIFY(o.value(QStringLiteral("readings")).toObject().value(QStringLiteral("after.ipcs")).toString().contains(
        QLatin1String("qnum 2")));
    // A lesson that is not one of the lecture's examples has no errata.
    const CliResult race = runCli({QStringLiteral("lesson"), QStringLiteral("priorities"), QStringLiteral("--json")});
    QVERIFY(!race.json().contains(QStringLiteral("errata")));
    // --control turns it, and the exit status says so.
    const CliResult control = runCli(
        {QStringLiteral("lesson"), QStringLiteral("priorities"), QStringLiteral("--control"), QStringLiteral("--json")});
    QCOMPARE(control.exitCode, 1);
    QCOMPARE(control.json().value(QStringLiteral("setup")).toString(), QStringLiteral("control"));
    QCOMPARE(control.json().value(QStringLiteral("as_expected")).toBool(), false);
}

void TestLessons::cliRefusesUnknownLesson()
{
    const CliResult r = runCli({QStringLiteral("lesson"), QStringLiteral("levitation")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("levitation") && r.err.contains("deadlock"));
}

void TestLessons::cancelledLessonLeavesNothing()
{
    // Ctrl-C in the middle of the deadlock, while both workers are stuck.
    QProcess cli;
    cli.start(cliPath(), {QStringLiteral("lesson"), QStringLiteral("deadlock")});
    QVERIFY(cli.waitForStarted());
    const qint64 pid = cli.processId(); // 0 once it has finished
    QVERIFY(waitUntil([&] { return livingWorkers(pid).size() == 2; }));
    QTest::qWait(500);
    ::kill(pid_t(pid), SIGINT);
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitCode(), 130);
    QCOMPARE(leftoverReport(pid), QString());
    QCOMPARE(leftovers(0), QStringList());
}

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
