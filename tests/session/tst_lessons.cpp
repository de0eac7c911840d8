// Every lesson, on real processes: the outcome the lecture predicts is the one
// measured (the race loses updates without the semaphore and none with it,
// standard signals lose some and real-time ones none, and so on), and nothing
// is left behind — the deadlock included.
#include "clihelpers.h"
#include "runhelpers.h"

#include "session/lessons/lesson.h"

#include <QJsonArray>

#include <signal.h>

using namespace ipcscope;
using namespace ipcscope::test;

class TestLessons : public QObject {
    Q_OBJECT
private slots:
    void everyLessonAsExpected_data();
    void everyLessonAsExpected();
    void textsAreShort();
    void cliListAndJson();
    void cliRefusesUnknownLesson();
    void cancelledLessonLeavesNothing();
};

void TestLessons::everyLessonAsExpected_data()
{
    QTest::addColumn<QString>("id");
    for (const Lesson *l : allLessons())
        QTest::newRow(qPrintable(l->id())) << l->id();
}

void TestLessons::everyLessonAsExpected()
{
    QFETCH(QString, id);
    const Lesson *lesson = findLesson(id);
    QVERIFY(lesson);
    QStringList heard;
    const LessonOutcome outcome = runLesson(*lesson, [&](const QString &line) { heard << line; });
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY2(outcome.asExpected,
             qPrintable(outcome.measured + QStringLiteral(" | ") + outcome.observations.join(QStringLiteral(" | "))));
    QCOMPARE(outcome.id, id);
    QVERIFY(!outcome.measured.isEmpty());
    QVERIFY(heard.size() >= 2);
    QCOMPARE(heard, outcome.observations);
    QCOMPARE(leftoverReport(), QString());
}

void TestLessons::textsAreShort()
{
    // Readable from a projector: a title on one line, a few lines of explanation.
    for (const Lesson *l : allLessons()) {
        QVERIFY2(l->title().size() <= 60, qPrintable(l->title()));
        QVERIFY2(l->explanation().size() <= 400, qPrintable(l->id()));
        QVERIFY2(l->expected().size() <= 240, qPrintable(l->id()));
        QVERIFY(findMechanism(l->mechanism().toStdString()));
    }
}

void TestLessons::cliListAndJson()
{
    const CliResult list = runCli({QStringLiteral("lesson"), QStringLiteral("--list")});
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(allLessons().size()));
    QVERIFY(lines.first().startsWith("race "));
    const CliResult run = runCli({QStringLiteral("lesson"), QStringLiteral("priorities"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("priorities"));
    QCOMPARE(o.value(QStringLiteral("as_expected")).toBool(), true);
    QVERIFY(!o.value(QStringLiteral("expected")).toString().isEmpty());
    QVERIFY(o.value(QStringLiteral("measured")).toString().contains(QLatin1String("#2, priority 5")));
    QVERIFY(o.value(QStringLiteral("observations")).toArray().size() >= 2);
}

void TestLessons::cliRefusesUnknownLesson()
{
    const CliResult r = runCli({QStringLiteral("lesson"), QStringLiteral("levitation")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("levitation") && r.err.contains("deadlock"));
}

void TestLessons::cancelledLessonLeavesNothing()
{
    // Ctrl-C in the middle of the deadlock, while both workers are stuck.
    QProcess cli;
    cli.start(cliPath(), {QStringLiteral("lesson"), QStringLiteral("deadlock")});
    QVERIFY(cli.waitForStarted());
    const qint64 pid = cli.processId(); // 0 once it has finished
    QVERIFY(waitUntil([&] { return livingWorkers(pid).size() == 2; }));
    QTest::qWait(500);
    ::kill(pid_t(pid), SIGINT);
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitCode(), 130);
    QCOMPARE(leftoverReport(pid), QString());
    QCOMPARE(leftovers(0), QStringList());
}

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
