// The side-by-side window on the projector: it shows one scene per
// mechanism, their rates on one graph with one line each on one scale, the
// one held reads that it waits its turn; at 1024×768 in presentation every
// text that carries state, the lanes' headers among them, is at least 20
// pixels high and none is cut — four in a quarter of 1024×768 each, the
// note and the graph giving way — and the same window at the desk's type,
// or on the projector with nothing giving way, is flagged.
#include "flowscene.h"
#include "inventory.h"
#include "kernelobjectitem.h"
#include "mainwindow.h"
#include "semaphoreitem.h"
#include "sidebysideplot.h"
#include "sidebysideview.h"
#include "workeritem.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include "session/scenetext.h"
#include "session/sidebyside.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScopeGuard>

#include <cmath>

#include <signal.h>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

constexpr QSize kProjector(1024, 768);
// The four of the lecture's example: the POSIX ring with its four semaphores
// is the tallest scene, sysv-msg's depth and the workers' "blocked" the
// longest words.
constexpr char kFour[] = "pipe,posix-shm,sysv-msg,unix-stream";

// A window on the projector in `language`; closed, and the application's type
// and language back as they were, pass or fail: the next window starts from them.
struct ProjectorWindow {
    MainWindow w;
    explicit ProjectorWindow(const QString &language)
    {
        w.show();
        w.setLanguage(language);
        w.setPresentation(true);
    }
    ~ProjectorWindow()
    {
        w.setPresentation(false);
        w.close();
        w.setLanguage(QStringLiteral("en"));
    }
    ProjectorWindow(const ProjectorWindow &) = delete;
    ProjectorWindow &operator=(const ProjectorWindow &) = delete;
};

SideBySidePlan planOf(const QString &ids)
{
    SideBySidePlan plan;
    plan.mechanisms = ids.split(QLatin1Char(','));
    plan.sliceMs = 200; // every one has had a turn within a second or so
    return plan;
}

// Until every lane has had a turn and one is held for another's: its scene
// drawn with its workers' pids, the graph with a line of its own.
bool runUntilAllHadATurn(SideBySideView &view)
{
    const SideBySide &side = view.sideBySide();
    return waitUntil(
        [&] {
            if (side.count() != view.laneCount())
                return false;
            bool waiting = false;
            for (int i = 0; i < side.count(); ++i) {
                const SceneModel &m = view.laneScene(i)->model();
                if (side.turns(i).isEmpty() || m.workers.isEmpty() || m.workers.first().pid <= 0)
                    return false;
                waiting = waiting || side.isWaiting(i);
            }
            return waiting;
        },
        20000);
}

