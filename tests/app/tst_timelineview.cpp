// The timeline as drawn, offscreen: one lane per process, an arrow per
// recorded send–receive pair and none for a receive whose send was not
// recorded, numbered where the numbers do not cover each other, the sampled
// note ("sampled: 1 in K" when the recording says K) when a worker's events
// were sampled, and why there is no arrow when no send has its receive; the
// wheel zooms about the pointer, a drag pans; fed as a run goes the view
// follows "now" until the user looks into the past, Follow returns; SVG and
// PDF exports are written (and a path that cannot take one is refused); in
// the window, the Timeline dock is hidden until View shows it, then shows the
// replayed recording with the replay's cursor.
#include "recordingfiles.h"
#include "timelinedock.h"
#include "timelineview.h"
#include "windowhelpers.h"

#include "../session/runhelpers.h"

#include "session/recordingwriter.h"
#include "session/scenecodec.h"

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

// `producers` and `consumers` running at 0, 1 and 2 s; `pairs` messages of
// producer 0 from slot 0 to the first consumer, sent at 0.1·seq s and received
// 0.05 s later; `lonely` receives whose sends were not recorded; `gap` skips
// indices in the producer's stream (its events sampled).
Recording recording(int producers, int consumers, int pairs, int lonely = 0, bool gap = false)
{
    Recording r;
    r.scenario = MainWindow::defaultScenario().toJson();
    r.machine = QJsonObject{{QStringLiteral("host"), QStringLiteral("lab-7")}};
    r.producers = producers;
    for (int i = 0; i < producers; ++i)
        r.workers << QStringLiteral("P%1").arg(i + 1);
    for (int i = 0; i < consumers; ++i)
        r.workers << QStringLiteral("C%1").arg(i + 1);
    for (int t = 0; t < 3; ++t) {
        SceneModel m;
        m.tS = t;
        for (int slot = 0; slot < r.workers.size(); ++slot) {
            SceneWorker w;
            w.name = r.workers.at(slot);
            w.role = slot < producers ? Role::Producer : Role::Consumer;
            w.state = QStringLiteral("running");
            m.workers << w;
        }
        SceneSemaphore s;
        s.name = QStringLiteral("full");
        s.value = t % 2;
        m.semaphores = {s};
        r.scenes.append({m.tS, encodeScene(m)});
    }
    const int consumer = producers;
    quint64 producerIndex = 0;
    quint64 consumerIndex = 0;
    for (int seq = 1; seq <= pairs + lonely; ++seq) {
        const qint64 sent = qint64(seq) * 100'000'000 / std::max(1, (pairs + lonely) / 10);
        if (seq <= pairs) {
            r.events.append({0, producerIndex, sent, quint64(seq), EventKind::Sent, Op::None, 0, 0, 64, {}});
            producerIndex += gap ? 3 : 1;
        }
        r.events.append({consumer, consumerIndex++, sent + 50'000'000, quint64(seq), EventKind::Received, Op::None,
                         0, 0, 64, {}});
    }
    return r;
}

// A full-speed run's recording sampled by message: P1 sends 1…`sends`, C1
// receives each 5 ms later; of P1's sends only those whose number `keptSend`
// keeps are recorded, of C1's receives those `keptReceive` keeps (a gap in
// the indices where the others were).
Recording sampledRun(int sends, const std::function<bool(int)> &keptSend, const std::function<bool(int)> &keptReceive)
{
    Recording r = recording(1, 1, 0);
    for (int seq = 1; seq <= sends; ++seq) {
        const qint64 sent = qint64(seq) * 20'000'000;
        if (keptSend(seq))
            r.events.append({0, quint64(seq - 1), sent, quint64(seq), EventKind::Sent, Op::None, 0, 0, 64, {}});
        if (keptReceive(seq))
            r.events.append(
                {1, quint64(seq - 1), sent + 5'000'000, quint64(seq), EventKind::Received, Op::None, 0, 0, 64, {}});
    }
    std::stable_sort(r.events.begin(), r.events.end(),
                     [](const RecordedEvent &a, const RecordedEvent &b) { return a.slot < b.slot; });
    return r;
}

TimelinePainter::Drawn drawn(TimelineView &view)
{
    view.resize(1000, view.sizeHint().height());
    view.grab();
    return view.drawn();
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void draws_data();
    void draws();
    void zoomAndPan();
    void sampledPairs_data();
    void sampledPairs();
    void followsTheRun();
    void exports_data();
    void exports();
    void dockInTheWindow();
    void followsOnlyARunGoingOn_data();
    void followsOnlyARunGoingOn();

private:
    QTemporaryDir m_dir;
};

