// Predict, then reveal: a lesson's question has two to four choices, and
// which one is right is a pure function of the readings. Fed readings that
// make each choice right in turn, the answer follows them; nothing measured
// gives no answer at all.
#include "session/lessons/lesson.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace ipcscope;

class TestLessonQuestions : public QObject {
    Q_OBJECT
private slots:
    void answerFollowsTheReadings_data();
    void answerFollowsTheReadings();
    void everyChoiceCanBeRight();
    void questionsHaveTwoToFourChoices();

private:
    struct Row {
        const char *name, *id, *json;
        int answer;
    };
    static QList<Row> rows();
};

QList<TestLessonQuestions::Row> TestLessonQuestions::rows()
{
    return {
        {"signals: all arrive", "signals", R"J({"std_sent": 2000, "std_arrived": 2000})J", 0},
        {"signals: about half", "signals", R"J({"std_sent": 80000, "std_arrived": 41000})J", 1},
        {"signals: a quarter is about half's side", "signals", R"J({"std_sent": 80000, "std_arrived": 20000})J", 1},
        {"signals: far fewer", "signals", R"J({"std_sent": 80000, "std_arrived": 900})J", 2},
        {"signals: nothing sent", "signals", "{}", -1},
        {"race: nothing lost", "race", R"J({"all_increments": 1000, "all_lost": 0})J", 0},
        {"race: under 1 % lost", "race", R"J({"all_increments": 1000, "all_lost": 9})J", 1},
        {"race: 1 % lost is far less", "race", R"J({"all_increments": 1000, "all_lost": 10})J", 2},
        {"race: most lost", "race", R"J({"all_increments": 1000, "all_lost": 700})J", 2},
        {"race: nothing ran", "race", "{}", -1},
        {"deadlock: both finish", "deadlock", R"J({"opposite_cycle": false, "opposite_finished": true})J", 0},
        {"deadlock: a cycle", "deadlock",
         R"J({"opposite_cycle": true, "opposite_finished": false, "opposite_woken_by_eidrm": 2})J", 1},
        {"deadlock: neither finished nor waited", "deadlock",
         R"J({"opposite_cycle": false, "opposite_finished": false})J", 2},
        {"deadlock: nothing ran", "deadlock", "{}", -1},
        {"pipe-buf: none corrupted", "pipe-buf", R"J({"big_read": 1000, "big_corrupted": 0})J", 0},
        {"pipe-buf: some", "pipe-buf", R"J({"big_read": 1000, "big_corrupted": 500})J", 1},
        {"pipe-buf: most", "pipe-buf", R"J({"big_read": 1000, "big_corrupted": 501})J", 2},
        {"pipe-buf: nothing read", "pipe-buf", "{}", -1},
        {"back-pressure: each write waits", "back-pressure",
         R"J({"default_capacity": 65536, "default_most_queued": 0, "default_blocked_in": "write (wchan pipe_write)"})J",
         0},
        {"back-pressure: a page", "back-pressure",
         R"J({"default_capacity": 4096, "default_most_queued": 4096, "default_blocked_in": "write (wchan pipe_write)"})J",
         1},
        {"back-pressure: 64 KiB", "back-pressure",
         R"J({"default_capacity": 65536, "default_most_queued": 65536, "default_blocked_in": "write (wchan pipe_write)"})J",
         2},
        {"back-pressure: never waits", "back-pressure",
         R"J({"default_capacity": 65536, "default_most_queued": 32768, "default_blocked_in": ""})J", 3},
        {"back-pressure: nothing ran", "back-pressure", "{}", -1},
        {"pipe-eof: end of file", "pipe-eof", R"J({"samples": 3, "ended_in_window": true})J", 0},
        {"pipe-eof: sleeps on", "pipe-eof", R"J({"samples": 17, "ended_in_window": false})J", 1},
        {"pipe-eof: nothing ran", "pipe-eof", "{}", -1},
        {"persistence: gone with it", "persistence", R"J({"writer_exited": true, "queue_after_exit": -1})J", 0},
        {"persistence: still there", "persistence", R"J({"writer_exited": true, "queue_after_exit": 3})J", 1},
        {"persistence: nothing ran", "persistence", "{}", -1},
    };
}

void TestLessonQuestions::answerFollowsTheReadings_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("readings");
    QTest::addColumn<int>("answer");
    for (const Row &r : rows())
        QTest::newRow(r.name) << QString::fromLatin1(r.id) << QByteArray(r.json) << r.answer;
}

void TestLessonQuestions::answerFollowsTheReadings()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, readings);
    QFETCH(int, answer);
    const Lesson *lesson = findLesson(id);
    QVERIFY(lesson);
    QVERIFY(!lesson->question().isEmpty());
    QCOMPARE(lesson->answer(QJsonDocument::fromJson(readings).object()), answer);
}

// No choice is right whatever was measured: for each, some readings make it so.
void TestLessonQuestions::everyChoiceCanBeRight()
{
    QHash<QString, QSet<int>> picked;
    for (const Row &r : rows())
        if (r.answer >= 0)
            picked[QString::fromLatin1(r.id)].insert(r.answer);
    for (const Lesson *lesson : allLessons()) {
        const int choices = int(lesson->question().choices.size());
        if (choices == 0)
            continue;
        QVERIFY2(picked.contains(lesson->id()), qPrintable(lesson->id() + QStringLiteral(" has no readings here")));
        QCOMPARE(picked.value(lesson->id()).size(), choices);
    }
    QVERIFY(picked.size() >= 4);
}

void TestLessonQuestions::questionsHaveTwoToFourChoices()
{
    int asked = 0;
    for (const Lesson *lesson : allLessons()) {
        const LessonQuestion q = lesson->question();
        if (q.isEmpty()) {
            QCOMPARE(lesson->answer(QJsonObject{}), -1);
            continue;
        }
        ++asked;
        QVERIFY2(q.choices.size() >= 2 && q.choices.size() <= 4, qPrintable(lesson->id()));
        QVERIFY(!q.text.isEmpty());
    }
    QCOMPARE(asked, 7); // and pipe-eof, persistence
}

QTEST_GUILESS_MAIN(TestLessonQuestions)
#include "tst_lessonquestions.moc"
