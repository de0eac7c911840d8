// The code shown to students: every snippet (resources/code) compiles with
// the system's C compiler — fragments inside a declared prelude, the
// lecture's listings as the programs they are; byte-stream consumers loop
// over short reads; every lesson has its own code, and the states its
// workers publish mark a line of it — live, while the lesson runs.
#include "codeview.h"
#include "language.h"
#include "lessonpanel.h"
#include "mainwindow.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include "engine/mechanism.h"
#include "session/lessons/lesson.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

// What every fragment may use without declaring it: the headers of the
// calls the snippets make, and the names all of them share.
const char *const kBasePrelude = R"(#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>
#define SIZE 64
#define N 8
static char buf[SIZE];
static long seq, nmsg, id;
static ssize_t n;
)";

QString text(const QVector<CodeSnippet::Line> &lines)
{
    QStringList out;
    for (const CodeSnippet::Line &l : lines)
        out << l.text;
    return out.join(QLatin1Char('\n'));
}

bool isProgram(const QVector<CodeSnippet::Line> &lines)
{
    return text(lines).contains(QRegularExpression(QStringLiteral("\\bint\\s+main\\s*\\(")));
}

// `cc -fsyntax-only` on `source`; empty when it compiles, else the diagnostics.
QString compileErrors(const QString &language, const QByteArray &source)
{
    const QString cc = QStandardPaths::findExecutable(QStringLiteral("cc"));
    QStringList args{QStringLiteral("-fsyntax-only"), QStringLiteral("-x"), language};
    if (language == QLatin1String("c"))
        args << QStringLiteral("-Werror=implicit-function-declaration") << QStringLiteral("-Werror=int-conversion")
             << QStringLiteral("-Werror=incompatible-pointer-types");
    args << QStringLiteral("-");
    QProcess p;
    p.start(cc, args);
    p.waitForStarted();
    p.write(source);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return p.exitCode() == 0 ? QString() : QString::fromLocal8Bit(p.readAllStandardError());
}

bool markedAt(const CodeView &view, const QString &worker, int line)
{
    return view.marked().contains({worker, line});
}

int lineContaining(const QVector<CodeSnippet::Line> &lines, const QString &needle)
{
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].text.contains(needle))
            return i;
    return -1;
}

} // namespace

class TestLessonCode : public QObject {
    Q_OBJECT
private slots:
    void snippetCompiles_data();
    void snippetCompiles();
    void streamConsumersLoopOverShortReads_data();
    void streamConsumersLoopOverShortReads();
    void everyLessonHasItsCode();
    void lessonWorkersMarkTheirLines_data();
    void lessonWorkersMarkTheirLines();
    void codeFollowsALessonLive();
    void readingsPlaceTheirLine_data();
    void readingsPlaceTheirLine();
    void aMarkMovingOnScreenRewritesOnlyItsLines();
    void everyLessonLightsALine_data();
    void everyLessonLightsALine();
    void verdictInTheWindow_data();
    void verdictInTheWindow();
};

void TestLessonCode::snippetCompiles_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(QStringLiteral(":/code")).entryList({QStringLiteral("*.c")});
    QVERIFY(size_t(files.size()) >= allMechanisms().size());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f.chopped(2);
}

