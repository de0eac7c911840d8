// Every lesson draws its own scene (lessonstage.h, lessonpicture.h): run
// from the Lessons panel on a 1024×768 projector in presentation (and some
// on a 1920×1080 one), at its verdict the window shows the items the lesson
// claims (the race its counters, the deadlock two semaphores and the
// wait-for cycle), nothing lies over anything else, and every text that
// carries state is at least 20 pixels high, the verdict 36, and none is cut.
// The notice the window showed before lessons had scenes fails the same
// check; two cards laid over one another fail the overlap check.
#include "flowscene.h"
#include "flowview.h"
#include "inventory.h"
#include "lessonpanel.h"
#include "mainwindow.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include "counteritem.h"
#include "lessonpicture.h"
#include "stageobjectitem.h"
#include "workeritem.h"

#include "session/lessons/lesson.h"
#include "session/scenetext.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

constexpr QSize kProjector(1024, 768);

// The kinds `claims` names that `inventory` lacks, one line each ("counter: 1 of 3").
QStringList missingItems(const Inventory &inventory, const QStringList &claims)
{
    QStringList problems;
    QStringList kinds = claims;
    kinds.removeDuplicates();
    for (const QString &kind : kinds) {
        const qsizetype wanted = claims.count(kind);
        const qsizetype drawn = std::count_if(inventory.items.begin(), inventory.items.end(),
                                              [&](const Inventory::Item &i) { return i.kind == kind; });
        if (drawn < wanted)
            problems << QStringLiteral("%1: %2 of %3").arg(kind).arg(drawn).arg(wanted);
    }
    return problems;
}

// The edges of the inventory close a cycle: following "from → to" from any
// edge comes back to where it started.
bool hasCycle(const Inventory &inventory)
{
    QMultiMap<QString, QString> next;
    for (const Inventory::Item &i : inventory.items)
        if (i.kind == QLatin1String("edge"))
            next.insert(i.name.section(QStringLiteral(" → "), 0, 0), i.name.section(QStringLiteral(" → "), 1));
    for (const QString &start : next.keys()) {
        QStringList seen;
        QString at = start;
        while (next.contains(at) && !seen.contains(at)) {
            seen << at;
            at = next.value(at);
            if (at == start)
                return true;
        }
    }
    return false;
}

Inventory inventoryOf(MainWindow &w, QSize screen = kProjector)
{
    QTest::qWait(200); // the layout that follows the last picture
    w.grab();          // paints: the texts are recorded as drawn
    return takeInventory(w.flowView(), w.findChild<QLabel *>(QStringLiteral("caption")), screen);
}

// What one of the scene's own items is, for a problem's line.
QString nameOf(const SceneItem *item)
{
    if (auto *label = dynamic_cast<const LabelItem *>(item))
        return QStringLiteral("label \"%1\"").arg(label->text());
    if (dynamic_cast<const NoticeItem *>(item))
        return QStringLiteral("verdict");
    return item->inventoryKind() + QLatin1Char(' ') + item->inventoryName();
}

// The scene's own items (its title and part, workers, counters, objects,
// semaphores, the verdict) that lie over one another, one line a pair: in
// a picture nothing hides behind anything else. The wait lines are meant
// to cross the gaps and are left out; so is a label with nothing to say.
QStringList overlapProblems(const QGraphicsScene *scene)
{
    QVector<std::pair<QString, QRectF>> boxes;
    for (const QGraphicsItem *item : scene->items()) {
        auto *drawn = dynamic_cast<const SceneItem *>(item);
        if (!drawn || item->parentItem() || !item->isVisible())
            continue;
        if (auto *label = dynamic_cast<const LabelItem *>(item); label && label->text().isEmpty())
            continue;
        // A card's outline is drawn on its edge: half its pen reaches out, by
        // the 4 units its bounding rect adds all round.
        QRectF box = item->boundingRect();
        if (box.topLeft() == QPointF(-4, -4))
            box.adjust(4, 4, -4, -4);
        boxes.append({nameOf(drawn), item->mapRectToScene(box)});
    }
    QStringList problems;
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            const QRectF both = boxes[i].second.intersected(boxes[j].second);
            if (both.width() > 0.5 && both.height() > 0.5)
                problems << QStringLiteral("%1 over %2 (%3×%4)")
                                .arg(boxes[i].first, boxes[j].first)
                                .arg(both.width(), 0, 'f', 0)
                                .arg(both.height(), 0, 'f', 0);
        }
    return problems;
}

