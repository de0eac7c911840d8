// What the window draws, read without pixels (inventory.h): on a 1024×768
// projector in presentation, in English and Russian, every example scenario
// draws its workers and its object, every text that carries state is at
// least 20 pixels high and a lesson's verdict at least 36, no state is cut
// with "…", and every text reads at 4.5:1 on what is behind it, in the light
// and the dark theme; the same window without presentation is flagged, as
// are a text made small, a state cut and white on the old header colours.
#include "flowscene.h"
#include "flowview.h"
#include "inventory.h"
#include "lessonpanel.h"
#include "mainwindow.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include "session/lessons/lesson.h"
#include "session/scenariofile.h"
#include "session/scenetext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

constexpr QSize kProjector(1024, 768);

// The example on the projector, once its workers are drawn with their pids.
Inventory drawnExample(MainWindow &w, const QString &path)
{
    w.openScenario(path);
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
    void cutStateIsFlagged_data();
    void cutStateIsFlagged();
    void faintTextIsFlagged_data();
    void faintTextIsFlagged();
    void examplesOnTheProjector_data();
    void examplesOnTheProjector();
    void headersReadInBothThemes_data();
    void headersReadInBothThemes();
    void withoutPresentationTheFloorsFail();
    void verdictOnTheProjector();
    void theEndOnTheProjector_data();
    void theEndOnTheProjector();
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
    QTest::newRow("detail 19.5") << "detail" << 19.5 << true; // a kernel object's reading in words
    QTest::newRow("detail 20") << "detail" << 20.0 << false;
    QTest::newRow("label 8") << "label" << 8.0 << false; // names carry no state
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

void TestInventory::cutStateIsFlagged_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("cut");
    QTest::addColumn<bool>("flagged");
    // A cut title or label is no state, but a name in part (cutNameProblems).
    QTest::addColumn<bool>("nameFlagged");
    QTest::newRow("whole state") << "state" << "в среднем ждут 1,4" << false << false << false;
    QTest::newRow("state cut") << "state" << "в среднем жд…" << true << true << false;
    QTest::newRow("value with an ellipsis") << "value" << "в среднем занято 0,0 и…" << false << true << false;
    QTest::newRow("count cut") << "count" << "12 345 сообщ" << true << true << false;
    QTest::newRow("detail cut") << "detail"
                                << "one of them: ipcscope's v…" << false << true << false;
    QTest::newRow("verdict cut") << "verdict" << "✓ Как ожид…" << true << true << false;
    QTest::newRow("label cut") << "label" << "последний semop: P1 (pid 4…" << true << false << true;
    QTest::newRow("title cut") << "title" << "сегмент key 0x1bc5…" << true << false << true;
    QTest::newRow("title with an ellipsis") << "title" << "em…" << false << false << true;
    QTest::newRow("whole title") << "title" << "empty" << false << false << false;
}

void TestInventory::cutStateIsFlagged()
{
    QFETCH(QString, role);
    QFETCH(QString, text);
    QFETCH(bool, cut);
    QFETCH(bool, flagged);
    QFETCH(bool, nameFlagged);
    Inventory inventory;
    Inventory::Text t{text, 24, role};
    t.cut = cut;
    inventory.texts.append(t);
    QCOMPARE(!cutProblems(inventory).isEmpty(), flagged);
    QCOMPARE(!cutNameProblems(inventory).isEmpty(), nameFlagged);
    QCOMPARE(inventory.toJson().value(QStringLiteral("texts")).toArray().first().toObject().value(QStringLiteral("cut")).toBool(),
             cut);
}

