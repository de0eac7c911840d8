// Every mechanism of the lecture, run with real processes across several
// producer:consumer shapes and message sizes: what was sent arrives, once,
// intact (except where loss is the lesson), and nothing is left behind.
#include "runhelpers.h"

#include "engine/message.h"
#include "session/fault.h"
#include "session/series.h"
#include "support/testreaper.h"

#include <QDir>
#include <QFile>

#include <algorithm>

#include <fcntl.h>
#include <mqueue.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace ipcscope;
using namespace ipcscope::test;

class TestRun : public QObject {
    Q_OBJECT
private slots:
    void deliversEverything_data();
    void deliversEverything();
    void lossyMechanismsCountWhatTheyLose_data();
    void lossyMechanismsCountWhatTheyLose();
    void withoutTelemetryTheCountsStay();
    void aRunShorterThanAWindowIsAPoint();
    void eventsCarrySequenceAndPayload();
    void kernelStateIsSampled();
    void aPollKeepsWhatItReadsOpen();
    void refusedByTheKernelCleansUp();
    void aRunIsReadEagerlyWhileItWaitsOnAPoll();
    void aChangedIntervalReadsTheRunAtOnce();
    void seriesWindowsStayNearTheirLengthAtAnyPoll();
};

void TestRun::deliversEverything_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("producers");
    QTest::addColumn<int>("consumers");
    QTest::addColumn<int>("size");
    for (const Mechanism *m : allMechanisms()) {
        const MechanismInfo &info = m->info();
        if (info.lossy)
            continue;
        const QString id = QString::fromStdString(info.id);
        const int largest = int(std::min<uint64_t>(m->maxMessage().value, 1 << 20));
        const bool stream = !info.keepsBoundaries;
        QList<std::tuple<int, int, int>> shapes;
        if (!info.takesSize) {
            shapes = {{1, 1, 0}, {3, 1, 0}, {8, 1, 0}};
        } else {
            shapes = {{1, 1, int(kHeaderSize)},
                      {1, 1, 4096},
                      {1, 1, largest},
                      {3, 2, 256},
                      {2, 3, 4096},
                      // A byte stream shared by several workers keeps messages whole only up to PIPE_BUF.
                      {8, 8, stream && id != QLatin1String("unix-stream") && id != QLatin1String("tcp") ? 4096 : 1000}};
        }
        for (const auto &[p, c, size] : shapes)
            if (p <= info.maxProducers && c <= info.maxConsumers)
                QTest::addRow("%s %d:%d %d B", info.id.c_str(), p, c, size) << id << p << c << size;
    }
}

void TestRun::deliversEverything()
{
    QFETCH(QString, mechanism);
    QFETCH(int, producers);
    QFETCH(int, consumers);
    QFETCH(int, size);
    Scenario s;
    s.mechanism = mechanism;
    s.producers = producers;
    s.consumers = consumers;
    if (size)
        s.size = size;
    // Enough messages to fill every buffer many times, little enough to stay quick.
    s.count = std::clamp<qint64>(qint64(16 << 20) / std::max(size, 1) / producers, 20, 2000);
    auto run = runToEnd(s);
    QVERIFY2(run->error().isEmpty(), qPrintable(run->error()));
    const RunResult &r = run->result();
    QVERIFY2(r.ok, qPrintable(r.error + QStringLiteral(" | ") + r.log.join(QStringLiteral(" | "))));
    QCOMPARE(r.sent, quint64(producers * s.count));
    QCOMPARE(r.messages, r.sent);
    QCOMPARE(r.lost, quint64(0));
    QCOMPARE(r.duplicated, quint64(0));
    QCOMPARE(r.corrupted, quint64(0));
    QCOMPARE(r.reordered, quint64(0));
    const Mechanism *m = s.findMechanism();
    const quint64 perMessage = m->info().takesSize ? quint64(size) : m->info().signalBytes;
    QCOMPARE(r.bytes, r.messages * perMessage);
    QVERIFY(r.seconds > 0);
    QVERIFY(r.mbPerS >= 0 && r.msgsPerS > 0);
    QVERIFY(r.latencyP50Us && r.latencyP99Us && *r.latencyP50Us <= *r.latencyP99Us);
    QCOMPARE(r.workers.size(), producers + consumers);
    quint64 consumed = 0;
    for (const WorkerSnapshot &w : r.workers) {
        QVERIFY(w.pid > 0);
        QCOMPARE(w.exitCode, 0);
        QCOMPARE(w.state.state, WorkerState::Done);
        QVERIFY(w.cpuS > 0);
        if (w.role == Role::Producer)
            QCOMPARE(w.messages, quint64(s.count));
        else
            consumed += w.messages;
    }
    QCOMPARE(consumed, r.messages);
    if (mechanism == QLatin1String("posix-mq"))
        QVERIFY(!messageQueueExists(QString::fromStdString(param(run->objectParams(), "mq"))));
    QCOMPARE(leftoverReport(), QString());
}

