// F1 lays the legend over the scene and F1 or Esc takes it away. It is drawn
// by the scene's own items: a producer and a consumer (WorkerItem), a
// semaphore with P and V (SemaphoreItem), the ring with head and tail
// (RingItem), a message (TokenItem), and a swatch per state whose outline is
// the one the scene gives that state (dashed: blocked, dotted: paused). In
// Russian every word of it is Russian. On a 1024×768 projector, in English
// and Russian, every text of it that carries meaning is on the floor of
// inventory.h, and the whole of it is on the page: it needs no scrolling.
#include "flowview.h"
#include "inventory.h"
#include "legendoverlay.h"
#include "mainwindow.h"
#include "ringitem.h"
#include "semaphoreitem.h"
#include "tokenitem.h"
#include "workeritem.h"

#include "windowhelpers.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTest>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

template <typename T> QList<T *> itemsOf(QGraphicsScene *scene)
{
    QList<T *> out;
    for (QGraphicsItem *item : scene->items())
        if (auto *t = dynamic_cast<T *>(item))
            out << t;
    return out;
}

QStringList wordsOf(QGraphicsScene *scene)
{
    QStringList out;
    for (SceneItem *item : itemsOf<SceneItem>(scene))
        for (const DrawnText &t : item->drawnTexts())
            out << t.text;
    return out;
}

// What the legend drew, as the screen shows it at `scale` (its view's scale
// unless given).
Inventory legendInventory(QGraphicsScene *scene, double scale)
{
    Inventory inventory;
    for (SceneItem *item : itemsOf<SceneItem>(scene))
        for (const DrawnText &t : item->drawnTexts())
            inventory.texts.append({t.text, t.px * scale, roleName(t.role), t.colour, t.background, t.cut});
    return inventory;
}

} // namespace

class TestLegendOverlay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void opensAndCloses_data();
    void opensAndCloses();
    void drawnByTheScenesItems();
    void speaksTheLanguage();
    void readsOnTheProjector_data();
    void readsOnTheProjector();
};

void TestLegendOverlay::opensAndCloses_data()
{
    QTest::addColumn<int>("closeKey");
    QTest::newRow("F1") << int(Qt::Key_F1);
    QTest::newRow("Esc") << int(Qt::Key_Escape);
}

