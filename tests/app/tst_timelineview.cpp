// The timeline as drawn, offscreen: one lane per process, an arrow per
// recorded send–receive pair and none for a receive whose send was not
// recorded, numbers only while few are in view, the sampled note when a
// worker's events were sampled; the wheel zooms about the pointer, a drag
// pans; SVG and PDF exports are written (and a path that cannot take one is
// refused); in the window, the Timeline dock is hidden until View shows it,
// then shows the replayed recording with the replay's cursor.
#include "recordingfiles.h"
#include "timelinedock.h"
#include "timelineview.h"
#include "windowhelpers.h"

#include "session/recordingwriter.h"
#include "session/scenecodec.h"

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

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
    void exports_data();
    void exports();
    void dockInTheWindow();

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
    QTest::newRow("many: not numbered") << 1 << 1 << 60 << 0 << false << 60 << 0 << false;
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

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