void TestRun::lossyMechanismsCountWhatTheyLose_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("producers");
    QTest::addColumn<int>("consumers");
    QTest::addColumn<int>("size");
    QTest::addColumn<double>("rate");
    for (const QString &m : {QStringLiteral("signals-std"), QStringLiteral("shm-nosync"), QStringLiteral("udp")}) {
        const int consumers = m == QLatin1String("signals-std") ? 1 : 2;
        QTest::addRow("%s full speed", qPrintable(m)) << m << 2 << consumers << 1024 << 0.0;
        // Slowly enough, even these deliver everything.
        QTest::addRow("%s 100/s", qPrintable(m)) << m << 1 << 1 << 1024 << 100.0;
    }
}

void TestRun::lossyMechanismsCountWhatTheyLose()
{
    QFETCH(QString, mechanism);
    QFETCH(int, producers);
    QFETCH(int, consumers);
    QFETCH(int, size);
    QFETCH(double, rate);
    Scenario s;
    s.mechanism = mechanism;
    s.producers = producers;
    s.consumers = consumers;
    s.size = size;
    s.rate = rate;
    s.count = rate > 0 ? 30 : 5000;
    auto run = std::make_unique<Run>(s);
    run->setKernelInterval(20);
    run->setRecordKernel(true);
    QSignalSpy finished(run.get(), &Run::finished);
    QVERIFY(run->start());
    QVERIFY(finished.wait(60000));
    const RunResult &r = run->result();
    QVERIFY2(r.ok, qPrintable(r.error));
    // What the producers say they sent, and what each consumer says it got.
    quint64 sent = 0, received = 0;
    for (const WorkerSnapshot &w : r.workers)
        (w.role == Role::Producer ? sent : received) += w.messages;
    QCOMPARE(sent, quint64(producers * s.count));
    QCOMPARE(r.sent, sent);
    QCOMPARE(r.messages, received);
    QVERIFY(received <= sent);
    // What arrived has a time span and a rate (a standard signal carries no
    // send stamp: the consumer reads the clock for each one itself).
    QVERIFY(received > 0);
    QVERIFY2(r.seconds > 0 && r.msgsPerS > 0, qPrintable(QStringLiteral("%1 s").arg(r.seconds)));
    if (rate > 0) {
        // Slowly enough, even these lose nothing.
        QCOMPARE(r.lost, quint64(0));
        QCOMPARE(r.duplicated, quint64(0));
        QCOMPARE(r.corrupted, quint64(0));
    }
    if (mechanism == QLatin1String("udp")) {
        // The kernel's own drop counter can only have counted messages we lost,
        // and the end-of-stream datagram each consumer is sent at the end (a
        // full buffer drops those too; the consumers then stop on a timeout).
        qint64 drops = 0;
        for (const KernelSample &k : r.kernel)
            for (const KernelReading &v : k.values)
                if (v.field == QLatin1String("drops"))
                    drops = std::max(drops, v.value);
        QVERIFY2(quint64(drops) <= r.lost + quint64(consumers),
                 qPrintable(QStringLiteral("%1 dropped, %2 lost").arg(drops).arg(r.lost)));
    }
    QCOMPARE(leftoverReport(), QString());
}

