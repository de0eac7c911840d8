// The window driven as a user drives it (offscreen): the default scenario
// moves at once; every mechanism can be chosen, started, watched and stopped;
// Step moves real processes; a bad value disables Start and says why; closing
// the window or starting another run leaves nothing behind.
#include "codeview.h"
#include "compareview.h"
#include "flowview.h"
#include "flowscene.h"
#include "kernelpanel.h"
#include "lessonpanel.h"
#include "logview.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "session/mechanismcatalog.h"
#include "mechanismpicker.h"
#include "readingpace.h"
#include "scenarioeditor.h"
#include "statusline.h"
#include "timelinedock.h"
#include "throughputplot.h"
#include "tokenitem.h"
#include "workeritem.h"

#include "session/formatter.h"
#include "session/lessons/lesson.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include "support/paintcounter.h"

#include <QAction>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTextCursor>
#include <QTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <qcustomplot.h>

#include <algorithm>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

// Clicks the mechanism in the picker as a user would.
void choose(MainWindow &w, const QString &id)
{
    auto *tree = w.picker()->findChild<QTreeWidget *>(QStringLiteral("mechanismTree"));
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == id)
            tree->setCurrentItem(*it);
}

quint64 workersMessagesShown(const MainWindow &w)
{
    quint64 total = 0;
    for (QGraphicsItem *item : w.scene()->items())
        if (auto *worker = dynamic_cast<WorkerItem *>(item))
            total += worker->worker().messages;
    return total;
}

// Points from telemetry: the graph also starts at zero at time zero.
int graphPoints(const MainWindow &w)
{
    return w.plot()->plot()->graphCount() ? std::max(0, w.plot()->plot()->graph(0)->dataCount() - 1) : 0;
}

qint64 kernelValue(const Run &run, const char *object, const char *field)
{
    for (const KernelReading &r : run.snapshot().kernel)
        if (r.object == QLatin1String(object) && r.field == QLatin1String(field))
            return r.value;
    return -1;
}

// Everything the last change asked for — layouts, repaints (an update
// request posted to the window, painted as it is sent) — done now, without
// waiting on the clock: the posted events are sent until none is left.
// Timers do not fire here: the run polls, and the scene steps, only in qWait.
void settle()
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::sendPostedEvents();
}

// `s` started in the window and run to its end (false: it did not start,
// or did not end within `timeoutMs`).
bool runsToItsEnd(MainWindow &w, const Scenario &s, int timeoutMs)
{
    w.setScenario(s);
    QSignalSpy finished(&w.controller(), &RunController::runFinished);
    return w.startRun() && finished.wait(timeoutMs);
}

// A status line in a window of its own, shown with a run's state and a
// frame count, its first layout and paint done; null if it was not exposed.
StatusLine *showStatusLine(QMainWindow &window)
{
    auto *line = new StatusLine(&window);
    window.setStatusBar(line);
    window.resize(600, 200);
    line->setState(QStringLiteral("Running · 1.0 s · 1,000 sent, 990 received"));
    line->setCounter(QStringLiteral("40 frames/s · messages on screen: 3"));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    settle();
    return line;
}

// A pipe run until stopped, at `rate` messages a second (0: full speed),
// once it has carried ten, with the scene's own animation steps put off:
// the test takes each step by hand (the scene's frame), so that what it
// counts does not depend on how the poll's and the steps' clocks fell.
bool startWithStepsByHand(MainWindow &w, double rate)
{
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.untilStopped = true;
    s.rate = rate;
    w.setScenario(s);
    if (!w.startRun() || !waitUntil([&] { return w.controller().run()->snapshot().received >= 10; }))
        return false;
    auto *steps = w.scene()->findChild<QTimer *>(QStringLiteral("animationSteps"));
    if (!steps || !steps->isActive())
        return false;
    steps->start(3600 * 1000);
    return true;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void defaultScenarioMoves();
    void thePreemptActionChoosesThePolicy();
    void everyMechanism_data();
    void everyMechanism();
    void stepMovesRealProcesses();
    void badValueDisablesStart_data();
    void badValueDisablesStart();
    void startingAnotherRunCleansUp();
    void closingTheWindowCleansUp();
    void presentationAndZoom();
    void timelineGivesWay_data();
    void timelineGivesWay();
    void timelineTakesTheGraphsPlaceOnTheProjector();
    void timelineClosedDuringALessonLeavesNoGraph_data();
    void timelineClosedDuringALessonLeavesNoGraph();
    void lessonResultNeedsNoScrolling_data();
    void lessonResultNeedsNoScrolling();
    void aBlinkOfARunStillDraws();
    void captionSaysTheEnd();
    void legendKeepsToTwoRows();
    void graphFillsItsPlaceWithoutARun();
    void statusFollowsLessonsAndRuns();
    void stopReleasesPause();
    void statusSaysTheCardsSample();
    void aSampleIsDrawnWithTheScenesFrame();
    void theRunsLastSampleIsDrawn();
    void aNewCountRepaintsOnlyItsLabel();
    void aNewCountAsksNoLayoutOfTheStatusBar();
    void aReadPanelIsDrawnOnceAnInterval();
    void theKernelPanelIsDrawnAtAReadersPace();
    void aFinishedRunReadsAsEnded();
    void aWorkerKilledByTheUserFailsTheStatus();
    void theKernelNamesFitLargerType();
    void aKilledRunReadsAsEnded();
    void aBeatFasterThanTheScreenIsDrawnEveryStep();
    void theStatusLineKeepsClearOfItsCounter();
    void fitsTheProjectorsWidth_data();
    void fitsTheProjectorsWidth();
};

