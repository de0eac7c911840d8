// The views beside a run: the code view marks the line each real worker is
// in (and Step moves the mark); every mechanism has code for every call its
// workers make; a lesson runs from the Lessons menu to its verdict, and its
// picture and results follow a language switch; the inspector lists the
// run's kernel objects and its workers' descriptors.
#include "codeview.h"
#include "flowscene.h"
#include "flowview.h"
#include "inspectorpanel.h"
#include "inventory.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "pacecontrol.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSlider>
#include <QTreeWidget>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

bool markedAt(const CodeView &view, const QString &worker, int line)
{
    return view.marked().contains({worker, line});
}

} // namespace

class TestLessonViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void everyMechanismHasItsCode_data();
    void everyMechanismHasItsCode();
    void codeFollowsTheWorkers();
    void lessonFromTheMenu();
    void lessonPictureFollowsTheLanguage_data();
    void lessonPictureFollowsTheLanguage();
    void lessonErrorFollowsTheLanguage_data();
    void lessonErrorFollowsTheLanguage();
    void runErrorFollowsTheLanguage();
    void inspectorShowsTheRun();
};

void TestLessonViews::everyMechanismHasItsCode_data()
{
    QTest::addColumn<QString>("mechanism");
    for (const Mechanism *m : allMechanisms())
        QTest::newRow(m->info().id.c_str()) << QString::fromStdString(m->info().id);
}

void TestLessonViews::everyMechanismHasItsCode()
{
    QFETCH(QString, mechanism);
    const CodeSnippet code = CodeSnippet::load(mechanism);
    QVERIFY(code.producer.size() >= 4 && code.consumer.size() >= 4);
    const std::vector<std::string> sync = findMechanism(mechanism.toStdString())->info().syncObjects;
    // Every call a worker can be shown in has its line.
    QList<std::pair<Role, StateWord>> calls;
    if (sync.empty()) {
        calls = {{Role::Producer, {WorkerState::InCall, Op::Send, 0}},
                 {Role::Consumer, {WorkerState::InCall, Op::Receive, 0}}};
    } else if (mechanism == QLatin1String("shm-mutex")) {
        for (Role r : {Role::Producer, Role::Consumer}) {
            calls.append({r, {WorkerState::InCall, Op::Lock, 0}});
            calls.append({r, {WorkerState::InCall, Op::Unlock, 0}});
        }
        calls.append({Role::Producer, {WorkerState::InCall, Op::CondWait, 2}});
        calls.append({Role::Consumer, {WorkerState::InCall, Op::CondWait, 1}});
    } else {
        calls = {
            {Role::Producer, {WorkerState::InCall, Op::SemP, 0}}, {Role::Producer, {WorkerState::InCall, Op::SemP, 2}},
            {Role::Producer, {WorkerState::InCall, Op::SemV, 2}}, {Role::Producer, {WorkerState::InCall, Op::SemV, 1}},
            {Role::Consumer, {WorkerState::InCall, Op::SemP, 1}}, {Role::Consumer, {WorkerState::InCall, Op::SemP, 3}},
            {Role::Consumer, {WorkerState::InCall, Op::SemV, 3}}, {Role::Consumer, {WorkerState::InCall, Op::SemV, 0}}};
    }
    for (const auto &[role, state] : calls)
        QVERIFY2(
            code.lineOf(role, state, sync) >= 0,
            qPrintable(
                QStringLiteral("%1: no line for op %2 on %3").arg(mechanism).arg(int(state.op)).arg(state.object)));
    for (const auto &line : code.producer + code.consumer)
        QVERIFY2(!line.text.contains(QLatin1String("//@")), qPrintable(line.text)); // markers never shown
}