void TestRun::withoutTelemetryTheCountsStay()
{
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.size = 4096;
    s.count = 5000;
    s.telemetry = false;
    auto run = runToEnd(s);
    const RunResult &r = run->result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.messages, quint64(5000));
    QVERIFY(!r.latencyP50Us); // no latency without telemetry
    QVERIFY(run->takeEvents().isEmpty());
    QCOMPARE(leftoverReport(), QString());
}

void TestRun::aRunShorterThanAWindowIsAPoint()
{
    // Twenty small messages take far less than one 100 ms window; the series
    // still says how fast they went.
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.count = 20;
    auto run = runToEnd(s);
    const RunResult &r = run->result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.series.isEmpty());
    double consumed = 0;
    for (const SeriesPoint &p : r.series) {
        const double start = &p == &r.series.first() ? 0 : (&p - 1)->tS;
        consumed += p.msgsPerS * (p.tS - start);
    }
    QCOMPARE(qRound(consumed), 20); // every message is in some window
    QCOMPARE(leftoverReport(), QString());
}

void TestRun::eventsCarrySequenceAndPayload()
{
    Scenario s;
    s.mechanism = QStringLiteral("sysv-msg");
    s.payload = QStringLiteral("lecture ");
    s.count = 5;
    s.rate = 200;
    Run run(s);
    QVector<RunEvent> events;
    connect(&run, &Run::sampled, &run, [&] { events += run.takeEvents(); });
    QSignalSpy finished(&run, &Run::finished);
    QVERIFY(run.start());
    QVERIFY(finished.wait(10000));
    QList<quint64> received;
    for (const RunEvent &e : events) {
        if (e.event.kind != EventKind::Received)
            continue;
        received << e.event.seq;
        QCOMPARE(QByteArray(e.event.head, 8), QByteArray("lecture "));
        QCOMPARE(e.slot, 1); // the consumer's slot
    }
    QCOMPARE(received, (QList<quint64>{0, 1, 2, 3, 4}));
}

void TestRun::kernelStateIsSampled()
{
    Scenario s;
    s.mechanism = QStringLiteral("sysv-msg");
    s.count = 20;
    s.rate = 100;
    Run run(s);
    run.setKernelInterval(20);
    run.setRecordKernel(true);
    QSignalSpy finished(&run, &Run::finished);
    QVERIFY(run.start());
    QVERIFY(finished.wait(10000));
    const RunResult &r = run.result();
    QVERIFY(!r.kernel.isEmpty());
    bool sawSender = false;
    const qint64 producerPid = r.workers[0].pid;
    for (const KernelSample &k : r.kernel)
        for (const KernelReading &v : k.values)
            sawSender = sawSender || (v.object == QLatin1String("queue") && v.field == QLatin1String("lspid") &&
                                      v.value == producerPid);
    QVERIFY2(sawSender, "msgctl(IPC_STAT) never named the producer as the last sender");
}

// This process's mappings of files whose path contains `part`.
static int mappingsOf(const QString &part)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return -1;
    const QByteArrayList lines = maps.readAll().split('\n');
    return int(std::count_if(lines.begin(), lines.end(),
                             [&](const QByteArray &line) { return QString::fromLatin1(line).contains(part); }));
}

// This process's descriptors open on paths that start with `prefix`.
static int descriptorsOn(const QString &prefix)
{
    int n = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[256];
        const ssize_t length = readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target);
        n += length > 0 && QString::fromLocal8Bit(target, int(length)).startsWith(prefix) ? 1 : 0;
    }
    return n;
}

