// The flow scene grows with the run: a producer or a consumer added to a
// running run (Faults ▸ Add) is in the scene model and gets its own card,
// in its role's column, with its state and its count — drawn from a real run.
#include "flowscene.h"
#include "sceneitem.h"
#include "tokenitem.h"
#include "workeritem.h"

#include "session/scenetext.h"

#include "../session/runhelpers.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

// The worker cards the scene holds, by name.
QMap<QString, WorkerItem *> cards(FlowScene &scene)
{
    QMap<QString, WorkerItem *> out;
    for (QGraphicsItem *item : scene.items())
        if (auto *card = dynamic_cast<WorkerItem *>(item))
            out[card->inventoryName()] = card;
    return out;
}

const SceneWorker *modelWorker(const SceneModel &m, const QString &name)
{
    for (const SceneWorker &w : m.workers)
        if (w.name == name)
            return &w;
    return nullptr;
}

// Paints the scene once, so that its items know the texts they drew.
void paint(FlowScene &scene)
{
    QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
    QPainter p(&image);
    scene.render(&p);
}

} // namespace

class TestFlowScene : public QObject {
    Q_OBJECT
private slots:
    void aWorkersStateIsWrappedOnceWhileItReadsTheSame();
    void anExactStateWholeOnASmallerLastLineKeepsItsWords();
    void joinedWorkerIsDrawn_data();
    void joinedWorkerIsDrawn();
    void nothingIsInFlightAfterTheEnd();
    void noTokenRestsInAnEmptyObject_data();
    void noTokenRestsInAnEmptyObject();
};

// At speed a worker's card says where its time went, wrapped over its lines,
// and every frame repaints it while its text changes a few times a second: a
// paint that draws what the last one drew wraps nothing again (it wrapped the
// text three to six times a paint, measuring each word), and one whose text
// changed wraps the new text, once for all it asks of it.
void TestFlowScene::aWorkersStateIsWrappedOnceWhileItReadsTheSame()
{
    SceneWorker w;
    w.name = QStringLiteral("P1");
    w.pid = 4242;
    w.state = QStringLiteral("blocked");
    w.text = QStringLiteral("blocked in P(empty)");
    w.shares = {{QStringLiteral("P(empty)"), QStringLiteral("in P(empty)"), 0.7},
                {QStringLiteral("copy"), QStringLiteral("copying"), 0.2}};
    w.messages = 1000;
    WorkerItem card(w, QSizeF(150, 130));
    card.setWorker(w, false, 5000);
    QImage image(160, 140, QImage::Format_ARGB32);
    QPainter p(&image);
    const auto paint = [&] {
        const qint64 before = SceneItem::linesSet();
        card.paint(&p, nullptr, nullptr);
        return SceneItem::linesSet() - before;
    };
    const auto drawn = [&] {
        QStringList texts;
        for (const DrawnText &t : card.drawnTexts())
            texts << t.text;
        return texts.join(QLatin1Char('|'));
    };
    QVERIFY(paint() > 0);
    QVERIFY2(drawn().contains(QLatin1String("70")), qPrintable(drawn()));
    QCOMPARE(paint(), 0);
    w.shares[0].fraction = 0.6;
    w.shares[1].fraction = 0.3;
    card.setWorker(w, false, 5000);
    const qint64 changed = paint();
    QVERIFY2(drawn().contains(QLatin1String("60")), qPrintable(drawn()));
    // The new text wrapped once, and its new lines set: no more than the
    // lines drawn, the count's included, and the wrap.
    QVERIFY2(changed >= 1 && changed <= card.drawnTexts().size() + 1, qPrintable(QString::number(changed)));
    QCOMPARE(paint(), 0);
}