void TestLessonViews::codeFollowsTheWorkers()
{
    MainWindow w;
    w.show();
    QVERIFY(w.startRun()); // sysv-shm at 2 messages a second
    const Run *run = w.controller().run();
    CodeView *code = w.codeView();
    const CodeSnippet snippet = CodeSnippet::load(QStringLiteral("sysv-shm"));
    const std::vector<std::string> sync = findMechanism("sysv-shm")->info().syncObjects;
    const int pFull = snippet.lineOf(Role::Consumer, {WorkerState::InCall, Op::SemP, 1}, sync);
    // Between messages the consumer sleeps in P(full): its line is marked.
    QVERIFY(waitUntil(
        [&] { return run->snapshot().workers.value(1).blocked && markedAt(*code, QStringLiteral("C1"), pFull); }));
    action(w, "actionPause")->setChecked(true);
    const int pEmpty = snippet.lineOf(Role::Producer, {WorkerState::Paused, Op::SemP, 0}, sync);
    const int pPut = snippet.lineOf(Role::Producer, {WorkerState::Paused, Op::SemP, 2}, sync);
    QVERIFY(waitUntil([&] { return markedAt(*code, QStringLiteral("P1"), pEmpty); }));
    action(w, "actionStep")->trigger(); // P1 does P(empty): the mark moves on
    QVERIFY(waitUntil([&] { return markedAt(*code, QStringLiteral("P1"), pPut); }));
    QTest::qWait(100);
    maybeScreenshot(w, "code.png");
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestLessonViews::lessonFromTheMenu()
{
    MainWindow w;
    w.show();
    QVERIFY(w.startRun());
    QMenu *lessons = w.findChild<QMenu *>(QStringLiteral("menuLessons"));
    QVERIFY(lessons);
    QCOMPARE(lessons->actions().size(), qsizetype(allLessons().size()));
    QAction *priorities = nullptr;
    for (QAction *a : lessons->actions())
        if (a->text().contains(findLesson(QStringLiteral("priorities"))->title()))
            priorities = a;
    QVERIFY(priorities);
    priorities->trigger();
    QVERIFY(!w.controller().isActive());  // the live run made way
    QCOMPARE(w.scene()->tokenCount(), 0); // and its picture with it: no stale workers
    // The scene names the lesson and what to expect, then what was measured.
    const Lesson *lesson = findLesson(QStringLiteral("priorities"));
    QVERIFY(sceneSays(w, lesson->title()));
    QVERIFY(sceneSays(w, lesson->expected()));
    QVERIFY(w.lessonPanel()->isRunning());
    QVERIFY(!action(w, "actionStart")->isEnabled());
    // The lesson times itself: the pace is off and says so, not the Live run's.
    auto *pace = w.findChild<PaceControl *>();
    const QString livePace = pace->pace().describe();
    QVERIFY(!pace->findChild<QSlider *>()->isEnabled());
    QCOMPARE(pace->text(), PaceControl::tr("set by the lesson"));
    auto *verdict = w.lessonPanel()->findChild<QLabel *>(QStringLiteral("verdict"));
    QVERIFY(waitUntil([&] { return !w.lessonPanel()->isRunning(); }, 30000));
    QVERIFY(pace->findChild<QSlider *>()->isEnabled());
    QCOMPARE(pace->text(), livePace);
    QVERIFY2(verdict->text().contains(QStringLiteral("As expected")), qPrintable(verdict->text()));
    QVERIFY(waitUntil([&] { return sceneSays(w, QStringLiteral("As expected")); }));
    maybeScreenshot(w, "lesson.png");
    QVERIFY(action(w, "actionStart")->isEnabled());
    QCOMPARE(leftoverReport(), QString());
}

void TestLessonViews::lessonPictureFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    // The lesson's own words (in the "Lessons" context, as the lesson wrote
    // them) that its picture shows: the part's caption, a counter's name.
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("counter");
    QTest::addColumn<QString>("name"); // a process's or object's name the lesson gives it
    QTest::newRow("lecture-shm en → ru") << QStringLiteral("lecture-shm") << QStringLiteral("en") << QStringLiteral("ru")
                                         << QString() << QString() << QString();
    QTest::newRow("deadlock ru → en") << QStringLiteral("deadlock") << QStringLiteral("ru") << QStringLiteral("en")
                                      << QStringLiteral("At the moment of the cycle") << QString() << QString();
    QTest::newRow("race en → ru") << QStringLiteral("race") << QStringLiteral("en") << QStringLiteral("ru")
                                  << QStringLiteral("with P and V") << QStringLiteral("no semaphore, one CPU")
                                  << QString();
    QTest::newRow("signals en → ru") << QStringLiteral("signals") << QStringLiteral("en") << QStringLiteral("ru")
                                     << QString() << QString() << QStringLiteral("receiver");
}