// What the cards of every lane, as laid out, cut of the exact states a held
// lane may show: its turn passes wherever its workers are, so a producer may
// be caught copying into its slot with the lock held ("held b…" and
// "copying i…" were cut at the strip's size, in one look of several). Each
// card drawn anew of its size with each state, as a lane draws it; how many
// locks and workers it drew, so that none drawn is not read as none cut.
QStringList heldStatesCut(const SideBySideView &view, int &locks, int &workers)
{
    QStringList cut;
    locks = workers = 0;
    const auto look = [&cut](SceneItem &card, QSizeF size, const QString &what) {
        QImage image(size.toSize() + QSize(8, 8), QImage::Format_ARGB32);
        QPainter painter(&image);
        card.paint(&painter, nullptr, nullptr);
        for (const DrawnText &t : card.drawnTexts())
            if (t.cut || t.text.contains(QChar(0x2026)))
                cut << QStringLiteral("%1 in %2 x %3 px: \"%4\"")
                           .arg(what)
                           .arg(size.width())
                           .arg(size.height())
                           .arg(t.text);
    };
    for (int i = 0; i < view.laneCount(); ++i) {
        const FlowScene &scene = *view.laneScene(i);
        for (const QGraphicsItem *item : scene.items()) {
            if (const auto *card = dynamic_cast<const SemaphoreItem *>(item)) {
                for (const SceneSemaphore &model : scene.model().semaphores) {
                    if (model.name != card->name() || model.kind != SceneSemaphore::Kind::Lock)
                        continue;
                    SceneSemaphore held = model;
                    held.value = 0;
                    held.holder = QStringLiteral("P1");
                    held.waiters = 1;
                    held.waiting = {QStringLiteral("P2")};
                    const QSizeF size = card->boundingRect().adjusted(4, 4, -4, -4).size();
                    SemaphoreItem drawn(held, size);
                    drawn.setPurposeShown(false); // as a lane's
                    drawn.setSemaphore(held, true, true);
                    look(drawn, size, QStringLiteral("lock %1 held").arg(held.name));
                    ++locks;
                }
            } else if (const auto *card = dynamic_cast<const WorkerItem *>(item)) {
                const auto caught = [&](const QString &state, const QString &on, const QString &call) {
                    SceneWorker worker = card->worker();
                    worker.state = state;
                    worker.on = on;
                    worker.call = call;
                    worker.detail.clear();
                    worker.shares.clear();
                    worker.text = SceneText::state(worker);
                    return worker;
                };
                const QString ring = QStringLiteral("ring");
                for (const SceneWorker &worker :
                     {caught(QStringLiteral("critical"), ring, opName(Op::Copy)),
                      caught(QStringLiteral("critical"), ring, opName(Op::Advance)),
                      caught(QStringLiteral("paused"), ring, opName(Op::Copy)),
                      caught(QStringLiteral("blocked"), QStringLiteral("empty"), QStringLiteral("P(empty)"))}) {
                    WorkerItem drawn(worker, card->size());
                    drawn.setWorker(worker, true, 0);
                    look(drawn, card->size(), QStringLiteral("%1 %2").arg(worker.name, worker.text));
                }
                ++workers;
            }
        }
    }
    return cut;
}

} // namespace

class TestSideBySideView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void onTheProjector_data();
    void onTheProjector();
    void atTheDeskTheFloorsFail();
    void withNothingGivingWayTheFloorsFail_data();
    void withNothingGivingWayTheFloorsFail();
    void aStripWhenOnlyTheGraphMustGiveWay();
    void steppedDrawsProgress();
    void headerAndCardsFromOneSample();
    void steppedLanesAreRunning();
    void steppedLaneHeldForTheOthersReadsPaused();
};

void TestSideBySideView::onTheProjector_data()
{
    QTest::addColumn<QString>("mechanisms");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("waitingWords");
    QTest::addColumn<QSize>("screen");
    for (const QSize screen : {kProjector, QSize(1920, 1080)})
        for (const char *ids : {"pipe,shm-spsc", kFour})
            for (const auto &[code, words] :
                 {std::pair{"en", "waiting its turn"}, std::pair{"ru", "ждёт своей очереди"}})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3")
                                             .arg(QLatin1String(ids), QLatin1String(code))
                                             .arg(screen.width())))
                    << QString::fromLatin1(ids) << QString::fromLatin1(code) << QString::fromUtf8(words) << screen;
}