// The window polls up to 30 times a second: posix-shm's four semaphores, opened
// and closed by every poll before (sem_open maps a file, sem_close unmaps
// it), its segment (stat() by path each poll), and each worker's /proc
// files stay open from the first poll that reads them to the run's end, and
// not a moment longer.
void TestRun::aPollKeepsWhatItReadsOpen()
{
    Scenario s;
    s.mechanism = QStringLiteral("posix-shm");
    s.count = 20;
    s.rate = 100;
    Run run(s);
    run.setKernelInterval(10);
    run.setWatchProcesses(true);
    QString semaphores, segment;
    QList<qint64> pids;
    int polls = 0, semaphoresHeld = 0, segmentHeld = 0, procFilesHeld = 0;
    connect(&run, &Run::sampled, &run, [&] {
        if (run.phase() != Run::Phase::Running || ++polls < 2)
            return;
        semaphores = QStringLiteral("/dev/shm/sem.") + QString::fromStdString(param(run.objectParams(), "sem")).mid(1);
        semaphoresHeld = std::max(semaphoresHeld, mappingsOf(semaphores));
        segment = QStringLiteral("/dev/shm") + QString::fromStdString(param(run.objectParams(), "shm"));
        segmentHeld = std::max(segmentHeld, descriptorsOn(segment));
        pids.clear();
        int held = 0;
        for (const WorkerSnapshot &w : run.snapshot().workers) {
            pids << w.pid;
            held += descriptorsOn(QStringLiteral("/proc/%1/").arg(w.pid)) > 0 ? 1 : 0;
        }
        procFilesHeld = std::max(procFilesHeld, held);
    });
    QSignalSpy finished(&run, &Run::finished);
    QVERIFY(run.start());
    QVERIFY(finished.wait(10000));
    QVERIFY2(run.result().ok, qPrintable(run.result().error));
    QVERIFY(polls >= 2);
    QCOMPARE(procFilesHeld, pids.size());
    QCOMPARE(semaphoresHeld, 4); // each once, between polls
    QCOMPARE(mappingsOf(semaphores), 0);
    QCOMPARE(segmentHeld, 1); // its size is read from a descriptor kept open
    QCOMPARE(descriptorsOn(segment), 0);
    for (qint64 pid : pids)
        QCOMPARE(descriptorsOn(QStringLiteral("/proc/%1/").arg(pid)), 0);
    QCOMPARE(leftoverReport(), QString());
}