void TestLessonViews::lessonPictureFollowsTheLanguage()
{
    // A language switched while the lesson's picture is shown draws the same
    // picture — the same processes and objects — in the new words, not the
    // notice that stood in for it. The Lessons panel keeps what the lesson
    // observed and its verdict, and says them in the new words too.
    QFETCH(QString, id);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, caption);
    QFETCH(QString, counter);
    QFETCH(QString, name);
    MainWindow w;
    w.show();
    w.setLanguage(from);
    const auto english = qScopeGuard([&w] { w.setLanguage(QStringLiteral("en")); });
    w.lessonPanel()->select(id);
    QVERIFY(w.lessonPanel()->runWithoutAsking());
    QVERIFY(waitUntil([&] { return !w.lessonPanel()->isRunning(); }, 60000));
    const auto drawn = [&w] {
        QTest::qWait(200);
        w.grab();
        return takeInventory(w.flowView(), nullptr, w.size());
    };
    const auto items = [](const Inventory &inventory) {
        QStringList out;
        for (const Inventory::Item &i : inventory.items)
            out << i.kind + QLatin1Char(' ') + i.name;
        return out;
    };
    const auto texts = [](const Inventory &inventory, const char *role) {
        QStringList out;
        for (const Inventory::Text &t : inventory.texts)
            if (t.role == QLatin1String(role))
                out << t.text;
        return out.join(QLatin1Char('|'));
    };
    const auto shows = [](const Inventory &inventory, const QString &words) {
        for (const Inventory::Text &t : inventory.texts)
            if (t.text.contains(words))
                return true;
        return false;
    };
    // The lesson's words in the language installed now.
    const auto lessonWords = [&caption, &counter, &name] {
        QStringList out;
        for (const QString &source : {caption, counter, name})
            if (!source.isEmpty())
                out << QCoreApplication::translate("Lessons", source.toUtf8().constData());
        return out;
    };
    static const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
    const Inventory before = drawn();
    const QStringList wordsBefore = lessonWords();
    for (const QString &words : wordsBefore)
        QVERIFY2(shows(before, words), qPrintable(words));
    QVERIFY2(items(before).join(QLatin1Char(',')).contains(QLatin1String("worker")),
             qPrintable(items(before).join(QLatin1Char(','))));
    for (const char *role : {"state", "verdict"})
        QCOMPARE(texts(before, role).contains(cyrillic), from == QLatin1String("ru"));
    const LessonPanel *panel = w.lessonPanel();
    const auto results = [panel] {
        QStringList out;
        for (const char *label : {"verdict", "checks"})
            out << panel->findChild<QLabel *>(QLatin1String(label))->text();
        return out.join(QLatin1Char('\n'));
    };
    const auto observed = [panel] {
        return panel->findChild<QPlainTextEdit *>(QStringLiteral("observations"))->toPlainText();
    };
    const QString observedBefore = observed();
    const QString resultsBefore = results();
    QVERIFY(observedBefore.count(QLatin1Char('\n')) >= 1); // two lines at least
    QVERIFY2(!panel->findChild<QLabel *>(QStringLiteral("verdict"))->text().isEmpty(), qPrintable(resultsBefore));
    QCOMPARE(observedBefore.contains(cyrillic), from == QLatin1String("ru"));
    QCOMPARE(resultsBefore.contains(cyrillic), from == QLatin1String("ru"));
    const auto switchTo = [&w](const QString &code) {
        w.setLanguage(code);
        QCoreApplication::sendPostedEvents(); // the LanguageChange it posted
    };
    switchTo(to);
    // Kept, as many lines as before, in the new words; and back again, word for word.
    QCOMPARE(observed().count(QLatin1Char('\n')), observedBefore.count(QLatin1Char('\n')));
    QVERIFY2(observed().contains(cyrillic) == (to == QLatin1String("ru")), qPrintable(observed()));
    QVERIFY2(results().contains(cyrillic) == (to == QLatin1String("ru")), qPrintable(results()));
    switchTo(from);
    QCOMPARE(observed(), observedBefore);
    QCOMPARE(results(), resultsBefore);
    switchTo(to);
    if (auto *dock = w.findChild<QDockWidget *>(QStringLiteral("lessonDock")))
        dock->raise();
    maybeScreenshot(w, qPrintable(QStringLiteral("lesson-%1-%2.png").arg(id, to)));
    const Inventory after = drawn();
    QCOMPARE(items(after), items(before));
    // What each process does and the verdict, in the new words.
    for (const char *role : {"state", "verdict"}) {
        QVERIFY2(!texts(after, role).isEmpty(), role);
        QVERIFY2(texts(after, role).contains(cyrillic) == (to == QLatin1String("ru")), qPrintable(texts(after, role)));
    }
    // The lesson's own caption and counter names too: the new words shown,
    // the old ones gone.
    const QStringList wordsAfter = lessonWords();
    for (qsizetype i = 0; i < wordsAfter.size(); ++i) {
        QVERIFY2(wordsAfter[i] != wordsBefore[i], qPrintable(wordsAfter[i])); // translated at all
        QVERIFY2(shows(after, wordsAfter[i]), qPrintable(wordsAfter[i]));
        QVERIFY2(!shows(after, wordsBefore[i]), qPrintable(wordsBefore[i]));
    }
    QCOMPARE(leftoverReport(), QString());
}

void TestLessonViews::lessonErrorFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("en → ru") << QStringLiteral("en") << QStringLiteral("ru");
    QTest::newRow("ru → en") << QStringLiteral("ru") << QStringLiteral("en");
}