void TestSideBySideView::onTheProjector()
{
    QFETCH(QString, mechanisms);
    QFETCH(QString, language);
    QFETCH(QString, waitingWords);
    QFETCH(QSize, screen);
    ProjectorWindow projector(language);
    MainWindow &w = projector.w;
    SideBySideView *view = w.openSideBySide(planOf(mechanisms));
    view->showNormal();
    view->resize(screen);
    // From a lane's first frames — its workers starting, before its first
    // sample — its semaphores, its ring's fill and its workers say so whole
    // (they read «ожида… не измер…», "0 of 8 slo…" and «запускае…»). And
    // whenever a ring draws its head and tail — then, and while its lane
    // waits its turn — they are clear of the cards (they went under P1's).
    QStringList seen;
    QVector<int> firstFrames(view->laneCount(), 0);
    int firstSeen = 0;
    int markedFrames = 0;
    QElapsedTimer sinceMarked; // a look each 150 ms: the numbers grow, the slots turn
    const QMetaObject::Connection watch =
        connect(&view->sideBySide(), &SideBySide::sampled, view, [&](int i, const QVector<RunEvent> &) {
            const SceneModel &m = view->laneScene(i)->model();
            const bool unsampled =
                !m.exact && ((m.ring && m.ring->meanFill < 0) ||
                             std::any_of(m.semaphores.begin(), m.semaphores.end(),
                                         [](const SceneSemaphore &s) { return s.meanWaiters < 0; }));
            const bool marked = m.ring && !m.ring->cells.isEmpty() && (m.exact || m.ring->meanFill < 0);
            const bool starting = std::any_of(m.workers.begin(), m.workers.end(), [](const SceneWorker &w) {
                return w.pid <= 0 || w.state == QLatin1String("starting");
            });
            const bool cut = (firstFrames[i] < 4 || unsampled || starting) && firstFrames[i] < 12;
            const bool under = marked && (!sinceMarked.isValid() || sinceMarked.elapsed() >= 150);
            if (!cut && !under)
                return;
            if (cut && firstSeen++ == 0)
                maybeScreenshot(*view, qPrintable(QStringLiteral("sidebyside-first-%1-%2-%3.png")
                                                      .arg(view->laneCount())
                                                      .arg(language)
                                                      .arg(screen.width())));
            view->grab();
            if (cut) {
                ++firstFrames[i];
                // The semaphores', the object's and the workers' texts, and
                // the object's title (a socket «создаётся пр…» before it was made).
                for (const QGraphicsItem *item : view->laneScene(i)->items())
                    if (const auto *drawn = dynamic_cast<const SceneItem *>(item))
                        for (const DrawnText &t : drawn->drawnTexts())
                            if ((t.role == TextRole::State || t.role == TextRole::Value || t.role == TextRole::Count ||
                                 t.role == TextRole::Detail ||
                                 (t.role == TextRole::Title && dynamic_cast<const KernelObjectItem *>(item))) &&
                                (t.cut || t.text.contains(QChar(0x2026))))
                                seen << QStringLiteral("%1 \"%2\": cut").arg(drawn->inventoryKind(), t.text);
            }
            if (under) {
                ++markedFrames;
                sinceMarked.start();
                seen += textsUnderCards(*view->laneScene(i));
            }
        });
    const auto unwatch = qScopeGuard([watch] { disconnect(watch); });
    QVERIFY(view->start());
    QVERIFY(runUntilAllHadATurn(*view));
    disconnect(watch);
    seen.removeDuplicates();
    QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QStringLiteral("; "))));
    // Both lists have a ring, drawn with its head and tail while held.
    QVERIFY(markedFrames > 0);
    // Whether a lane was drawn before its first sample depends on how the
    // turns fell: its semaphore cards, as laid out here, drawn so anyway.
    int unsampledCards = 0;
    for (int i = 0; i < view->laneCount(); ++i)
        for (const QGraphicsItem *item : view->laneScene(i)->items())
            if (const auto *card = dynamic_cast<const SemaphoreItem *>(item)) {
                const QSizeF size = card->boundingRect().adjusted(4, 4, -4, -4).size();
                SceneSemaphore unsampled;
                unsampled.name = card->name();
                unsampled.value = 1;
                SemaphoreItem first(unsampled, size);
                first.setPurposeShown(false); // as a lane's
                first.setSemaphore(unsampled, false, true);
                QImage image(size.toSize() + QSize(8, 8), QImage::Format_ARGB32);
                QPainter painter(&image);
                first.paint(&painter, nullptr, nullptr);
                for (const DrawnText &t : first.drawnTexts())
                    QVERIFY2(!t.cut && !t.text.contains(QChar(0x2026)), qPrintable(t.text));
                ++unsampledCards;
            }
    QCOMPARE(unsampledCards > 0, mechanisms.contains(QStringLiteral("posix-shm")));
    // So with its workers: as a first sample may find them, still starting
    // («запускается», a word as wide as a quarter lane's card) or with the
    // whole interval spent starting ("starting or ending 100 %").
    int workerCards = 0;
    for (int i = 0; i < view->laneCount(); ++i)
        for (const QGraphicsItem *item : view->laneScene(i)->items())
            if (const auto *card = dynamic_cast<const WorkerItem *>(item)) {
                SceneWorker starting = card->worker();
                starting.state = QStringLiteral("starting");
                starting.text = SceneText::state(starting);
                starting.shares.clear();
                starting.messages = 0;
                SceneWorker startedAll = starting;
                startedAll.state = QStringLiteral("running");
                startedAll.shares = {{QStringLiteral("other"),
                                      QCoreApplication::translate("Scene", "starting or ending"), 1.0}};
                for (const SceneWorker &worker : {starting, startedAll}) {
                    WorkerItem first(worker, card->size());
                    first.setWorker(worker, false, 0);
                    QImage image(card->size().toSize() + QSize(8, 8), QImage::Format_ARGB32);
                    QPainter painter(&image);
                    first.paint(&painter, nullptr, nullptr);
                    for (const DrawnText &t : first.drawnTexts())
                        QVERIFY2(!t.cut && !t.text.contains(QChar(0x2026)),
                                 qPrintable(QStringLiteral("%1 in a card %2 px wide: \"%3\"")
                                                .arg(worker.name)
                                                .arg(card->size().width())
                                                .arg(t.text)));
                }
                ++workerCards;
            }
    QCOMPARE(workerCards, 2 * view->laneCount());
    // And as a turn may leave them, caught in their critical section.
    int locks = 0;
    int workers = 0;
    const QStringList caught = heldStatesCut(*view, locks, workers);
    QVERIFY2(caught.isEmpty(), qPrintable(caught.join(QStringLiteral("; "))));
    QCOMPARE(locks > 0, mechanisms.contains(QStringLiteral("posix-shm"))); // put and take
    QCOMPARE(workers, 2 * view->laneCount());
    QTest::qWait(400); // the headers and the graph at their pace

    // A scene per mechanism, each drawing its own run's workers.
    const int n = int(mechanisms.count(QLatin1Char(',')) + 1);
    QCOMPARE(view->laneCount(), n);
    for (int i = 0; i < n; ++i) {
        QCOMPARE(view->sideBySide().run(i)->scenario().mechanism, mechanisms.split(QLatin1Char(',')).at(i));
        QCOMPARE(view->laneScene(i)->model().workers.first().pid, view->sideBySide().run(i)->snapshot().workers.first().pid);
    }

    // The one held says so, as its cards show it (the sample they drew).
    int held = 0;
    for (int i = 0; i < n; ++i) {
        const ScenePhase phase = view->laneScene(i)->model().phase;
        held += phase == ScenePhase::Paused;
        QVERIFY2(view->laneHeader(i).contains(waitingWords) == (phase == ScenePhase::Paused),
                 qPrintable(view->laneHeader(i) + QStringLiteral(", scene ") + phaseName(phase)));
    }
    QVERIFY(held > 0);

    // One graph, a line each, one axis that holds every line.
    const QCustomPlot *plot = view->plot()->plot();
    QCOMPARE(plot->graphCount(), n);
    QCOMPARE(plot->axisRect()->axes(QCPAxis::atLeft).size(), 1);
    for (int i = 0; i < n; ++i) {
        const QCPGraph *g = plot->graph(i);
        QCOMPARE(g->valueAxis(), plot->yAxis);
        double top = 0;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            if (std::isfinite(it->value))
                top = std::max(top, it->value);
        QVERIFY2(top > 0, qPrintable(QStringLiteral("lane %1 drew nothing").arg(i)));
        QVERIFY(top <= plot->yAxis->range().upper);
    }

    // On the projector: the floors hold, nothing that carries state is cut.
    view->grab();
    const Inventory inventory = view->inventory(screen);
    QVERIFY(std::count_if(inventory.items.begin(), inventory.items.end(),
                          [](const Inventory::Item &i) { return i.kind == QLatin1String("worker"); }) == 2 * n);
    const QStringList small = floorProblems(inventory);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral("; "))));
    const QStringList cut = cutProblems(inventory);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    // Nor is a name: a semaphore, an object, a worker read whole.
    const QStringList names = cutNameProblems(inventory);
    QVERIFY2(names.isEmpty(), qPrintable(names.join(QStringLiteral("; "))));
    // And all of it reads from the back row: the held one's header, drawn
    // muted, too (it was the paused blue on grey, 2:1).
    const QStringList faint = contrastProblems(inventory);
    QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QStringLiteral("; "))));
    // Four at 1024 px: the note and the graph gave way for it; two, or
    // at 1920 px, keep both.
    QCOMPARE(view->room() == SideBySideView::Room::Full, n <= 2 || screen.width() > kProjector.width());
    maybeScreenshot(*view,
                    qPrintable(QStringLiteral("sidebyside-%1-%2-%3.png").arg(n).arg(language).arg(screen.width())));

    view->close(); // the runs go with the window
    QVERIFY(!view->isRunning());
    QCOMPARE(leftoverReport(), QString());
}