void TestLessonCode::snippetCompiles()
{
    QFETCH(QString, name);
    if (QStandardPaths::findExecutable(QStringLiteral("cc")).isEmpty())
        QSKIP("no system C compiler (cc)");
    const CodeSnippet s = CodeSnippet::load(name);
    QVERIFY(!s.producer.isEmpty() && !s.consumer.isEmpty());
    QVERIFY2(s.language == QLatin1String("c") || s.language == QLatin1String("c++"), qPrintable(s.language));
    // "open" is a function every one of them may call: never a variable's name.
    static const QRegularExpression openVariable(QStringLiteral("\\bopen\\b(?!\\s*\\()"));
    for (const auto *lines : {&s.producer, &s.consumer})
        QVERIFY2(!text(*lines).contains(openVariable), qPrintable(name));
    QString fragments = QString::fromLatin1(kBasePrelude) + s.prelude.join(QLatin1Char('\n')) + QLatin1Char('\n');
    bool anyFragment = false;
    for (const auto &[section, lines] : {std::pair{QStringLiteral("producer"), &s.producer},
                                         std::pair{QStringLiteral("consumer"), &s.consumer}}) {
        if (isProgram(*lines)) {
            // One of the lecture's programs: it compiles as printed.
            const QString errors = compileErrors(s.language, text(*lines).toUtf8());
            QVERIFY2(errors.isEmpty(), qPrintable(name + QLatin1Char(' ') + section + QLatin1Char('\n') + errors));
            continue;
        }
        anyFragment = true;
        fragments += QStringLiteral("void %1(void)\n{\n%2\n}\n").arg(section, text(*lines));
    }
    if (anyFragment) {
        const QString errors = compileErrors(s.language, fragments.toUtf8());
        QVERIFY2(errors.isEmpty(), qPrintable(name + QLatin1Char('\n') + errors));
    }
}

void TestLessonCode::streamConsumersLoopOverShortReads_data()
{
    QTest::addColumn<QString>("mechanism");
    for (const Mechanism *m : allMechanisms())
        if (!m->info().keepsBoundaries)
            QTest::newRow(m->info().id.c_str()) << QString::fromStdString(m->info().id);
}

void TestLessonCode::streamConsumersLoopOverShortReads()
{
    // A byte stream may hand a message over in pieces: the receive reads
    // the rest of the message, again and again, as the workers do.
    QFETCH(QString, mechanism);
    const CodeSnippet s = CodeSnippet::load(mechanism);
    const int receive = s.lineOf(Role::Consumer, {WorkerState::InCall, Op::Receive, 0}, {});
    QVERIFY(receive > 0);
    QVERIFY2(s.consumer[receive].text.contains(QLatin1String("buf + got")), qPrintable(s.consumer[receive].text));
    QVERIFY(s.consumer[receive - 1].text.contains(QLatin1String("for (got = 0; got < SIZE; got += n)")));
}

void TestLessonCode::everyLessonHasItsCode()
{
    int own = 0;
    for (const Lesson *l : allLessons()) {
        const CodeSnippet s = CodeSnippet::load(l->code());
        QVERIFY2(!s.producer.isEmpty() && !s.consumer.isEmpty(), qPrintable(l->id()));
        // Those that run workers of their own show their own code.
        if (l->scenario().isEmpty()) {
            QVERIFY2(!findMechanism(l->code().toStdString()), qPrintable(l->id()));
            ++own;
        }
    }
    QVERIFY(own >= 8);
}

void TestLessonCode::lessonWorkersMarkTheirLines_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("op");
    QTest::addColumn<int>("object");
    QTest::addColumn<QString>("line");
    const auto row = [](const char *name, const char *code, Role role, WorkerState state, Op op, int object,
                        const char *line) {
        QTest::newRow(name) << QString::fromLatin1(code) << int(role) << int(state) << int(op) << object
                            << QString::fromUtf8(line);
    };
    row("race: racing", "lesson-race", Role::Producer, WorkerState::Running, Op::None, 0, "seen = *counter");
    row("race: in P", "lesson-race", Role::Producer, WorkerState::InCall, Op::SemP, 0, "semop(sem_id, &P, 1)");
    row("race: inside", "lesson-race", Role::Producer, WorkerState::Critical, Op::None, 0, "seen = *counter");
    row("race: in V", "lesson-race", Role::Producer, WorkerState::InCall, Op::SemV, 0, "semop(sem_id, &V, 1)");
    row("deadlock: first P", "lesson-deadlock", Role::Producer, WorkerState::InCall, Op::SemP, 0, "&P1, 1");
    row("deadlock: holding", "lesson-deadlock", Role::Producer, WorkerState::Critical, Op::None, 0, "nanosleep");
    row("deadlock: second P", "lesson-deadlock", Role::Producer, WorkerState::InCall, Op::SemP, 1, "&P2, 1");
    row("signals: sending", "lesson-signals", Role::Producer, WorkerState::InCall, Op::Send, 0, "sigqueue(receiver");
    row("signals: waiting", "lesson-signals", Role::Consumer, WorkerState::InCall, Op::Receive, 0, "sigtimedwait");
}