void TestLessonViews::lessonErrorFollowsTheLanguage()
{
    // Why a lesson did not finish is part of its result: made in one
    // language, it is read in the language of the moment, in the Lessons
    // panel's verdict and in the verdict under the scene, as the
    // observations are. A real lesson, really cancelled.
    QFETCH(QString, from);
    QFETCH(QString, to);
    MainWindow w;
    w.show();
    w.setLanguage(from);
    const auto english = qScopeGuard([&w] { w.setLanguage(QStringLiteral("en")); });
    LessonPanel *panel = w.lessonPanel();
    panel->select(QStringLiteral("race"));
    QVERIFY(panel->runWithoutAsking());
    panel->cancel();
    QVERIFY(waitUntil([&] { return !panel->isRunning(); }, 60000));
    const auto verdict = [panel] { return panel->findChild<QLabel *>(QStringLiteral("verdict"))->text(); };
    const auto sceneVerdict = [&w] {
        QTest::qWait(100);
        w.grab();
        QStringList out;
        for (const Inventory::Text &t : takeInventory(w.flowView(), nullptr, w.size()).texts)
            if (t.role == QLatin1String("verdict"))
                out << t.text;
        return out.join(QLatin1Char(' '));
    };
    const auto cancelled = [] { return QCoreApplication::translate("Lessons", "cancelled"); };
    const QString said = cancelled();
    QVERIFY2(verdict().contains(said), qPrintable(verdict()));
    QVERIFY2(sceneVerdict().contains(said), qPrintable(sceneVerdict()));
    w.setLanguage(to);
    QCoreApplication::sendPostedEvents(); // the LanguageChange it posted
    const QString now = cancelled();
    QVERIFY(now != said); // translated at all
    QVERIFY2(verdict().contains(now) && !verdict().contains(said), qPrintable(verdict()));
    QVERIFY2(sceneVerdict().contains(now) && !sceneVerdict().contains(said), qPrintable(sceneVerdict()));
    QCOMPARE(leftoverReport(), QString());
}

void TestLessonViews::runErrorFollowsTheLanguage()
{
    // A lesson that ends on its run's error (pipe-buf, lecture-sem) keeps
    // that error as a sentence: made in English, it reads in Russian after a
    // switch, as the lesson's own lines do. Two of a Run's reasons: one it
    // says itself, and one about a worker ("producer P1 (pid …)").
    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    const auto english = qScopeGuard([&w] { w.setLanguage(QStringLiteral("en")); });
    Scenario s;
    s.mechanism = QStringLiteral("pipe");
    s.count = 0;
    s.durationS = 30;
    Run killed(s);
    QSignalSpy finished(&killed, &Run::finished);
    QVERIFY2(killed.start(), qPrintable(killed.error()));
    QVERIFY(waitUntil([&] { return killed.snapshot().received > 0; }));
    killed.kill();
    QVERIFY(finished.wait(10000));
    const LessonLine onRequest = killed.result().errorSaid();

    s.producers = 0; // refused before anything starts
    Run refused(s);
    QVERIFY(!refused.start());
    const LessonLine invalid = refused.errorLine();

    const QString onRequestEn = onRequest.text();
    const QString invalidEn = invalid.text();
    QCOMPARE(onRequestEn, QStringLiteral("the workers were killed on request"));
    QVERIFY(!invalidEn.isEmpty());
    w.setLanguage(QStringLiteral("ru"));
    QCOMPARE(onRequest.text(), QCoreApplication::translate("ipcscope::Run", "the workers were killed on request"));
    QVERIFY2(onRequest.text() != onRequestEn, qPrintable(onRequest.text()));
    QVERIFY2(invalid.text() != invalidEn, qPrintable(invalid.text()));
    QCOMPARE(leftoverReport(), QString());
}

void TestLessonViews::inspectorShowsTheRun()
{
    MainWindow w;
    w.show();
    w.findChild<QTabWidget *>(QStringLiteral("kernelTabs"))->setCurrentWidget(w.inspector());
    QVERIFY(w.startRun());
    const Run *run = w.controller().run();
    QVERIFY(waitUntil([&] { return run->snapshot().received > 0; }));
    w.inspector()->refresh();
    const QString key = QString::fromStdString(param(run->objectParams(), "shm-key"));
    const QAbstractItemModel *model = w.inspector()->model();
    const QModelIndexList found =
        model->match(model->index(0, 0), Qt::DisplayRole, key, -1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().data(TreeModel::EmphasisRole).toBool()); // ours, in bold
    // Two workers, and the window itself, which reads the ring to draw it.
    QVERIFY(found.first().siblingAtColumn(1).data().toString().contains(QLatin1String("nattch 3")));
    const QString p1 = QStringLiteral("P1, pid %1").arg(run->snapshot().workers[0].pid);
    QCOMPARE(model->match(model->index(0, 0), Qt::DisplayRole, p1, -1, Qt::MatchExactly).size(), 1);
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

QTEST_MAIN(TestLessonViews)
#include "tst_lessonviews.moc"