void TestSideBySideView::atTheDeskTheFloorsFail()
{
    // The same four at the desk's type: the check that holds the projector's
    // floors finds texts under 20 pixels.
    MainWindow w;
    w.show();
    const auto restore = qScopeGuard([&w] { w.close(); });
    SideBySideView *view = w.openSideBySide(planOf(QString::fromLatin1(kFour)));
    view->showNormal();
    view->resize(kProjector);
    QVERIFY(view->start());
    QVERIFY(runUntilAllHadATurn(*view));
    view->grab();
    const QStringList small = floorProblems(view->inventory(kProjector));
    QVERIFY(!small.isEmpty());
    view->close();
    QCOMPARE(leftoverReport(), QString());
}

void TestSideBySideView::withNothingGivingWayTheFloorsFail_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ru") << "ru";
}

void TestSideBySideView::withNothingGivingWayTheFloorsFail()
{
    // The four on the projector with the note and the graph kept whatever
    // the scenes need: the floors' checks find texts too small or cut.
    QFETCH(QString, language);
    ProjectorWindow projector(language);
    MainWindow &w = projector.w;
    SideBySideView *view = w.openSideBySide(planOf(QString::fromLatin1(kFour)));
    view->showNormal();
    view->resize(kProjector);
    view->forceRoom(int(SideBySideView::Room::Full));
    QVERIFY(view->start());
    QVERIFY(runUntilAllHadATurn(*view));
    QTest::qWait(400);
    view->grab();
    const Inventory inventory = view->inventory(kProjector);
    const QStringList problems = floorProblems(inventory) + cutProblems(inventory);
    QVERIFY(!problems.isEmpty());
    view->close();
    QCOMPARE(leftoverReport(), QString());
}

