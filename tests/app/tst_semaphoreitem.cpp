// A semaphore's value at full speed is one instant of a value that changes
// faster than a frame: the card and the kernel panel mark it sampled. At a
// stepped pace, once the workers are at rest, it is exact and unmarked.
#include "semaphoreitem.h"

#include "session/kernelmodel.h"
#include "session/runcontroller.h"
#include "session/runrules.h"
#include "session/scenetext.h"

#include "../session/runhelpers.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

struct Seen {
    SceneModel picture;
    RunSnapshot snapshot;
};

// Running pictures of a real System V ring under `pace`, with the snapshot
// each was drawn from.
QVector<Seen> watch(const Pace &pace)
{
    Scenario s;
    s.mechanism = QStringLiteral("sysv-shm");
    s.count = 0;
    s.durationS = 2;
    s.rate = pace.rate;
    RunController controller;
    RunRules rules(controller);
    rules.setPace(pace);
    QVector<Seen> seen;
    QObject::connect(&controller, &RunController::sampled, &controller, [&] {
        const SceneModel &m = controller.run()->scene();
        if (m.phase == ScenePhase::Running || m.phase == ScenePhase::Paused)
            seen.append({m, controller.run()->snapshot()});
    });
    QSignalSpy finished(&controller, &RunController::runFinished);
    if (!controller.start(s, [](Run &run) {
            run.setPollInterval(5);
            run.setWatchProcesses(true);
            run.setWatchScene(true);
        }))
        return {};
    finished.wait(60000);
    return seen;
}

// What a card `width` wide draws; `flashedBy`: just after a V by it.
QVector<DrawnText> drawnTexts(const SceneSemaphore &sem, bool exact, bool live, double width,
                              const QString &flashedBy = {})
{
    SemaphoreItem item(sem, QSizeF(width, SemaphoreItem::preferredHeight()));
    item.setSemaphore(sem, exact, live);
    if (!flashedBy.isEmpty())
        item.flash(QStringLiteral("V"), flashedBy);
    QImage image(int(width) + 20, int(SemaphoreItem::preferredHeight()) + 10, QImage::Format_ARGB32);
    QPainter p(&image);
    item.paint(&p, nullptr, nullptr);
    return item.drawnTexts();
}

QStringList drawn(const SceneSemaphore &sem, bool exact, bool live = true, double width = 320)
{
    QStringList texts;
    for (const DrawnText &t : drawnTexts(sem, exact, live, width))
        texts << t.text;
    return texts;
}

// The values the kernel panel shows under "kernel objects".
// The panel's values, its value column's header first.
QStringList panelValues(const RunSnapshot &snapshot, bool exact)
{
    KernelModel model;
    model.update(snapshot, exact);
    QStringList values = {model.headerData(1, Qt::Horizontal).toString()};
    const QModelIndex objects = model.index(0, 0);
    for (int i = 0; i < model.rowCount(objects); ++i) {
        const QModelIndex object = model.index(i, 0, objects);
        for (int j = 0; j < model.rowCount(object); ++j)
            values << model.index(j, 1, object).data().toString();
    }
    return values;
}

} // namespace

class TestSemaphoreItem : public QObject {
    Q_OBJECT
private slots:
    void aValueOfOneInstantIsMarked_data();
    void aValueOfOneInstantIsMarked();
    void theRemovedMarkIsNeverCut();
    void aLineDrawnAsBeforeIsNotSetAgain();
    void whoWasLastIsStateAndWhole();
};