void TestLessonCode::lessonWorkersMarkTheirLines()
{
    QFETCH(QString, code);
    QFETCH(int, role);
    QFETCH(int, state);
    QFETCH(int, op);
    QFETCH(int, object);
    QFETCH(QString, line);
    const CodeSnippet s = CodeSnippet::load(code);
    const int at = s.lineOf(Role(role), {WorkerState(state), Op(op), uint8_t(object)}, {});
    const auto &lines = Role(role) == Role::Producer ? s.producer : s.consumer;
    QVERIFY2(at >= 0, qPrintable(code));
    QVERIFY2(lines[at].text.contains(line), qPrintable(lines[at].text));
}

void TestLessonCode::codeFollowsALessonLive()
{
    // The panel tells the Code dock which code the lesson runs and where its
    // workers are: in the deadlock, both asleep in P on their second.
    LessonPanel panel;
    CodeView code;
    QObject::connect(&panel, &LessonPanel::aboutToRun, &code, &CodeView::setMechanism);
    QObject::connect(&panel, &LessonPanel::workersChanged, &code, &CodeView::update);
    panel.show();
    code.show();
    panel.select(QStringLiteral("deadlock"));
    QVERIFY(panel.run());
    const CodeSnippet s = CodeSnippet::load(QStringLiteral("lesson-deadlock"));
    const int second = lineContaining(s.producer, QStringLiteral("&P2, 1"));
    QVERIFY(second >= 0);
    QVERIFY(waitUntil([&] { return markedAt(code, QStringLiteral("P1"), second) && markedAt(code, QStringLiteral("P2"), second); },
                      10000));
    QVERIFY(waitUntil([&] { return !panel.isRunning(); }, 30000));
    QVERIFY(waitUntil([&] { return code.marked().isEmpty(); })); // done: nobody is anywhere
    QCOMPARE(leftoverReport(), QString());
}

void TestLessonCode::readingsPlaceTheirLine_data()
{
    // What the lesson read — a line its process printed, the call /proc
    // finds it asleep in — against the line lit; empty: none may be.
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("readings");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("syscall");
    QTest::addColumn<QString>("lit");
    const auto row = [](const char *name, const char *code, const QStringList &readings, const char *lit,
                        Role role = Role::Producer, const char *syscall = "") {
        QTest::newRow(name) << QString::fromLatin1(code) << readings << int(role) << QString::fromLatin1(syscall)
                            << QString::fromUtf8(lit);
    };
    const QString wrote = QStringLiteral("a.writer=Writer: Wrote to shared memory: Hello from writer!");
    row("shm_write printed", "lecture-shm", {QStringLiteral("a.writer_pid=4242"), wrote}, "printf(\"Writer: Wrote");
    row("the latest placed", "lecture-shm",
        {wrote, QStringLiteral("a.reader=Reader: Read from shared memory: Hello from writer!"),
         QStringLiteral("a.after_reader=key 0x00000000 id 0 perms 666 bytes 1000000 nattch 1 dest 1")},
        "printf(\"Reader: Read");
    row("a reader with no writer", "lecture-shm", {QStringLiteral("c.reader=shmget: No such file or directory")},
        "perror(\"shmget\")");
    row("a reading no marker places", "lecture-shm", {QStringLiteral("isolation=ipc"), QStringLiteral("a.writer_pid=4242")},
        "");
    row("the key, not the value", "lecture-shm", {QStringLiteral("a.reader=(nothing)")}, "");
    row("no readings", "lecture-shm", {}, "");
    row("ftok", "lesson-ftok", {QStringLiteral("before=0x4100abcd 1234")}, "before = ftok");
    row("a datagram", "lesson-boundaries", {QStringLiteral("unix_dgram=100 100 100")}, "recv(sv[0]");
    row("the POSIX writer's shell", "lecture-posix-shm", {QStringLiteral("ls=-rw-rw-rw- 256 my_shm")}, "ls -l");
    row("shm_write asleep in getchar", "lecture-shm", {}, "getchar()", Role::Producer, "read");
    row("asleep where the code has no marker", "lecture-shm", {}, "", Role::Producer, "nanosleep");
    row("another process in the same call", "lecture-shm", {}, "", Role::Consumer, "read");
}

