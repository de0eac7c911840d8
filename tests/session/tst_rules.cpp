// The run's rules live in the session: pace, Pause and Step (RunRules) and
// what may measure now (MeasureArbiter), tested without a window.
#include "runhelpers.h"

#include "session/arbiter.h"
#include "session/runrules.h"

using namespace ipcscope;
using namespace ipcscope::test;

class TestRules : public QObject {
    Q_OBJECT
private slots:
    void arbiterAllowsOneMeasurement_data();
    void arbiterAllowsOneMeasurement();
    void arbiterSaysWhy();
    void steppedPaceHoldsWithoutPausing();
    void pauseHoldsAndStopReleasesIt();
    void stepByHandTakesOverTheBeat();
    void rateReachesTheRunningRun();
    void aFastBeatIsSampledThreeTimesABeat_data();
    void aFastBeatIsSampledThreeTimesABeat();
    void aRunAtNoLimitIsSampledTenTimesASecondUnlessHeld();
};

void TestRules::arbiterAllowsOneMeasurement_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("wanted");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("takesOver");
    using A = Activity;
    const QList<std::tuple<A, A, bool, bool>> table = {
        {A::None, A::LiveRun, true, false},         {A::None, A::Lesson, true, false},
        {A::None, A::Comparison, true, false},      {A::LiveRun, A::LiveRun, true, false},
        {A::LiveRun, A::Lesson, true, true},        {A::LiveRun, A::Comparison, true, true},
        {A::Lesson, A::LiveRun, false, false},      {A::Lesson, A::Lesson, false, false},
        {A::Lesson, A::Comparison, false, false},   {A::Comparison, A::LiveRun, false, false},
        {A::Comparison, A::Lesson, false, false},   {A::Comparison, A::Comparison, false, false},
        {A::None, A::SideBySide, true, false},      {A::LiveRun, A::SideBySide, true, true},
        {A::SideBySide, A::LiveRun, false, false},  {A::SideBySide, A::Comparison, false, false},
        {A::SideBySide, A::Lesson, false, false},   {A::Lesson, A::SideBySide, false, false},
    };
    for (const auto &[current, wanted, allowed, takesOver] : table)
        QTest::addRow("%d then %d", int(current), int(wanted)) << int(current) << int(wanted) << allowed << takesOver;
}

void TestRules::arbiterAllowsOneMeasurement()
{
    QFETCH(int, current);
    QFETCH(int, wanted);
    QFETCH(bool, allowed);
    QFETCH(bool, takesOver);
    MeasureArbiter arbiter;
    arbiter.begin(Activity(current));
    QCOMPARE(arbiter.mayStart(Activity(wanted)), allowed);
    QCOMPARE(arbiter.takesOverLiveRun(Activity(wanted)), takesOver);
}

void TestRules::arbiterSaysWhy()
{
    MeasureArbiter arbiter;
    QSignalSpy changed(&arbiter, &MeasureArbiter::changed);
    arbiter.begin(Activity::Comparison);
    QString why;
    QVERIFY(!arbiter.mayStart(Activity::LiveRun, &why));
    QVERIFY2(why.contains(QLatin1String("comparison")), qPrintable(why));
    arbiter.end(Activity::Lesson); // not what measures: nothing changes
    QCOMPARE(arbiter.current(), Activity::Comparison);
    arbiter.end(Activity::Comparison);
    QCOMPARE(arbiter.current(), Activity::None);
    QCOMPARE(changed.count(), 2);
    QVERIFY(arbiter.describe().isEmpty());
}

namespace {

Scenario endless()
{
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.untilStopped = true;
    return s;
}

} // namespace

void TestRules::steppedPaceHoldsWithoutPausing()
{
    RunController controller;
    RunRules rules(controller);
    rules.setPace({5, 0}); // one call every five seconds
    QVERIFY(controller.start(endless()));
    QVERIFY(controller.isPaused()); // the workers are held by the pace...
    QVERIFY(!rules.isHeld());       // ...which is not a pause by the user
    rules.setPace({0, 100});
    QVERIFY(!controller.isPaused()); // leaving the beat lets them go
    controller.discard();
    QCOMPARE(leftoverReport(), QString());
}

void TestRules::pauseHoldsAndStopReleasesIt()
{
    RunController controller;
    RunRules rules(controller);
    rules.setPace({0, 0});
    QVERIFY(controller.start(endless()));
    rules.setPaused(true);
    QVERIFY(rules.isHeld());
    QVERIFY(controller.isPaused());
    QSignalSpy finished(&controller, &RunController::runFinished);
    controller.stop();
    QVERIFY(finished.wait(10000));
    QVERIFY(!rules.isHeld()); // the Pause button is up again
    // The next run starts at the pace, not paused.
    QVERIFY(controller.start(endless()));
    QVERIFY(!controller.isPaused());
    QVERIFY(!rules.isHeld());
    controller.discard();
    QCOMPARE(leftoverReport(), QString());
}