void TestTimelineView::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
}

void TestTimelineView::draws_data()
{
    QTest::addColumn<int>("producers");
    QTest::addColumn<int>("consumers");
    QTest::addColumn<int>("pairs");
    QTest::addColumn<int>("lonely");
    QTest::addColumn<bool>("gap");
    QTest::addColumn<int>("arrows");
    QTest::addColumn<int>("numbered");
    QTest::addColumn<bool>("sampled");
    QTest::newRow("one message") << 1 << 1 << 1 << 0 << false << 1 << 1 << false;
    QTest::newRow("three processes") << 2 << 1 << 3 << 0 << false << 3 << 3 << false;
    QTest::newRow("four processes") << 2 << 2 << 5 << 0 << false << 5 << 5 << false;
    QTest::newRow("receives without their sends draw no arrow") << 1 << 1 << 0 << 4 << false << 0 << 0 << false;
    QTest::newRow("only the recorded pairs") << 1 << 1 << 2 << 3 << false << 2 << 2 << false;
    // 60 in 1 s on 1000 px: their numbers would cover each other; some are numbered (-1).
    QTest::newRow("many: numbered where they fit") << 1 << 1 << 60 << 0 << false << 60 << -1 << false;
    // The producer's stream has gaps: the legend says the events are sampled.
    QTest::newRow("sampled") << 1 << 1 << 4 << 0 << true << 4 << 4 << true;
    QTest::newRow("nothing recorded") << 0 << 0 << 0 << 0 << false << 0 << 0 << false;
}

void TestTimelineView::draws()
{
    QFETCH(int, producers);
    QFETCH(int, consumers);
    QFETCH(int, pairs);
    QFETCH(int, lonely);
    QFETCH(bool, gap);
    QFETCH(int, arrows);
    QFETCH(int, numbered);
    QFETCH(bool, sampled);
    TimelineView view;
    const Recording r = recording(producers, consumers, pairs, lonely, gap);
    view.setModel(TimelineModel::fromRecording(producers + consumers ? r : Recording()));
    const TimelinePainter::Drawn d = drawn(view);
    QCOMPARE(d.lanes, producers + consumers);
    QCOMPARE(d.arrows, arrows);
    if (numbered < 0)
        QVERIFY2(d.numbered > 0 && d.numbered < d.arrows, qPrintable(QString::number(d.numbered)));
    else
        QCOMPARE(d.numbered, numbered);
    QCOMPARE(d.sampled, sampled);
    QCOMPARE(d.semaphores, producers + consumers ? 1 : 0);
    QCOMPARE(d.everyNth, 1);
}

void TestTimelineView::zoomAndPan()
{
    TimelineView view;
    view.setModel(TimelineModel::fromRecording(recording(1, 1, 5)));
    view.resize(1000, view.sizeHint().height());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double from = view.fromS();
    const double to = view.toS();
    QCOMPARE(from, 0.0);
    QCOMPARE(to, 2.0);
    // Zoomed in about the middle: both ends come closer.
    const QPoint middle(view.width() / 2 + 30, view.height() / 2);
    QWheelEvent wheel(middle, view.mapToGlobal(middle), {}, {0, 240}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(&view, &wheel);
    QVERIFY(view.fromS() > from);
    QVERIFY(view.toS() < to);
    const double span = view.toS() - view.fromS();
    // Dragged to the right: earlier times come into view, the span stays.
    const double before = view.fromS();
    QTest::mousePress(&view, Qt::LeftButton, {}, middle);
    QTest::mouseMove(&view, middle + QPoint(100, 0));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, middle + QPoint(100, 0));
    QVERIFY(view.fromS() < before);
    QCOMPARE(view.toS() - view.fromS(), span);
    QTest::mouseDClick(&view, Qt::LeftButton, {}, middle);
    QCOMPARE(view.fromS(), from);
    QCOMPARE(view.toS(), to);
}