void TestLessonCode::readingsPlaceTheirLine()
{
    QFETCH(QString, code);
    QFETCH(QStringList, readings);
    QFETCH(int, role);
    QFETCH(QString, syscall);
    QFETCH(QString, lit);
    CodeView view;
    view.show();
    view.setMechanism(code);
    RunSnapshot snapshot;
    snapshot.readings = readings;
    if (!syscall.isEmpty()) {
        WorkerSnapshot w;
        w.role = Role(role);
        w.pid = 4242;
        w.syscall = syscall;
        w.state = {WorkerState::InCall, Op::None, 0};
        snapshot.workers << w;
    }
    view.update(snapshot);
    if (lit.isEmpty()) {
        QVERIFY2(view.markedCode().isEmpty(), qPrintable(view.markedCode().join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(view.markedCode().size(), 1);
    QVERIFY2(view.markedCode().first().contains(lit), qPrintable(view.markedCode().first()));
}

void TestLessonCode::aMarkMovingOnScreenRewritesOnlyItsLines()
{
    // A worker stepping from one line to the next on screen leaves the code
    // where it is and writes those two lines' gutters again, nothing else.
    // The old view set the whole text at every move — laid out anew,
    // scrolled to the top — and centred the line again: at full speed the
    // code and its scroll bars repainted 30 times a second.
    CodeView view;
    view.resize(320, 220); // a few lines of each section shown: the code scrolls
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setMechanism(QStringLiteral("sysv-shm"));
    const std::vector<std::string> names = findMechanism("sysv-shm")->info().syncObjects;
    const auto at = [&](const char *object) {
        RunSnapshot snapshot;
        WorkerSnapshot w;
        w.role = Role::Producer;
        w.state = {WorkerState::InCall, Op::SemP,
                   std::uint8_t(std::find(names.begin(), names.end(), std::string(object)) - names.begin())};
        snapshot.workers << w;
        view.update(snapshot);
    };
    const CodeSnippet snippet = CodeSnippet::load(QStringLiteral("sysv-shm"));
    const int empty = lineContaining(snippet.producer, QStringLiteral("&P_empty"));
    const int put = lineContaining(snippet.producer, QStringLiteral("&P_put"));
    QCOMPARE(put, empty + 1);
    auto *producer = view.findChildren<QPlainTextEdit *>().value(0);
    QVERIFY(producer);
    at("empty");
    QVERIFY(markedAt(view, QStringLiteral("P1"), empty));
    const int scrolled = producer->verticalScrollBar()->value();
    QVERIFY2(scrolled > 0, "the line is below the first screen: the code scrolled to it");
    QSignalSpy changes(producer->document(), &QTextDocument::contentsChange);
    at("put");
    QVERIFY(markedAt(view, QStringLiteral("P1"), put));
    QCOMPARE(producer->verticalScrollBar()->value(), scrolled);
    const int from = producer->document()->findBlockByNumber(empty).position();
    const int to = producer->document()->findBlockByNumber(put + 1).position();
    QVERIFY(!changes.isEmpty());
    for (const QList<QVariant> &change : changes) {
        const int at = change.value(0).toInt();
        QVERIFY2(at >= from && at + change.value(1).toInt() <= to,
                 qPrintable(QStringLiteral("changed %1 + %2, the two lines are %3 to %4")
                                .arg(at)
                                .arg(change.value(1).toInt())
                                .arg(from)
                                .arg(to)));
    }
    QVERIFY(producer->document()->findBlockByNumber(put).text().startsWith(QStringLiteral("P1 ▶ ")));
    QVERIFY(!producer->document()->findBlockByNumber(empty).text().contains(QStringLiteral("P1")));
}

void TestLessonCode::everyLessonLightsALine_data()
{
    QTest::addColumn<QString>("id");
    for (const Lesson *l : allLessons())
        QTest::newRow(qPrintable(l->id())) << l->id();
}

void TestLessonCode::everyLessonLightsALine()
{
    // While it runs or at its end, what the lesson read of its processes
    // (their telemetry, /proc, what they printed) lights a line of its code.
    // Once one is lit the question is settled: the lesson is cancelled there,
    // and what it leaves is checked as after its end (each ran to its end:
    // 30 s for the 24, where every one lights its first line within a
    // second). One that lights nothing still runs to its end, and fails.
    QFETCH(QString, id);
    LessonPanel panel;
    CodeView code;
    QObject::connect(&panel, &LessonPanel::aboutToRun, &code, &CodeView::setMechanism);
    QObject::connect(&panel, &LessonPanel::workersChanged, &code, &CodeView::update);
    QStringList lit;
    QObject::connect(&panel, &LessonPanel::workersChanged, &code, [&] {
        lit += code.markedCode();
        if (!lit.isEmpty())
            panel.cancel();
    });
    panel.show();
    code.show();
    panel.select(id);
    QVERIFY(panel.runWithoutAsking());
    QVERIFY(waitUntil([&] { return !panel.isRunning(); }, 120000));
    lit.removeDuplicates();
    QVERIFY2(!lit.isEmpty(), qPrintable(id));
    qInfo("%s: %s", qPrintable(id), qPrintable(lit.join(QStringLiteral(" | ")).simplified()));
    QCOMPARE(leftoverReport(), QString());
}

void TestLessonCode::verdictInTheWindow_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "ru"})
        for (const char *id : {"race", "lecture-shm", "lecture-sem"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(id), QLatin1String(language))))
                << QString::fromLatin1(id) << QString::fromLatin1(language);
}