// A lesson's end as the persistence lesson has it: a process gone, three
// objects, each removed (the picture adds a line to say so), a verdict.
LessonPicture finishedPicture()
{
    LessonPicture picture;
    picture.title = QStringLiteral("Kernel persistence: objects outlive their processes");
    picture.verdict = QStringLiteral("✓ As expected.");
    picture.answer = QStringLiteral("You said: the queue, with its 3 messages ✓");
    SceneModel &m = picture.model;
    m.phase = ScenePhase::Finished;
    SceneWorker writer;
    writer.name = QStringLiteral("writer");
    writer.pid = 1467;
    writer.state = QStringLiteral("done");
    writer.exited = true;
    writer.counted = false;
    m.workers << writer;
    SceneObject queue;
    queue.kind = QStringLiteral("queue");
    queue.id = QStringLiteral("queue");
    queue.kernelId = QStringLiteral("32768");
    queue.fields = {{QStringLiteral("msg_qnum"), 3}, {QStringLiteral("msg_cbytes"), 192}};
    queue.cells = {{QStringLiteral("1"), QStringLiteral("next")}, {QStringLiteral("1"), {}}, {QStringLiteral("1"), {}}};
    SceneObject segment;
    segment.kind = QStringLiteral("segment");
    segment.id = QStringLiteral("segment");
    segment.kernelId = QStringLiteral("32769");
    segment.fields = {{QStringLiteral("shm_nattch"), 0}, {QStringLiteral("shm_cpid"), 1467}, {QStringLiteral("ipc_rmid"), 0}};
    SceneObject posix;
    posix.kind = QStringLiteral("segment");
    posix.id = QStringLiteral("/dev/shm/ipcscope-x");
    posix.fields = {{QStringLiteral("bytes"), 4096}};
    m.objects << queue << segment << posix;
    return picture;
}

} // namespace

class TestLessonScenes : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    // Each window from none: not the size the last one was left at.
    void init() { QSettings().clear(); }
    void checksCatchAMissingScene_data();
    void checksCatchAMissingScene();
    void overlapCheckTurns_data();
    void overlapCheckTurns();
    void aFinishedPictureKeepsItsStack_data();
    void aFinishedPictureKeepsItsStack();
    void everyLessonNamesAnObject();
    void everyLessonDrawsItsScene_data();
    void everyLessonDrawsItsScene();
    void aNoticeIsNoScene();
    void aPipeSaysItsBytesInWords();
    void aSegmentSaysOurViewInWords();
    void aCounterSaysWhatTheDifferenceIs_data();
    void aCounterSaysWhatTheDifferenceIs();
    void aCardSaysWhichItIs_data();
    void aCardSaysWhichItIs();
};

void TestLessonScenes::checksCatchAMissingScene_data()
{
    QTest::addColumn<QStringList>("drawn");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("cycle");
    const QString p1b = QStringLiteral("P1 → B"), bp2 = QStringLiteral("B → P2"), p2a = QStringLiteral("P2 → A"),
                  ap1 = QStringLiteral("A → P1");
    QTest::newRow("cycle") << QStringList{p1b, bp2, p2a, ap1} << true << true;
    QTest::newRow("one edge short") << QStringList{p1b, bp2, p2a} << false << false;
    QTest::newRow("two waits, no holder") << QStringList{p1b, p2a, QStringLiteral("A → P2"), ap1} << true << false;
}

void TestLessonScenes::checksCatchAMissingScene()
{
    QFETCH(QStringList, drawn);
    QFETCH(bool, complete);
    QFETCH(bool, cycle);
    Inventory inventory;
    for (const QString &edge : drawn)
        inventory.items.append({QStringLiteral("edge"), edge});
    const QStringList claims(4, QStringLiteral("edge"));
    QCOMPARE(missingItems(inventory, claims).isEmpty(), complete);
    QCOMPARE(hasCycle(inventory), cycle);
}

void TestLessonScenes::overlapCheckTurns_data()
{
    QTest::addColumn<QPointF>("second"); // where the second card is, the first at (0, 0), 300×100
    QTest::addColumn<bool>("verdictLow"); // the verdict under both, or across the first
    QTest::addColumn<bool>("overlaps");
    QTest::newRow("apart") << QPointF(0, 112) << true << false;
    QTest::newRow("touching") << QPointF(0, 100) << true << false;
    QTest::newRow("one over the other") << QPointF(0, 60) << true << true;
    QTest::newRow("side by side, a corner in") << QPointF(290, 90) << true << true;
    QTest::newRow("the verdict over a card") << QPointF(0, 112) << false << true;
}