void TestRules::stepByHandTakesOverTheBeat()
{
    RunController controller;
    RunRules rules(controller);
    rules.setPace({5, 0});
    QVERIFY(controller.start(endless()));
    QVERIFY(waitUntil([&] {
        return controller.run()->snapshot().started;
    }));
    QVERIFY(!rules.isHeld());
    // Step waits for a held worker; the first may still be on its way there.
    QString who;
    QVERIFY(waitUntil([&] { return !(who = rules.step()).isEmpty(); }));
    QVERIFY(rules.isHeld()); // the beat no longer steps: the user does
    controller.discard();
    QCOMPARE(leftoverReport(), QString());
}

void TestRules::rateReachesTheRunningRun()
{
    RunController controller;
    RunRules rules(controller);
    QSignalSpy rate(&rules, &RunRules::rateChanged);
    rules.setPace({0, 50});
    QVERIFY(controller.start(endless()));
    QCOMPARE(controller.run()->scenario().rate, 50.0);
    rules.setPace({0, 7});
    QCOMPARE(controller.run()->scenario().rate, 7.0);
    QCOMPARE(rate.count(), 2);
    controller.discard();
    QCOMPARE(leftoverReport(), QString());
}

void TestRules::aFastBeatIsSampledThreeTimesABeat_data()
{
    QTest::addColumn<double>("callEveryS");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("displayMs");
    QTest::addColumn<bool>("held");
    QTest::addColumn<int>("pollMs");
    QTest::newRow("a rate: the display's") << 0.0 << 100.0 << 33 << false << 33;
    QTest::newRow("a slow beat: the display's") << 0.2 << 0.0 << 33 << false << 33;
    QTest::newRow("a beat of 60 ms: 20 ms") << 0.06 << 0.0 << 33 << false << 20;
    QTest::newRow("a beat of 15 ms: 5 ms") << 0.015 << 0.0 << 33 << false << 5;
    QTest::newRow("faster: never under 5 ms") << 0.01 << 0.0 << 33 << false << 5;
    QTest::newRow("the CLI's 50 ms, a beat of 0.1 s") << 0.1 << 0.0 << 50 << false << 33;
    QTest::newRow("a beat, held: as not held") << 0.06 << 0.0 << 33 << true << 20;
    // At no limit a sample's values are means over its interval: ten a
    // second, unless held (every sample exact, read at the display's pace).
    QTest::newRow("no limit: 100 ms") << 0.0 << 0.0 << 33 << false << 100;
    QTest::newRow("no limit, the CLI's 50 ms: 100 ms") << 0.0 << 0.0 << 50 << false << 100;
    QTest::newRow("no limit, a slower display: the display's") << 0.0 << 0.0 << 200 << false << 200;
    QTest::newRow("no limit, held: the display's") << 0.0 << 0.0 << 33 << true << 33;
    QTest::newRow("a rate, held: the display's") << 0.0 << 100.0 << 33 << true << 33;
}

void TestRules::aFastBeatIsSampledThreeTimesABeat()
{
    // One rule for the window and the CLI (Pace::pollIntervalMs), set by
    // the run's rules on every run they start.
    QFETCH(double, callEveryS);
    QFETCH(double, rate);
    QFETCH(int, displayMs);
    QFETCH(bool, held);
    QFETCH(int, pollMs);
    QCOMPARE((Pace{callEveryS, rate}.pollIntervalMs(displayMs, held)), pollMs);
}

void TestRules::aRunAtNoLimitIsSampledTenTimesASecondUnlessHeld()
{
    // The rules apply the rule as the run is held and let go, by Pause and
    // by Step; rules that set the poll only with the pace leave a paused run
    // at no limit sampled every 100 ms, and a step by hand drawn late.
    RunController controller;
    RunRules rules(controller);
    rules.setPace({0, 0});
    QVERIFY(controller.start(endless()));
    const Run &run = *controller.run();
    QCOMPARE(run.pollInterval(), Pace::kAtSpeedMs);
    rules.setPaused(true);
    QCOMPARE(run.pollInterval(), 33);
    rules.setPaused(false);
    QCOMPARE(run.pollInterval(), Pace::kAtSpeedMs);
    QVERIFY(waitUntil([&] { return run.snapshot().started; }));
    QString who;
    QVERIFY(waitUntil([&] { return !(who = rules.step()).isEmpty(); }));
    QVERIFY(rules.isHeld());
    QCOMPARE(run.pollInterval(), 33);
    rules.setPaused(false);
    QCOMPARE(run.pollInterval(), Pace::kAtSpeedMs);
    rules.setPace({0, 2}); // a rate: every sample exact, at the display's pace
    QCOMPARE(run.pollInterval(), 33);
    controller.discard();
    QCOMPARE(leftoverReport(), QString());
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