void TestSideBySideView::aStripWhenOnlyTheGraphMustGiveWay()
{
    // Four on a projector a little taller than 1024x768: without the note
    // the full graph still takes too much, but as a strip it leaves the
    // scenes their floor. The window chooses the strip there, its lines
    // drawn; a little lower even the strip must go (what turns the check
    // that it is drawn), and with the full graph kept the floors fail.
    ProjectorWindow projector(QStringLiteral("en"));
    MainWindow &w = projector.w;
    SideBySideView *view = w.openSideBySide(planOf(QString::fromLatin1(kFour)));
    view->showNormal();
    view->resize(kProjector);
    QVERIFY(view->start());
    QVERIFY(runUntilAllHadATurn(*view));
    QTest::qWait(400); // the graph at its pace
    // The heights where it takes a strip: measured, as the window does.
    int strip = 0;
    int graphless = 0;
    for (int height = kProjector.height(); height <= 1080 && strip == 0; height += 4) {
        view->resize(kProjector.width(), height);
        if (view->room() == SideBySideView::Room::Strip)
            strip = height;
        else if (view->room() == SideBySideView::Room::NoGraph)
            graphless = height;
    }
    QVERIFY2(strip > 0, "no height between 768 and 1080 px took the strip");
    QVERIFY(graphless > 0 && graphless < strip);
    const QSize screen(kProjector.width(), strip);

    const auto drawn = [&] {
        const QCustomPlot *plot = view->plot()->plot();
        if (!view->plot()->isVisible() || plot->height() <= 0 || plot->graphCount() != view->laneCount())
            return false;
        for (int i = 0; i < plot->graphCount(); ++i)
            if (plot->graph(i)->data()->isEmpty())
                return false;
        return true;
    };
    view->resize(screen);
    QTest::qWait(400);
    QCOMPARE(view->room(), SideBySideView::Room::Strip);
    QVERIFY(view->plot()->isStrip());
    QVERIFY(drawn());
    QCOMPARE(view->plot()->plot()->height(), view->plot()->stripHeight());
    view->grab();
    Inventory inventory = view->inventory(screen);
    QStringList problems = floorProblems(inventory) + cutProblems(inventory);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    // Whatever the moment the turn passed: as the look above, at another.
    int locks = 0;
    int workers = 0;
    const QStringList caught = heldStatesCut(*view, locks, workers);
    QVERIFY2(caught.isEmpty(), qPrintable(caught.join(QStringLiteral("; "))));
    QVERIFY(locks > 0 && workers == 2 * view->laneCount());

    // What turns it: lower, no graph at all; the full graph kept here, the
    // scenes' state under the floor.
    view->resize(kProjector.width(), graphless);
    QCOMPARE(view->room(), SideBySideView::Room::NoGraph);
    QVERIFY(!drawn());
    view->resize(screen);
    view->forceRoom(int(SideBySideView::Room::NoNote));
    QTest::qWait(100);
    view->grab();
    inventory = view->inventory(screen);
    QVERIFY(!floorProblems(inventory).isEmpty());
    view->close();
    QCOMPARE(leftoverReport(), QString());
}