void TestMainWindow::thePreemptActionChoosesThePolicy()
{
    MainWindow w;
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.count = 5;
    s.sched = SchedPolicy::Normal;
    w.setScenario(s);
    auto *preempts = w.findChild<QAction *>(QStringLiteral("preemptAction"));
    QVERIFY(preempts);
    QVERIFY(preempts->isChecked()); // the scenario's policy shown
    QVERIFY(w.findChild<QMenu *>(QStringLiteral("menuRun"))->actions().contains(preempts));
    for (const bool preempt : {false, true}) {
        preempts->setChecked(preempt);
        QSignalSpy finished(&w.controller(), &RunController::runFinished);
        QVERIFY(w.startRun());
        const QString commands = w.controller().run()->workerCommands().join(QLatin1Char('\n'));
        QCOMPARE(w.controller().run()->scenario().sched, preempt ? SchedPolicy::Normal : SchedPolicy::Batch);
        // The workers are told: the default is not spelled out.
        QCOMPARE(commands.contains(QLatin1String("--sched normal")), preempt);
        QVERIFY(finished.wait(10000));
    }
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::defaultScenarioMoves()
{
    MainWindow w;
    w.show();
    QVERIFY(w.startRun());
    const Run *run = w.controller().run();
    QCOMPARE(run->scenario().mechanism, QStringLiteral("sysv-shm"));
    QCOMPARE(run->scenario().rate, 2.0);
    QVERIFY(waitUntil([&] { return run->snapshot().received >= 2; }));
    QVERIFY(waitUntil([&] { return workersMessagesShown(w) >= 4; })); // 2 sent + 2 received on screen
    QVERIFY(!run->snapshot().kernel.isEmpty());                       // semaphores read from the kernel
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::everyMechanism_data()
{
    QTest::addColumn<QString>("mechanism");
    for (const MechanismText &m : mechanismCatalog())
        QTest::newRow(qPrintable(m.id)) << m.id;
}

void TestMainWindow::everyMechanism()
{
    QFETCH(QString, mechanism);
    MainWindow w;
    w.show();
    choose(w, mechanism);
    QCOMPARE(w.editor()->scenario().mechanism, mechanism);
    w.findChild<QDoubleSpinBox *>(QStringLiteral("rateField"))->setValue(50);
    QVERIFY(action(w, "actionStart")->isEnabled());
    action(w, "actionStart")->trigger();
    const Run *run = w.controller().run();
    QVERIFY2(run, qPrintable(w.controller().lastError()));
    QCOMPARE(run->scenario().mechanism, mechanism);
    // Telemetry arrives; the scene and the graph change with it.
    QVERIFY(waitUntil([&] { return run->snapshot().received >= 10; }));
    QVERIFY(waitUntil([&] { return workersMessagesShown(w) >= 10; }));
    QVERIFY(waitUntil([&] { return graphPoints(w) >= 3; }));
    QVERIFY(waitUntil([&] { return w.scene()->tokenCount() > 0; }));
    QSignalSpy finished(&w.controller(), &RunController::runFinished);
    action(w, "actionStop")->trigger();
    QVERIFY(finished.wait(5000));
    QVERIFY2(run->result().ok,
             qPrintable(run->result().error + QStringLiteral(" | ") + run->result().log.join(QStringLiteral(" | "))));
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::stepMovesRealProcesses()
{
    MainWindow w;
    w.show();
    QVERIFY(w.startRun()); // sysv-shm, 2 msg/s
    const Run *run = w.controller().run();
    action(w, "actionPause")->setChecked(true);
    QVERIFY(run->isPaused());
    QVERIFY(waitUntil([&] {
        const auto &workers = run->snapshot().workers;
        return workers.size() == 2 && workers[0].state.state == WorkerState::Paused;
    }));
    // The first step is the producer's P(empty): the kernel's value drops.
    const qint64 empty = kernelValue(*run, "empty", "semval");
    QCOMPARE(run->snapshot().workers[0].state.op, Op::SemP);
    action(w, "actionStep")->trigger();
    QVERIFY(waitUntil([&] { return kernelValue(*run, "empty", "semval") == empty - 1; }));
    // More steps: P(put), V(put), V(full) — and V(full) wakes the consumer
    // blocked in P(full), which then stops before its next call, P(take).
    const auto consumerBeforeTake = [&] {
        const WorkerSnapshot &c = run->snapshot().workers[1];
        return c.state.state == WorkerState::Paused && c.state.op == Op::SemP && c.state.object == 3;
    };
    for (int steps = 0; steps < 6 && !consumerBeforeTake(); ++steps) {
        action(w, "actionStep")->trigger();
        QTest::qWait(150);
    }
    QVERIFY(waitUntil(consumerBeforeTake));
    // Resume: it runs on.
    const quint64 before = run->snapshot().received;
    action(w, "actionPause")->setChecked(false);
    QVERIFY(waitUntil([&] { return run->snapshot().received > before; }));
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::badValueDisablesStart_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("over msgmax") << "sysv-msg"
                                 << "9000"
                                 << "/proc/sys/kernel/msgmax";
    QTest::newRow("over UDP's limit") << "udp"
                                      << "70000"
                                      << "65507";
    QTest::newRow("not a number") << "pipe"
                                  << "lots"
                                  << "not a size";
    QTest::newRow("below the header") << "tcp"
                                      << "16"
                                      << "header";
}

void TestMainWindow::badValueDisablesStart()
{
    QFETCH(QString, mechanism);
    QFETCH(QString, size);
    QFETCH(QString, mentions);
    MainWindow w;
    w.show();
    choose(w, mechanism);
    auto *field = w.findChild<QLineEdit *>(QStringLiteral("sizeField"));
    auto *error = w.findChild<QLabel *>(QStringLiteral("sizeError"));
    field->selectAll();
    QTest::keyClicks(field, size);
    QVERIFY(!action(w, "actionStart")->isEnabled());
    QVERIFY(error->isVisibleTo(&w));
    QVERIFY2(error->text().contains(mentions), qPrintable(error->text()));
    QVERIFY(action(w, "actionStart")->toolTip().contains(mentions));
    // Corrected, Start comes back.
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("128"));
    QVERIFY(action(w, "actionStart")->isEnabled());
    QVERIFY(!error->isVisibleTo(&w));
}

void TestMainWindow::startingAnotherRunCleansUp()
{
    MainWindow w;
    w.show();
    choose(w, QStringLiteral("posix-mq"));
    QVERIFY(w.startRun());
    const QString queue = QString::fromStdString(param(w.controller().run()->objectParams(), "mq"));
    QVERIFY(waitUntil([&] { return w.controller().run()->snapshot().started; }));
    QVERIFY(messageQueueExists(queue));
    choose(w, QStringLiteral("sysv-shm"));
    QVERIFY(w.startRun());
    QVERIFY(!messageQueueExists(queue));
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::closingTheWindowCleansUp()
{
    auto *w = new MainWindow;
    w->show();
    choose(*w, QStringLiteral("fifo"));
    w->findChild<QDoubleSpinBox *>(QStringLiteral("rateField"))->setValue(0); // unlimited
    QVERIFY(w->startRun());
    QVERIFY(waitUntil([&] { return w->controller().run()->snapshot().received > 100; }));
    QVERIFY(!livingWorkers(QCoreApplication::applicationPid()).isEmpty());
    w->close();
    delete w;
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::aBlinkOfARunStillDraws()
{
    // Fifty real-time signals are over long before the first 100 ms sample:
    // one point of telemetry, which must still show as a line and a dot.
    MainWindow w;
    w.show();
    Scenario blink;
    blink.mechanism = QStringLiteral("signals-rt");
    blink.count = 50;
    blink.rate = 0;
    QVERIFY(runsToItsEnd(w, blink, 10000));
    QTRY_VERIFY(graphPoints(w) >= 1);
    QCustomPlot *plot = w.plot()->plot();
    QCPGraph *total = plot->graph(0);
    QVERIFY(total->dataCount() >= 2); // from zero at the start to the rate measured
    QCOMPARE(total->data()->constBegin()->key, 0.0);
    QVERIFY((total->data()->constEnd() - 1)->value > 0);
    // Latency has no anchor: a lone value is a dot, a line has none.
    for (QCPGraph *latency : {plot->graph(plot->graphCount() - 2), plot->graph(plot->graphCount() - 1)}) {
        QVERIFY(latency->dataCount() >= 1);
        QCOMPARE(latency->scatterStyle().shape() != QCPScatterStyle::ssNone, latency->dataCount() == 1);
    }
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::captionSaysTheEnd()
{
    // On the projector a run that ends between two samples: the caption
    // above the scene says what the scene shows, the end and its counts,
    // not the last sample's "0 sent, 0 received".
    MainWindow w;
    w.show();
    w.setPresentation(true);
    const auto restore = qScopeGuard([&w] { w.setPresentation(false); });
    Scenario blink;
    blink.mechanism = QStringLiteral("signals-rt");
    blink.count = 50;
    blink.rate = 0;
    QVERIFY(runsToItsEnd(w, blink, 10000));
    const QLabel *caption = w.findChild<QLabel *>(QStringLiteral("caption"));
    QVERIFY(caption);
    QVERIFY2(caption->text().contains(QLatin1String("50 sent, 50 received; the objects are removed")),
             qPrintable(caption->text()));
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::legendKeepsToTwoRows()
{
    // Eight producers and eight consumers on a 1024-pixel screen: eighteen
    // lines, and still a graph to look at rather than a wall of names.
    MainWindow w;
    w.resize(1024, 768);
    w.show();
    Scenario many;
    many.mechanism = QStringLiteral("pipe");
    many.producers = many.consumers = 8;
    many.untilStopped = true;
    many.rate = 20;
    w.setScenario(many);
    QVERIFY(w.startRun());
    QVERIFY(waitUntil([&] { return graphPoints(w) >= 2; }));
    QCustomPlot *plot = w.plot()->plot();
    for (bool presentation : {false, true}) {
        w.setPresentation(presentation);
        QTest::qWait(100); // the layout and the queued replot
        QVERIFY2(plot->legend->rowCount() <= 2, qPrintable(QString::number(plot->legend->rowCount())));
        QVERIFY2(plot->legend->itemCount() >= 2, qPrintable(QStringLiteral("presentation %1, plot %2 px").arg(presentation).arg(plot->height()))); // the totals are always named
        // Every row of names fits its width: none is squeezed or cut.
        for (int row = 0; row < plot->legend->rowCount(); ++row) {
            int needed = 0;
            for (int column = 0; column < plot->legend->columnCount(); ++column)
                if (QCPLayoutElement *entry = plot->legend->element(row, column))
                    needed += entry->minimumOuterSizeHint().width() + plot->legend->columnSpacing();
            QVERIFY2(needed - plot->legend->columnSpacing() <= plot->legend->rect().width(),
                     qPrintable(QStringLiteral("row %1 needs %2 px").arg(row).arg(needed)));
        }
        // The graph is taller than its legend.
        QVERIFY2(
            plot->axisRect(0)->height() > plot->legend->outerRect().height(),
            qPrintable(
                QStringLiteral("%1 vs %2").arg(plot->axisRect(0)->height()).arg(plot->legend->outerRect().height())));
    }
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::graphFillsItsPlaceWithoutARun()
{
    // Before the first run (and while a lesson runs its own processes) the
    // graph has no lines and no legend, and still its full size.
    MainWindow w;
    w.show();
    QCustomPlot *plot = w.plot()->plot();
    plot->replot();
    QVERIFY2(plot->axisRect(0)->width() > plot->width() / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(plot->axisRect(0)->width()).arg(plot->width())));
    QVERIFY(!plot->legend->visible());
}

void TestMainWindow::presentationAndZoom()
{
    MainWindow w;
    w.show();
    action(w, "actionPresentation")->trigger();
    QVERIFY(w.isPresentation());
    QVERIFY(!w.editor()->isVisibleTo(&w));
    QVERIFY(w.scene()->views().first()->isVisibleTo(&w));
    QVERIFY(w.plot()->isVisibleTo(&w));
    action(w, "actionPresentation")->trigger();
    QVERIFY(w.editor()->isVisibleTo(&w));
    const double font = QApplication::font().pointSizeF();
    action(w, "actionZoomIn")->trigger();
    QVERIFY(QApplication::font().pointSizeF() > font);
    action(w, "actionZoomReset")->trigger();
    QCOMPARE(QApplication::font().pointSizeF(), font);
}

void TestMainWindow::timelineGivesWay_data()
{
    QTest::addColumn<bool>("compare"); // the Compare page, else the presentation
    QTest::addColumn<bool>("open");    // the Timeline was open before
    QTest::newRow("presentation, open") << false << true;
    QTest::newRow("presentation, closed") << false << false;
    QTest::newRow("compare, open") << true << true;
    QTest::newRow("compare, closed") << true << false;
}

void TestMainWindow::timelineGivesWay()
{
    // The presentation and the Compare page hide the Timeline as they hide
    // the other docks, and leaving them brings it back as it was.
    QFETCH(bool, compare);
    QFETCH(bool, open);
    MainWindow w;
    w.show();
    QDockWidget *timeline = w.timelineDock();
    timeline->setVisible(open);
    auto *pages = w.findChild<QTabWidget *>(QStringLiteral("pages"));
    const auto enter = [&](bool on) {
        if (compare)
            pages->setCurrentWidget(on ? static_cast<QWidget *>(w.compareView())
                                       : w.findChild<QWidget *>(QStringLiteral("livePage")));
        else
            w.setPresentation(on);
    };
    enter(true);
    QVERIFY(!timeline->isVisible());
    enter(false);
    QCOMPARE(timeline->isVisible(), open);
}

void TestMainWindow::timelineTakesTheGraphsPlaceOnTheProjector()
{
    // Opened on purpose on the projector, the Timeline takes the graph's
    // place (two views of time leave neither room to be read at 1024x768);
    // closed, or the presentation left, the graph is back.
    MainWindow w;
    w.resize(1024, 768);
    w.show();
    QWidget *graph = w.plot();
    QDockWidget *timeline = w.timelineDock();
    const auto leave = qScopeGuard([&] { w.setPresentation(false); }); // its type is the whole app's
    timeline->show();
    QVERIFY(graph->isVisible()); // at the desk there is room for both
    w.setPresentation(true);
    QVERIFY(graph->isVisible());
    timeline->show();
    QVERIFY(!graph->isVisible());
    QTRY_VERIFY2(timeline->height() >= 768 / 4, qPrintable(QString::number(timeline->height())));
    timeline->hide();
    QVERIFY(graph->isVisible());
    timeline->show();
    QVERIFY(!graph->isVisible());
    w.setPresentation(false);
    QVERIFY(graph->isVisible());
}

void TestMainWindow::timelineClosedDuringALessonLeavesNoGraph_data()
{
    QTest::addColumn<bool>("lesson");
    QTest::newRow("during a lesson: no graph") << true;
    QTest::newRow("no lesson: the graph is back") << false;
}

void TestMainWindow::timelineClosedDuringALessonLeavesNoGraph()
{
    // A lesson started while the Timeline had the graph's place: closing the
    // Timeline (or leaving the presentation) must not bring back the live
    // run's graph, detached, under the lesson's scene.
    QFETCH(bool, lesson);
    MainWindow w;
    w.resize(1024, 768);
    w.show();
    QWidget *graph = w.plot();
    QDockWidget *timeline = w.timelineDock();
    const auto leave = qScopeGuard([&] { w.setPresentation(false); });
    w.setPresentation(true);
    timeline->show();
    QVERIFY(!graph->isVisible());
    QSignalSpy finished(w.lessonPanel(), &LessonPanel::lessonFinished);
    if (lesson) {
        w.lessonPanel()->select(QStringLiteral("sigpipe"));
        QVERIFY(w.lessonPanel()->runWithoutAsking());
    }
    timeline->hide();
    QCOMPARE(graph->isVisible(), !lesson);
    timeline->show();
    QVERIFY(!graph->isVisible());
    w.setPresentation(false);
    QCOMPARE(graph->isVisible(), !lesson);
    if (lesson)
        QVERIFY(finished.wait(60000));
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::lessonResultNeedsNoScrolling_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("inView");
    // The lecture's own examples say the most after their run: the checks
    // and the lecture's errata under the verdict.
    QTest::newRow("lecture-shm, desk, en") << QStringLiteral("lecture-shm") << QStringLiteral("en") << false << 768
                                          << true;
    QTest::newRow("lecture-sem, desk, ru") << QStringLiteral("lecture-sem") << QStringLiteral("ru") << false << 768
                                          << true;
    QTest::newRow("lecture-shm, presentation, ru")
        << QStringLiteral("lecture-shm") << QStringLiteral("ru") << true << 768 << true;
    // The check turns: a window too low to hold the list and the buttons
    // leaves the verdict to scrolling.
    QTest::newRow("lecture-shm, desk, 1024x420") << QStringLiteral("lecture-shm") << QStringLiteral("en") << false
                                                 << 420 << false;
}

void TestMainWindow::lessonResultNeedsNoScrolling()
{
    // At 1024x768 a lesson's verdict and its first observation lie in the
    // visible part of the Lessons panel at its verdict: nobody scrolls to
    // see how it went.
    QFETCH(QString, id);
    QFETCH(QString, language);
    QFETCH(bool, presenting);
    QFETCH(int, height);
    QFETCH(bool, inView);
    MainWindow w;
    w.resize(1024, height);
    w.show();
    w.setLanguage(language);
    const auto english = qScopeGuard([&w] {
        w.setPresentation(false);
        w.setLanguage(QStringLiteral("en"));
    });
    w.setPresentation(presenting);
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("lessonDock"));
    QVERIFY(dock);
    dock->show(); // in presentation, as View shows it
    dock->raise();
    LessonPanel *panel = w.lessonPanel();
    QSignalSpy finished(panel, &LessonPanel::lessonFinished);
    panel->select(id);
    QVERIFY(panel->runWithoutAsking());
    QVERIFY(finished.wait(60000));
    QTest::qWait(200); // laid out
    auto *area = qobject_cast<QScrollArea *>(panel->parentWidget()->parentWidget());
    QVERIFY(area);
    const QRect viewport = area->viewport()->rect();
    const auto inArea = [&](const QWidget *widget, const QRect &r) {
        return QRect(widget->mapTo(area->viewport(), r.topLeft()), r.size());
    };
    auto *verdict = panel->findChild<QLabel *>(QStringLiteral("verdict"));
    auto *observations = panel->findChild<QPlainTextEdit *>(QStringLiteral("observations"));
    QVERIFY(!verdict->text().isEmpty());
    QVERIFY(!observations->toPlainText().isEmpty());
    // The first observation's line, whole, where the edit shows it.
    QTextCursor first(observations->document());
    const QRect line = observations->cursorRect(first).adjusted(0, 0, 1, 0);
    const bool lineShown = observations->viewport()->rect().contains(line);
    const QRect verdictRect = inArea(verdict, verdict->rect());
    const QRect lineRect = inArea(observations->viewport(), line);
    maybeScreenshot(w, qPrintable(QStringLiteral("lesson-result-%1-%2-%3.png").arg(id, language).arg(height)));
    const QString where = QStringLiteral("viewport %1x%2, verdict at %3..%4, first line at %5..%6 (%7 in %8x%9)")
                              .arg(viewport.width())
                              .arg(viewport.height())
                              .arg(verdictRect.top())
                              .arg(verdictRect.bottom())
                              .arg(lineRect.top())
                              .arg(lineRect.bottom())
                              .arg(lineShown ? QStringLiteral("shown") : QStringLiteral("not shown"))
                              .arg(observations->viewport()->width())
                              .arg(observations->viewport()->height());
    QVERIFY2((viewport.contains(verdictRect) && viewport.contains(lineRect) && lineShown) == inView, qPrintable(where));
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

// What the status bar says, whichever of its two places says it.
QString status(MainWindow &w)
{
    const QString message = w.statusBar()->currentMessage();
    return message.isEmpty() ? w.findChild<QLabel *>(QStringLiteral("runStatus"))->text() : message;
}

void TestMainWindow::statusFollowsLessonsAndRuns()
{
    // One source for the status: a lesson measuring, then its verdict until
    // the next start; a live run's own state from its start; and nothing
    // of the run before, which the lesson stopped.
    MainWindow w;
    w.show();
    QVERIFY(w.startRun());
    QVERIFY(waitUntil([&] { return w.controller().run()->snapshot().started; }));
    w.statusBar()->showMessage(QStringLiteral("Finished: a summary of another run"), 60000);
    const Lesson *lesson = findLesson(QStringLiteral("sigpipe"));
    QVERIFY(lesson);
    QSignalSpy finished(w.lessonPanel(), &LessonPanel::lessonFinished);
    w.lessonPanel()->select(lesson->id());
    QVERIFY(w.lessonPanel()->runWithoutAsking());
    QCOMPARE(w.statusBar()->currentMessage(), QString()); // the old summary went at the start
    QVERIFY2(status(w).contains(QStringLiteral("lesson")), qPrintable(status(w)));
    QVERIFY(!status(w).contains(QStringLiteral("Ready")));
    QVERIFY(finished.wait(60000));
    QTest::qWait(600); // a tick of the status timer
    QVERIFY2(status(w).contains(lesson->title()), qPrintable(status(w)));
    // The verdict first: where the line is cut (a 1024-pixel projector, in
    // Russian) it is the title that goes («Урок «Взаимная блокировка…» lost it).
    QVERIFY2(status(w).startsWith(QStringLiteral("As expected")), qPrintable(status(w)));
    QVERIFY(!status(w).contains(QStringLiteral("Ready")));
    // A new run: the verdict gives way to the run's own state.
    QVERIFY(w.startRun());
    QVERIFY2(status(w).startsWith(QStringLiteral("Running")) || status(w).startsWith(QStringLiteral("Stepping")),
             qPrintable(status(w)));
    QVERIFY(!status(w).contains(lesson->title()));
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::statusSaysTheCardsSample()
{
    // The status bar's counts and the worker cards come from one sample:
    // after every sample the window drew, the status says the consumers'
    // cards' sum received, and the sends are at least the producers' cards
    // (a producer counts its send a moment after it returns: run.cpp). The
    // old status followed its half-second timer, samples behind the cards.
    MainWindow w;
    w.show();
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.untilStopped = true;
    s.rate = 100;
    w.setScenario(s);
    QStringList apart;
    int samples = 0;
    QVERIFY(w.startRun());
    // Connected after the window: it runs once the window has taken the
    // sample (drawn at the scene's next frame, the cards with the status).
    connect(&w.controller(), &RunController::sampled, &w, [&] {
        const Run *run = w.controller().run();
        if (!run || !run->snapshot().started)
            return;
        quint64 sent = 0;
        quint64 received = 0;
        for (QGraphicsItem *item : w.scene()->items())
            if (auto *card = dynamic_cast<WorkerItem *>(item))
                (card->worker().role == Role::Producer ? sent : received) += card->worker().messages;
        const QString said = w.findChild<QLabel *>(QStringLiteral("runStatus"))->text();
        const QString expected = QStringLiteral("%1 sent, %2 received")
                                     .arg(Formatter::count(qint64(std::max(sent, received))), Formatter::count(qint64(received)));
        ++samples;
        if (!said.endsWith(expected))
            apart << said + QStringLiteral(" / cards: ") + expected;
    });
    QVERIFY(waitUntil([&] { return samples >= 40; }));
    w.close();
    QVERIFY2(apart.isEmpty(), qPrintable(QString::number(apart.size()) + QStringLiteral(" of ") + QString::number(samples) +
                                         QStringLiteral(": ") + apart.mid(0, 3).join(QStringLiteral(" | "))));
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::aSampleIsDrawnWithTheScenesFrame()
{
    // The poll's values are drawn with the animation's next step, in its
    // repaint: the samples that come between two steps repaint nothing, and
    // the step draws them in one repaint. The old window drew each sample at
    // once, in a repaint of its own (the 30 polls and the 40 steps a second
    // painted about 70 times). The step is taken by hand — the scene's own
    // are put off (it still animates) — so the count does not depend on how
    // the two clocks fell; the samples are the run's own.
    MainWindow w;
    w.show();
    QVERIFY(startWithStepsByHand(w, 100));
    QVERIFY(w.scene()->isAnimating());
    emit w.scene()->frame(); // what came before is drawn
    settle();
    PaintCounter counter;
    w.flowView()->viewport()->installEventFilter(&counter);
    const quint64 drawn = workersMessagesShown(w);
    int samples = 0;
    connect(&w.controller(), &RunController::sampled, &w, [&] { ++samples; });
    QVERIFY(waitUntil([&] { return samples >= 3 && w.controller().run()->snapshot().received > drawn; }));
    settle();
    const int between = counter.total();
    const quint64 shownBetween = workersMessagesShown(w);
    emit w.scene()->frame();
    settle();
    const int atTheStep = counter.total() - between;
    const quint64 shownAtTheStep = workersMessagesShown(w);
    w.flowView()->viewport()->removeEventFilter(&counter);
    w.close();
    const QString counts = QStringLiteral("%1 paints for %2 samples between two steps, %3 at the step")
                               .arg(between).arg(samples).arg(atTheStep);
    QCOMPARE(shownBetween, drawn); // the cards wait for the step…
    QVERIFY(shownAtTheStep > drawn); // …which draws them
    QVERIFY2(between == 0, qPrintable(counts));
    QVERIFY2(atTheStep == 1, qPrintable(counts));
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::theRunsLastSampleIsDrawn()
{
    // The run sends its last sample just before it finishes; a sample
    // waiting for the scene's next frame then is drawn at the end, not
    // dropped: the inspector looks into no process that has exited.
    MainWindow w;
    w.show();
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.count = 20000; // at full speed: the scene is animating when it ends
    QVERIFY(runsToItsEnd(w, s, 30000));
    const auto &processes = w.findChild<InspectorPanel *>()->inspectorModel().processes();
    QStringList left;
    for (const auto &[name, pid] : processes)
        left << QStringLiteral("%1 (%2)").arg(name).arg(pid);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::aNewCountRepaintsOnlyItsLabel()
{
    // Every sample says its counts in the status line: a label whose text
    // changed repaints it, and nothing else moved. QStatusBar answered the
    // layout each new text asked for by repainting itself whole, so the old
    // status line repainted the state beside a new frame count, at full
    // speed twice a sample. The layout and the repaint the new text asks for
    // are done by hand (settle), not waited for.
    QMainWindow window;
    StatusLine *line = showStatusLine(window);
    QVERIFY(line);
    auto *state = line->findChild<QLabel *>(QStringLiteral("runStatus"));
    auto *counter = line->findChild<QLabel *>(QStringLiteral("counter"));
    QVERIFY(state && counter);
    PaintCounter paints;
    state->installEventFilter(&paints);
    counter->installEventFilter(&paints);
    const QRect was = counter->geometry();
    line->setCounter(QStringLiteral("41 frames/s · messages on screen: 3"));
    settle();
    QCOMPARE(counter->geometry(), was); // the same room: nothing moved
    QCOMPARE(paints.of(counter), 1);
    QCOMPARE(paints.of(state), 0);
}

void TestMainWindow::aNewCountAsksNoLayoutOfTheStatusBar()
{
    // Every sample sets the status line's texts. A new text that needs no
    // more room than the label has asks nothing of the status bar: each one
    // used to lay the whole bar out again, though nothing moved. A count that
    // gains a digit does ask, once, and the room it took is kept.
    QMainWindow window;
    StatusLine *line = showStatusLine(window);
    QVERIFY(line);
    struct LayoutRequests : QObject {
        int count = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            count += event->type() == QEvent::LayoutRequest ? 1 : 0;
            return false;
        }
    } requests;
    line->installEventFilter(&requests);
    line->setState(QStringLiteral("Running · 1.1 s · 12,345,678 sent, 12,345,600 received"));
    line->setCounter(QStringLiteral("39 frames/s · messages on screen: 4"));
    settle();
    QCOMPARE(requests.count, 0);
    QCOMPARE(line->findChild<QLabel *>(QStringLiteral("runStatus"))->text(),
             QStringLiteral("Running · 1.1 s · 12,345,678 sent, 12,345,600 received"));
    auto *counter = line->findChild<QLabel *>(QStringLiteral("counter"));
    QCOMPARE(counter->text(), QStringLiteral("39 frames/s · messages on screen: 4"));
    // A wider count is given its room, and keeps it.
    line->setCounter(QStringLiteral("40 frames/s · messages on screen: 12345"));
    settle();
    QCOMPARE(requests.count, 1);
    QVERIFY(counter->width() >= counter->sizeHint().width());
    line->setCounter(QStringLiteral("40 frames/s · messages on screen: 5"));
    line->setCounter(QStringLiteral("40 frames/s · messages on screen: 12346"));
    settle();
    QCOMPARE(requests.count, 1);
}

void TestMainWindow::aReadPanelIsDrawnOnceAnInterval()
{
    // Samples offered within one interval draw once; the last of them is
    // drawn at the interval's end (the panel never stays behind the run);
    // one that must be seen at once is, and the end cancels what waits.
    int draws = 0;
    ReadingPace pace([&] { ++draws; });
    for (int sample = 0; sample < 10; ++sample)
        pace.offer(false);
    QCOMPARE(draws, 1); // the first at once: nothing was drawn before it
    QVERIFY(pace.isWaiting());
    QTRY_COMPARE_WITH_TIMEOUT(draws, 2, 5000); // the latest, at the interval's end
    QVERIFY(!pace.isWaiting());
    pace.offer(true);
    QCOMPARE(draws, 3);
    pace.offer(false);
    QVERIFY(pace.isWaiting());
    QCOMPARE(draws, 3);
    pace.cancel();
    QVERIFY(!pace.isWaiting());
    // A sample offered by the drawing itself (it brought the cards to that
    // sample first) is the one it draws: nothing waits to draw it again.
    ReadingPace *self = nullptr;
    ReadingPace drawsItsOwn([&] {
        ++draws;
        self->offer(false);
    });
    self = &drawsItsOwn;
    drawsItsOwn.offer(true);
    QCOMPARE(draws, 4);
    QVERIFY(!drawsItsOwn.isWaiting());
}

void TestMainWindow::theKernelPanelIsDrawnAtAReadersPace()
{
    // At full speed the kernel's values change with every sample, 30 times a
    // second, faster than anyone reads them, and the panel was drawn (and
    // repainted) for each. Now it is drawn at most ReadingPace::kPerSecond
    // times a second, and still drawn. Each sample is drawn by a step taken
    // by hand at once (the scene's own steps put off), so every sample is offered.
    // And the panel shows the sample the cards show: when its interval ends
    // while a sample still waits for its frame, it read the run's newer poll
    // there, the cards left polls behind it. So after a step that left the
    // panel waiting for its interval's end, the next samples are given no
    // frame until the panel is drawn.
    MainWindow w;
    w.show();
    QVERIFY(startWithStepsByHand(w, 0));
    const Run *run = w.controller().run();
    bool changed = false;
    bool holding = false; // the panel waits for its interval's end: no frame given
    int pending = 0; // samples given no frame since the last one
    int drawnAhead = 0; // panel drawings while a sample waited for its frame
    QStringList apart; // panel drawings of another sample than the cards'
    const QMetaObject::Connection panel =
        connect(&w.kernelPanel()->kernelModel(), &QAbstractItemModel::dataChanged, &w, [&] {
            const QString drawing =
                QStringLiteral("cards %1 s, panel %2 s").arg(w.scene()->model().tS).arg(run->scene().tS);
            if (w.scene()->model().tS != run->scene().tS && !apart.contains(drawing))
                apart << drawing;
            if (holding && pending > 0)
                ++drawnAhead;
            holding = false;
            changed = true;
        });
    int samples = 0;
    int drawn = 0;
    QElapsedTimer clock;
    // Drawn: by the sample's step, or at an interval's end since the sample before.
    connect(&w.controller(), &RunController::sampled, &w, [&] {
        if (clock.isValid())
            drawn += changed ? 1 : 0;
        else
            clock.start();
        changed = false;
        ++samples;
        // Held at most a little longer than an interval, should the panel
        // have been drawn with nothing new to show.
        if (holding && ++pending <= 12)
            return;
        emit w.scene()->frame();
        pending = 0;
        drawn += changed ? 1 : 0;
        holding = !changed;
        changed = false;
    });
    QVERIFY(waitUntil([&] { return samples >= 15 && drawnAhead >= 2; }));
    const qint64 ms = clock.elapsed();
    disconnect(panel); // the end draws the panel too, after this count
    w.close();
    QVERIFY2(apart.isEmpty(), qPrintable(apart.join(QStringLiteral("; "))));
    const int most = 2 + int(ms * ReadingPace::kPerSecond / 1000); // the first, each interval, the last's
    QVERIFY2(drawn <= most && drawn > 0, qPrintable(QStringLiteral("drawn for %1 of %2 samples in %3 ms")
                                                        .arg(drawn).arg(samples).arg(ms)));
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::aFinishedRunReadsAsEnded()
{
    // A pipe run let end, as the audit ran it: afterwards no token is drawn
    // and none counted, the graph's legend says its values are the end's,
    // and the kernel panel says each process exited (the old window kept
    // "messages on screen", "total … msg/s" and "futex_do_wait" as if live).
    MainWindow w;
    w.show();
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.durationS = 1;
    s.count = 0;
    s.rate = 0;
    QVERIFY(runsToItsEnd(w, s, 15000));
    // Each of the three said apart, so that an old window shows all it got wrong.
    QStringList wrong;
    int tokens = 0;
    for (QGraphicsItem *item : w.scene()->items())
        tokens += dynamic_cast<TokenItem *>(item) ? 1 : 0;
    if (tokens || w.scene()->tokenCount())
        wrong << QStringLiteral("%1 tokens drawn, %2 counted").arg(tokens).arg(w.scene()->tokenCount());
    QCustomPlot *plot = w.plot()->plot();
    QVERIFY(plot->graphCount() > 0);
    if (!plot->graph(0)->name().endsWith(QLatin1String(" at the end")))
        wrong << QStringLiteral("legend: ") + plot->graph(0)->name();
    const KernelModel &kernel = w.kernelPanel()->kernelModel();
    for (const QString &name : {QStringLiteral("P1"), QStringLiteral("C1")}) {
        const QModelIndex row = kernel.find({QStringLiteral("workers"), name});
        QVERIFY(row.isValid());
        const QString pid = row.siblingAtColumn(1).data().toString();
        const QString wchan = kernel.find({QStringLiteral("workers"), name, QStringLiteral("wchan")})
                                  .siblingAtColumn(1).data().toString();
        if (!pid.endsWith(QLatin1String(", exited")) ||
            (wchan != QLatin1String("(exited)") && !wchan.endsWith(QLatin1String("(before it exited)"))))
            wrong << QStringLiteral("kernel panel: %1 %2, wchan %3").arg(name, pid, wchan);
    }
    // The summary gives the latency as the CLI's does, and beside it that
    // one way at full speed is mostly queueing (issue 15.9).
    const QString log = w.log()->toPlainText();
    if (!log.contains(QLatin1String("Latency, one way: p50")) || !log.contains(QLatin1String("mostly queueing")))
        wrong << QStringLiteral("log: no latency with its note");
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::aWorkerKilledByTheUserFailsTheStatus()
{
    // The user kills C1 with the fault keys (W, K): the run goes on to its
    // end and does what was asked, but the scene ends "failed", and the
    // status line and the log say so with it, not "Finished".
    MainWindow w;
    w.show();
    Scenario s;
    s.mechanism = QStringLiteral("sysv-msg");
    s.durationS = 2;
    s.count = 0;
    s.rate = 100;
    w.setScenario(s);
    QSignalSpy finished(&w.controller(), &RunController::runFinished);
    QVERIFY(w.startRun());
    QTRY_VERIFY_WITH_TIMEOUT(w.controller().run()->snapshot().started, 10000);
    action(w, "actionFaultNextWorker")->trigger(); // P1 to C1
    action(w, "actionFaultKill")->trigger();
    QVERIFY(finished.wait(15000));
    QCOMPARE(w.controller().run()->scene().phase, ScenePhase::Failed);
    // Who was lost, in the CLI summary's words (failedBecause).
    QVERIFY2(w.statusBar()->currentMessage().startsWith(QStringLiteral("Failed: C1 killed by SIGKILL (injected) — ")),
             qPrintable(w.statusBar()->currentMessage()));
    // The Code dock marks no line once it has ended, a new theme too: the
    // killed C1 still says it is in msgrcv, and a restyle marked it again.
    const CodeView *code = w.findChild<CodeView *>();
    QVERIFY(code);
    QVERIFY(code->marked().isEmpty());
    action(w, "actionThemeDark")->trigger();
    QVERIFY2(code->marked().isEmpty(), qPrintable(code->marked().value(0).first));
    action(w, "actionThemeLight")->trigger();
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::theKernelNamesFitLargerType()
{
    // The kernel panel fits its names' column when rows come or go, not on
    // every poll; zoomed in with no row changing, the names are wider, and
    // the column must widen with them rather than cut them.
    MainWindow w;
    w.show();
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.count = 20;
    s.rate = 0;
    QVERIFY(runsToItsEnd(w, s, 15000));
    QTest::qWait(50);
    const auto restore = qScopeGuard([&w] { w.setZoom(1.0); });
    QTreeView *panel = w.kernelPanel();
    const int before = panel->columnWidth(0);
    w.setZoom(1.6);
    QTest::qWait(50); // the font change delivered
    QVERIFY2(panel->columnWidth(0) > before * 1.15,
             qPrintable(QStringLiteral("%1 px at 1.6 times the type, %2 px before").arg(panel->columnWidth(0)).arg(before)));
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::aKilledRunReadsAsEnded()
{
    // The default scenario ended with its workers killed in their calls: the
    // kernel panel says each object (semaphores, segment) is removed, its
    // values the last read, and the Code dock marks no line as running. The
    // old panel showed the rows as if the objects were there, and the dock
    // kept the dead workers' lines marked, as their telemetry last said.
    MainWindow w;
    w.show();
    QVERIFY(w.codeView()->isVisible());
    QSignalSpy finished(&w.controller(), &RunController::runFinished);
    QVERIFY(w.startRun());
    QVERIFY(waitUntil([&] { return !w.codeView()->marked().isEmpty(); }));
    w.controller().kill();
    QVERIFY(finished.wait(15000));
    QStringList wrong;
    const KernelModel &kernel = w.kernelPanel()->kernelModel();
    const QModelIndex objects = kernel.find({QStringLiteral("objects")});
    QStringList names;
    for (int row = 0; row < kernel.rowCount(objects); ++row) {
        const QModelIndex object = kernel.index(row, 0, objects);
        names << object.data().toString();
        const QString said = object.siblingAtColumn(1).data().toString();
        if (said != QStringLiteral("removed"))
            wrong << QStringLiteral("kernel panel: %1 says '%2'").arg(names.last(), said);
        // Its last values stay, under it.
        if (kernel.rowCount(object) == 0)
            wrong << QStringLiteral("kernel panel: %1 has no values").arg(names.last());
    }
    // The three semaphores and the segment, each said apart above.
    QVERIFY2(names.size() >= 4, qPrintable(names.join(QStringLiteral(", "))));
    for (const auto &[who, line] : w.codeView()->marked())
        wrong << QStringLiteral("code: %1 marked at line %2").arg(who).arg(line);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::aBeatFasterThanTheScreenIsDrawnEveryStep()
{
    // The slider's fastest beat is 0.2 s, but a scenario file may ask for a
    // faster one (call_every_s). The window then samples three times a beat,
    // as the CLI does, so each call let through is drawn at rest before the
    // next. The old window polled every 33 ms whatever the beat: at 15 ms
    // fewer samples than steps, and most steps never drawn at rest (38 and
    // 40 of 100; the new one 88 under a build, 97 to 99 without).
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("fast.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"ipcscope_scenario": 1, "mechanism": "sysv-shm", "producers": 1, "consumers": 1, "size": 64,
                  "rate": 2, "slots": 8, "until_stopped": true, "layout": {"call_every_s": 0.015}})");
    out.close();
    MainWindow w;
    w.show();
    QVERIFY(w.openScenario(file));
    QCOMPARE(w.rules().pace().callEveryS, 0.015);
    int steps = 0;
    int samples = 0;
    int drawnAtRest = 0;    // steps followed by an exact sample before the next step
    bool restSeen = true;   // since the last step
    connect(&w.rules(), &RunRules::steppedOnBeat, &w, [&] {
        ++steps;
        restSeen = false;
    });
    connect(&w.controller(), &RunController::sampled, &w, [&] {
        ++samples;
        if (!restSeen && w.controller().run()->scene().exact) {
            restSeen = true;
            ++drawnAtRest;
        }
    });
    QVERIFY(w.startRun());
    QVERIFY(waitUntil([&] { return steps >= 100; }, 20000));
    w.close();
    const QString counts =
        QStringLiteral("%1 steps, %2 samples, %3 steps drawn at rest").arg(steps).arg(samples).arg(drawnAtRest);
    qInfo().noquote() << counts;
    QVERIFY2(samples > steps, qPrintable(counts));
    QVERIFY2(drawnAtRest >= steps * 3 / 4, qPrintable(counts));
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::theStatusLineKeepsClearOfItsCounter()
{
    // On a 1024-pixel projector, in Russian, the summary of a finished run
    // is longer than the room left of the frames counter. The status line
    // says it large enough for the hall (20 px), cut with "…" a space short of
    // the counter. The old one, 17 px, ran it into the counter to the pixel:
    // "…продублировано 0, повреждено 45 кадр/с".
    MainWindow w;
    w.resize(1024, 768);
    w.show();
    w.setLanguage(QStringLiteral("ru"));
    w.setPresentation(true);
    const auto restore = qScopeGuard([&w] {
        w.setPresentation(false);
        w.close();
        w.setLanguage(QStringLiteral("en"));
    });
    Scenario s = w.editor()->scenario(); // the default
    s.untilStopped = false;
    s.durationS = 1;
    QVERIFY(runsToItsEnd(w, s, 15000));
    QStatusBar *bar = w.statusBar();
    QVERIFY(bar->currentMessage().startsWith(QStringLiteral("Завершено")));
    const QString summary = bar->currentMessage();
    // The counter may widen once the summary is shown, as its frames a
    // second gain a digit (CI saw the hidden state's place overlap it).
    static_cast<StatusLine *>(bar)->setCounter(QStringLiteral("100 кадр/с · сообщений на экране: 100"));
    QApplication::processEvents();
    const auto *state = w.findChild<QLabel *>(QStringLiteral("runStatus"));
    QVERIFY(state);
    // Where a label is in the line (each is held in a widget of its own).
    const auto inBar = [bar](const QWidget *label) { return QRect(label->mapTo(bar, QPoint()), label->size()); };
    // The counter is the widget at the right of the line.
    const QLabel *counter = nullptr;
    for (const QLabel *label : bar->findChildren<QLabel *>())
        if (label != state && label->isVisible() && (!counter || inBar(label).x() > inBar(counter).x()))
            counter = label;
    QVERIFY(counter);
    QStringList wrong;
    for (const QWidget *text : {static_cast<const QWidget *>(bar), static_cast<const QWidget *>(state),
                                static_cast<const QWidget *>(counter)})
        if (QFontInfo(text->font()).pixelSize() < 20)
            wrong << QStringLiteral("%1 %2 px").arg(text->objectName()).arg(QFontInfo(text->font()).pixelSize());
    // No ink in the space before the counter: the message, or the state
    // once the message has gone, ends before it. The state's label is hidden
    // under a message (QStatusBar hides its widgets then) and laid out again
    // only when shown: where it was says nothing of what is drawn.
    const auto look = [&](const QString &shown) {
        if (state->isVisible() && inBar(state).intersects(inBar(counter)))
            wrong << shown + QStringLiteral(": state and counter overlap");
        const QImage image = bar->grab().toImage();
        const QColor paper = image.pixelColor(1, image.height() / 2);
        const int em = QFontMetrics(bar->font()).horizontalAdvance(QLatin1Char('M'));
        int ink = 0;
        for (int x = std::max(0, inBar(counter).x() - em); x < inBar(counter).x() - 2; ++x)
            for (int y = 0; y < image.height(); ++y)
                ink += image.pixelColor(x, y) != paper ? 1 : 0;
        if (ink > 0)
            wrong << QStringLiteral("%1: %2 pixels of ink in the em before the counter ('%3' | '%4')")
                         .arg(shown)
                         .arg(ink)
                         .arg(bar->currentMessage().isEmpty() ? state->text() : bar->currentMessage(), counter->text());
    };
    look(QStringLiteral("message"));
    // The summary as the state, longer than its room, in the message's place.
    // (The window's status timer may set its own texts in between: the
    // finished run's summary and the frames a second, a real line too.)
    bar->clearMessage();
    static_cast<StatusLine *>(bar)->setState(summary);
    QApplication::processEvents();
    QVERIFY(state->isVisible());
    look(QStringLiteral("state"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    QCOMPARE(leftoverReport(), QString());
}

void TestMainWindow::stopReleasesPause()
{
    MainWindow w;
    w.show();
    QVERIFY(w.startRun());
    QVERIFY(waitUntil([&] { return w.controller().run()->snapshot().started; }));
    action(w, "actionPause")->setChecked(true);
    QVERIFY(w.controller().run()->isPaused());
    QVERIFY(status(w).startsWith(QStringLiteral("Paused")));
    action(w, "actionStop")->trigger();
    QVERIFY(waitUntil([&] { return !w.controller().isActive(); }));
    QVERIFY(!action(w, "actionPause")->isChecked());
    QVERIFY(!action(w, "actionPause")->isEnabled());
    // The next run starts at its pace, not paused.
    QVERIFY(w.startRun());
    QVERIFY(!action(w, "actionPause")->isChecked());
    QVERIFY(!w.controller().run()->isPaused());
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

// A 1024-pixel projector holds the whole window, in either language: its
// docks and pages ask no more width than that.
void TestMainWindow::fitsTheProjectorsWidth_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestMainWindow::fitsTheProjectorsWidth()
{
    QFETCH(QString, language);
    MainWindow w;
    w.show();
    w.setLanguage(language);
    const auto restore = qScopeGuard([&w] {
        w.close();
        w.setLanguage(QStringLiteral("en"));
    });
    QApplication::processEvents();
    // Who asks for what, to say where the width went when it fails.
    QStringList parts;
    for (const QDockWidget *dock : w.findChildren<QDockWidget *>())
        if (dock->isVisible())
            parts << QStringLiteral("%1 %2").arg(dock->windowTitle()).arg(dock->minimumSizeHint().width());
    parts << QStringLiteral("pages %1").arg(w.centralWidget()->minimumSizeHint().width());
    QVERIFY2(w.minimumSizeHint().width() <= 1024, qPrintable(QStringLiteral("%1 px wide at the least (%2)")
                                                                 .arg(w.minimumSizeHint().width())
                                                                 .arg(parts.join(QStringLiteral(", ")))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