void TestLegendOverlay::opensAndCloses()
{
    QFETCH(int, closeKey);
    MainWindow w;
    w.resize(1024, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *legend = w.findChild<LegendOverlay *>(QStringLiteral("legend"));
    QVERIFY(legend);
    QVERIFY(!legend->isVisible());
    QTest::keyClick(&w, Qt::Key_F1);
    QVERIFY(legend->isVisible());
    QCOMPARE(legend->geometry(), legend->parentWidget()->rect()); // over the whole page
    QVERIFY(legend->rect().contains(legend->mapFromGlobal(w.flowView()->mapToGlobal(QPoint(5, 5)))));
    QTest::keyClick(legend, Qt::Key(closeKey));
    QVERIFY(!legend->isVisible());
    QVERIFY(!action(w, "actionLegend")->isChecked());
    // And again, from the menu's action: it opens as often as it is asked.
    action(w, "actionLegend")->trigger();
    QVERIFY(legend->isVisible());
    // In presentation too, where the menu bar is hidden.
    action(w, "actionLegend")->trigger();
    w.setPresentation(true);
    QTest::keyClick(&w, Qt::Key_F1);
    QVERIFY(legend->isVisible());
    w.setPresentation(false);
}

void TestLegendOverlay::drawnByTheScenesItems()
{
    MainWindow w;
    w.resize(1024, 768);
    w.show();
    auto *legend = w.findChild<LegendOverlay *>(QStringLiteral("legend"));
    action(w, "actionLegend")->trigger();
    w.grab(); // paints: the items record what they drew
    maybeScreenshot(w, "legend-en-light.png");
    QGraphicsScene *scene = legend->legendScene();
    const QList<WorkerItem *> workers = itemsOf<WorkerItem>(scene);
    QStringList states;
    bool producer = false, consumer = false;
    for (const WorkerItem *item : workers) {
        states << item->worker().state;
        producer = producer || item->worker().role == Role::Producer;
        consumer = consumer || item->worker().role == Role::Consumer;
    }
    QVERIFY(producer && consumer);
    QVERIFY(states.contains(QStringLiteral("blocked")) && states.contains(QStringLiteral("paused")));
    QCOMPARE(itemsOf<SemaphoreItem>(scene).size(), 1);
    QCOMPARE(itemsOf<RingItem>(scene).size(), 1);
    QCOMPARE(itemsOf<TokenItem>(scene).size(), 1);
    const QStringList words = wordsOf(scene);
    // Head and tail as the ring marks them; V as the semaphore flashes it.
    QVERIFY2(words.contains(QStringLiteral("head 2")) && words.contains(QStringLiteral("tail 0")),
             qPrintable(words.join(QStringLiteral(" | "))));
    QVERIFY(words.contains(QStringLiteral("V by P1")));
    // The ring's words say what head and tail are, and the two fills of a
    // slot: coloured, its message announced by V(full); hatched, written
    // but not yet announced.
    QString ringWords; // its lines, wrapped to the column, as one text
    for (SceneItem *item : itemsOf<SceneItem>(scene)) {
        QStringList lines;
        for (const DrawnText &t : item->drawnTexts())
            lines << t.text;
        if (lines.value(0).startsWith(QLatin1String("Head: ")))
            ringWords = lines.join(QLatin1Char(' '));
    }
    for (const char *part : {"tail: ", "Coloured: announced (V(full) done)", "hatched: written, not yet announced"})
        QVERIFY2(ringWords.contains(QLatin1String(part)), qPrintable(ringWords));
    // The dashed wait line, with the scene's own pen.
    bool waitLine = false;
    for (QGraphicsItem *item : scene->items())
        if (auto *path = dynamic_cast<QGraphicsPathItem *>(item))
            waitLine = waitLine || path->pen() == VisualStyle::current().waitPen();
    QVERIFY(waitLine);
    QCOMPARE(VisualStyle::current().waitPen().style(), Qt::DashLine);
}

void TestLegendOverlay::speaksTheLanguage()
{
    MainWindow w;
    w.resize(1024, 768);
    w.show();
    auto *legend = w.findChild<LegendOverlay *>(QStringLiteral("legend"));
    action(w, "actionLegend")->trigger();
    w.grab();
    const QStringList english = wordsOf(legend->legendScene());
    w.setLanguage(QStringLiteral("ru"));
    w.setDark(true);
    w.setPresentation(true);
    QCoreApplication::processEvents(); // the language change, as the event loop delivers it
    w.grab();
    maybeScreenshot(w, "legend-ru-dark-presentation.png");
    const QStringList russian = wordsOf(legend->legendScene());
    w.setPresentation(false);
    w.setDark(false);
    w.setLanguage(QStringLiteral("en"));
    QVERIFY(english.contains(QStringLiteral("blocked in P(full)")));
    QVERIFY(!russian.contains(QStringLiteral("blocked in P(full)")));
    QCOMPARE(russian.size() > 10, true);
    // No sentence of the legend is left in English.
    for (const QString &line : russian)
        QVERIFY2(!line.contains(QLatin1String(" the ")) && !line.contains(QLatin1String("The ")), qPrintable(line));
}

void TestLegendOverlay::readsOnTheProjector_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    for (const char *code : {"en", "ru"})
        for (const QSize screen : {QSize(1024, 768), QSize(1920, 1080)})
            QTest::addRow("%s %dx%d", code, screen.width(), screen.height())
                << QString::fromLatin1(code) << screen;
}

void TestLegendOverlay::readsOnTheProjector()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    MainWindow w;
    w.resize(screen);
    w.show();
    w.setLanguage(language);
    w.setPresentation(true);
    const auto restore = qScopeGuard([&w] {
        w.setPresentation(false);
        w.setLanguage(QStringLiteral("en"));
    });
    QTest::qWait(200); // the toolbar too laid out in the large type, as the shot shows it
    auto *legend = w.findChild<LegendOverlay *>(QStringLiteral("legend"));
    action(w, "actionLegend")->trigger();
    w.grab(); // paints: the items record what they drew
    maybeScreenshot(w, qPrintable(QStringLiteral("legend-%1-%2-presentation.png").arg(language).arg(screen.width())));
    QGraphicsScene *scene = legend->legendScene();
    QGraphicsView *view = scene->views().first();
    const double scale = view->transform().m11();
    const Inventory drawn = legendInventory(scene, scale);
    QVERIFY(drawn.texts.size() > 20);
    const QStringList problems = floorProblems(drawn);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("scale %1: %2").arg(scale).arg(problems.join(QStringLiteral("; ")))));
    // Never wider than the page: nothing of it is off to the side.
    QVERIFY2(scene->sceneRect().width() * scale <= view->viewport()->width() + 1,
             qPrintable(QStringLiteral("%1 of %2 px").arg(scene->sceneRect().width() * scale).arg(view->viewport()->width())));
    // At 1024×768 the whole legend is on the page, on the floor: nothing of
    // it below the fold, no scrolling to find the semaphore's words.
    const double tall = scene->sceneRect().height() * scale;
    QVERIFY2(tall <= view->viewport()->height() + 1,
             qPrintable(QStringLiteral("%1 px tall in a %2 px page").arg(tall).arg(view->viewport()->height())));
    QScrollBar *bar = view->verticalScrollBar();
    QCOMPARE(bar->maximum(), bar->minimum());
}

QTEST_MAIN(TestLegendOverlay)
#include "tst_legendoverlay.moc"