void TestSideBySideView::steppedDrawsProgress()
{
    // Stepped, the runs are held between beats: no rate of their own time,
    // so each line is the messages received, rising a point a beat.
    MainWindow w;
    w.show();
    const auto restore = qScopeGuard([&w] { w.close(); });
    SideBySidePlan plan = planOf(QStringLiteral("pipe,shm-spsc"));
    plan.callEveryS = 0.5;
    SideBySideView *view = w.openSideBySide(plan);
    QVERIFY(view->plan().stepped());
    QVERIFY(view->start());
    const SideBySide &side = view->sideBySide();
    QVERIFY(waitUntil(
        [&] {
            for (int i = 0; i < side.count(); ++i)
                if (side.progress(i).size() < 5 || side.progress(i).last().y() < 1)
                    return false;
            return side.count() == 2;
        },
        20000));
    QTest::qWait(400); // the graph at its pace
    const QCustomPlot *plot = view->plot()->plot();
    for (int i = 0; i < 2; ++i) {
        const QCPGraph *g = plot->graph(i);
        int finite = 0;
        double top = 0;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            if (std::isfinite(it->value)) {
                ++finite;
                top = std::max(top, it->value);
            }
        QVERIFY2(finite >= 5 && top >= 1, qPrintable(QStringLiteral("lane %1: %2 points, top %3").arg(i).arg(finite).arg(top)));
        QVERIFY(top <= plot->yAxis->range().upper);
    }
    view->close();
    QCOMPARE(leftoverReport(), QString());
}