// An exact state that needs one line more than its card has, at its type,
// is drawn as drawWrapped() draws it, the rest on the last line set smaller
// down to the floor, whole: it keeps its words ("paused before P(put)"), not
// the short form ("paused"), wherever that last line fits; and no width cuts
// it. A card that took the short form whenever the lines at their type were
// too many never drew the smaller line.
void TestFlowScene::anExactStateWholeOnASmallerLastLineKeepsItsWords()
{
    SceneWorker w;
    w.name = QStringLiteral("P1");
    w.pid = 4242;
    w.state = QStringLiteral("paused");
    w.call = QStringLiteral("P(put)");
    w.text = SceneText::state(w);
    QCOMPARE(w.text, QStringLiteral("paused before P(put)"));
    const double typePx = sceneFont(TextRole::State, true).pixelSize();
    int smallerKept = 0;
    QStringList cut;
    for (int width = 100; width <= 400; width += 2) { // "paused" fits from ~78 px
        const QSizeF size(width, WorkerItem::minimumHeight()); // a line of state and the counts'
        WorkerItem card(w, size);
        card.setWorker(w, true, 0);
        QImage image(size.toSize() + QSize(8, 8), QImage::Format_ARGB32);
        QPainter p(&image);
        card.paint(&p, nullptr, nullptr);
        QStringList state;
        bool smaller = false;
        for (const DrawnText &t : card.drawnTexts())
            if (t.role == TextRole::State) {
                state << t.text;
                smaller = smaller || t.px < typePx;
                if (t.cut)
                    cut << QStringLiteral("%1 px: %2").arg(width).arg(t.text);
            }
        if (state.join(QLatin1Char(' ')) == w.text && smaller)
            ++smallerKept;
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    QVERIFY(smallerKept > 0);
}

void TestFlowScene::joinedWorkerIsDrawn_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("joined");
    QTest::addColumn<QString>("sameColumnAs");
    QTest::newRow("sysv-shm 2:1, add producer") << "sysv-shm" << "producer" << "P3" << "P1";
    QTest::newRow("sysv-msg 2:1, add consumer") << "sysv-msg" << "consumer" << "C2" << "C1";
}

void TestFlowScene::joinedWorkerIsDrawn()
{
    QFETCH(QString, mechanism);
    QFETCH(QString, role);
    QFETCH(QString, joined);
    QFETCH(QString, sameColumnAs);
    Scenario s;
    s.mechanism = mechanism;
    s.producers = 2;
    s.consumers = 1;
    s.count = 0;
    s.untilStopped = true;
    s.rate = 200;
    Run run(s);
    run.setWatchScene(true);
    run.setSpareWorkers(1);
    QSignalSpy started(&run, &Run::started);
    QVERIFY(run.start());
    QVERIFY(started.wait(15000));
    FlowScene scene;
    scene.setViewSize(QSizeF(1024, 600));
    scene.setRun(&run);
    scene.update(run.scene(), run.takeEvents());
    // Before: three cards, none for the worker to come.
    QCOMPARE(cards(scene).size(), 3);
    QVERIFY(!cards(scene).contains(joined));
    QVERIFY(!modelWorker(run.scene(), joined));

    Fault add;
    add.verb = Fault::Verb::Add;
    add.target = role;
    QString why;
    QVERIFY2(run.inject(add, &why), qPrintable(why));
    // The model has it once it runs, with its PID and its messages.
    QVERIFY(waitUntil([&] {
        const SceneWorker *w = modelWorker(run.scene(), joined);
        return w && w->pid > 0 && w->messages > 0;
    }));
    const SceneModel model = run.scene();
    QCOMPARE(model.workers.size(), 4);
    QCOMPARE(model.workers.last().name, joined);
    QCOMPARE(model.workers.last().role, role == QLatin1String("producer") ? Role::Producer : Role::Consumer);
    scene.update(model, run.takeEvents());
    paint(scene);

    // The scene: a card for it, in its role's column, under the others,
    // overlapping none, saying its count.
    const QMap<QString, WorkerItem *> drawn = cards(scene);
    QCOMPARE(drawn.size(), 4);
    QVERIFY2(drawn.contains(joined), qPrintable(drawn.keys().join(QLatin1Char(' '))));
    const WorkerItem *card = drawn[joined];
    const QRectF at = card->sceneBoundingRect();
    QCOMPARE(at.left(), drawn[sameColumnAs]->sceneBoundingRect().left());
    for (auto it = drawn.begin(); it != drawn.end(); ++it)
        if (it.key() != joined)
            QVERIFY2(!it.value()->sceneBoundingRect().intersects(at), qPrintable(it.key() + QStringLiteral(" under ") + joined));
    QVERIFY(scene.sceneRect().contains(at));
    QStringList texts;
    for (const DrawnText &t : card->drawnTexts())
        texts << t.text;
    const QString count = SceneText::count(*modelWorker(model, joined));
    QVERIFY2(texts.join(QLatin1Char('|')).contains(count), qPrintable(count + QStringLiteral(" not in ") + texts.join(QLatin1Char('|'))));

    QSignalSpy finished(&run, &Run::finished);
    run.stop();
    QVERIFY(finished.wait(15000));
    QVERIFY2(run.result().ok, qPrintable(run.error()));
    QCOMPARE(run.result().messages, run.result().sent);
    QCOMPARE(leftoverReport(), QString());
}