void TestInventory::faintTextIsFlagged_data()
{
    QTest::addColumn<QColor>("ink");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<bool>("flagged");
    // The dark theme's headers as they were: white on the producer's and
    // the consumer's colour (2.3:1 and 2.0:1).
    QTest::newRow("white on the old dark P1 header") << QColor(Qt::white) << QColor(0x56, 0xb4, 0xe9) << true;
    QTest::newRow("white on the old dark C1 header") << QColor(Qt::white) << QColor(0x3c, 0xd0, 0xa0) << true;
    QTest::newRow("white on the light C1 header") << QColor(Qt::white) << QColor(0x00, 0x9e, 0x73) << true;
    QTest::newRow("black on the dark P1 header") << QColor(Qt::black) << QColor(0x56, 0xb4, 0xe9) << false;
    QTest::newRow("white on the light P1 header") << QColor(Qt::white) << QColor(0x00, 0x72, 0xb2) << false;
    QTest::newRow("grey on white") << QColor(0x99, 0x99, 0x99) << QColor(Qt::white) << true;
    for (const bool dark : {false, true}) {
        // Whatever the theme's header colours, the ink chosen for them reads.
        VisualStyle::setDark(dark);
        const VisualStyle &s = VisualStyle::current();
        for (const auto &[name, colour] : {std::pair{"producer", s.producer}, std::pair{"consumer", s.consumer}})
            QTest::newRow(qPrintable(QStringLiteral("%1 header, %2 theme").arg(QLatin1String(name), dark ? "dark" : "light")))
                << VisualStyle::inkOn(colour) << colour << false;
    }
    VisualStyle::setDark(false);
}

void TestInventory::faintTextIsFlagged()
{
    QFETCH(QColor, ink);
    QFETCH(QColor, background);
    QFETCH(bool, flagged);
    Inventory inventory;
    inventory.texts.append({QStringLiteral("P1"), 24, QStringLiteral("title"), ink, background});
    QCOMPARE(!contrastProblems(inventory).isEmpty(), flagged);
    const QJsonObject text = inventory.toJson().value(QStringLiteral("texts")).toArray().first().toObject();
    QCOMPARE(text.value(QStringLiteral("colour")).toString(), ink.name());
    QCOMPARE(text.value(QStringLiteral("background")).toString(), background.name());
    QVERIFY(text.value(QStringLiteral("contrast")).toDouble() >= 1);
}

void TestInventory::examplesOnTheProjector_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("language");
    for (const char *code : {"en", "ru"})
        for (const QString &name : exampleNames())
            QTest::newRow(qPrintable(name + QLatin1Char(' ') + QLatin1String(code))) << name << QString::fromLatin1(code);
    // Issue #10's own example: five workers, two of them consumers, more than
    // any bundled scenario has (under 20 px in both languages before the
    // caption summed up its workers).
    for (const char *code : {"en", "ru"})
        QTest::newRow(qPrintable(QStringLiteral("3:2 sysv-shm ") + QLatin1String(code)))
            << QStringLiteral("3:2") << QString::fromLatin1(code);
}

void TestInventory::examplesOnTheProjector()
{
    QFETCH(QString, example);
    QFETCH(QString, language);
    MainWindow w;
    w.resize(kProjector);
    w.show();
    w.setLanguage(language);
    // The application's type and language back as they were, pass or fail:
    // the next window starts from them.
    const auto restore = qScopeGuard([&w] {
        w.setPresentation(false);
        w.close();
        w.setLanguage(QStringLiteral("en"));
    });
    QString path = examplePath(example);
    QTemporaryDir dir;
    if (example == QLatin1String("3:2")) {
        // The default scenario with three producers and two consumers at full speed.
        QFile in(examplePath(QStringLiteral("default")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        o[QStringLiteral("producers")] = 3;
        o[QStringLiteral("consumers")] = 2;
        o[QStringLiteral("rate")] = 0; // the pace: unlimited, every worker busy enough to be named
        path = dir.filePath(QStringLiteral("3-2.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
    }
    const Inventory inventory = drawnExample(w, path);
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
    const QStringList cut = cutProblems(inventory);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    const QStringList faint = contrastProblems(inventory);
    QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QStringLiteral("; "))));
    w.close(); // the run goes with the window
    QCOMPARE(leftoverReport(), QString());
}

void TestInventory::headersReadInBothThemes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("presenting");
    for (const bool dark : {false, true})
        for (const bool presenting : {false, true})
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(dark ? "dark" : "light", presenting ? "projector" : "desk")))
                << dark << presenting;
}