void TestSideBySideView::headerAndCardsFromOneSample()
{
    // A lane's header and its cards say the same of it, at every sample and
    // whenever a turn changes hands: it has the CPUs only where its scene's
    // model has it going, waits its turn only where the model has it held.
    // Said on the turn's signal, the header ran one sample ahead of the cards.
    MainWindow w;
    w.show();
    const auto restore = qScopeGuard([&w] { w.close(); });
    SideBySideView *view = w.openSideBySide(planOf(QStringLiteral("pipe,shm-spsc")));
    QStringList disagree;
    int going = 0;
    int held = 0;
    const auto look = [&] {
        for (int i = 0; i < view->laneCount(); ++i) {
            const QString header = view->laneHeader(i);
            const ScenePhase phase = view->laneScene(i)->model().phase;
            const bool saysGoing = header.contains(QLatin1String("has the CPUs"));
            const bool saysHeld = header.contains(QLatin1String("waiting its turn"));
            going += saysGoing;
            held += saysHeld;
            if ((saysGoing && phase != ScenePhase::Running) || (saysHeld && phase != ScenePhase::Paused))
                disagree << QStringLiteral("lane %1: header \"%2\", scene %3")
                                .arg(i)
                                .arg(header.section(QLatin1String("<br>"), 1), phaseName(phase));
        }
    };
    const SideBySide &side = view->sideBySide();
    const QMetaObject::Connection onSample = connect(&side, &SideBySide::sampled, view, look);
    const QMetaObject::Connection onTurn = connect(&side, &SideBySide::turnChanged, view, look);
    const auto stopWatching = [&] {
        disconnect(onSample);
        disconnect(onTurn);
    };
    const auto unwatch = qScopeGuard(stopWatching);
    QVERIFY(view->start());
    // Before any sample, header and cards alike say it is starting (the
    // cards said "not started", from a model with no workers at all).
    for (int i = 0; i < view->laneCount(); ++i) {
        const SceneModel &m = view->laneScene(i)->model();
        QVERIFY2(view->laneHeader(i).contains(QLatin1String("<br>starting")), qPrintable(view->laneHeader(i)));
        QVERIFY2(!m.workers.isEmpty(), qPrintable(QStringLiteral("lane %1: no workers in its model").arg(i)));
        for (const SceneWorker &worker : m.workers)
            QCOMPARE(worker.state, QStringLiteral("starting"));
        for (const QGraphicsItem *item : view->laneScene(i)->items())
            if (const auto *card = dynamic_cast<const WorkerItem *>(item))
                QCOMPARE(card->worker().state, QStringLiteral("starting"));
    }
    // Each lane given the CPUs twice: four changes of hands at least.
    QVERIFY(waitUntil([&] { return side.turns(0).size() >= 2 && side.turns(1).size() >= 2; }, 20000));
    stopWatching();
    disagree.removeDuplicates();
    QVERIFY2(disagree.isEmpty(), qPrintable(disagree.join(QStringLiteral("; "))));
    // Both were said, and looked at.
    QVERIFY(going > 0 && held > 0);
    view->close();
    QCOMPARE(leftoverReport(), QString());
}

