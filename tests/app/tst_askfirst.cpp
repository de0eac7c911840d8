// Predict, then reveal, in the window: with "Ask first" the lesson's question
// comes before anything runs; a guess starts the lesson, and the answer shown
// beside the measurement is the choice its readings make right, the guess
// marked right or wrong. Without it, Run runs at once. On by default in
// presentation, off at the desk.
#include "lessonpanel.h"
#include "mainwindow.h"
#include "questiondialog.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace ipcscope;
using namespace ipcscope::test;

class TestAskFirst : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void defaultsByMode_data();
    void defaultsByMode();
    void questionBeforeTheRunThenTheAnswer_data();
    void questionBeforeTheRunThenTheAnswer();
    void closingTheQuestionRunsNothing();
    void offRunsAtOnce();
};

void TestAskFirst::defaultsByMode_data()
{
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<bool>("asks");
    QTest::newRow("at the desk") << false << false;
    QTest::newRow("in presentation") << true << true;
}

void TestAskFirst::defaultsByMode()
{
    QFETCH(bool, presenting);
    QFETCH(bool, asks);
    QSettings().clear();
    MainWindow w;
    w.setPresentation(presenting);
    QCOMPARE(w.lessonPanel()->asksFirst(), asks);
    // Turned the other way in one mode, the other mode keeps its own.
    w.lessonPanel()->setAskFirst(!asks);
    w.setPresentation(!presenting);
    QCOMPARE(w.lessonPanel()->asksFirst(), !presenting); // its own default
    w.setPresentation(presenting);
    QCOMPARE(w.lessonPanel()->asksFirst(), !asks);
    QSettings().clear();
}

void TestAskFirst::questionBeforeTheRunThenTheAnswer_data()
{
    QTest::addColumn<bool>("presenting");
    QTest::newRow("at the desk") << false;
    QTest::newRow("in presentation") << true; // the panel hidden: the question and the answer still show
}

void TestAskFirst::questionBeforeTheRunThenTheAnswer()
{
    QFETCH(bool, presenting);
    MainWindow w;
    w.resize(1024, 768); // a projector's
    w.show();
    w.setPresentation(presenting);
    LessonPanel *panel = w.lessonPanel();
    panel->setAskFirst(true);
    const Lesson *lesson = findLesson(QStringLiteral("deadlock"));
    const LessonQuestion question = lesson->question();
    panel->select(lesson->id());
    QSignalSpy finished(panel, &LessonPanel::lessonFinished);
    QVERIFY(panel->run());
    QVERIFY(!panel->isRunning()); // the question first
    auto *dialog = w.findChild<QuestionDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("question"))->text(), question.text);
    QCOMPARE(dialog->findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^choice"))).size(),
             question.choices.size());
    maybeScreenshot(*dialog, presenting ? "question-presenting.png" : "question-desk.png");
    const int guess = 0; // "Both finish"
    dialog->findChild<QPushButton *>(QStringLiteral("choice0"))->click();
    QVERIFY(panel->isRunning());
    QVERIFY(waitUntil([&] { return !panel->isRunning(); }, 30000));
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.first().first().value<LessonOutcome>();
    // The answer is what the readings say, whatever the lecture expects.
    const int answer = lesson->answer(outcome.readings);
    QVERIFY2(answer >= 0, qPrintable(outcome.error.text()));
    const QString shown = panel->findChild<QLabel *>(QStringLiteral("answer"))->text();
    const auto choice = [&](int i) { return QStringLiteral("%1. %2").arg(QChar(u'A' + i)).arg(question.choices[i]); };
    QVERIFY2(shown.contains(QStringLiteral("✓ ") + choice(answer)), qPrintable(shown));
    if (answer != guess)
        QVERIFY2(shown.contains(QStringLiteral("✗ ") + choice(guess)), qPrintable(shown));
    QVERIFY(panel->revealed().contains(question.choices[answer]));
    QVERIFY(waitUntil([&] { return sceneSays(w, question.text); }));
    maybeScreenshot(w, presenting ? "answer-presenting.png" : "answer-desk.png");
    QCOMPARE(leftoverReport(), QString());
}

void TestAskFirst::closingTheQuestionRunsNothing()
{
    MainWindow w;
    w.show();
    LessonPanel *panel = w.lessonPanel();
    panel->setAskFirst(true);
    panel->select(QStringLiteral("signals"));
    QVERIFY(panel->run());
    auto *dialog = w.findChild<QuestionDialog *>();
    QVERIFY(dialog);
    dialog->reject();
    QVERIFY(!panel->isRunning());
    QVERIFY(panel->revealed().isEmpty());
}

void TestAskFirst::offRunsAtOnce()
{
    MainWindow w;
    w.show();
    LessonPanel *panel = w.lessonPanel();
    panel->setAskFirst(false);
    panel->select(QStringLiteral("deadlock"));
    QVERIFY(panel->run());
    QVERIFY(panel->isRunning()); // no question in between
    QCOMPARE(w.findChild<QuestionDialog *>(), nullptr);
    QVERIFY(waitUntil([&] { return !panel->isRunning(); }, 30000));
    QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("answer"))->isVisible());
    QVERIFY(panel->revealed().isEmpty());
    QCOMPARE(leftoverReport(), QString());
}

QTEST_MAIN(TestAskFirst)
#include "tst_askfirst.moc"