void TestInventory::headersReadInBothThemes()
{
    // Every text of the default scenario, the workers' headers among them, at
    // 4.5:1 on what it is drawn on.
    QFETCH(bool, dark);
    QFETCH(bool, presenting);
    MainWindow w;
    w.resize(kProjector);
    w.show();
    const auto restore = qScopeGuard([&w] {
        w.setPresentation(false);
        w.setDark(false);
        w.close();
    });
    w.setDark(dark);
    w.setPresentation(presenting);
    QVERIFY(w.startRun());
    QVERIFY(waitUntil([&] { return !w.scene()->model().workers.isEmpty() && w.scene()->model().workers[0].pid > 0; }));
    QTest::qWait(300);
    w.grab();
    const Inventory inventory =
        takeInventory(w.flowView(), w.findChild<QLabel *>(QStringLiteral("caption")), kProjector);
    const auto header = [](const Inventory::Text &t) { return t.role == QLatin1String("title") && t.text == QLatin1String("P1"); };
    QVERIFY(std::any_of(inventory.texts.begin(), inventory.texts.end(), header));
    for (const Inventory::Text &t : inventory.texts)
        if (header(t))
            QVERIFY2(t.background != VisualStyle::current().panel, "P1 is drawn on its coloured header");
    const QStringList faint = contrastProblems(inventory);
    QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QStringLiteral("; "))));
    w.close(); // the run goes with the window
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

void TestInventory::theEndOnTheProjector_data()
{
    QTest::addColumn<QString>("lesson"); // empty: a run of the default scenario for 1 s
    QTest::addColumn<QString>("language");
    for (const char *code : {"en", "ru"}) {
        QTest::newRow(qPrintable(QStringLiteral("finished run ") + QLatin1String(code)))
            << QString() << QString::fromLatin1(code);
        QTest::newRow(qPrintable(QStringLiteral("deadlock ") + QLatin1String(code)))
            << QStringLiteral("deadlock") << QString::fromLatin1(code);
    }
}

void TestInventory::theEndOnTheProjector()
{
    // The end pictures: a run that has finished, and the deadlock lesson's
    // final picture (its cycle, kept). "removed — last values" says what
    // every value there is, from the back of the hall too: state, at least
    // 20 px, uncut (it was a 13 px label on the lesson's semaphores).
    QFETCH(QString, lesson);
    QFETCH(QString, language);
    MainWindow w;
    w.resize(kProjector);
    w.show();
    w.setLanguage(language);
    w.setPresentation(true);
    const auto restore = qScopeGuard([&w] {
        w.setPresentation(false);
        w.close();
        w.setLanguage(QStringLiteral("en"));
    });
    QTemporaryDir dir;
    if (lesson.isEmpty()) {
        QFile in(examplePath(QStringLiteral("default")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        o.remove(QStringLiteral("until_stopped"));
        o[QStringLiteral("duration")] = 1;
        const QString path = dir.filePath(QStringLiteral("one-second.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
        out.close();
        QVERIFY(w.openScenario(path));
        w.setPresentation(true); // a scenario opened brings its own layout
        QVERIFY(w.startRun());
        QVERIFY(waitUntil([&] { return isEnded(w.scene()->model().phase); }, 20000));
    } else {
        QSignalSpy finished(w.lessonPanel(), &LessonPanel::lessonFinished);
        w.lessonPanel()->select(lesson);
        QVERIFY(w.lessonPanel()->runWithoutAsking());
        QVERIFY(finished.wait(60000));
    }
    QTest::qWait(300); // the layout that follows the last picture
    w.grab();
    const Inventory inventory =
        takeInventory(w.flowView(), w.findChild<QLabel *>(QStringLiteral("caption")), kProjector);
    QStringList removed;
    for (const Inventory::Text &t : inventory.texts)
        if (t.text == SceneText::removed() || t.text == SceneText::removedBrief() ||
            t.text.startsWith(SceneText::removedBrief()))
            removed << QStringLiteral("%1 \"%2\" %3 px").arg(t.role, t.text).arg(t.px, 0, 'f', 1);
    QVERIFY2(!removed.isEmpty(), "nothing on the end picture says its objects are removed");
    for (const QString &r : removed)
        QVERIFY2(r.startsWith(QLatin1String("state ")), qPrintable(removed.join(QStringLiteral("; "))));
    const QStringList problems = floorProblems(inventory) + cutProblems(inventory);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
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