void TestSideBySideView::steppedLanesAreRunning()
{
    // Stepped, every lane's workers are held between beats by the pace, not
    // by the user: its scene says running (runrules.h, goingPhase), as the
    // Live page's stepped run does; 'paused' is the user's hold only.
    MainWindow w;
    w.show();
    const auto restore = qScopeGuard([&w] { w.close(); });
    SideBySidePlan plan = planOf(QStringLiteral("pipe,posix-shm"));
    plan.callEveryS = 0.5;
    SideBySideView *view = w.openSideBySide(plan);
    QVERIFY(view->plan().stepped());
    QStringList seen;
    const SideBySide &side = view->sideBySide();
    const QMetaObject::Connection onSample = connect(&side, &SideBySide::sampled, view, [&](int i) {
        const SceneModel &m = view->laneScene(i)->model();
        // Once the beat has begun (before it, a lane that started first is
        // held for the others: steppedLaneHeldForTheOthersReadsPaused).
        if (!m.workers.isEmpty() && m.workers.first().pid > 0 && !isEnded(m.phase) && !side.progress(i).isEmpty())
            seen << QStringLiteral("lane %1 %2").arg(i).arg(phaseName(m.phase));
    });
    const auto unwatch = qScopeGuard([&] { disconnect(onSample); });
    QVERIFY(view->start());
    QVERIFY(waitUntil(
        [&] { return side.count() == 2 && side.progress(0).size() >= 3 && side.progress(1).size() >= 3; }, 20000));
    disconnect(onSample);
    seen.removeDuplicates();
    seen.sort();
    QCOMPARE(seen.join(QStringLiteral(", ")), QStringLiteral("lane 0 running, lane 1 running"));
    view->close();
    QCOMPARE(leftoverReport(), QString());
}

void TestSideBySideView::steppedLaneHeldForTheOthersReadsPaused()
{
    // Stepped, a lane that has started waits at its first call until the
    // others have: no beat lets a call through yet, and its scene says
    // paused, as a held run's does, its header that it is held; once all
    // have started the beat holds it, and it reads running (runrules.h).
    // The old lane read running through that wait. Lane 1's workers are
    // stopped (SIGSTOP) before they are ready, so that the wait lasts.
    MainWindow w;
    w.show();
    const auto restore = qScopeGuard([&w] { w.close(); });
    SideBySidePlan plan = planOf(QStringLiteral("pipe,posix-shm"));
    plan.callEveryS = 0.5;
    SideBySideView *view = w.openSideBySide(plan);
    const SideBySide &side = view->sideBySide();
    QVERIFY(view->start());
    QList<qint64> held;
    for (const WorkerSnapshot &worker : side.run(1)->snapshot().workers)
        if (worker.pid > 0 && ::kill(pid_t(worker.pid), SIGSTOP) == 0)
            held << worker.pid;
    const auto release = qScopeGuard([&held] {
        for (qint64 pid : held)
            ::kill(pid_t(pid), SIGCONT);
    });
    QVERIFY(!held.isEmpty());
    // Lane 0's workers at their first call, lane 1 not started.
    const auto atItsFirstCall = [&] {
        const SceneModel &m = view->laneScene(0)->model();
        if (m.workers.isEmpty() || !m.exact)
            return false;
        for (const SceneWorker &worker : m.workers)
            if (worker.pid <= 0 || worker.state != QLatin1String("paused"))
                return false;
        return true;
    };
    QVERIFY(waitUntil(atItsFirstCall, 10000));
    QVERIFY(side.progress(0).isEmpty()); // the beat has not begun
    QCOMPARE(phaseName(view->laneScene(0)->model().phase), QStringLiteral("paused"));
    QVERIFY2(view->laneHeader(0).contains(QLatin1String("held until all have started")),
             qPrintable(view->laneHeader(0)));
    // Lane 1 goes on: all have started, and the beat holds them.
    for (qint64 pid : held)
        ::kill(pid_t(pid), SIGCONT);
    held.clear();
    QVERIFY(waitUntil(
        [&] {
            return side.progress(0).size() >= 2 && view->laneScene(0)->model().phase == ScenePhase::Running;
        },
        10000));
    QVERIFY2(view->laneHeader(0).contains(QLatin1String("stepping")), qPrintable(view->laneHeader(0)));
    view->close();
    QCOMPARE(leftoverReport(), QString());
}

QTEST_MAIN(TestSideBySideView)
#include "tst_sidebysideview.moc"