void TestFlowScene::nothingIsInFlightAfterTheEnd()
{
    // A pipe at full speed for a second, let end: tokens are sampled on
    // their way while it runs. At the end the run's objects are removed and
    // no message is in flight: no token may stay drawn (the old scene kept a
    // hundred or so, counted by the status bar, for good).
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.durationS = 1;
    s.count = 0;
    Run run(s);
    run.setWatchScene(true);
    FlowScene scene;
    scene.setViewSize(QSizeF(1024, 600));
    int most = 0;
    QObject::connect(&run, &Run::sampled, &scene, [&] {
        scene.update(run.scene(), run.takeEvents());
        most = std::max(most, scene.tokenCount());
    });
    QSignalSpy started(&run, &Run::started);
    QSignalSpy finished(&run, &Run::finished);
    QVERIFY(run.start());
    QVERIFY(started.wait(15000));
    scene.setRun(&run);
    QVERIFY(finished.wait(15000));
    QCOMPARE(run.scene().phase, ScenePhase::Finished);
    QVERIFY(most > 0); // there were tokens to be left behind
    int drawn = 0;
    for (QGraphicsItem *item : scene.items())
        drawn += dynamic_cast<TokenItem *>(item) ? 1 : 0;
    QCOMPARE(drawn, 0);
    QCOMPARE(scene.tokenCount(), 0);
    QCOMPARE(leftoverReport(), QString());
}

void TestFlowScene::noTokenRestsInAnEmptyObject_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QString>("depth"); // the field that says what it holds
    QTest::newRow("pipe") << "pipe" << "queued";
    QTest::newRow("sysv-msg") << "sysv-msg" << "qnum";
}

void TestFlowScene::noTokenRestsInAnEmptyObject()
{
    // At speed tokens are a few sampled messages, and most receipts go
    // unseen. Whenever the object reads empty, a token drawn at rest in it
    // is a message that is not there (the old scene kept them up to 1.5 s:
    // a row of dots in a pipe that said "0 bytes waiting").
    QFETCH(QString, mechanism);
    QFETCH(QString, depth);
    Scenario s;
    s.mechanism = mechanism;
    s.durationS = 1.5;
    s.count = 0;
    // Far above slow motion (tokens are sampled), slow enough that the
    // consumer keeps up and the object reads empty at most samples.
    s.rate = 2000;
    Run run(s);
    run.setWatchScene(true);
    FlowScene scene;
    scene.setViewSize(QSizeF(1024, 600));
    int empty = 0;
    int most = 0;
    QStringList contradicted;
    QObject::connect(&run, &Run::sampled, &scene, [&] {
        scene.update(run.scene(), run.takeEvents());
        most = std::max(most, scene.tokenCount());
        const SceneModel &m = scene.model();
        if (m.phase != ScenePhase::Running || m.objects.isEmpty() || m.objects.first().field(depth) != 0)
            return;
        ++empty;
        if (scene.restingTokenCount() > 0)
            contradicted << QStringLiteral("%1 s: %2 at rest").arg(m.tS, 0, 'f', 2).arg(scene.restingTokenCount());
    });
    QSignalSpy started(&run, &Run::started);
    QSignalSpy finished(&run, &Run::finished);
    QVERIFY(run.start());
    QVERIFY(started.wait(15000));
    scene.setRun(&run);
    QVERIFY(finished.wait(15000));
    QVERIFY(empty > 0);  // it read empty at times
    QVERIFY(most > 0);   // and tokens were drawn all the same
    QVERIFY2(contradicted.isEmpty(), qPrintable(QString::number(contradicted.size()) + QStringLiteral(" of ") +
                                                QString::number(empty) + QStringLiteral(" empty samples: ") +
                                                contradicted.mid(0, 4).join(QStringLiteral(", "))));
    QCOMPARE(leftoverReport(), QString());
}

QTEST_MAIN(TestFlowScene)
#include "tst_flowscene.moc"