void TestTimelineView::sampledPairs_data()
{
    QTest::addColumn<int>("sendsKept");   // one send in n recorded
    QTest::addColumn<int>("receivesKept"); // one receive in n recorded, offset by `shift`
    QTest::addColumn<int>("shift");
    QTest::addColumn<int>("oneIn"); // what the recording says; 0: nothing
    QTest::addColumn<int>("arrows");
    QTest::addColumn<QString>("note");
    // Both sides keep the same numbers: every kept send has its receive.
    QTest::newRow("1 in 4, both sides") << 4 << 4 << 0 << 4 << 10 << QStringLiteral("sampled: 1 in 4");
    QTest::newRow("sampled, K not said") << 4 << 4 << 0 << 0 << 10 << QStringLiteral("sampled");
    // Each side kept its own (the last few of a poll): no send with its receive.
    QTest::newRow("no pairs") << 2 << 2 << 1 << 0 << 0
                              << QStringLiteral("no arrows: of 20 sends and 20 receives recorded, none are of one message");
}

void TestTimelineView::sampledPairs()
{
    QFETCH(int, sendsKept);
    QFETCH(int, receivesKept);
    QFETCH(int, shift);
    QFETCH(int, oneIn);
    QFETCH(int, arrows);
    QFETCH(QString, note);
    TimelineModel model = TimelineModel::fromRecording(sampledRun(
        40, [&](int seq) { return seq % sendsKept == 0; }, [&](int seq) { return (seq + shift) % receivesKept == 0; }));
    model.setSampledOneIn(oneIn);
    QVERIFY(model.isSampled());
    QCOMPARE(model.messages().size(), arrows);
    for (const TimelineMessage &m : model.messages()) // each by its own number
        QCOMPARE(m.receivedS - m.sentS, 0.005);
    TimelineView view;
    view.setModel(model);
    const TimelinePainter::Drawn d = drawn(view);
    QCOMPARE(d.arrows, arrows);
    QVERIFY(d.sampled);
    QVERIFY2(d.notes.contains(note), qPrintable(d.notes.join(QLatin1Char('|'))));
}

void TestTimelineView::followsTheRun()
{
    // A run of 30 s, fed a sample at a time: the view follows its last 10 s.
    Recording whole;
    whole.workers = {QStringLiteral("P1")};
    whole.producers = 1;
    for (int t = 0; t <= 30; ++t) {
        SceneModel m;
        m.tS = t;
        SceneWorker w;
        w.name = QStringLiteral("P1");
        w.state = t % 2 ? QStringLiteral("blocked") : QStringLiteral("running");
        m.workers = {w};
        whole.scenes.append({m.tS, encodeScene(m)});
    }
    const auto upTo = [&](int t) {
        Recording r = whole;
        r.scenes.resize(t + 1);
        return r;
    };
    TimelineView view;
    view.setModel(TimelineModel::fromRecording(upTo(0)), TimelineView::kFollowSpanS);
    view.resize(1000, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy following(&view, &TimelineView::followingChanged);
    for (int t = 1; t <= 5; ++t)
        QVERIFY(view.extend(upTo(t)));
    QCOMPARE(view.fromS(), 0.0); // shorter than the span: all of it
    QCOMPARE(view.toS(), 5.0);
    for (int t = 6; t <= 20; ++t)
        QVERIFY(view.extend(upTo(t)));
    QCOMPARE(view.fromS(), 10.0); // the last 10 s: "now" at the right edge
    QCOMPARE(view.toS(), 20.0);
    QVERIFY(view.isFollowing());
    // Dragged into the past: it stays there as the run goes on.
    const QPoint middle(500, 150);
    QTest::mousePress(&view, Qt::LeftButton, {}, middle);
    QTest::mouseMove(&view, middle + QPoint(200, 0));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, middle + QPoint(200, 0));
    QVERIFY(!view.isFollowing());
    QCOMPARE(following.size(), 1);
    const double from = view.fromS();
    const double to = view.toS();
    QVERIFY(to < 20);
    for (int t = 21; t <= 25; ++t)
        QVERIFY(view.extend(upTo(t)));
    QCOMPARE(view.fromS(), from);
    QCOMPARE(view.toS(), to);
    // Follow: back to now, at the span it had.
    view.follow();
    QVERIFY(view.isFollowing());
    QCOMPARE(view.toS(), 25.0);
    QCOMPARE(view.toS() - view.fromS(), to - from);
    // Zoomed out about now (the plot's right edge, 12 px in): it goes on
    // following, at the new span.
    QWheelEvent wheel(QPointF(988, 150), view.mapToGlobal(QPointF(988, 150)), {}, {0, -120}, Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    QVERIFY(view.isFollowing());
    const double span = view.toS() - view.fromS();
    QVERIFY(span > to - from);
    QVERIFY(view.extend(upTo(30)));
    QCOMPARE(view.toS(), 30.0);
    QCOMPARE(view.toS() - view.fromS(), span);
}

void TestTimelineView::exports_data()
{
    QTest::addColumn<bool>("pdf");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("written");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("svg") << false << QStringLiteral("t.svg") << true << QByteArray("<?xml");
    QTest::newRow("pdf") << true << QStringLiteral("t.pdf") << true << QByteArray("%PDF");
    QTest::newRow("svg where it cannot be") << false << QStringLiteral("no/such/dir/t.svg") << false << QByteArray();
    QTest::newRow("pdf where it cannot be") << true << QStringLiteral("no/such/dir/t.pdf") << false << QByteArray();
}

void TestTimelineView::exports()
{
    QFETCH(bool, pdf);
    QFETCH(QString, name);
    QFETCH(bool, written);
    QFETCH(QByteArray, starts);
    TimelineView view;
    view.setModel(TimelineModel::fromRecording(recording(1, 1, 3)));
    view.resize(1000, view.sizeHint().height());
    const QString file = m_dir.filePath(name);
    QString error;
    QCOMPARE(pdf ? view.exportPdf(file, &error) : view.exportSvg(file, &error), written);
    QCOMPARE(error.isEmpty(), written);
    QFile f(file);
    QCOMPARE(f.open(QIODevice::ReadOnly), written);
    if (!written)
        return;
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith(starts));
    QVERIFY(bytes.size() > 1000);
    if (!pdf) // the lanes' names are text in the picture
        QVERIFY(bytes.contains(">P1<") || bytes.contains("P1"));
}

