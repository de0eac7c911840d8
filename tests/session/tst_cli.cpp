// ipcscope-cli as a user meets it: list, run with JSON, bad input refused in
// one line with exit status 2 before anything starts, and the printed command
// lines really repeat the run by hand.
#include "clihelpers.h"
#include "engine/mechanism.h"
#include "runhelpers.h"
#include "session/recordingreader.h"
#include "session/recordingwriter.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>

using namespace ipcscope;
using namespace ipcscope::test;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listJson();
    void listHuman();
    void badInput_data();
    void badInput();
    void csvWrittenAfterMeasuring();
    void runJsonHasEveryField();
    void runJsonHasTheFaults();
    void closeReadEndsTheWriter_data();
    void closeReadEndsTheWriter();
    void theExitFollowsTheScenesPhase_data();
    void theExitFollowsTheScenesPhase();
    void seriesAndKernel();
    void showCommands();
    void placementPinsTheWorkers_data();
    void placementPinsTheWorkers();
    void workersTakeTheSchedulingPolicy_data();
    void workersTakeTheSchedulingPolicy();
    void handCommandsRepeatTheRun_data();
    void handCommandsRepeatTheRun();
    void handCommandsNameNothingFixed_data();
    void handCommandsNameNothingFixed();
    void recordThenReplay_data();
    void recordThenReplay();
    void replaySceneAt();
    void steppedSceneShowsEveryStage_data();
    void steppedSceneShowsEveryStage();
    void steppedMonitorSignalsInsideTheLock();
    void recordLessonThenReplay_data();
    void recordLessonThenReplay();
    void fullSpeedRecordingPairs_data();
    void fullSpeedRecordingPairs();
    void replayRefused_data();
    void replayRefused();

private:
    // A recording of a short paced run, made once (run --record).
    QByteArray recorded();

    QTemporaryDir m_dir; // a FIFO and a file for the output-path cases
    QByteArray m_recorded;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("fifo"))).constData(), 0600), 0);
}

