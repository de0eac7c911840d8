// Every lesson draws its own scene (lessonstage.h, lessonpicture.h): run
// from the Lessons panel on a 1024×768 projector in presentation, at its
// verdict the window shows the items the lesson claims (the race its
// counters, the deadlock two semaphores and the wait-for cycle), and every
// text that carries state is at least 20 pixels high, the verdict 36, and
// none is cut. The notice the window showed before lessons had scenes fails
// the same check.
#include "flowscene.h"
#include "flowview.h"
#include "inventory.h"
#include "lessonpanel.h"
#include "mainwindow.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include "session/lessons/lesson.h"

#include <QElapsedTimer>
#include <QLabel>
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

Inventory inventoryOf(MainWindow &w)
{
    QTest::qWait(200); // the layout that follows the last picture
    w.grab();          // paints: the texts are recorded as drawn
    return takeInventory(w.flowView(), w.findChild<QLabel *>(QStringLiteral("caption")), kProjector);
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
    void everyLessonDrawsItsScene_data();
    void everyLessonDrawsItsScene();
    void aNoticeIsNoScene();
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

void TestLessonScenes::everyLessonDrawsItsScene_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    for (const Lesson *l : allLessons())
        QTest::newRow(qPrintable(l->id() + QStringLiteral(" en"))) << l->id() << QStringLiteral("en");
    // In Russian the lessons whose longer words make the picture tallest.
    for (const char *id : {"race", "signals", "pipe-buf", "sigpipe", "deadlock", "msg-types", "priorities", "lecture-shm"})
        QTest::newRow(qPrintable(QStringLiteral("%1 ru").arg(QLatin1String(id)))) << QString::fromLatin1(id)
                                                                                 << QStringLiteral("ru");
}

void TestLessonScenes::everyLessonDrawsItsScene()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    const Lesson *lesson = findLesson(id);
    QVERIFY(lesson);
    MainWindow w;
    w.resize(kProjector);
    w.show();
    w.setLanguage(language);
    w.setPresentation(true);
    QSignalSpy finished(w.lessonPanel(), &LessonPanel::lessonFinished);
    w.lessonPanel()->select(id);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(w.lessonPanel()->runWithoutAsking()); // nobody is there to answer a question
    QVERIFY(finished.wait(120000));
    const Inventory inventory = inventoryOf(w);
    qInfo("%s %s: %lld ms", qPrintable(id), qPrintable(language), qint64(clock.elapsed()));
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
    const QStringList problems = floorProblems(inventory) + cutProblems(inventory);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    maybeScreenshot(w, qPrintable(QStringLiteral("lesson-scene-%1-%2.png").arg(id, language)));
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
#include "tst_lessonscenes.moc"
