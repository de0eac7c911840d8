// Side by side: the runs take turns — their workers' own timestamps show no
// two acting at once — or, together, they overlap; stopped midway or
// dropped (the window closing), nothing is left.
#include "clihelpers.h"
#include "runhelpers.h"

#include "session/session.h"
#include "session/sidebyside.h"

#include <QJsonArray>
#include <QScopeGuard>

Q_DECLARE_METATYPE(ipcscope::ActiveInterval)

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

constexpr quint64 kMs = 1'000'000;

QVector<ActiveInterval> spans(const QVector<QPair<int, int>> &ms)
{
    QVector<ActiveInterval> out;
    for (const auto &[a, b] : ms)
        out.append({quint64(a) * kMs, quint64(b) * kMs});
    return out;
}

bool sameSpans(const QVector<ActiveInterval> &a, const QVector<ActiveInterval> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a[i].startNs != b[i].startNs || a[i].endNs != b[i].endNs)
            return false;
    return true;
}

// Every stamp inside one of the turns.
bool within(const QVector<quint64> &times, const QVector<ActiveInterval> &turns)
{
    for (quint64 t : times) {
        bool inside = false;
        for (const ActiveInterval &turn : turns)
            inside = inside || (t >= turn.startNs && t <= turn.endNs);
        if (!inside) {
            qWarning() << "outside" << t << turns.first().startNs << turns.last().endNs;
            for (const ActiveInterval &turn : turns)
                qWarning() << "  turn" << qint64(t - turn.startNs) / 1000 << qint64(t - turn.endNs) / 1000;
            return false;
        }
    }
    return true;
}

} // namespace