void TestRun::refusedByTheKernelCleansUp()
{
    // A per-user limit lower than the queue needs is named before anything
    // starts. One that other queues of the user have used up can only be
    // met by mq_open itself: the run reports it, and nothing is left.
    rlimit saved{};
    getrlimit(RLIMIT_MSGQUEUE, &saved);
    rlimit limit = saved;
    limit.rlim_cur = 1024;
    QVERIFY(setrlimit(RLIMIT_MSGQUEUE, &limit) == 0);
    Scenario s;
    s.mechanism = QStringLiteral("posix-mq");
    s.size = 8192;
    {
        Run run(s);
        QVERIFY(!run.start());
        QVERIFY2(run.error().contains(QLatin1String("RLIMIT_MSGQUEUE")), qPrintable(run.error()));
    }
    limit.rlim_cur = 100000;
    QVERIFY(setrlimit(RLIMIT_MSGQUEUE, &limit) == 0);
    const std::string other = uniquePosixName("other");
    mq_attr attr{};
    attr.mq_maxmsg = 10;
    attr.mq_msgsize = 8192;
    test::TestReaper reaper; // removes the queue if the test dies first
    const mqd_t mq = mq_open(other.c_str(), O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
    QVERIFY(mq != mqd_t(-1));
    reaper.track({ObjectKind::PosixMq, other});
    {
        Run run(s);
        QVERIFY(!run.start());
        QVERIFY2(run.error().contains(QLatin1String("mq_open")), qPrintable(run.error()));
    }
    mq_close(mq);
    reaper.remove({ObjectKind::PosixMq, other});
    setrlimit(RLIMIT_MSGQUEUE, &saved);
    QCOMPARE(leftoverReport(), QString());
}

namespace {

// A run at no limit for `seconds`, read every `pollMs` as the window reads
// one at no limit, not yet started.
std::unique_ptr<Run> unlimitedRun(const QString &mechanism, double seconds, int pollMs = 100)
{
    Scenario s;
    s.mechanism = mechanism;
    s.count = 0;
    s.durationS = seconds;
    auto run = std::make_unique<Run>(s);
    run->setPollInterval(pollMs);
    return run;
}

// Stops the run, waits for its end, and holds that nothing of it is left.
void stopAndCheckNothingLeft(Run &run)
{
    QSignalSpy finished(&run, &Run::finished);
    run.stop();
    if (run.isActive())
        QVERIFY(finished.wait(30000));
    QCOMPARE(leftoverReport(), QString());
}

} // namespace

void TestRun::aRunIsReadEagerlyWhileItWaitsOnAPoll()
{
    // Read every 100 ms (a run at no limit in the window), a run that waits
    // on a poll to move on is read every Run::kEagerPollMs: its go while the
    // workers get ready, and each step of a catch in the critical section
    // (FaultDriver::catchStep grants one step a poll).
    const auto owned = unlimitedRun(QStringLiteral("sysv-shm"), 4);
    Run &run = *owned;
    QVERIFY(run.start());
    QCOMPARE(run.polledEveryMs(), Run::kEagerPollMs);
    QVERIFY(waitUntil([&] { return run.snapshot().received > 0; }));
    QCOMPARE(run.polledEveryMs(), 100);
    bool made = false;
    QVector<int> whileCatching;
    int afterwards = -1;
    connect(&run, &Run::faultMade, &run, [&] { made = true; });
    connect(&run, &Run::sampled, &run, [&] {
        if (!made)
            whileCatching << run.polledEveryMs();
        else if (afterwards < 0)
            afterwards = run.polledEveryMs();
    });
    Fault catchP1;
    catchP1.verb = Fault::Verb::KillInCs;
    catchP1.target = QStringLiteral("P1");
    QString why;
    QVERIFY2(run.inject(catchP1, &why), qPrintable(why));
    QVERIFY(waitUntil([&] { return afterwards >= 0; }));
    // The poll that took the fault up paused the block; P1 was caught only
    // at a later one, so there were polls while catching.
    QVERIFY(!whileCatching.isEmpty());
    QCOMPARE(whileCatching.last(), Run::kEagerPollMs);
    QCOMPARE(afterwards, 100);
    stopAndCheckNothingLeft(run);
}

void TestRun::aChangedIntervalReadsTheRunAtOnce()
{
    // A run let go at no limit goes from 33 ms polls to 100 ms; restarted,
    // the timer would leave the picture at rest a whole interval. A changed
    // interval is read at the next turn of the event loop, an unchanged one
    // keeps its time.
    const auto owned = unlimitedRun(QStringLiteral("pipe"), 3);
    Run &run = *owned;
    QSignalSpy sampled(&run, &Run::sampled);
    QVERIFY(run.start());
    QVERIFY(waitUntil([&] { return run.snapshot().received > 0; }));
    QVERIFY(sampled.wait(1000));
    sampled.clear();
    run.setPollInterval(400);
    QCoreApplication::processEvents();
    QCOMPARE(sampled.size(), 1);
    sampled.clear();
    run.setPollInterval(400);
    QCoreApplication::processEvents();
    QCOMPARE(sampled.size(), 0);
    stopAndCheckNothingLeft(run);
}

void TestRun::seriesWindowsStayNearTheirLengthAtAnyPoll()
{
    // Polled every 100 ms, a window closes at the poll nearest its 100 ms,
    // not at the first one past it: a poll a little early would have made
    // it 200 ms (Run::recordWindow's slack).
    const auto owned = unlimitedRun(QStringLiteral("pipe"), 2);
    Run &run = *owned;
    QSignalSpy finished(&run, &Run::finished);
    QVERIFY(run.start());
    QVERIFY(finished.wait(30000));
    const RunSeries &series = run.series();
    QVERIFY(series.size() >= 8);
    QVector<double> lengths;
    for (int i = 0; i + 1 < series.size(); ++i) // the last one folds in the run's end
        lengths << series.endS(i) - series.startS(i);
    std::sort(lengths.begin(), lengths.end());
    const double median = lengths[lengths.size() / 2];
    QVERIFY2(median >= 0.05 && median < 0.15, qPrintable(QString::number(median)));
    QCOMPARE(leftoverReport(), QString());
}

QTEST_GUILESS_MAIN(TestRun)
#include "tst_run.moc"