void TestLessonCode::verdictInTheWindow()
{
    // From the Lessons menu to the panel's checks, each with what it
    // measured, and the lecture's errata for its own examples.
    QFETCH(QString, id);
    QFETCH(QString, language);
    QVERIFY(language::setCurrent(language));
    const auto english = qScopeGuard([] { language::setCurrent(QStringLiteral("en")); });
    MainWindow w;
    w.show();
    const Lesson *lesson = findLesson(id);
    QAction *run = nullptr;
    for (QAction *a : w.findChild<QMenu *>(QStringLiteral("menuLessons"))->actions())
        if (a->text().contains(lesson->title()))
            run = a;
    QVERIFY(run);
    run->trigger();
    QVERIFY(waitUntil([&] { return !w.lessonPanel()->isRunning(); }, 60000));
    const QString checks = w.lessonPanel()->findChild<QLabel *>(QStringLiteral("checks"))->text();
    QCOMPARE(checks.count(QStringLiteral("✓")), qsizetype(lesson->verdict(QJsonObject()).size()));
    const QLabel *errata = w.lessonPanel()->findChild<QLabel *>(QStringLiteral("errata"));
    QCOMPARE(errata->isVisibleTo(w.lessonPanel()), id.startsWith(QLatin1String("lecture-")));
    if (id.startsWith(QLatin1String("lecture-")))
        QVERIFY(errata->text().contains(QStringLiteral("✗")));
    if (language == QLatin1String("ru"))
        QVERIFY(checks.contains(QRegularExpression(QStringLiteral("[А-Яа-я]"))));
    QTest::qWait(200);
    maybeScreenshot(w, qPrintable(QStringLiteral("lesson-%1-%2.png").arg(id, language)));
    QCOMPARE(leftoverReport(), QString());
}

QTEST_MAIN(TestLessonCode)
#include "tst_lessoncode.moc"