void TestLessonScenes::aPipeSaysItsBytesInWords()
{
    // FIONREAD and F_GETPIPE_SZ have no field names of the kernel's to show:
    // pipe-buf's pipe read "queued 0 / capacity 4 096", also in Russian.
    SceneObject pipe;
    pipe.kind = QStringLiteral("pipe");
    pipe.fields = {{QStringLiteral("queued"), 512}, {QStringLiteral("capacity"), 4096}};
    StageObjectItem item(pipe, QSizeF(400, StageObjectItem::preferredHeight(pipe)));
    QImage image(420, int(StageObjectItem::preferredHeight(pipe)) + 10, QImage::Format_ARGB32);
    QPainter p(&image);
    item.paint(&p, nullptr, nullptr);
    QStringList texts;
    for (const DrawnText &t : item.drawnTexts())
        texts << t.text;
    QVERIFY2(texts.contains(SceneText::bytesWaiting(pipe)), qPrintable(texts.join(QLatin1Char('|'))));
    for (const QString &text : texts)
        QVERIFY2(!text.startsWith(QLatin1String("queued")) && !text.startsWith(QLatin1String("capacity")),
                 qPrintable(text));
}

void TestLessonScenes::aSegmentSaysOurViewInWords()
{
    // ipcscope's own attachment, counted in nattch, is no kernel field: the
    // card said "viewer_attached 1", in English in a Russian lesson too.
    SceneObject segment;
    segment.kind = QStringLiteral("segment");
    segment.fields = {{QStringLiteral("nattch"), 3}, {QStringLiteral("viewer_attached"), 1}};
    StageObjectItem item(segment, QSizeF(400, StageObjectItem::preferredHeight(segment)));
    QImage image(420, int(StageObjectItem::preferredHeight(segment)) + 10, QImage::Format_ARGB32);
    QPainter p(&image);
    item.paint(&p, nullptr, nullptr);
    QStringList texts;
    for (const DrawnText &t : item.drawnTexts())
        texts << t.text;
    const QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(texts.contains(QStringLiteral("nattch 3")), qPrintable(all));
    QVERIFY2(texts.contains(QStringLiteral("one of them: ipcscope's view")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("viewer_attached")), qPrintable(all));
}

void TestLessonScenes::overlapCheckTurns()
{
    QFETCH(QPointF, second);
    QFETCH(bool, verdictLow);
    QFETCH(bool, overlaps);
    const LessonPicture picture = finishedPicture();
    QGraphicsScene scene;
    auto *first = new StageObjectItem(picture.model.objects[0], QSizeF(300, 100));
    auto *other = new StageObjectItem(picture.model.objects[1], QSizeF(300, 100));
    other->setPos(second);
    auto *verdict = new NoticeItem;
    verdict->setNotice({}, picture.verdict, true);
    verdict->setWidth(600);
    verdict->setPos(0, verdictLow ? 400 : 50);
    scene.addItem(first);
    scene.addItem(other);
    scene.addItem(verdict);
    const QStringList problems = overlapProblems(&scene);
    QVERIFY2(problems.isEmpty() != overlaps, qPrintable(problems.join(QStringLiteral("; "))));
}

void TestLessonScenes::aFinishedPictureKeepsItsStack_data()
{
    QTest::addColumn<QSizeF>("view");
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<int>("objects");
    // The scene's share of a 1024×768 and a 1920×1080 window in presentation, and of a desk's.
    for (const QSizeF view : {QSizeF(1004, 560), QSizeF(1900, 860), QSizeF(1100, 620)})
        for (int objects = 1; objects <= 4; ++objects)
            QTest::newRow(qPrintable(QStringLiteral("%1×%2, %3 object(s)").arg(view.width()).arg(view.height()).arg(objects)))
                << view << (view.width() != 1100) << objects;
}

