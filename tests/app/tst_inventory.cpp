// What the window draws, read without pixels (inventory.h): on a 1024×768
// projector in presentation, in English and Russian, every example scenario
// draws its workers and its object, every text that carries state is at
// least 20 pixels high and a lesson's verdict at least 36; the same window
// without presentation is flagged, as is a text made small on purpose.
#include "flowscene.h"
#include "flowview.h"
#include "inventory.h"
#include "lessonpanel.h"
#include "mainwindow.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include "session/lessons/lesson.h"
#include "session/scenariofile.h"

#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

constexpr QSize kProjector(1024, 768);

// The example on the projector, once its workers are drawn with their pids.
Inventory drawnExample(MainWindow &w, const QString &example)
{
    w.openScenario(examplePath(example));
    w.setPresentation(true);
    if (!w.startRun())
        return {};
    waitUntil([&] {
        const SceneModel &m = w.scene()->model();
        return !m.workers.isEmpty() && m.workers.first().pid > 0 && m.phase != ScenePhase::Starting;
    });
    QTest::qWait(300); // a sample or two, and the layout that follows
    w.grab();          // paints: the texts are recorded as drawn
    return takeInventory(w.flowView(), w.findChild<QLabel *>(QStringLiteral("caption")), kProjector);
}

bool hasItem(const Inventory &inventory, const QString &kind)
{
    return std::any_of(inventory.items.begin(), inventory.items.end(),
                       [&](const Inventory::Item &i) { return i.kind == kind; });
}

} // namespace

class TestInventory : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void floorsCatchSmallText_data();
    void floorsCatchSmallText();
    void examplesOnTheProjector_data();
    void examplesOnTheProjector();
    void withoutPresentationTheFloorsFail();
    void verdictOnTheProjector();
    void jsonHasTheContractFields();
};

void TestInventory::floorsCatchSmallText_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<double>("px");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("state 20") << "state" << 20.0 << false;
    QTest::newRow("state 19.5") << "state" << 19.5 << true;
    QTest::newRow("value 12") << "value" << 12.0 << true;
    QTest::newRow("count 8") << "count" << 8.0 << true;
    QTest::newRow("caption 19") << "caption" << 19.0 << true;
    QTest::newRow("verdict 36") << "verdict" << 36.0 << false;
    QTest::newRow("verdict 30") << "verdict" << 30.0 << true;
    QTest::newRow("label 8") << "label" << 8.0 << false; // names and details carry no state
    QTest::newRow("title 12") << "title" << 12.0 << false;
}

void TestInventory::floorsCatchSmallText()
{
    QFETCH(QString, role);
    QFETCH(double, px);
    QFETCH(bool, flagged);
    Inventory inventory;
    inventory.texts.append({QStringLiteral("nobody waits"), px, role});
    QCOMPARE(!floorProblems(inventory).isEmpty(), flagged);
}

void TestInventory::examplesOnTheProjector_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("language");
    for (const char *code : {"en", "ru"})
        for (const QString &name : exampleNames())
            QTest::newRow(qPrintable(name + QLatin1Char(' ') + QLatin1String(code))) << name << QString::fromLatin1(code);
}

void TestInventory::examplesOnTheProjector()
{
    QFETCH(QString, example);
    QFETCH(QString, language);
    MainWindow w;
    w.resize(kProjector);
    w.show();
    w.setLanguage(language);
    const Inventory inventory = drawnExample(w, example);
    QVERIFY2(w.width() <= kProjector.width(), qPrintable(QString::number(w.width()))); // the caption is cut, not the window widened
    QVERIFY(hasItem(inventory, QStringLiteral("worker")));
    QVERIFY(std::any_of(inventory.texts.begin(), inventory.texts.end(),
                        [](const Inventory::Text &t) { return t.role == QLatin1String("state"); }));
    const QStringList problems = floorProblems(inventory);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("view %1×%2, window %3×%4, scale %5: %6")
                                                .arg(w.flowView()->width())
                                                .arg(w.flowView()->height())
                                                .arg(w.width())
                                                .arg(w.height())
                                                .arg(w.flowView()->transform().m11())
                                                .arg(problems.join(QStringLiteral("; ")))));
    // The application's type back as it was: the next window starts from it.
    w.setPresentation(false);
    w.close();
    w.setLanguage(QStringLiteral("en"));
    QCOMPARE(leftoverReport(), QString());
}

void TestInventory::withoutPresentationTheFloorsFail()
{
    // The desk's type at 1024×768, docks and all, is not for the back of the
    // hall: the check says so.
    MainWindow w;
    w.resize(kProjector);
    w.show();
    QVERIFY(w.startRun());
    QVERIFY(waitUntil([&] { return !w.scene()->model().workers.isEmpty() && w.scene()->model().workers[0].pid > 0; }));
    QTest::qWait(300);
    w.grab();
    const Inventory inventory =
        takeInventory(w.flowView(), w.findChild<QLabel *>(QStringLiteral("caption")), kProjector);
    QVERIFY(hasItem(inventory, QStringLiteral("worker")));
    QVERIFY(!floorProblems(inventory).isEmpty());
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestInventory::verdictOnTheProjector()
{
    MainWindow w;
    w.resize(kProjector);
    w.show();
    w.setPresentation(true);
    QSignalSpy finished(w.lessonPanel(), &LessonPanel::lessonFinished);
    const Lesson *first = allLessons().first();
    w.lessonPanel()->select(first->id());
    QVERIFY(w.lessonPanel()->runWithoutAsking()); // presentation asks first; nobody answers here
    QVERIFY(finished.wait(60000));
    QTest::qWait(200);
    w.grab();
    const Inventory inventory =
        takeInventory(w.flowView(), w.findChild<QLabel *>(QStringLiteral("caption")), kProjector);
    QVERIFY(std::any_of(inventory.texts.begin(), inventory.texts.end(),
                        [](const Inventory::Text &t) { return t.role == QLatin1String("verdict"); }));
    const QStringList problems = floorProblems(inventory);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    w.setPresentation(false);
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestInventory::jsonHasTheContractFields()
{
    Inventory inventory;
    inventory.screen = kProjector;
    inventory.texts.append({QStringLiteral("held by P1"), 21.6, QStringLiteral("state")});
    inventory.items.append({QStringLiteral("semaphore"), QStringLiteral("put")});
    const QJsonObject json = inventory.toJson();
    QCOMPARE(json.value(QStringLiteral("screen")).toArray(), (QJsonArray{1024, 768}));
    const QJsonObject text = json.value(QStringLiteral("texts")).toArray().first().toObject();
    QCOMPARE(text.value(QStringLiteral("text")).toString(), QStringLiteral("held by P1"));
    QCOMPARE(text.value(QStringLiteral("px")).toDouble(), 21.6);
    QCOMPARE(text.value(QStringLiteral("role")).toString(), QStringLiteral("state"));
    const QJsonObject item = json.value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("semaphore"));
    QCOMPARE(item.value(QStringLiteral("name")).toString(), QStringLiteral("put"));
}

QTEST_MAIN(TestInventory)
#include "tst_inventory.moc"