class TestSideBySide : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        LessonLine error;
        QVERIFY2(Session::instance().ensureReady(&error), qPrintable(error.text()));
    }

    // The check itself, on stamps made by hand: it must say "overlap" when
    // two runs acted at once, and only then.
    void intervals_data()
    {
        QTest::addColumn<QVector<quint64>>("a");
        QTest::addColumn<QVector<quint64>>("b");
        QTest::addColumn<QVector<ActiveInterval>>("spansA");
        QTest::addColumn<bool>("overlap");
        const auto ms = [](std::initializer_list<int> v) {
            QVector<quint64> out;
            for (int x : v)
                out.append(quint64(x) * kMs);
            return out;
        };
        QTest::newRow("turns") << ms({0, 10, 20, 400, 410}) << ms({200, 210, 300}) << spans({{0, 20}, {400, 410}})
                               << false;
        QTest::newRow("together") << ms({0, 10, 20, 30, 40}) << ms({5, 15, 25}) << spans({{0, 40}}) << true;
        QTest::newRow("one stamp inside") << ms({410, 0, 20}) << ms({200, 15, 300}) << spans({{0, 20}, {410, 410}})
                                          << true;
        QTest::newRow("touching") << ms({0, 100}) << ms({100, 150}) << spans({{0, 0}, {100, 100}}) << true;
    }
    void intervals()
    {
        QFETCH(QVector<quint64>, a);
        QFETCH(QVector<quint64>, b);
        QFETCH(QVector<ActiveInterval>, spansA);
        QFETCH(bool, overlap);
        const quint64 gap = 50 * kMs;
        QVERIFY(sameSpans(activeIntervals(a, gap), spansA));
        QCOMPARE(intervalsOverlap(activeIntervals(a, gap), activeIntervals(b, gap)), overlap);
        QCOMPARE(intervalsOverlap(activeIntervals(b, gap), activeIntervals(a, gap)), overlap);
    }

    void plan_data()
    {
        QTest::addColumn<QStringList>("mechanisms");
        QTest::addColumn<int>("sliceMs");
        QTest::addColumn<bool>("valid");
        QTest::newRow("two") << QStringList{"pipe", "shm-spsc"} << 500 << true;
        QTest::newRow("four") << QStringList{"pipe", "fifo", "shm-spsc", "unix-stream"} << 500 << true;
        QTest::newRow("one") << QStringList{"pipe"} << 500 << false;
        QTest::newRow("five") << QStringList{"pipe", "fifo", "shm-spsc", "unix-stream", "posix-shm"} << 500 << false;
        QTest::newRow("twice") << QStringList{"pipe", "pipe"} << 500 << false;
        QTest::newRow("unknown") << QStringList{"pipe", "carrier-pigeon"} << 500 << false;
        QTest::newRow("slice too short") << QStringList{"pipe", "fifo"} << 10 << false;
    }
    void plan()
    {
        QFETCH(QStringList, mechanisms);
        QFETCH(int, sliceMs);
        QFETCH(bool, valid);
        SideBySidePlan plan;
        plan.mechanisms = mechanisms;
        plan.sliceMs = sliceMs;
        QCOMPARE(plan.validate().isEmpty(), valid);
        SideBySide side;
        QCOMPARE(side.start(plan), valid);
        if (!valid) {
            QVERIFY(!side.error().isEmpty());
            QCOMPARE(side.count(), 0); // refused before anything started
        }
    }

    // Taking turns, the runs' workers never act at the same moment — by the
    // workers' own stamps, and by the turns the session gave; together they
    // do. The pace keeps every event in the telemetry ring between polls.
    void turns_data()
    {
        QTest::addColumn<bool>("together");
        QTest::newRow("taking turns") << false;
        QTest::newRow("together") << true;
    }
    void turns()
    {
        QFETCH(bool, together);
        SideBySidePlan plan;
        plan.mechanisms = {QStringLiteral("pipe"), QStringLiteral("fifo")};
        plan.rate = 2000;
        plan.seconds = 0.9;
        plan.sliceMs = 300;
        plan.together = together;
        SideBySide side;
        QSignalSpy finished(&side, &SideBySide::finished);
        QVERIFY2(side.start(plan, [](Run &run) { run.setPollInterval(20); }), qPrintable(side.error()));
        QVERIFY(finished.wait(30000));
        QVERIFY(!side.isRunning());

        const quint64 gap = quint64(plan.sliceMs) * kMs / 3;
        QVector<QVector<ActiveInterval>> acted;
        for (int i = 0; i < side.count(); ++i) {
            const RunResult &r = side.run(i)->result();
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(r.messages > 0);
            QVERIFY(side.eventTimes(i).size() > 100);
            QVERIFY(side.activeS(i) > 0);
            // Nothing happened outside the turns it was given.
            QVERIFY(within(side.eventTimes(i), side.turns(i)));
            acted.append(activeIntervals(side.eventTimes(i), gap));
        }
        QCOMPARE(intervalsOverlap(acted[0], acted[1]), together);
        QCOMPARE(intervalsOverlap(side.turns(0), side.turns(1)), together);
        if (!together) {
            QVERIFY(side.turns(0).size() >= 2); // it really came back after the other's turn
            QVERIFY(acted[0].size() >= 2);
        }
        QCOMPARE(leftoverReport(), QString());
    }

    // Stopped midway, or dropped at once as the window does when it closes:
    // every worker goes and every object with it.
    void midway_data()
    {
        QTest::addColumn<bool>("drop");
        QTest::newRow("stopped") << false;
        QTest::newRow("dropped") << true;
    }
    void midway()
    {
        QFETCH(bool, drop);
        SideBySidePlan plan;
        plan.mechanisms = {QStringLiteral("pipe"), QStringLiteral("sysv-shm"), QStringLiteral("shm-spsc")};
        plan.sliceMs = 200;
        plan.seconds = 0; // until stopped
        auto side = std::make_unique<SideBySide>();
        QSignalSpy finished(side.get(), &SideBySide::finished);
        QVERIFY2(side->start(plan), qPrintable(side->error()));
        QVERIFY(waitUntil([&] { return side->turn() == 1; }));
        QVERIFY(side->isWaiting(0));
        QVERIFY(side->isWaiting(2));
        if (drop) {
            side.reset();
        } else {
            side->stop();
            QVERIFY(finished.wait(15000));
            for (int i = 0; i < side->count(); ++i)
                QVERIFY(side->run(i)->result().stopped);
        }
        QCOMPARE(leftoverReport(), QString());
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("runs");
        const QStringList run{QStringLiteral("side-by-side"), QStringLiteral("--json")};
        QTest::newRow("two") << run + QStringList{"-m", "pipe", "-m", "fifo", "--seconds", "0.3", "--slice", "100"}
                             << 0 << 2;
        QTest::newRow("listed") << run + QStringList{"-m", "pipe,fifo", "--seconds", "0.2", "--together"} << 0 << 2;
        QTest::newRow("one") << run + QStringList{"-m", "pipe"} << 2 << 0;
        QTest::newRow("unknown") << run + QStringList{"-m", "pipe", "-m", "nope"} << 2 << 0;
        QTest::newRow("no time") << run + QStringList{"-m", "pipe", "-m", "fifo", "--seconds", "0"} << 2 << 0;
        QTest::newRow("slice") << run + QStringList{"-m", "pipe", "-m", "fifo", "--slice", "5"} << 2 << 0;
        QTest::newRow("twice") << run + QStringList{"-m", "pipe", "-m", "fifo", "--size", "64", "--size", "128"} << 2
                               << 0;
        // The window's stepped pace, by the name `run` gives it.
        QTest::newRow("stepped") << run + QStringList{"-m", "pipe,shm-spsc", "--seconds", "1", "--pace", "0.1"} << 0
                                 << 2;
        QTest::newRow("pace 0") << run + QStringList{"-m", "pipe,fifo", "--pace", "0"} << 2 << 0;
        QTest::newRow("pace word") << run + QStringList{"-m", "pipe,fifo", "--pace", "soon"} << 2 << 0;
        QTest::newRow("pace too slow") << run + QStringList{"-m", "pipe,fifo", "--pace", "61"} << 2 << 0;
        QTest::newRow("pace and rate") << run + QStringList{"-m", "pipe,fifo", "--pace", "0.5", "--rate", "10"} << 2
                                       << 0;
    }
    void cli()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(int, runs);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 2) {
            QVERIFY(r.out.isEmpty());
            QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
            return;
        }
        const QJsonArray list = r.json().value(QStringLiteral("runs")).toArray();
        QCOMPARE(list.size(), runs);
        const int pace = int(args.indexOf(QStringLiteral("--pace")));
        QCOMPARE(r.json().value(QStringLiteral("mode")).toString(),
                 pace >= 0 ? QStringLiteral("stepped")
                 : args.contains(QStringLiteral("--together")) ? QStringLiteral("together")
                                                               : QStringLiteral("alternate"));
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("ok")).toBool());
            QVERIFY(o.value(QStringLiteral("active_s")).toDouble() > 0);
            QVERIFY(o.value(QStringLiteral("msgs_per_active_s")).toDouble() > 0);
            QVERIFY(!o.value(QStringLiteral("turns")).toArray().isEmpty());
            if (pace >= 0) {
                // Held, a call each a beat: never more messages than beats.
                const double seconds = args.at(args.indexOf(QStringLiteral("--seconds")) + 1).toDouble();
                const double beats = seconds / args.at(pace + 1).toDouble() + 2;
                QVERIFY2(o.value(QStringLiteral("messages")).toDouble() <= beats,
                         qPrintable(QString::number(o.value(QStringLiteral("messages")).toDouble())));
            }
        }
        QCOMPARE(leftoverReport(), QString());
    }
    // Stepped, the same pace for all: every run is held and makes one call
    // on each beat — so none ever makes more calls than there were beats,
    // and none waits for a turn; unlimited, the same runs make thousands.
    void steppedOnOneBeat_data()
    {
        QTest::addColumn<double>("callEveryS");
        QTest::addColumn<bool>("stepped");
        QTest::newRow("a call every 0.1 s") << 0.1 << true;
        QTest::newRow("unlimited") << 0.0 << false;
    }
    void steppedOnOneBeat()
    {
        QFETCH(double, callEveryS);
        QFETCH(bool, stepped);
        SideBySidePlan plan;
        plan.mechanisms = {QStringLiteral("pipe"), QStringLiteral("shm-spsc")};
        plan.callEveryS = callEveryS;
        plan.together = true;
        plan.seconds = 1;
        QCOMPARE(plan.validate(), QString());
        SideBySide side;
        QSignalSpy finished(&side, &SideBySide::finished);
        bool everWaiting = false;
        connect(&side, &SideBySide::sampled, &side, [&](int i) { everWaiting = everWaiting || side.isWaiting(i); });
        QVERIFY2(side.start(plan), qPrintable(side.error()));
        QVERIFY(finished.wait(30000));
        const quint64 beats = quint64(plan.seconds / 0.1) + 2;
        for (int i = 0; i < side.count(); ++i) {
            const RunResult &r = side.run(i)->result();
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(r.messages > 0);
            // Sent and received are calls of their own: at most one a beat.
            QCOMPARE(r.messages <= beats, stepped);
            // Its progress, for the graph: a point a beat (and its start and
            // end), rising to what it received.
            const QVector<QPointF> &progress = side.progress(i);
            QCOMPARE(progress.size() >= 3, stepped);
            if (!stepped)
                continue;
            QVERIFY(progress.size() <= int(beats) + 2);
            for (int k = 1; k < progress.size(); ++k)
                QVERIFY(progress[k].x() >= progress[k - 1].x() && progress[k].y() >= progress[k - 1].y());
            QCOMPARE(quint64(progress.last().y()), r.messages);
        }
        QVERIFY(!everWaiting);
        QCOMPARE(leftoverReport(), QString());
    }

    // Held for another's turn, a pipe's or a stream socket's "bytes
    // waiting" in its scene is what it holds: everything its producer wrote
    // and its consumer has not read. The consumer's own sample (after a
    // receive, every 10 ms at most) is stale once it stops reading; the scene
    // reads FIONREAD (SIOCINQ) at every poll.
    void heldPipeShowsWhatItHolds_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("pipe") << QStringLiteral("pipe");
        QTest::newRow("fifo") << QStringLiteral("fifo");
        QTest::newRow("unix-stream") << QStringLiteral("unix-stream");
    }
    void heldPipeShowsWhatItHolds()
    {
        QFETCH(QString, mechanism);
        SideBySidePlan plan;
        plan.mechanisms = {mechanism, QStringLiteral("shm-spsc")};
        plan.sliceMs = 200;
        SideBySide side;
        QVERIFY2(side.start(plan,
                            [](Run &run) {
                                run.setWatchScene(true);
                                run.setPollInterval(20);
                            }),
                 qPrintable(side.error()));
        const auto stopAll = qScopeGuard([&side] { side.discard(); });
        const Run &run = *side.run(0);
        int checked = 0;
        for (int turn = 0; turn < 4; ++turn) {
            // Its turn, then held while the other has the CPUs, at rest.
            QVERIFY(waitUntil([&] { return side.turn() == 0; }, 10000));
            QVERIFY(waitUntil([&] { return side.turn() == 1; }, 10000));
            QTest::qWait(60); // a few polls of it held
            qint64 written = 0;
            qint64 read = 0;
            for (const WorkerSnapshot &w : run.snapshot().workers)
                (w.role == Role::Producer ? written : read) += qint64(w.bytes);
            const qint64 shown = run.scene().objects.value(0).field(QStringLiteral("queued"));
            QVERIFY2(shown == written - read, qPrintable(QStringLiteral("turn %1: the scene shows %2 bytes waiting, the "
                                                                        "pipe holds %3 (%4 written, %5 read)")
                                                             .arg(turn)
                                                             .arg(shown)
                                                             .arg(written - read)
                                                             .arg(written)
                                                             .arg(read)));
            ++checked;
        }
        QCOMPARE(checked, 4);
        side.discard();
        QCOMPARE(leftoverReport(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSideBySide)
#include "tst_sidebyside.moc"