void TestLessonScenes::aFinishedPictureKeepsItsStack()
{
    // Over, every object says "removed": the stack the layout made room for
    // holds them, and the verdict under it stays clear.
    QFETCH(QSizeF, view);
    QFETCH(bool, presentation);
    QFETCH(int, objects);
    LessonPicture picture = finishedPicture();
    const SceneObject last = picture.model.objects.constLast();
    while (picture.model.objects.size() < objects)
        picture.model.objects << last;
    picture.model.objects.resize(objects);
    const bool wasLarge = VisualStyle::isLargeType();
    VisualStyle::setLargeType(presentation);
    QGraphicsScene scene;
    const QRectF rect = picture.draw(&scene, view, presentation ? 980 : 1120);
    QStringList problems = overlapProblems(&scene);
    // And all of it within the rect the view shows.
    for (const QGraphicsItem *item : scene.items())
        if (auto *drawn = dynamic_cast<const SceneItem *>(item);
            drawn && !rect.adjusted(-4.5, -4.5, 4.5, 4.5).contains(item->sceneBoundingRect()))
            problems << nameOf(drawn) + QStringLiteral(" outside the scene");
    VisualStyle::setLargeType(wasLarge);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestLessonScenes::everyLessonNamesAnObject()
{
    // A lesson is its processes and the kernel objects they use: what its
    // scene must show names at least one object, or everyLessonDrawsItsScene
    // passes a picture of a process box alone (sceneItems() defaults to
    // {"worker"}: init-race, eintr, boundaries, ftok, addresses… did).
    QStringList bare;
    for (const Lesson *l : allLessons()) {
        const QStringList kinds = l->sceneItems();
        if (std::all_of(kinds.begin(), kinds.end(), [](const QString &k) { return k == QLatin1String("worker"); }))
            bare << l->id();
    }
    QVERIFY2(bare.isEmpty(), qPrintable(QStringLiteral("no object named: ") + bare.join(QStringLiteral(", "))));
}

void TestLessonScenes::everyLessonDrawsItsScene_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    for (const Lesson *l : allLessons())
        QTest::newRow(qPrintable(l->id() + QStringLiteral(" en"))) << l->id() << QStringLiteral("en") << kProjector;
    // In Russian the lessons whose longer words make the picture tallest.
    for (const char *id : {"race", "signals", "pipe-buf", "sigpipe", "deadlock", "msg-types", "priorities", "lecture-shm",
                           "persistence", "pipe-eof"})
        QTest::newRow(qPrintable(QStringLiteral("%1 ru").arg(QLatin1String(id))))
            << QString::fromLatin1(id) << QStringLiteral("ru") << kProjector;
    // A process with its objects under it and the verdict below: on the hall's large screen too.
    for (const char *id : {"persistence", "pipe-eof"})
        for (const char *language : {"en", "ru"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2 1920").arg(QLatin1String(id), QLatin1String(language))))
                << QString::fromLatin1(id) << QString::fromLatin1(language) << QSize(1920, 1080);
}

void TestLessonScenes::everyLessonDrawsItsScene()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    const Lesson *lesson = findLesson(id);
    QVERIFY(lesson);
    MainWindow w;
    w.resize(screen);
    w.show();
    w.setLanguage(language);
    w.setPresentation(true);
    QSignalSpy finished(w.lessonPanel(), &LessonPanel::lessonFinished);
    w.lessonPanel()->select(id);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(w.lessonPanel()->runWithoutAsking()); // nobody is there to answer a question
    QVERIFY(finished.wait(120000));
    const Inventory inventory = inventoryOf(w, screen);
    qInfo("%s %s %dx%d: %lld ms", qPrintable(id), qPrintable(language), screen.width(), screen.height(),
          qint64(clock.elapsed()));
    QStringList drawn;
    for (const Inventory::Item &i : inventory.items)
        drawn << i.kind + QLatin1Char(' ') + i.name;
    const QStringList missing = missingItems(inventory, lesson->sceneItems());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; ")) + QStringLiteral(" | drawn: ") +
                                            drawn.join(QStringLiteral(", "))));
    if (id == QLatin1String("deadlock"))
        QVERIFY2(hasCycle(inventory), qPrintable(drawn.join(QStringLiteral(", "))));
    QVERIFY(std::any_of(inventory.texts.begin(), inventory.texts.end(),
                        [](const Inventory::Text &t) { return t.role == QLatin1String("verdict"); }));
    const QStringList problems = floorProblems(inventory) + cutProblems(inventory) + overlapProblems(w.scene());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    maybeScreenshot(w, qPrintable(QStringLiteral("lesson-scene-%1-%2-%3.png").arg(id, language).arg(screen.width())));
    w.setPresentation(false);
    w.close();
    w.setLanguage(QStringLiteral("en"));
    QCOMPARE(leftoverReport(), QString());
}

void TestLessonScenes::aNoticeIsNoScene()
{
    // What the window showed of a lesson before lessons had scenes: its
    // title and verdict as text. The race's claims fail on it.
    MainWindow w;
    w.resize(kProjector);
    w.show();
    w.setPresentation(true);
    w.scene()->showNotice(findLesson(QStringLiteral("race"))->title(), QStringLiteral("✓ As expected."));
    const Inventory inventory = inventoryOf(w);
    QVERIFY(!missingItems(inventory, findLesson(QStringLiteral("race"))->sceneItems()).isEmpty());
    QVERIFY(!hasCycle(inventory));
    w.setPresentation(false);
    w.close();
}