void TestSemaphoreItem::whoWasLastIsStateAndWhole()
{
    // Which P or V just completed, or who made the last semop (the kernel's
    // GETPID), is state: set as state is (at least 20 px in presentation, as
    // tst_inventory holds it) and whole. The first that fits of "V by P1",
    // "last: C1 (pid 4242)" and "last: C1" is drawn, and where none does,
    // nothing (the names here are long, for the short form to be wider
    // than "nobody waits"). It used to be a label, as small as a label may be,
    // and was cut on a narrow card ("last: ipcscope (pid 2…").
    SceneSemaphore sem;
    sem.name = QStringLiteral("full");
    sem.purpose = QStringLiteral("filled slots");
    sem.value = 0;
    sem.lastPid = 4242;
    sem.lastBy = QStringLiteral("the consumer of this test");
    const QString flashed = QStringLiteral("the producer of this test, the one that flashes");
    // The last line of a card `width` wide, after a flash or not; none
    // where the card shows none. Any of the three cut fails the test.
    QStringList cut;
    const auto lastLine = [&](double width, bool flash) -> std::optional<DrawnText> {
        std::optional<DrawnText> found;
        for (const DrawnText &t : drawnTexts(sem, true, true, width, flash ? flashed : QString())) {
            const bool ours = t.text.contains(flashed) || t.text.startsWith(SceneText::briefLastBy(sem));
            if (t.cut && (ours || SceneText::lastBy(sem).startsWith(t.text.chopped(1))))
                cut << t.text;
            if (ours)
                found = t;
        }
        return found;
    };
    // The card's lines are 10 px in from either side; each is measured as
    // small as its type may be set.
    const auto widthOf = [](const QString &text, bool bold) { return widthAtFloor(text, TextRole::State, bold) + 20; };
    const double wholeWidth = widthOf(SceneText::lastBy(sem), false);
    const double briefWidth = widthOf(SceneText::briefLastBy(sem), false);
    const double flashWidth = widthOf(QStringLiteral("V by ") + flashed, true);
    // "nobody waits" must fit too: wrapped, it takes the last line's room,
    // and a card narrower than that would show no last line whatever it said.
    const double waitingWidth = widthOf(SceneText::waiting(sem, true), true);
    QVERIFY(waitingWidth < briefWidth - 4 && briefWidth < wholeWidth - 4 && wholeWidth < flashWidth - 4);

    const auto flashWide = lastLine(flashWidth + 2, true);
    QVERIFY(flashWide);
    QCOMPARE(flashWide->text, QStringLiteral("V by ") + flashed);
    QCOMPARE(flashWide->role, TextRole::State);
    const auto flashNarrow = lastLine(flashWidth - 2, true); // the flash would be cut: who was last instead
    QVERIFY(flashNarrow);
    QCOMPARE(flashNarrow->text, SceneText::lastBy(sem));
    const auto whole = lastLine(wholeWidth + 2, false);
    QVERIFY(whole);
    QCOMPARE(whole->text, SceneText::lastBy(sem));
    QCOMPARE(whole->role, TextRole::State);
    const auto brief = lastLine(wholeWidth - 2, false);
    QVERIFY(brief);
    QCOMPARE(brief->text, SceneText::briefLastBy(sem));
    QCOMPARE(brief->role, TextRole::State);
    const auto none = lastLine((waitingWidth + briefWidth) / 2, false);
    QVERIFY2(!none, qPrintable(none ? none->text : QString()));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('|'))));
}