void TestCli::listJson()
{
    const CliResult r = runCli({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(all.size(), qsizetype(allMechanisms().size()));
    bool sawMsgmax = false;
    for (const QJsonValue &v : all) {
        const QJsonObject m = v.toObject();
        for (const char *key : {"id", "group", "keeps_boundaries", "limits", "max_message"})
            QVERIFY2(m.contains(QLatin1String(key)), key);
        if (m.value(QStringLiteral("id")).toString() == QLatin1String("sysv-msg")) {
            const QJsonObject max = m.value(QStringLiteral("max_message")).toObject();
            QCOMPARE(max.value(QStringLiteral("source")).toString(), QStringLiteral("from /proc/sys/kernel/msgmax"));
            sawMsgmax = true;
        }
    }
    QVERIFY(sawMsgmax);
}

void TestCli::listHuman()
{
    const CliResult r = runCli({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    for (const char *text : {"Signals", "Pipes & FIFOs", "Shared memory", "Message queues", "Sockets", "sysv-msg",
                             "/proc/sys/kernel/msgmax", "PIPE_BUF"})
        QVERIFY2(r.out.contains(text), text);
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    const auto words = [](const QString &command, std::initializer_list<const char *> extra) {
        QStringList a = {command};
        for (const char *e : extra)
            a << QString::fromLatin1(e);
        return a;
    };
    const auto run = [&](std::initializer_list<const char *> extra) { return words(QStringLiteral("run"), extra); };
    // A comparison that takes a second when it is wrongly let through.
    const auto compare = [&](std::initializer_list<const char *> extra) {
        return words(QStringLiteral("compare"), {"--mechanisms", "pipe", "--sizes", "64", "--repeat", "1"}) +
               words(QString(), extra).mid(1);
    };
    QTest::newRow("unknown mechanism") << run({"-m", "telepathy"}) << QStringList{"telepathy", "sysv-msg"};
    // A fault script is refused step by step before anything starts.
    QTest::newRow("inject: no time") << run({"-m", "sysv-shm", "--inject", "stop P1"}) << QStringList{"stop P1", "WHEN"};
    QTest::newRow("inject: bad time") << run({"-m", "sysv-shm", "--inject", "soon:stop P1"})
                                      << QStringList{"soon:stop P1", "seconds"};
    QTest::newRow("inject: negative time") << run({"-m", "sysv-shm", "--inject", "-1:stop P1"})
                                           << QStringList{"-1:stop P1"};
    QTest::newRow("inject: after what") << run({"-m", "sysv-shm", "--inject", "after many:stop P1"})
                                        << QStringList{"after many", "whole number"};
    QTest::newRow("inject: unknown verb") << run({"-m", "sysv-shm", "--inject", "1:stop P1; 2:freeze C1"})
                                          << QStringList{"2:freeze C1", "freeze", "kill-in-cs"};
    QTest::newRow("inject: no worker") << run({"-m", "sysv-shm", "--inject", "1:stop"}) << QStringList{"1:stop"};
    QTest::newRow("inject: not a worker") << run({"-m", "sysv-shm", "--inject", "1:kill X9"})
                                          << QStringList{"X9", "worker"};
    QTest::newRow("inject: worker not in the run") << run({"-m", "sysv-shm", "--inject", "1:stop C2"})
                                                   << QStringList{"1:stop C2", "C1 to C1"};
    QTest::newRow("inject: unknown signal") << run({"-m", "pipe", "--inject", "1:signal SIGFOO P1"})
                                            << QStringList{"SIGFOO", "SIGUSR1"};
    QTest::newRow("inject: setval out of range") << run({"-m", "sysv-shm", "--inject", "1:setval put 40000"})
                                                 << QStringList{"40000", "32767"};
    QTest::newRow("inject: setval no such semaphore") << run({"-m", "sysv-shm", "--inject", "1:setval door 1"})
                                                      << QStringList{"door", "put"};
    QTest::newRow("inject: setval without a set") << run({"-m", "posix-mq", "--inject", "1:setval put 1"})
                                                  << QStringList{"setval", "posix-mq"};
    QTest::newRow("inject: rmid of a POSIX queue") << run({"-m", "posix-mq", "--inject", "1:rmid queue"})
                                                   << QStringList{"rmid queue", "posix-mq"};
    QTest::newRow("inject: unlink of a System V queue") << run({"-m", "sysv-msg", "--inject", "1:unlink queue"})
                                                        << QStringList{"unlink queue", "sysv-msg"};
    QTest::newRow("inject: rmid of no object") << run({"-m", "sysv-shm", "--inject", "1:rmid door"})
                                               << QStringList{"door", "sem, shm or queue"};
    QTest::newRow("inject: qbytes on a pipe") << run({"-m", "pipe", "--inject", "1:qbytes 100"})
                                              << QStringList{"qbytes", "pipe"};
    QTest::newRow("inject: qbytes of nothing") << run({"-m", "sysv-msg", "--inject", "1:qbytes 0"})
                                               << QStringList{"qbytes 0", "from 1"};
    QTest::newRow("inject: pipe-size on a queue") << run({"-m", "sysv-msg", "--inject", "1:pipe-size 4096"})
                                                  << QStringList{"pipe-size", "sysv-msg"};
    QTest::newRow("inject: kill-in-cs without a lock") << run({"-m", "pipe", "--inject", "1:kill-in-cs P1"})
                                                       << QStringList{"kill-in-cs", "lock"};
    QTest::newRow("inject: too many words") << run({"-m", "sysv-shm", "--inject", "1:stop P1 C1"})
                                            << QStringList{"1:stop P1 C1"};
    QTest::newRow("inject: add what") << run({"-m", "sysv-msg", "--inject", "1:add foo"})
                                      << QStringList{"1:add foo", "add producer or add consumer"};
    QTest::newRow("inject: add nothing") << run({"-m", "sysv-msg", "--inject", "1:add"})
                                         << QStringList{"1:add", "add producer|consumer"};
    QTest::newRow("inject: add to a 1:1 ring") << run({"-m", "shm-spsc", "--inject", "1:add producer"})
                                               << QStringList{"1:add producer", "exactly one producer"};
    QTest::newRow("inject: add to a pipe") << run({"-m", "pipe", "--inject", "0.5:stop P1; 1:add consumer"})
                                           << QStringList{"1:add consumer", "inherited at fork"};
    QTest::newRow("inject: a consumer added to tcp") << run({"-m", "tcp", "--inject", "1:add consumer"})
                                                     << QStringList{"1:add consumer", "where nobody connects"};
    QTest::newRow("inject: a consumer added to signals")
        << run({"-m", "signals-rt", "--inject", "1:add producer; 1:add consumer"})
        << QStringList{"1:add consumer", "to one process"};
    QTest::newRow("inject: add to a ping-pong")
        << run({"-m", "sysv-msg", "--ping-pong", "--inject", "1:add consumer"})
        << QStringList{"1:add consumer", "ping-pong"};
    QTest::newRow("inject: add past the limit")
        << run({"-m", "posix-mq", "--producers", "8", "--inject", "1:add producer"})
        << QStringList{"1:add producer", "at most 8 producers"};
    QTest::newRow("sem-undo without a set") << run({"-m", "posix-mq", "--sem-undo"})
                                            << QStringList{"sem_undo", "posix-mq"};
    QTest::newRow("sysv-msg 9000 B") << run({"-m", "sysv-msg", "--size", "9000"})
                                     << QStringList{"9000", "msgmax", "/proc/sys/kernel/msgmax"};
    QTest::newRow("udp 70000 B") << run({"-m", "udp", "--size", "70000"}) << QStringList{"70000", "65507"};
    QTest::newRow("count 0") << run({"-m", "pipe", "--count", "0"}) << QStringList{"at least 1"};
    QTest::newRow("negative size") << run({"-m", "pipe", "--size", "-5"}) << QStringList{"negative"};
    QTest::newRow("nine producers") << run({"-m", "tcp", "--producers", "9"}) << QStringList{"9 producers", "1..8"};
    QTest::newRow("two consumers of a signal")
        << run({"-m", "signals-rt", "--consumers", "2"}) << QStringList{"one consumer"};
    QTest::newRow("unparsable count") << run({"-m", "pipe", "--count", "many"}) << QStringList{"--count", "many"};
    QTest::newRow("unparsable size") << run({"-m", "pipe", "--size", "4X"}) << QStringList{"--size", "4X"};
    QTest::newRow("unknown placement") << run({"-m", "pipe", "--cpus", "both"})
                                       << QStringList{"--cpus", "both", "same, split or free"};
    QTest::newRow("unknown policy") << run({"-m", "pipe", "--sched", "fifo"})
                                    << QStringList{"--sched", "fifo", "batch or normal"};
    QTest::newRow("placement twice") << run({"-m", "pipe", "--cpus", "same", "--pin"})
                                     << QStringList{"--pin", "--cpus split"};
    QTest::newRow("unparsable rate") << run({"-m", "pipe", "--rate", "fast"}) << QStringList{"--rate", "fast"};
    QTest::newRow("size on a signal") << run({"-m", "signals-std", "--size", "64"}) << QStringList{"sigval"};
    QTest::newRow("count and duration") << run({"-m", "pipe", "--count", "5", "--duration", "1"})
                                        << QStringList{"--count", "--duration"};
    QTest::newRow("no mechanism") << run({}) << QStringList{"--mechanism"};
    QTest::newRow("unknown option") << run({"-m", "pipe", "--colour", "red"}) << QStringList{"colour"};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << QStringList{"fly", "--help"};
    QTest::newRow("no command") << QStringList{} << QStringList{"command", "--help"};
    QTest::newRow("pipe 2 writers 8 KiB")
        << run({"-m", "pipe", "--producers", "2", "--size", "8K"}) << QStringList{"PIPE_BUF", "4096"};
    QTest::newRow("mechanism id of a page")
        << QStringList{QStringLiteral("run"), QStringLiteral("-m"), QString(4096, QLatin1Char('x'))}
        << QStringList{"at most 32 characters"};

    // Numbers that do not fit, and numbers that are none.
    QTest::newRow("size wraps to 1 KiB") << run({"-m", "pipe", "--count", "10", "--size", "18014398509481985K"})
                                         << QStringList{"--size", "18014398509481985K", "out of range"};
    QTest::newRow("size far below") << run({"-m", "pipe", "--count", "10", "--size", "-18014398509481985K"})
                                    << QStringList{"--size", "out of range"};
    QTest::newRow("count past 64 bits") << run({"-m", "pipe", "--count", "99999999999999999999"})
                                        << QStringList{"--count", "out of range"};
    QTest::newRow("count past the most") << run({"-m", "pipe", "--count", "2000000001"})
                                         << QStringList{"2000000000", "2000000001"};
    QTest::newRow("producers past 32 bits")
        << run({"-m", "pipe", "--producers", "4294967297"}) << QStringList{"--producers", "out of range"};
    QTest::newRow("duration nan") << run({"-m", "pipe", "--duration", "nan"}) << QStringList{"--duration", "nan"};
    QTest::newRow("duration inf") << run({"-m", "pipe", "--duration", "inf"}) << QStringList{"--duration", "inf"};
    QTest::newRow("duration 1e308") << run({"-m", "pipe", "--duration", "1e308"}) << QStringList{"86400"};
    QTest::newRow("rate -inf") << run({"-m", "pipe", "--rate", "-inf"}) << QStringList{"--rate", "-inf"};
    QTest::newRow("rate 1e308") << run({"-m", "pipe", "--rate", "1e308"}) << QStringList{"10000000"};
    QTest::newRow("compare sizes wrap") << compare({"--sizes", "64,18014398509481985K"})
                                        << QStringList{"--sizes", "18014398509481985K"};
    QTest::newRow("compare seconds nan") << compare({"--seconds", "nan"}) << QStringList{"--seconds", "nan"};
    QTest::newRow("compare seconds inf") << compare({"--seconds", "inf"}) << QStringList{"--seconds", "inf"};
    QTest::newRow("compare repeat past 32 bits")
        << words(QStringLiteral("compare"), {"--mechanisms", "pipe", "--sizes", "64", "--repeat", "4294967297"})
        << QStringList{"--repeat", "out of range"};
    QTest::newRow("pid past 32 bits") << words(QStringLiteral("inspect"), {"--pid", "99999999999999999999"})
                                      << QStringList{"--pid", "out of range"};
    QTest::newRow("pid 0") << words(QStringLiteral("inspect"), {"--pid", "0"}) << QStringList{"--pid", "1.."};

    // A flag given twice: which one was meant?
    QTest::newRow("count twice") << run({"-m", "pipe", "--count", "5", "--count", "7"})
                                 << QStringList{"--count", "5, 7", "once"};
    QTest::newRow("-m twice") << run({"-m", "sysv-shm", "-m", "posix-mq", "--count", "10"})
                              << QStringList{"-m/--mechanism", "sysv-shm, posix-mq"};
    QTest::newRow("-m and --mechanism") << run({"-m", "sysv-shm", "--mechanism", "posix-mq", "--count", "10"})
                                        << QStringList{"-m/--mechanism", "sysv-shm, posix-mq"};
    QTest::newRow("--size= twice") << run({"-m", "pipe", "--count", "10", "--size=64", "--size=128"})
                                   << QStringList{"--size", "64, 128"};
    QTest::newRow("run --json twice") << run({"-m", "pipe", "--count", "10", "--json", "--json"})
                                      << QStringList{"--json"};
    QTest::newRow("list --json twice") << words(QStringLiteral("list"), {"--json", "--json"}) << QStringList{"--json"};
    QTest::newRow("inspect --pid twice") << words(QStringLiteral("inspect"), {"--pid", "1", "--pid", "1"})
                                         << QStringList{"--pid"};
    QTest::newRow("compare --seconds twice")
        << compare({"--seconds", "0.05", "--seconds", "0.1"}) << QStringList{"--seconds", "0.05, 0.1"};
    QTest::newRow("lesson --list twice") << words(QStringLiteral("lesson"), {"--list", "--list"})
                                         << QStringList{"--list"};

    // Arguments no command takes.
    QTest::newRow("compare junk") << compare({"--seconds", "0.05", "junk"}) << QStringList{"junk"};
    QTest::newRow("list junk") << words(QStringLiteral("list"), {"junk"}) << QStringList{"junk"};
    QTest::newRow("inspect junk") << words(QStringLiteral("inspect"), {"junk"}) << QStringList{"junk"};
    QTest::newRow("run junk") << run({"-m", "pipe", "junk"}) << QStringList{"junk"};
    QTest::newRow("lesson --list junk") << words(QStringLiteral("lesson"), {"--list", "junk"}) << QStringList{"junk"};
    QTest::newRow("lesson two ids") << words(QStringLiteral("lesson"), {"sigpipe", "junk"}) << QStringList{"junk"};
    // A lesson's recording, refused before the lesson starts.
    QTest::newRow("lesson --list --record") << words(QStringLiteral("lesson"), {"--list", "--record", "x.ipcrec"})
                                            << QStringList{"--record", "--list"};
    QTest::newRow("lesson record in no directory")
        << words(QStringLiteral("lesson"), {"sigpipe", "--record", "/nonexistent/dir/x.ipcrec"})
        << QStringList{"--record", "/nonexistent/dir/x.ipcrec"};

    QTest::newRow("no such pid") << words(QStringLiteral("inspect"), {"--pid", "99999999"})
                                 << QStringList{"--pid", "99999999"};

    // Where the CSV would go, checked before a second is measured.
    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    QTest::newRow("csv in no directory") << compare({"--seconds", "0.05", "--csv", "/nonexistent/dir/x.csv"})
                                         << QStringList{"--csv", "/nonexistent/dir"};
    QTest::newRow("csv under a file") << compare({"--seconds", "0.05", "--csv", "/etc/passwd/x.csv"})
                                      << QStringList{"--csv", "/etc/passwd/x.csv"};
    QTest::newRow("csv is a directory") << compare({"--seconds", "0.05", "--csv"}) + QStringList{m_dir.path()}
                                        << QStringList{"--csv", "regular file"};
    QTest::newRow("csv is a FIFO") << compare({"--seconds", "0.05", "--csv"}) + QStringList{fifo}
                                   << QStringList{"--csv", "regular file"};
    QTest::newRow("csv is /dev/null") << compare({"--seconds", "0.05", "--csv", "/dev/null"})
                                      << QStringList{"--csv", "regular file"};
    QTest::newRow("csv without a name") << compare({"--seconds", "0.05", "--csv", ""}) << QStringList{"--csv"};

    // Where a recording would go, refused before the run starts.
    QTest::newRow("record in no directory") << run({"-m", "pipe", "--count", "10", "--record", "/nonexistent/dir/x.ipcrec"})
                                            << QStringList{"--record", "/nonexistent/dir/x.ipcrec"};
    QTest::newRow("record is a directory") << run({"-m", "pipe", "--count", "10", "--record"}) + QStringList{m_dir.path()}
                                           << QStringList{"--record", m_dir.path()};
    QTest::newRow("record without a name") << run({"-m", "pipe", "--count", "10", "--record", ""})
                                           << QStringList{"--record"};
    const auto replay = [&](std::initializer_list<const char *> extra) { return words(QStringLiteral("replay"), extra); };
    QTest::newRow("replay nothing") << replay({}) << QStringList{"recording"};
    QTest::newRow("replay no such file") << replay({"/nonexistent/x.ipcrec"}) << QStringList{"/nonexistent/x.ipcrec"};
    QTest::newRow("replay a FIFO") << replay({}) + QStringList{fifo} << QStringList{fifo, "not a regular file"};
    QTest::newRow("replay a directory") << replay({}) + QStringList{m_dir.path()} << QStringList{m_dir.path()};
    QTest::newRow("replay /etc/passwd") << replay({"/etc/passwd"}) << QStringList{"not an ipcscope recording"};
    QTest::newRow("replay two files") << replay({"a.ipcrec", "b.ipcrec"}) << QStringList{"b.ipcrec"};
    QTest::newRow("replay --at without --scene") << replay({"x.ipcrec", "--at", "1"}) << QStringList{"--at", "--scene"};
    QTest::newRow("replay --at not a time") << replay({"x.ipcrec", "--scene", "--at", "soon"})
                                            << QStringList{"--at", "soon"};
    QTest::newRow("replay --at negative") << replay({"x.ipcrec", "--scene", "--at", "-1"}) << QStringList{"--at", "-1"};
    QTest::newRow("replay --json --scene") << replay({"x.ipcrec", "--json", "--scene"})
                                           << QStringList{"--json", "--scene"};
    QTest::newRow("replay --series alone") << replay({"x.ipcrec", "--series"}) << QStringList{"--series", "--json"};
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const CliResult r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    // One line, whatever was wrong: no usage text, no Qt noise.
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.endsWith('\n'));
    QVERIFY(r.err.startsWith("ipcscope-cli: "));
    const QString line = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(line.size() < 300, qPrintable(line.left(300))); // the reason, not the input echoed
    for (const QString &m : mentions)
        QVERIFY2(line.contains(m), qPrintable(line + QStringLiteral(" -- does not mention ") + m));
    QVERIFY(r.out.isEmpty());
    // Nothing was started or created: no worker, no object, no file.
    QCOMPARE(livingWorkers(), QStringList());
    QCOMPARE(leftovers(0), QStringList());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
             QStringList{QStringLiteral("fifo")});
}

void TestCli::csvWrittenAfterMeasuring()
{
    // The check refuses only what cannot take the table: a new file in a
    // writable directory and an existing regular file are written, after.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.csv"));
    const QString existing = m_dir.filePath(QStringLiteral("existing.csv"));
    QFile old(existing);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents\n");
    old.close();
    for (const QString &csv : {fresh, existing}) {
        const CliResult r = runCli({QStringLiteral("compare"), QStringLiteral("--mechanisms"), QStringLiteral("pipe"),
                                    QStringLiteral("--sizes"), QStringLiteral("64"), QStringLiteral("--repeat"),
                                    QStringLiteral("1"), QStringLiteral("--seconds"), QStringLiteral("0.05"),
                                    QStringLiteral("--json"), QStringLiteral("--csv"), csv});
        QCOMPARE(r.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("mechanism,producers,consumers,size,"));
        QVERIFY(file.remove());
    }
}

void TestCli::runJsonHasEveryField()
{
    const CliResult r =
        runCli({QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("posix-shm"), QStringLiteral("--producers"),
                QStringLiteral("2"), QStringLiteral("--consumers"), QStringLiteral("2"), QStringLiteral("--size"),
                QStringLiteral("4K"), QStringLiteral("--count"), QStringLiteral("500"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    for (const char *key :
         {"mechanism", "size", "producers", "consumers", "messages", "bytes", "seconds", "mb_per_s", "msgs_per_s",
          "latency_us", "lost", "duplicated", "reordered", "corrupted", "ok", "error", "workers"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("size")).toInt(), 4096);
    QCOMPARE(o.value(QStringLiteral("messages")).toInt(), 1000);
    QCOMPARE(o.value(QStringLiteral("bytes")).toInt(), 1000 * 4096);
    QVERIFY(o.value(QStringLiteral("ok")).toBool());
    const QJsonObject latency = o.value(QStringLiteral("latency_us")).toObject();
    for (const char *key : {"p50", "p99", "max"})
        QVERIFY2(latency.value(QLatin1String(key)).toDouble() > 0, key);
    const QJsonArray workers = o.value(QStringLiteral("workers")).toArray();
    QCOMPARE(workers.size(), 4);
    for (const QJsonValue &v : workers) {
        const QJsonObject w = v.toObject();
        for (const char *key :
             {"pid", "role", "messages", "bytes", "cpu_s", "voluntary_ctxt", "involuntary_ctxt", "exit"})
            QVERIFY2(w.contains(QLatin1String(key)), key);
        QCOMPARE(w.value(QStringLiteral("exit")).toInt(), 0);
    }
}

void TestCli::runJsonHasTheFaults()
{
    // SIGSTOP and SIGCONT to the producer: each with its exact call, and the
    // run ends as usual (a fault handled as the kernel defines is no failure).
    const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("sysv-shm"),
                                QStringLiteral("--duration"), QStringLiteral("1.5"), QStringLiteral("--rate"),
                                QStringLiteral("200"), QStringLiteral("--inject"),
                                QStringLiteral("0.3:stop P1; 0.9:cont P1"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QVERIFY2(o.value(QStringLiteral("ok")).toBool(), r.out.constData());
    const QJsonArray faults = o.value(QStringLiteral("faults")).toArray();
    QCOMPARE(faults.size(), 2);
    const qint64 pid = o.value(QStringLiteral("workers")).toArray().first().toObject().value(QStringLiteral("pid")).toInteger();
    const char *sent[] = {"SIGSTOP", "SIGCONT"};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject f = faults[i].toObject();
        for (const char *key : {"at", "verb", "target", "call", "result", "effects"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        QCOMPARE(f.value(QStringLiteral("target")).toString(), QStringLiteral("P1"));
        QCOMPARE(f.value(QStringLiteral("call")).toString(),
                 QStringLiteral("kill(%1, %2) = 0").arg(pid).arg(QLatin1String(sent[i])));
        QCOMPARE(f.value(QStringLiteral("result")).toString(), QStringLiteral("0"));
    }
    QCOMPARE(faults[0].toObject().value(QStringLiteral("verb")).toString(), QStringLiteral("stop"));
    QVERIFY(faults[0].toObject().value(QStringLiteral("at")).toDouble() >= 0.3);
    QVERIFY2(QJsonDocument(faults[0].toObject().value(QStringLiteral("effects")).toArray())
                 .toJson()
                 .contains("P1 is stopped (state T)"),
             r.out.constData());
    QCOMPARE(o.value(QStringLiteral("faults_caused")).toArray().size(), 0);
}

void TestCli::closeReadEndsTheWriter_data()
{
    // The reader closes its end: the writer is killed by SIGPIPE, or, when it
    // ignores SIGPIPE (--ignore-sigpipe), its write() fails with EPIPE.
    QTest::addColumn<bool>("ignore");
    QTest::addColumn<QString>("caused");
    QTest::newRow("SIGPIPE") << false << QStringLiteral("P1 was killed by SIGPIPE");
    QTest::newRow("SIGPIPE ignored: EPIPE") << true << QStringLiteral("P1 failed with EPIPE");
}

void TestCli::closeReadEndsTheWriter()
{
    QFETCH(bool, ignore);
    QFETCH(QString, caused);
    QStringList args{QStringLiteral("run"),        QStringLiteral("-m"),        QStringLiteral("pipe"),
                     QStringLiteral("--duration"), QStringLiteral("2"),         QStringLiteral("--rate"),
                     QStringLiteral("200"),        QStringLiteral("--inject"),  QStringLiteral("0.5:close-read"),
                     QStringLiteral("--json")};
    if (ignore)
        args << QStringLiteral("--ignore-sigpipe");
    const CliResult r = runCli(args);
    // A fault handled as the kernel defines is no failure of ipcscope's
    // (ok), but the run lost its writer: it failed, as its scene ends, and
    // the exit status says so (it said 0).
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = r.json();
    QVERIFY2(o.value(QStringLiteral("ok")).toBool(), r.out.constData());
    QCOMPARE(o.value(QStringLiteral("phase")).toString(), QStringLiteral("failed"));
    const QJsonArray said = o.value(QStringLiteral("faults_caused")).toArray();
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().toString().startsWith(caused), r.out.constData());
    QVERIFY2(o.value(QStringLiteral("failed_because")).toString().startsWith(QLatin1String("P1 ")), r.out.constData());
}

void TestCli::theExitFollowsTheScenesPhase_data()
{
    // The summary line and the exit status say what the scene's last line
    // says (endedPhase): a worker killed by an injected kill, and the writer
    // killed by SIGPIPE after it, fail the run; a clean run is OK. Both
    // said "OK" and exited 0 while the scene said "failed".
    QTest::addColumn<QString>("inject");
    QTest::addColumn<bool>("scene");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    const QString killed = QStringLiteral("FAILED: C1 killed by SIGKILL (injected), P1 killed by SIGPIPE");
    QTest::newRow("injected kill") << QStringLiteral("0.3:kill C1") << false << 1 << killed;
    QTest::newRow("injected kill, --scene") << QStringLiteral("0.3:kill C1") << true << 1
                                            << QStringLiteral("\"phase\":\"failed\"");
    QTest::newRow("clean") << QString() << false << 0 << QStringLiteral("\n  OK\n");
    QTest::newRow("clean, --scene") << QString() << true << 0 << QStringLiteral("\"phase\":\"finished\"");
}

void TestCli::theExitFollowsTheScenesPhase()
{
    QFETCH(QString, inject);
    QFETCH(bool, scene);
    QFETCH(int, status);
    QFETCH(QString, says);
    QStringList args{QStringLiteral("run"),        QStringLiteral("-m"), QStringLiteral("pipe"),
                     QStringLiteral("--duration"), QStringLiteral("0.8"), QStringLiteral("--rate"),
                     QStringLiteral("200")};
    if (!inject.isEmpty())
        args << QStringLiteral("--inject") << inject;
    const QString file = m_dir.filePath(QStringLiteral("phase.ipcrec"));
    if (scene)
        args << QStringLiteral("--scene");
    else
        args << QStringLiteral("--record") << file;
    const CliResult r = runCli(args);
    QCOMPARE(r.exitCode, status);
    // The summary, or the scene's last line.
    const QByteArray last = scene ? r.out.trimmed().split('\n').last() : r.out;
    QVERIFY2(last.contains(says.toUtf8()), r.out.constData());
    if (scene)
        return;
    // Its replay says the same, and why it failed: it said a bare "FAILED".
    const CliResult replay = runCli({QStringLiteral("replay"), file});
    QCOMPARE(replay.exitCode, 0);
    const QByteArray said = "messages, " + (status == 0 ? QByteArray("OK") : says.toUtf8());
    QVERIFY2(replay.out.contains(said), replay.out.constData());
    // A recording made before the result said its phase: replayed from its
    // last scene's phase, where `ok` alone said OK.
    QString error;
    std::optional<Recording> old = RecordingReader::read(file, &error);
    QVERIFY2(old, qPrintable(error));
    old->result.remove(QStringLiteral("phase"));
    old->result.remove(QStringLiteral("failed_because"));
    const QString oldFile = m_dir.filePath(QStringLiteral("before-phase.ipcrec"));
    RecordingWriter writer;
    QVERIFY2(writer.open(oldFile, &error) && writer.write(*old, &error), qPrintable(error));
    const CliResult oldReplay = runCli({QStringLiteral("replay"), oldFile});
    QCOMPARE(oldReplay.exitCode, 0);
    QVERIFY2(oldReplay.out.contains(status == 0 ? "messages, OK" : "messages, FAILED"), oldReplay.out.constData());
    QVERIFY(QFile::remove(oldFile));
    QVERIFY(QFile::remove(file));
}

void TestCli::seriesAndKernel()
{
    const CliResult r =
        runCli({QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("sysv-shm"), QStringLiteral("--count"),
                QStringLiteral("100"), QStringLiteral("--rate"), QStringLiteral("250"), QStringLiteral("--series"),
                QStringLiteral("--kernel"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    const QJsonArray series = o.value(QStringLiteral("series")).toArray();
    QVERIFY(series.size() >= 2);
    const QJsonObject point = series.at(1).toObject();
    QVERIFY(point.value(QStringLiteral("msgs_per_s")).toDouble() > 0);
    QCOMPARE(point.value(QStringLiteral("workers")).toArray().size(), 2);
    const QJsonArray kernel = o.value(QStringLiteral("kernel")).toArray();
    QVERIFY(kernel.size() >= 2);
    const QJsonObject objects = kernel.at(0).toObject().value(QStringLiteral("objects")).toObject();
    for (const char *sem : {"empty", "full", "put", "take"})
        QVERIFY2(objects.value(QLatin1String(sem)).toObject().contains(QStringLiteral("semval")), sem);
    QCOMPARE(objects.value(QStringLiteral("segment")).toObject().value(QStringLiteral("nattch")).toInt(), 2);
}

void TestCli::showCommands()
{
    const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("fifo"),
                                QStringLiteral("--count"), QStringLiteral("10"), QStringLiteral("--show-commands")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("ipcscope-worker producer --mechanism fifo"));
    QVERIFY(r.out.contains("ipcscope-worker consumer --mechanism fifo"));
    QVERIFY(r.out.contains("--create"));
    QVERIFY(r.out.contains("terminal 2"));
}

void TestCli::placementPinsTheWorkers_data()
{
    QTest::addColumn<QStringList>("placement");
    QTest::addColumn<QStringList>("expected"); // in the workers' command lines
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("same") << QStringList{"--cpus", "same"} << QStringList{"--cpu 0"} << QStringList{"--cpu 1"};
    QTest::newRow("split") << QStringList{"--cpus", "split"} << QStringList{"--cpu 0", "--cpu 1"} << QStringList{};
    QTest::newRow("pin") << QStringList{"--pin"} << QStringList{"--cpu 0", "--cpu 1"} << QStringList{};
    QTest::newRow("free") << QStringList{"--cpus", "free"} << QStringList{} << QStringList{"--cpu "};
    QTest::newRow("default") << QStringList{} << QStringList{} << QStringList{"--cpu "};
}

void TestCli::placementPinsTheWorkers()
{
    QFETCH(QStringList, placement);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    if (QThread::idealThreadCount() < 2 && placement.contains(QStringLiteral("split")))
        QSKIP("split needs two CPUs");
    const CliResult r = runCli(QStringList{QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("pipe"),
                                           QStringLiteral("--count"), QStringLiteral("10"),
                                           QStringLiteral("--show-commands"), QStringLiteral("--json")} +
                               placement);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray commands = r.json().value(QStringLiteral("commands")).toArray();
    QCOMPARE(commands.size(), 2);
    QString all;
    for (const QJsonValue &c : commands)
        all += c.toString() + QLatin1Char('\n');
    for (const QString &e : expected)
        QVERIFY2(all.contains(e), qPrintable(all));
    for (const QString &a : absent)
        QVERIFY2(!all.contains(a), qPrintable(all));
}

void TestCli::workersTakeTheSchedulingPolicy_data()
{
    QTest::addColumn<QStringList>("asked");
    QTest::addColumn<QString>("policy"); // as /proc/PID/stat says of each worker
    QTest::newRow("default") << QStringList{} << "SCHED_BATCH";
    QTest::newRow("batch") << QStringList{"--sched", "batch"} << "SCHED_BATCH";
    QTest::newRow("normal") << QStringList{"--sched", "normal"} << "SCHED_OTHER";
}

void TestCli::workersTakeTheSchedulingPolicy()
{
    QFETCH(QStringList, asked);
    QFETCH(QString, policy);
    // Paced, so that the kernel is read (every 100 ms) while the workers live.
    const CliResult r = runCli(QStringList{QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("pipe"),
                                           QStringLiteral("--count"), QStringLiteral("20"), QStringLiteral("--rate"),
                                           QStringLiteral("40"), QStringLiteral("--kernel"), QStringLiteral("--json")} +
                               asked);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject result = r.json();
    QCOMPARE(result.value(QStringLiteral("sched")).toString(),
             policy == QLatin1String("SCHED_BATCH") ? QStringLiteral("batch") : QStringLiteral("normal"));
    const QJsonArray workers = result.value(QStringLiteral("workers")).toArray();
    QCOMPARE(workers.size(), 2);
    for (const QJsonValue &w : workers)
        QCOMPARE(w.toObject().value(QStringLiteral("sched_policy")).toString(), policy);
}

void TestCli::handCommandsRepeatTheRun_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("producers");
    for (const char *m : {"pipe", "fifo", "sysv-shm", "posix-shm", "shm-mutex", "sysv-msg", "posix-mq", "unix-stream",
                          "unix-dgram", "tcp", "udp"})
        QTest::addRow("%s 1:1", m) << QString::fromLatin1(m) << 1;
    for (const char *m : {"sysv-msg", "posix-mq", "sysv-shm", "unix-dgram"})
        QTest::addRow("%s 2:1", m) << QString::fromLatin1(m) << 2;
}

void TestCli::handCommandsRepeatTheRun()
{
    // Take the printed recipe and run it with a shell, terminal by terminal.
    QFETCH(QString, mechanism);
    QFETCH(int, producers);
    const CliResult r =
        runCli({QStringLiteral("run"), QStringLiteral("-m"), mechanism, QStringLiteral("--count"),
                QStringLiteral("200"), QStringLiteral("--size"), QStringLiteral("128"), QStringLiteral("--producers"),
                QString::number(producers), QStringLiteral("--show-commands"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QStringList commands;
    for (const QJsonValue &v : r.json().value(QStringLiteral("hand_commands")).toArray())
        if (!v.toString().startsWith(QLatin1Char('#')))
            commands << v.toString();
    QVERIFY(!commands.isEmpty());
    QList<QProcess *> shells;
    QByteArray early; // what the first terminal printed, as a person reads it
    for (QString command : commands) {
        // A port is not named in advance: the consumer prints the one it got.
        static const QRegularExpression placeholder(QStringLiteral("'(ports?)=<the port the consumer printed>'"));
        if (const QRegularExpressionMatch m = placeholder.match(command); m.hasMatch()) {
            static const QRegularExpression printed(QStringLiteral("created ports?=(\\d+)"));
            QRegularExpressionMatch port;
            QVERIFY(waitUntil([&] {
                early += shells.first()->readAllStandardError();
                port = printed.match(QString::fromLocal8Bit(early));
                return port.hasMatch();
            }));
            command.replace(m.captured(0), m.captured(1) + QLatin1Char('=') + port.captured(1));
        }
        auto *shell = new QProcess(this);
        shell->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QVERIFY(shell->waitForStarted());
        shells << shell;
        QTest::qWait(300); // as a person starts the next terminal
    }
    QByteArray output = early;
    for (QProcess *shell : shells) {
        // waitForFinished() is false for a process that has finished already.
        QVERIFY2(shell->state() == QProcess::NotRunning || shell->waitForFinished(15000),
                 qPrintable(shell->arguments().last()));
        output += shell->readAllStandardOutput() + shell->readAllStandardError();
        QCOMPARE(shell->exitCode(), 0);
        delete shell;
    }
    // The consumer's own summary: every message of every producer, intact.
    const QRegularExpression consumer(QStringLiteral("C1 pid=\\d+ messages=%1 bytes=%2 corrupted=0 duplicated=0")
                                          .arg(200 * producers)
                                          .arg(200 * producers * 128));
    QVERIFY2(consumer.match(QString::fromLocal8Bit(output)).hasMatch(), output.constData());
    // The names made for this print are gone with the run.
    static const QRegularExpression named(QStringLiteral("(/[^\\s,=']*ipcscope-hand-[0-9a-f]{16})"));
    for (auto it = named.globalMatch(commands.join(QLatin1Char(' '))); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(!QFile::exists(name) && !QFile::exists(QStringLiteral("/dev/shm") + name) &&
                     !QFile::exists(QStringLiteral("/dev/shm/sem.") + name.mid(1) + QStringLiteral("-sem-empty")) &&
                     !messageQueueExists(name),
                 qPrintable(name));
    }
    QCOMPARE(leftovers(0), QStringList());
}

void TestCli::handCommandsNameNothingFixed_data()
{
    QTest::addColumn<QString>("mechanism");
    for (const char *m : {"fifo", "sysv-shm", "posix-shm", "shm-mutex", "shm-nosync", "sysv-msg", "posix-mq",
                          "unix-stream", "unix-dgram", "tcp", "udp"})
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TestCli::handCommandsNameNothingFixed()
{
    // A fixed name or port can be taken first by anyone on the machine: every
    // print names its own, and leaves ports to the consumer.
    QFETCH(QString, mechanism);
    // Three prints: a System V key has 16 random bits, so two prints name
    // the same key once in 65 536 (seen once, in a fresh clone's run); all
    // three alike is once in 4 billion, or a fixed name.
    QStringList prints;
    for (int i = 0; i < 3; ++i) {
        const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("-m"), mechanism, QStringLiteral("--count"),
                                    QStringLiteral("1"), QStringLiteral("--show-commands"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QStringList commands;
        for (const QJsonValue &v : r.json().value(QStringLiteral("hand_commands")).toArray())
            commands << v.toString();
        prints << commands.join(QLatin1Char('\n'));
    }
    for (const QString &print : prints) {
        QVERIFY2(!print.contains(QLatin1String("ipcscope-lecture")), qPrintable(print));
        QVERIFY2(!QRegularExpression(QStringLiteral("ports?=\\d")).match(print).hasMatch(), qPrintable(print));
    }
    // Named afresh each time, where there is anything to name (UDP: only the
    // port, which the consumer picks).
    if (mechanism != QLatin1String("udp"))
        QVERIFY2(prints[0] != prints[1] || prints[1] != prints[2], qPrintable(prints[0]));
    if (mechanism == QLatin1String("tcp"))
        QVERIFY(QRegularExpression(QStringLiteral("IPCSCOPE_TOKEN=[0-9a-f]{32} ")).match(prints[0]).hasMatch());
}

QByteArray TestCli::recorded()
{
    if (m_recorded.isEmpty()) {
        const QString file = m_dir.filePath(QStringLiteral("paced.ipcrec"));
        const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("sysv-shm"),
                                    QStringLiteral("--count"), QStringLiteral("40"), QStringLiteral("--rate"),
                                    QStringLiteral("100"), QStringLiteral("--json"), QStringLiteral("--record"), file});
        if (r.exitCode != 0)
            return {};
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            m_recorded = f.readAll();
        QFile::remove(file);
    }
    return m_recorded;
}

void TestCli::recordThenReplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("sysv-shm at full speed") << QStringList{"-m", "sysv-shm", "--count", "20000"};
    QTest::newRow("pipe ping-pong") << QStringList{"-m", "pipe", "--count", "300", "--ping-pong"};
    QTest::newRow("posix-mq paced, with its series") << QStringList{"-m", "posix-mq", "--count", "60", "--rate", "200",
                                                                     "--producers", "2", "--series"};
    QTest::newRow("udp, stepped") << QStringList{"-m", "udp", "--count", "3", "--pace", "0.05"};
}

void TestCli::recordThenReplay()
{
    QFETCH(QStringList, args);
    const QString file = m_dir.filePath(QStringLiteral("run.ipcrec"));
    const CliResult run = runCli(QStringList{QStringLiteral("run")} + args +
                                 QStringList{QStringLiteral("--json"), QStringLiteral("--record"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(file));
    QStringList replayArgs{QStringLiteral("replay"), file, QStringLiteral("--json")};
    if (args.contains(QStringLiteral("--series")))
        replayArgs << QStringLiteral("--series");
    const CliResult replay = runCli(replayArgs);
    QCOMPARE(replay.exitCode, 0);
    QVERIFY(replay.err.isEmpty());
    // The same result, field by field, and the same text.
    const QJsonObject printed = run.json();
    const QJsonObject replayed = replay.json();
    QVERIFY(!printed.isEmpty());
    QCOMPARE(replayed.keys(), printed.keys());
    for (const QString &key : printed.keys())
        QVERIFY2(replayed.value(key) == printed.value(key), qPrintable(key));
    QCOMPARE(replay.out, run.out);
    // It holds the scene as it was sampled and the workers' events.
    const CliResult scenes = runCli({QStringLiteral("replay"), file, QStringLiteral("--scene")});
    QCOMPARE(scenes.exitCode, 0);
    const QList<QByteArray> lines = scenes.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    const QJsonObject last = QJsonDocument::fromJson(lines.constLast()).object();
    QCOMPARE(last.value(QStringLiteral("phase")).toString(), QStringLiteral("finished"));
    const CliResult events = runCli({QStringLiteral("replay"), file, QStringLiteral("--events")});
    QCOMPARE(events.exitCode, 0);
    QVERIFY(events.out.contains("\"kind\":\"sent\""));
    QVERIFY(events.out.contains("\"kind\":\"received\""));
    // Replaying started nothing.
    QCOMPARE(livingWorkers(), QStringList());
    QCOMPARE(leftovers(0), QStringList());
    QVERIFY(QFile::remove(file));
}

void TestCli::steppedSceneShowsEveryStage_data()
{
    QTest::addColumn<QString>("pace");
    QTest::newRow("one call every 0.2 s") << QStringLiteral("0.2");
    // As fast as the CLI polled: the steps and the polls drifted against
    // each other and most stages were never printed exact.
    QTest::newRow("one call every 0.05 s") << QStringLiteral("0.05");
    // Faster than the CLI's 50 ms poll: five calls went by between two
    // samples and "written, head 0" was never printed.
    QTest::newRow("one call every 0.01 s") << QStringLiteral("0.01");
}

// The scene lines of `run --scene` that are exact (every worker at rest)
// while the run streams.
static QList<QJsonObject> exactRunningScenes(const QByteArray &out)
{
    QList<QJsonObject> scenes;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject m = QJsonDocument::fromJson(line).object();
        if (m.value(QStringLiteral("exact")).toBool() &&
            m.value(QStringLiteral("phase")).toString() == QLatin1String("running"))
            scenes << m;
    }
    return scenes;
}

// `run --scene --pace`: one message through a ring, and each stage of its
// put printed in an exact line — the slot written while head has not moved,
// then head moved, then V(full) announcing it.
void TestCli::steppedSceneShowsEveryStage()
{
    QFETCH(QString, pace);
    const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("sysv-shm"),
                                QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--pace"), pace,
                                QStringLiteral("--scene")});
    QCOMPARE(r.exitCode, 0);
    QStringList stages;
    for (const QJsonObject &m : exactRunningScenes(r.out)) {
        const QJsonObject ring = m.value(QStringLiteral("ring")).toObject();
        if (ring.isEmpty())
            continue;
        const QString first = ring.value(QStringLiteral("slots")).toArray().at(0).toObject().value(QStringLiteral("state")).toString();
        const qint64 head = ring.value(QStringLiteral("head")).toInteger();
        const QString stage = first == QLatin1String("written") ? QStringLiteral("written, head %1").arg(head)
                              : first == QLatin1String("announced") ? QStringLiteral("announced")
                                                                    : QString();
        if (!stage.isEmpty() && (stages.isEmpty() || stages.constLast() != stage))
            stages << stage;
    }
    QCOMPARE(stages.mid(0, 3), (QStringList{QStringLiteral("written, head 0"), QStringLiteral("written, head 1"),
                                            QStringLiteral("announced")}));
    QCOMPARE(leftovers(0), QStringList());
}

// `run --scene --pace` of shm-mutex: each side signals inside the lock, then
// unlocks, as its code view's listing says, and the scene shows the
// signaller holding the mutex while it signals. A worker that signals after
// the unlock gives "unlock" before "signal"; a scene that let go of the
// mutex at the signal shows no holder there.
void TestCli::steppedMonitorSignalsInsideTheLock()
{
    const CliResult r =
        runCli({QStringLiteral("run"), QStringLiteral("-m"), QStringLiteral("shm-mutex"), QStringLiteral("--count"),
                QStringLiteral("2"), QStringLiteral("--pace"), QStringLiteral("0.05"), QStringLiteral("--scene")});
    QCOMPARE(r.exitCode, 0);
    QHash<QString, QStringList> calls; // each worker's calls, in the order shown
    for (const QJsonObject &m : exactRunningScenes(r.out)) {
        const QString holder =
            m.value(QStringLiteral("semaphores")).toArray().at(0).toObject().value(QStringLiteral("holder")).toString();
        for (const QJsonValue &v : m.value(QStringLiteral("workers")).toArray()) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            const QString call = v.toObject().value(QStringLiteral("call")).toString();
            if (call.startsWith(QLatin1String("signal")) &&
                v.toObject().value(QStringLiteral("state")) == QLatin1String("paused"))
                QVERIFY2(holder == name, qPrintable(name + QLatin1String(" does not hold the mutex in ") + call));
            if (!call.isEmpty() && (calls[name].isEmpty() || calls[name].constLast() != call))
                calls[name] << call;
        }
    }
    // Whether `then` came right after `first` somewhere in `seen` (an exact
    // sample may miss one pass, not all of them).
    const auto follows = [](const QStringList &seen, const QString &first, const QString &then) {
        for (qsizetype i = 0; i + 1 < seen.size(); ++i)
            if (seen.at(i) == first && seen.at(i + 1) == then)
                return true;
        return false;
    };
    for (const auto &[worker, signal] : {std::pair{"P1", "signal(not empty)"}, {"C1", "signal(not full)"}}) {
        const QStringList seen = calls.value(QLatin1String(worker));
        const QString unlock = QStringLiteral("unlock(mutex)");
        QVERIFY2(follows(seen, QLatin1String(signal), unlock), qPrintable(seen.join(QLatin1String(", "))));
        QVERIFY2(!follows(seen, unlock, QLatin1String(signal)), qPrintable(seen.join(QLatin1String(", "))));
    }
    QCOMPARE(leftovers(0), QStringList());
}

void TestCli::recordLessonThenReplay_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("control");
    QTest::addColumn<QString>("part"); // what only a lesson's scene holds, that must come back
    QTest::addColumn<bool>("asExpected"); // the verdict, which the replay must give as the lesson did
    QTest::newRow("sigpipe: processes seen from /proc")
        << QStringLiteral("sigpipe") << false << QStringLiteral("\"objects\"") << true;
    QTest::newRow("deadlock: its wait-for graph") << QStringLiteral("deadlock") << false << QStringLiteral("\"edges\"")
                                                 << true;
    // The control run turns the verdict: the replay says so too.
    QTest::newRow("sigpipe --control: not as expected")
        << QStringLiteral("sigpipe") << true << QStringLiteral("\"objects\"") << false;
}

// A lesson is recorded as a run is: its scene samples and its outcome, read
// back without a process.
void TestCli::recordLessonThenReplay()
{
    QFETCH(QString, id);
    QFETCH(bool, control);
    QFETCH(QString, part);
    QFETCH(bool, asExpected);
    const QString file = m_dir.filePath(QStringLiteral("lesson.ipcrec"));
    QStringList args{QStringLiteral("lesson"), id, QStringLiteral("--json"), QStringLiteral("--record"), file};
    if (control)
        args << QStringLiteral("--control");
    const CliResult lesson = runCli(args);
    QCOMPARE(lesson.exitCode, asExpected ? 0 : 1);
    QVERIFY(QFile::exists(file));
    // Its outcome, field by field, as the lesson printed it: the verdict too.
    const CliResult replay = runCli({QStringLiteral("replay"), file, QStringLiteral("--json")});
    QCOMPARE(replay.exitCode, 0);
    const QJsonObject printed = lesson.json();
    const QJsonObject replayed = replay.json();
    QCOMPARE(printed.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(printed.value(QStringLiteral("as_expected")), QJsonValue(asExpected));
    QCOMPARE(replayed.value(QStringLiteral("as_expected")), QJsonValue(asExpected));
    QCOMPARE(replayed.keys(), printed.keys());
    for (const QString &key : printed.keys())
        QVERIFY2(replayed.value(key) == printed.value(key), qPrintable(key));
    // Its scenes, the last its end.
    const CliResult scenes = runCli({QStringLiteral("replay"), file, QStringLiteral("--scene")});
    QCOMPARE(scenes.exitCode, 0);
    const QList<QByteArray> lines = scenes.out.trimmed().split('\n');
    QVERIFY2(lines.size() >= 2, scenes.out.constData());
    QVERIFY2(scenes.out.contains(part.toUtf8()), scenes.out.constData());
    const QJsonObject last = QJsonDocument::fromJson(lines.constLast()).object();
    QVERIFY(!last.value(QStringLiteral("workers")).toArray().isEmpty());
    // The summary says it is a lesson's.
    const CliResult summary = runCli({QStringLiteral("replay"), file});
    QCOMPARE(summary.exitCode, 0);
    QVERIFY2(summary.out.contains(
                 QStringLiteral("lesson %1 (%2)").arg(id, control ? QStringLiteral("control") : QStringLiteral("as-taught")).toUtf8()),
             summary.out.constData());
    QVERIFY2(summary.out.contains(asExpected ? "\n  as expected" : "\n  NOT as expected"), summary.out.constData());
    QCOMPARE(livingWorkers(), QStringList());
    QCOMPARE(leftovers(0), QStringList());
    QVERIFY(QFile::remove(file));
}

void TestCli::replaySceneAt()
{
    const QByteArray bytes = recorded();
    QVERIFY(!bytes.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("at.ipcrec"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const CliResult all = runCli({QStringLiteral("replay"), file, QStringLiteral("--scene")});
    QCOMPARE(all.exitCode, 0);
    const QList<QByteArray> lines = all.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 4);
    const auto timeOf = [&](qsizetype i) {
        return QJsonDocument::fromJson(lines.at(i)).object().value(QStringLiteral("t")).toDouble();
    };
    // Between two samples: the earlier; past the end: the last.
    for (const qsizetype i : {qsizetype(1), lines.size() / 2, lines.size() - 2}) {
        if (timeOf(i + 1) <= timeOf(i))
            continue; // two samples within the same millisecond as printed
        const double between = (timeOf(i) + timeOf(i + 1)) / 2;
        const CliResult at = runCli({QStringLiteral("replay"), file, QStringLiteral("--scene"), QStringLiteral("--at"),
                                     QString::number(between, 'f', 6)});
        QCOMPARE(at.exitCode, 0);
        QCOMPARE(at.out.trimmed(), lines.at(i));
    }
    const CliResult end = runCli({QStringLiteral("replay"), file, QStringLiteral("--scene"), QStringLiteral("--at"),
                                  QStringLiteral("1000")});
    QCOMPARE(end.exitCode, 0);
    QCOMPARE(end.out.trimmed(), lines.constLast());
    QVERIFY(QFile::remove(file));
}

void TestCli::fullSpeedRecordingPairs_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("shm-spsc") << QStringLiteral("shm-spsc");
    QTest::newRow("sysv-shm") << QStringLiteral("sysv-shm");
}

// At full speed events are sampled by message (EventSampling): most kept
// sends have their receive kept too, so the timeline can pair them. (The
// old rule, each worker's last 16 of a poll: see tst_recorder.)
void TestCli::fullSpeedRecordingPairs()
{
    QFETCH(QString, mechanism);
    const QString file = m_dir.filePath(QStringLiteral("fast.ipcrec"));
    const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("-m"), mechanism, QStringLiteral("--duration"),
                                QStringLiteral("1"), QStringLiteral("--record"), file});
    QCOMPARE(r.exitCode, 0);
    QString error;
    const std::optional<Recording> rec = RecordingReader::read(file, &error);
    QFile::remove(file);
    QVERIFY2(rec, qPrintable(error));
    bool sampled = false;
    for (const RecordedSampling &s : rec->sampling)
        sampled = sampled || s.every > 1;
    QVERIFY(sampled); // full speed: not every message was kept
    QSet<QPair<int, quint64>> received;
    for (const RecordedEvent &e : rec->events)
        if (e.kind == EventKind::Received)
            received.insert({e.producer, e.seq});
    int sends = 0, paired = 0;
    for (const RecordedEvent &e : rec->events)
        if (e.kind == EventKind::Sent) {
            ++sends;
            paired += received.contains({e.producer, e.seq}) ? 1 : 0;
        }
    QVERIFY(sends > 20);
    QVERIFY2(paired * 2 > sends, qPrintable(QStringLiteral("%1 of %2 sends paired").arg(paired).arg(sends)));
}

void TestCli::replayRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says"); // empty: replayed
    const QByteArray good = recorded();
    QVERIFY(good.size() > 100);
    QTest::newRow("good (the control)") << good << QString();
    for (const qsizetype at : {qsizetype(5), qsizetype(20), good.size() / 3, good.size() - 1})
        QTest::addRow("truncated at %lld", qlonglong(at)) << good.left(at) << QStringLiteral("truncated");
    QByteArray garbage(good.size(), '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 131 + 7) % 256);
    QTest::newRow("garbage") << garbage << QStringLiteral("not an ipcscope recording");
    QTest::newRow("garbage in the frame") << good.left(20) + garbage.left(good.size() - 20) << QStringLiteral("damaged");
    QByteArray newer = good;
    newer[11] = char(newer[11] + 1); // the version's low byte
    QTest::newRow("a newer format") << newer << QStringLiteral("newer ipcscope");
}

void TestCli::replayRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const QString file = m_dir.filePath(QStringLiteral("refused.ipcrec"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    for (const QStringList &how : {QStringList{QStringLiteral("--json")}, QStringList{QStringLiteral("--scene")},
                                   QStringList{QStringLiteral("--scene"), QStringLiteral("--at"), QStringLiteral("1000")},
                                   QStringList{QStringLiteral("--events")}, QStringList{}}) {
        const CliResult r = runCli(QStringList{QStringLiteral("replay"), file} + how);
        if (says.isEmpty()) {
            QCOMPARE(r.exitCode, 0);
            QVERIFY(!r.out.isEmpty());
            QVERIFY(r.err.isEmpty());
            continue;
        }
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
    QVERIFY(QFile::remove(file));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