void TestTimelineView::dockInTheWindow()
{
    const QString file = m_dir.filePath(QStringLiteral("r.ipcrec"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(RecordingWriter::encode(recording(1, 2, 3)));
    f.close();
    MainWindow w;
    w.show();
    TimelineDock *dock = w.timelineDock();
    QVERIFY(dock);
    QVERIFY(!dock->isVisible()); // hidden at the desk
    QAction *toggle = dock->toggleViewAction();
    QVERIFY(w.menuBar()->findChildren<QMenu *>().size() > 0);
    bool inView = false;
    for (QMenu *menu : w.menuBar()->findChildren<QMenu *>())
        inView = inView || menu->actions().contains(toggle);
    QVERIFY(inView);
    QVERIFY(w.openRecording(file));
    QVERIFY(dock->view()->model().isEmpty()); // not laid out while hidden
    toggle->trigger();
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->view()->model().lanes().size(), 3);
    QCOMPARE(dock->view()->model().messages().size(), 3);
    w.recordings()->replay().stepForward();
    QCOMPARE(dock->view()->cursorTime(), std::optional<double>(w.recordings()->replay().timeS()));
    maybeScreenshot(w, "timeline-dock.png");
    w.recordings()->endReplay();
    QVERIFY(dock->view()->model().isEmpty()); // no run of the window's own yet
    QVERIFY(!dock->view()->cursorTime());
}

void TestTimelineView::followsOnlyARunGoingOn_data()
{
    QTest::addColumn<QString>("end");
    QTest::newRow("stopped") << QStringLiteral("stop");
    // Discarded before it ended, its recording incomplete: no "now" either.
    QTest::newRow("discarded") << QStringLiteral("discard");
    QTest::newRow("a recording opened over it, then closed") << QStringLiteral("replay");
}

// Follow is there while a run goes on, and goes with it however it ends.
void TestTimelineView::followsOnlyARunGoingOn()
{
    QFETCH(QString, end);
    const QString file = m_dir.filePath(QStringLiteral("follow.ipcrec"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(RecordingWriter::encode(recording(1, 1, 3)));
    f.close();
    MainWindow w;
    w.show();
    TimelineDock *dock = w.timelineDock();
    dock->toggleViewAction()->trigger();
    QToolButton *follow = dock->followButton();
    QVERIFY(!follow->isVisibleTo(dock)); // no run yet
    QVERIFY(w.startRun());
    QVERIFY(waitUntil([&] { return follow->isVisibleTo(dock); }));
    if (end == QLatin1String("stop")) {
        action(w, "actionStop")->trigger();
        QVERIFY(waitUntil([&] { return !w.controller().isActive(); }));
    } else if (end == QLatin1String("discard")) {
        w.controller().discard();
    } else {
        QVERIFY(w.openRecording(file));
        QVERIFY(!follow->isVisibleTo(dock)); // a replay has no "now"
        w.recordings()->endReplay();
    }
    QVERIFY(!w.recordings()->recorder().isRecording());
    QVERIFY(!follow->isVisibleTo(dock));
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