void TestSemaphoreItem::aLineDrawnAsBeforeIsNotSetAgain()
{
    // Every frame repaints every card, and its texts seldom change: a line
    // drawn as the last painting drew it is not measured, fitted, cut and
    // laid out again; a line whose text changed is, and only it. The old
    // drawLine set each of the card's lines anew at every paint.
    SceneSemaphore sem;
    sem.name = QStringLiteral("a-name-longer-than-its-card-is-wide");
    sem.purpose = QStringLiteral("free slots");
    sem.value = 7;
    SemaphoreItem item(sem, QSizeF(160, SemaphoreItem::preferredHeight()));
    item.setSemaphore(sem, true, true);
    QImage image(180, int(SemaphoreItem::preferredHeight()) + 10, QImage::Format_ARGB32);
    QPainter p(&image);
    const auto paint = [&] {
        const qint64 before = SceneItem::linesSet();
        item.paint(&p, nullptr, nullptr);
        return SceneItem::linesSet() - before;
    };
    const qint64 first = paint();
    const QVector<DrawnText> drawnFirst = item.drawnTexts();
    QVERIFY(first >= 3); // the name, the value, the purpose
    QCOMPARE(paint(), 0);
    // Drawn the same: the cut name too.
    QCOMPARE(item.drawnTexts().size(), drawnFirst.size());
    for (int i = 0; i < drawnFirst.size(); ++i) {
        QCOMPARE(item.drawnTexts()[i].text, drawnFirst[i].text);
        QCOMPARE(item.drawnTexts()[i].px, drawnFirst[i].px);
        QCOMPARE(item.drawnTexts()[i].box, drawnFirst[i].box);
    }
    sem.value = 8;
    item.setSemaphore(sem, true, true);
    QCOMPARE(paint(), 1); // the value, and nothing else
    QVERIFY(item.drawnTexts()[1].text.contains(QLatin1Char('8')));
}

void TestSemaphoreItem::theRemovedMarkIsNeverCut()
{
    // After the run: "removed — last values" where it fits, "removed" where
    // it would be cut (four cards at 1024 px in Russian: «удалён — последние значен…»).
    SceneSemaphore sem;
    sem.name = QStringLiteral("empty");
    sem.purpose = QStringLiteral("free slots");
    sem.value = 7;
    const QStringList wide = drawn(sem, true, false, 320);
    QVERIFY2(wide.contains(SceneText::removed()), qPrintable(wide.join(QLatin1Char('|'))));
    const QStringList narrow = drawn(sem, true, false, 110);
    QVERIFY2(narrow.contains(SceneText::removedBrief()), qPrintable(narrow.join(QLatin1Char('|'))));
    for (const QString &text : narrow)
        QVERIFY2(!text.endsWith(QChar(0x2026)), qPrintable(text));
}

void TestSemaphoreItem::aValueOfOneInstantIsMarked_data()
{
    QTest::addColumn<double>("callEveryS");
    QTest::addColumn<double>("rate");
    QTest::addColumn<bool>("exact");
    QTest::newRow("full speed") << 0.0 << 0.0 << false;
    QTest::newRow("200 msg/s") << 0.0 << 200.0 << false;
    QTest::newRow("one call every 0.2 s") << 0.2 << 0.0 << true;
}

void TestSemaphoreItem::aValueOfOneInstantIsMarked()
{
    QFETCH(double, callEveryS);
    QFETCH(double, rate);
    QFETCH(bool, exact);
    const QString mark = SceneText::tr("≈%1", "a semaphore's value sampled at one instant, at full speed").arg(QString());
    int checked = 0;
    for (const Seen &s : watch({callEveryS, rate})) {
        if (s.picture.exact != exact || s.picture.semaphores.isEmpty())
            continue;
        for (const SceneSemaphore &sem : s.picture.semaphores) {
            const QStringList texts = drawn(sem, s.picture.exact);
            // The value is the first text after the name.
            QVERIFY2(texts.size() > 1 && texts[1].startsWith(mark) == (!exact && sem.value >= 0),
                     qPrintable(texts.join(QLatin1Char('|'))));
        }
        // Sampled once, in the value column's header (a mark on every value
        // was cut in the narrow column); the values plain.
        QStringList values = panelValues(s.snapshot, s.picture.exact);
        QVERIFY(values.size() > 1);
        const QString header = values.takeFirst();
        QVERIFY2(header.endsWith(KernelModel::tr("sampled", "the kernel panel's values, read at speed")) == !exact,
                 qPrintable(header));
        for (const QString &v : values)
            QVERIFY2(!v.contains(SceneText::sampled(QString())), qPrintable(v));
        ++checked;
    }
    QVERIFY(checked > 0);
    QCOMPARE(leftoverReport(), QString());
}

QTEST_MAIN(TestSemaphoreItem)
#include "tst_semaphoreitem.moc"