QTEST_MAIN(TestLessonScenes)
void TestLessonScenes::aCounterSaysWhatTheDifferenceIs_data()
{
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<qint64>("actual");
    QTest::addColumn<QString>("said");
    QTest::addColumn<bool>("failed");
    QTest::newRow("as many") << qint64(1) << qint64(1) << QStringLiteral("0 not seen (0.0 %)") << false;
    QTest::newRow("fewer") << qint64(4) << qint64(1) << QStringLiteral("3 not seen (75.0 %)") << true;
    // robust-mutex's EOWNERDEAD counted twice: a surplus, not "-1 not seen".
    QTest::newRow("more") << qint64(1) << qint64(2) << QStringLiteral("1 more than expected") << true;
}

void TestLessonScenes::aCounterSaysWhatTheDifferenceIs()
{
    QFETCH(qint64, expected);
    QFETCH(qint64, actual);
    QFETCH(QString, said);
    QFETCH(bool, failed);
    SceneCounter counter;
    counter.name = {"EOWNERDEAD, then pthread_mutex_consistent()", {}};
    counter.expected = expected;
    counter.actual = actual;
    counter.shortfall = {"not seen", {}};
    CounterItem item(counter, QSizeF(420, CounterItem::preferredHeight(counter, 420)));
    QImage image(440, 200, QImage::Format_ARGB32);
    QPainter painter(&image);
    item.paint(&painter, nullptr, nullptr);
    painter.end();
    const QVector<DrawnText> &texts = item.drawnTexts();
    QVERIFY(!texts.isEmpty());
    const DrawnText &verdict = texts.constLast();
    QCOMPARE(verdict.text, said);
    QCOMPARE(verdict.colour == VisualStyle::readable(VisualStyle::current().failed, VisualStyle::current().panel),
             failed);
}

void TestLessonScenes::aCardSaysWhichItIs_data()
{
    // Objects of one kind side by side (init-race's two sets under one key,
    // ftok's queue made with a key and those made with IPC_PRIVATE): under
    // the title's key or id, the lesson's name for each; none where it
    // would say only the kind or the id again. A key in the title leaves
    // the id to the name's line (ftok's account names the queue's id).
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("key");
    QTest::addColumn<QString>("kernelId");
    QTest::addColumn<QString>("nameLine"); // empty: none
    QTest::newRow("the fix's set") << QStringLiteral("semaphores") << QStringLiteral("the fix's set: IPC_EXCL")
                                   << qint64(0x43010002) << QString() << QStringLiteral("the fix's set: IPC_EXCL");
    QTest::newRow("IPC_PRIVATE") << QStringLiteral("queue") << QStringLiteral("IPC_PRIVATE, the first") << qint64(0)
                                 << QStringLiteral("32769") << QStringLiteral("IPC_PRIVATE, the first");
    QTest::newRow("made with a key, its id too")
        << QStringLiteral("queue") << QStringLiteral("made with this key") << qint64(0x1bc59336)
        << QStringLiteral("1409059") << QStringLiteral("made with this key · id 1409059");
    QTest::newRow("the lecture host's id")
        << QStringLiteral("semaphores") << QStringLiteral("id 0") << qint64(0x43010002) << QString() << QString();
    QTest::newRow("named as its kind") << QStringLiteral("queue") << QStringLiteral("queue") << qint64(0)
                                       << QStringLiteral("32768") << QString();
}

void TestLessonScenes::aCardSaysWhichItIs()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(qint64, key);
    QFETCH(QString, kernelId);
    QFETCH(QString, nameLine);
    SceneObject o;
    o.kind = kind;
    o.id = id;
    o.kernelId = kernelId;
    o.fields = {{QStringLiteral("key"), key}, {QStringLiteral("msg_qnum"), 0}};
    StageObjectItem item(o, QSizeF(420, StageObjectItem::preferredHeight(o)));
    QImage image(440, 300, QImage::Format_ARGB32);
    QPainter painter(&image);
    item.paint(&painter, nullptr, nullptr);
    painter.end();
    QStringList texts;
    for (const DrawnText &t : item.drawnTexts())
        texts << t.text;
    const QString drawn = texts.join(QStringLiteral(" | "));
    QVERIFY2(nameLine.isEmpty() ? !texts.contains(id) : texts.value(1) == nameLine, qPrintable(drawn));
    QVERIFY2(texts.first().contains(key > 0 ? QStringLiteral("0x%1").arg(key, 8, 16, QLatin1Char('0')) : kernelId),
             qPrintable(drawn));
    QCOMPARE(texts.size(), nameLine.isEmpty() ? 2 : 3); // title, [name], msg_qnum
}

#include "tst_lessonscenes.moc"
