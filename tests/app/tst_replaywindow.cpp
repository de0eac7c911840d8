// A recording in the window: opened, it shows its first sample under the
// replay bar with where and when it was recorded, and nothing is started;
// the bar's step moves the scene; a file that cannot be read is said in the
// status bar and the window goes on as it was; a live run's recording is
// kept and saved. The scene, the kernel panel, the code marks and the graph
// follow the time cursor (and stay while it moves within one sample); the
// bar steps by call where every call was recorded, and says so where not;
// a live run can be looked back on and followed again. The picker and the
// editor show the recording's scenario, disabled, and the user's again after.
// A lesson run in the window is recorded too: saved, it holds its scenes and
// outcome, and opened it replays the lesson's own picture; the question it
// put first and the audience's guess are shown with its verdict.
#include "codeview.h"
#include "mechanismpicker.h"
#include "scenarioeditor.h"
#include "kernelpanel.h"
#include "replaybar.h"
#include "recordingfiles.h"
#include "throughputplot.h"
#include "windowhelpers.h"

#include "../session/clihelpers.h"
#include "../session/runhelpers.h"

#include "lessonpanel.h"
#include "questiondialog.h"
#include "noticeitem.h"
#include "workeritem.h"

#include "session/lessons/lesson.h"
#include "session/recordingreader.h"
#include "session/recordingwriter.h"
#include "session/scenecodec.h"
#include "session/scenetext.h"

#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QtEndian>

#include <qcustomplot.h>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

Recording recording()
{
    Recording r;
    r.scenario = MainWindow::defaultScenario().toJson();
    r.machine = QJsonObject{{QStringLiteral("host"), QStringLiteral("lab-7")}};
    r.recordedAt = QStringLiteral("2026-11-30T09:15:00.000Z");
    r.workers = {QStringLiteral("P1"), QStringLiteral("C1")};
    r.producers = 1;
    for (int i = 0; i < 3; ++i) {
        SceneModel m;
        m.tS = i;
        m.phase = ScenePhase::Paused;
        m.exact = true;
        SceneWorker p;
        p.name = QStringLiteral("P1");
        p.pid = 100 + i;
        p.messages = quint64(i);
        SceneWorker c = p;
        c.name = QStringLiteral("C1");
        c.role = Role::Consumer;
        m.workers = {p, c};
        r.scenes.append({m.tS, encodeScene(m)});
    }
    return r;
}

// Three moments of the default scenario (sysv-shm) a second apart: P1
// asleep in P(empty), then copying under put, then before V(full); the
// kernel's "empty" drops; the series has a window every half second.
Recording moments()
{
    Recording r = recording();
    r.scenes.clear();
    struct Moment {
        const char *state;
        const char *call;
        const char *on;
        qint64 empty;
    };
    const Moment moments[] = {{"blocked", "P(empty)", "empty", 0},
                              {"critical", "copy", "ring", 3},
                              {"paused", "V(full)", "full", 2}};
    for (int i = 0; i < 3; ++i) {
        SceneModel m;
        m.tS = i;
        m.phase = ScenePhase::Paused;
        m.exact = true;
        SceneWorker p;
        p.name = QStringLiteral("P1");
        p.pid = 100;
        p.state = QLatin1String(moments[i].state);
        p.call = QLatin1String(moments[i].call);
        p.on = QLatin1String(moments[i].on);
        p.text = p.state;
        SceneWorker c;
        c.name = QStringLiteral("C1");
        c.role = Role::Consumer;
        c.pid = 101;
        c.state = QStringLiteral("running");
        m.workers = {p, c};
        SceneSemaphore empty;
        empty.name = QStringLiteral("empty");
        empty.value = moments[i].empty;
        SceneSemaphore put;
        put.name = QStringLiteral("put");
        put.kind = SceneSemaphore::Kind::Lock;
        put.value = i == 1 ? 0 : 1;
        put.holder = i == 1 ? QStringLiteral("P1") : QString();
        m.semaphores = {empty, put};
        r.scenes.append({m.tS, encodeScene(m)});
    }
    for (int i = 0; i < 4; ++i) {
        RecordedWindow w;
        w.startS = 0.5 * i;
        w.endS = 0.5 * (i + 1);
        w.averagedMsgsPerS = 2;
        w.averagedMbPerS = 128e-6;
        w.workerMsgsPerS = {2, 2};
        w.workerMbPerS = {128e-6, 128e-6};
        r.series.append(w);
    }
    return r;
}

QString kernelText(MainWindow &w)
{
    QStringList rows;
    const QAbstractItemModel *model = w.kernelPanel()->model();
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex name = model->index(row, 0, parent);
            rows << name.data().toString() + QLatin1Char('=') + model->index(row, 1, parent).data().toString();
            walk(name);
        }
    };
    walk({});
    return rows.join(QLatin1Char(' '));
}

QString codeText(MainWindow &w)
{
    QStringList marks;
    for (const auto &[who, line] : w.codeView()->marked())
        marks << QStringLiteral("%1:%2").arg(who).arg(line);
    return marks.join(QLatin1Char(' '));
}

QString graphText(MainWindow &w)
{
    QStringList counts;
    const QCustomPlot *plot = w.plot()->plot();
    for (int i = 0; i < plot->graphCount(); ++i)
        counts << QString::number(plot->graph(i)->dataCount());
    return counts.join(QLatin1Char(' '));
}

QString viewText(MainWindow &w, const QString &view)
{
    if (view == QLatin1String("scene"))
        return QString::fromUtf8(QJsonDocument(w.scene()->model().toJson()).toJson(QJsonDocument::Compact));
    if (view == QLatin1String("kernel"))
        return kernelText(w);
    if (view == QLatin1String("code"))
        return codeText(w);
    return graphText(w);
}

QToolButton *barButton(MainWindow &w, const QString &tip)
{
    for (QToolButton *b : w.recordings()->bar()->findChildren<QToolButton *>())
        if (b->toolTip() == tip)
            return b;
    return nullptr;
}

} // namespace

class TestReplayWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithoutAProcess();
    void refusedInTheStatusBar_data();
    void refusedInTheStatusBar();
    void viewsFollowTheCursor_data();
    void viewsFollowTheCursor();
    void stepsByCallOrSample_data();
    void stepsByCallOrSample();
    void looksBackOnALiveRun();
    void showsTheRecordingsScenario_data();
    void showsTheRecordingsScenario();
    void showsTheRecordingsPolicy_data();
    void showsTheRecordingsPolicy();
    void recordsAndReplaysALesson_data();
    void recordsAndReplaysALesson();
    void replaysALessonsVerdict_data();
    void replaysALessonsVerdict();
    void replaysALessonsQuestion();
    void speaksTheWindowsLanguage_data();
    void speaksTheWindowsLanguage();

private:
    // `bytes` written to a file of that name in m_dir: its path, or empty.
    QString written(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
};

QString TestReplayWindow::written(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    const bool done = f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    return done ? path : QString();
}

void TestReplayWindow::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
}

void TestReplayWindow::opensWithoutAProcess()
{
    const QString file = written(QStringLiteral("good.ipcrec"), RecordingWriter::encode(recording()));
    QVERIFY(!file.isEmpty());
    MainWindow w;
    w.show();
    QVERIFY(!w.recordings()->bar()->isVisible());
    QVERIFY(w.openRecording(file));
    QVERIFY(w.controller().run() == nullptr); // nothing started
    QVERIFY(w.recordings()->bar()->isVisible());
    QVERIFY(w.recordings()->bar()->originText().contains(QStringLiteral("lab-7")));
    QCOMPARE(w.scene()->model().workers.value(0).pid, 100);
    // One sample forward, by the bar's button.
    const QList<QToolButton *> buttons = w.recordings()->bar()->findChildren<QToolButton *>();
    QToolButton *forward = nullptr;
    for (QToolButton *b : buttons)
        if (b->toolTip() == ReplayBar::tr("One sample forward"))
            forward = b;
    QVERIFY(forward);
    forward->click();
    QCOMPARE(w.scene()->model().workers.value(0).pid, 101);
    QCOMPARE(w.recordings()->replay().index(), 1);
    // Saved again from the replay, it reads back the same.
    const QString again = m_dir.filePath(QStringLiteral("again.ipcrec"));
    QVERIFY(w.recordings()->save(again));
    QString error;
    const std::optional<Recording> back = RecordingReader::read(again, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->scenes.size(), 3);
    w.recordings()->endReplay();
    QVERIFY(!w.recordings()->bar()->isVisible());
}

void TestReplayWindow::refusedInTheStatusBar_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    const QByteArray good = RecordingWriter::encode(recording());
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated");
    QTest::newRow("garbage") << QByteArray(300, 'x') << QStringLiteral("not an ipcscope recording");
    QByteArray newer = good;
    newer[11] = char(newer[11] + 1);
    QTest::newRow("newer") << newer << QStringLiteral("newer ipcscope");
}

void TestReplayWindow::refusedInTheStatusBar()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const QString file = written(QStringLiteral("bad.ipcrec"), bytes);
    QVERIFY(!file.isEmpty());
    MainWindow w;
    w.show();
    QVERIFY(!w.openRecording(file));
    QVERIFY2(w.statusBar()->currentMessage().contains(says), qPrintable(w.statusBar()->currentMessage()));
    QVERIFY(!w.recordings()->bar()->isVisible());
    QVERIFY(w.controller().run() == nullptr);
}

void TestReplayWindow::viewsFollowTheCursor_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<double>("tS");
    QTest::addColumn<bool>("changes");
    for (const char *view : {"scene", "kernel", "code", "graph"}) {
        QTest::addRow("%s: a second on", view) << QString::fromLatin1(view) << 1.0 << true;
        QTest::addRow("%s: to the end", view) << QString::fromLatin1(view) << 2.0 << true;
        // Within the first sample and before the first window ends: the
        // same moment, nothing to change.
        QTest::addRow("%s: within one sample", view) << QString::fromLatin1(view) << 0.4 << false;
    }
}

void TestReplayWindow::viewsFollowTheCursor()
{
    QFETCH(QString, view);
    QFETCH(double, tS);
    QFETCH(bool, changes);
    const QString file = written(QStringLiteral("moments.ipcrec"), RecordingWriter::encode(moments()));
    QVERIFY(!file.isEmpty());
    MainWindow w;
    w.show();
    QVERIFY(w.openRecording(file));
    QVERIFY(w.codeView()->isVisible());
    const QString before = viewText(w, view);
    QVERIFY(!before.isEmpty());
    w.recordings()->replay().seek(tS);
    const QString after = viewText(w, view);
    QVERIFY2((after != before) == changes, qPrintable(before + QStringLiteral(" → ") + after));
    // What each shows: P1 on the line of P(empty), then of the copy under
    // put; the kernel's empty at 0, then 3; the graph's start, then its
    // four windows after it.
    const CodeSnippet code = CodeSnippet::load(QStringLiteral("sysv-shm"));
    const auto line = [&](const char *op, const char *object) {
        for (int i = 0; i < code.producer.size(); ++i)
            if (code.producer[i].has(QLatin1String(op), QLatin1String(object)))
                return QStringLiteral("P1:%1").arg(i);
        return QString();
    };
    if (view == QLatin1String("code")) {
        QCOMPARE(before, line("P", "empty"));
        if (tS == 1.0)
            QCOMPARE(after, line("copy", "put"));
    }
    if (view == QLatin1String("kernel")) {
        QVERIFY2(before.contains(QStringLiteral("empty= value=0")), qPrintable(before));
        if (tS == 1.0)
            QVERIFY2(after.contains(QStringLiteral("empty= value=3")), qPrintable(after));
    }
    if (view == QLatin1String("graph")) {
        QVERIFY2(before.startsWith(QStringLiteral("1 1")), qPrintable(before));
        if (tS == 2.0)
            QVERIFY2(after.startsWith(QStringLiteral("5 5")), qPrintable(after));
    }
}

void TestReplayWindow::stepsByCallOrSample_data()
{
    QTest::addColumn<QVector<quint64>>("indices"); // of P1's events at 0.5 s and 1.5 s
    QTest::addColumn<QString>("forward");           // the button's tooltip
    QTest::addColumn<bool>("noted");                // the bar says steps go by sample
    QTest::addColumn<int>("sample");                // after one step forward
    QTest::newRow("every call recorded: by call")
        << QVector<quint64>{0, 1} << ReplayBar::tr("One call forward") << false << 1;
    QTest::newRow("sampled at speed: by sample")
        << QVector<quint64>{0, 40} << ReplayBar::tr("One sample forward") << true << 1;
    QTest::newRow("no event: by sample, nothing to say")
        << QVector<quint64>{} << ReplayBar::tr("One sample forward") << false << 1;
}

void TestReplayWindow::stepsByCallOrSample()
{
    QFETCH(QVector<quint64>, indices);
    QFETCH(QString, forward);
    QFETCH(bool, noted);
    QFETCH(int, sample);
    Recording r = moments();
    for (int i = 0; i < indices.size(); ++i) {
        RecordedEvent e;
        e.index = indices.at(i);
        e.tNs = qint64((0.5 + i) * 1e9);
        r.events.append(e);
    }
    const QString file = written(QStringLiteral("steps.ipcrec"), RecordingWriter::encode(r));
    QVERIFY(!file.isEmpty());
    MainWindow w;
    w.show();
    QVERIFY(w.openRecording(file));
    ReplayBar *bar = w.recordings()->bar();
    QToolButton *button = barButton(w, forward);
    QVERIFY2(button, qPrintable(forward));
    QCOMPARE(!bar->stepNote().isEmpty(), noted);
    bool shown = false;
    for (QLabel *label : bar->findChildren<QLabel *>())
        shown = shown || (label->isVisible() && !label->text().isEmpty() && label->text() == bar->stepNote());
    QCOMPARE(shown, noted);
    button->click();
    QCOMPARE(w.recordings()->replay().index(), sample);
}

void TestReplayWindow::looksBackOnALiveRun()
{
    MainWindow w;
    w.show();
    // No run: nothing to look back on (the case that turns).
    QVERIFY(!action(w, "actionLookBack")->isEnabled());
    QVERIFY(!w.recordings()->lookBack());
    QVERIFY(!w.recordings()->bar()->isVisible());
    QVERIFY(w.startRun()); // sysv-shm, 2 msg/s
    const Run *run = w.controller().run();
    QVERIFY(waitUntil([&] { return run->snapshot().received >= 2; }));
    action(w, "actionPause")->setChecked(true);
    QVERIFY(action(w, "actionLookBack")->isEnabled());
    action(w, "actionLookBack")->trigger();
    QVERIFY(w.recordings()->isLookingBack());
    ReplayBar *bar = w.recordings()->bar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->isLive());
    const double latest = w.scene()->model().tS;
    // Dragged to the start: the scene is the past, and says how long ago.
    w.recordings()->replay().seek(0);
    const double past = w.scene()->model().tS;
    QVERIFY2(past < latest - 0.5, qPrintable(QStringLiteral("%1 %2").arg(past).arg(latest)));
    QVERIFY2(bar->originText().startsWith(ReplayBar::tr("Past — %1 ago; the live run goes on")
                                              .section(QLatin1Char(' '), 0, 1)),
             qPrintable(bar->originText()));
    // The graph too: back at the start, only its starting point.
    QVERIFY2(graphText(w).startsWith(QStringLiteral("1 1")), qPrintable(graphText(w)));
    QTest::qWait(50); // the queued replot, for the picture
    maybeScreenshot(w, "replay-lookback.png");
    // The run goes on underneath; the scene stays in the past.
    QTest::qWait(300);
    QCOMPARE(w.scene()->model().tS, past);
    QVERIFY(!action(w, "actionSaveRecording")->isEnabled() || w.recordings()->recorder().isComplete());
    // Follow: the live run again.
    QToolButton *follow = barButton(w, ReplayBar::tr("Back to the live run"));
    QVERIFY(follow);
    follow->click();
    QVERIFY(!w.recordings()->isLookingBack());
    QVERIFY(!bar->isVisible());
    QVERIFY(waitUntil([&] { return w.scene()->model().tS >= latest; }));
    QSignalSpy finished(&w.controller(), &RunController::runFinished);
    action(w, "actionStop")->trigger();
    QVERIFY(finished.wait(5000));
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

void TestReplayWindow::showsTheRecordingsScenario_data()
{
    QTest::addColumn<QString>("own");      // the user's mechanism
    QTest::addColumn<QString>("recorded"); // the recording's
    QTest::addColumn<bool>("byStart");     // closed by Start, not by the bar
    QTest::newRow("pipe replay over sysv-shm") << QStringLiteral("sysv-shm") << QStringLiteral("pipe") << false;
    // The same check turned: a picker that kept the user's, or kept the
    // recording's after, fails one of the two rows.
    QTest::newRow("sysv-shm replay over pipe") << QStringLiteral("pipe") << QStringLiteral("sysv-shm") << false;
    QTest::newRow("Start runs the user's scenario") << QStringLiteral("sysv-shm") << QStringLiteral("pipe") << true;
}

void TestReplayWindow::showsTheRecordingsScenario()
{
    QFETCH(QString, own);
    QFETCH(QString, recorded);
    QFETCH(bool, byStart);
    Recording r = recording();
    Scenario scenario = MainWindow::defaultScenario();
    scenario.mechanism = recorded;
    scenario.payload = QStringLiteral("recorded");
    r.scenario = scenario.toJson();
    const QString file = written(QStringLiteral("scenario.ipcrec"), RecordingWriter::encode(r));
    QVERIFY(!file.isEmpty());
    MainWindow w;
    w.show();
    Scenario mine = MainWindow::defaultScenario();
    mine.mechanism = own;
    mine.payload = QStringLiteral("mine");
    w.setScenario(mine);
    QVERIFY(w.openRecording(file));
    QCOMPARE(w.picker()->mechanism(), recorded);
    QCOMPARE(w.editor()->scenario().mechanism, recorded);
    QCOMPARE(w.editor()->scenario().payload, QStringLiteral("recorded"));
    QVERIFY(!w.picker()->isEnabled());
    QVERIFY(!w.editor()->isEnabled());
    if (byStart) {
        QVERIFY(w.startRun());
        QVERIFY(!w.recordings()->isReplaying());
        QCOMPARE(w.controller().run()->scenario().mechanism, own);
        QCOMPARE(w.controller().run()->scenario().payload, QStringLiteral("mine"));
    } else {
        QToolButton *close = barButton(w, ReplayBar::tr("Close the replay"));
        QVERIFY(close);
        close->click();
    }
    QVERIFY(!w.recordings()->bar()->isVisible());
    QCOMPARE(w.picker()->mechanism(), own);
    QCOMPARE(w.editor()->scenario().mechanism, own);
    QCOMPARE(w.editor()->scenario().payload, QStringLiteral("mine"));
    QVERIFY(w.picker()->isEnabled());
    QVERIFY(w.editor()->isEnabled());
    if (byStart) {
        QSignalSpy finished(&w.controller(), &RunController::runFinished);
        action(w, "actionStop")->trigger();
        QVERIFY(finished.wait(5000));
        w.close();
        QCOMPARE(leftoverReport(), QString());
    }
}

void TestReplayWindow::showsTheRecordingsPolicy_data()
{
    QTest::addColumn<QString>("printed"); // the run's "sched", as its JSON said; empty: none
    QTest::addColumn<bool>("inScenario"); // the scenario names SCHED_OTHER ("sched": "normal")
    QTest::addColumn<bool>("preempt");    // Run ▸ Wake-ups preempt, as the replay shows it
    // Before the workers took SCHED_BATCH a run printed no policy: its
    // scenario has none either, and reads as the default, which it was not.
    QTest::newRow("recorded before the policy") << QString() << false << true;
    QTest::newRow("recorded under batch") << QStringLiteral("batch") << false << false;
    QTest::newRow("recorded under normal") << QStringLiteral("normal") << true << true;
    // `run --sched normal --record` before scenarios carried the policy.
    QTest::newRow("normal, printed only") << QStringLiteral("normal") << false << true;
}

void TestReplayWindow::showsTheRecordingsPolicy()
{
    QFETCH(QString, printed);
    QFETCH(bool, inScenario);
    QFETCH(bool, preempt);
    Recording r = recording();
    Scenario scenario = MainWindow::defaultScenario();
    if (inScenario)
        scenario.sched = SchedPolicy::Normal;
    r.scenario = scenario.toJson();
    if (!printed.isEmpty())
        r.result.insert(QStringLiteral("sched"), printed);
    const QString file = written(QStringLiteral("policy.ipcrec"), RecordingWriter::encode(r));
    QVERIFY(!file.isEmpty());
    MainWindow w;
    w.show();
    QVERIFY(w.openRecording(file));
    QCOMPARE(w.editor()->preemptAction()->isChecked(), preempt);
    QCOMPARE(w.editor()->scenario().sched, preempt ? SchedPolicy::Normal : SchedPolicy::Batch);
    w.recordings()->endReplay();
    QVERIFY(!w.editor()->preemptAction()->isChecked()); // the user's own again
}

void TestReplayWindow::recordsAndReplaysALesson_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("deadlock") << QStringLiteral("deadlock");
}

void TestReplayWindow::recordsAndReplaysALesson()
{
    QFETCH(QString, id);
    const QString file = m_dir.filePath(QStringLiteral("lesson.ipcrec"));
    {
        MainWindow w;
        w.show();
        QAction *save = action(w, "actionSaveRecording");
        QSignalSpy finished(w.lessonPanel(), &LessonPanel::lessonFinished);
        w.lessonPanel()->select(id);
        QVERIFY(w.lessonPanel()->runWithoutAsking());
        QVERIFY(!save->isEnabled()); // not while it goes
        QVERIFY(finished.wait(120000));
        QVERIFY(save->isEnabled());
        QVERIFY(w.recordings()->save(file));
    }
    QString error;
    const std::optional<Recording> saved = RecordingReader::read(file, &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(saved->isLesson());
    QCOMPARE(saved->result.value(QStringLiteral("id")).toString(), id);
    QVERIFY(saved->scenes.size() >= 2);
    const std::optional<SceneModel> last = saved->scene(int(saved->scenes.size()) - 1);
    QVERIFY(last && !last->workers.isEmpty());

    MainWindow w;
    w.show();
    QVERIFY2(w.openRecording(file), qPrintable(w.statusBar()->currentMessage()));
    QVERIFY(w.controller().run() == nullptr);
    QVERIFY(w.recordings()->bar()->isVisible());
    w.recordings()->replay().seek(saved->durationS());
    // The lesson's picture: its processes drawn, the caption its part's.
    int workers = 0;
    for (QGraphicsItem *item : w.scene()->items())
        workers += dynamic_cast<WorkerItem *>(item) ? 1 : 0;
    QCOMPARE(workers, int(last->workers.size()));
    QCOMPARE(w.scene()->caption(), last->part.empty() ? findLesson(id)->title() : lessonWords(last->part));
    w.recordings()->endReplay();
    QVERIFY(!w.recordings()->bar()->isVisible());
}

void TestReplayWindow::replaysALessonsVerdict_data()
{
    QTest::addColumn<bool>("control");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("as taught: as expected") << false << QStringLiteral("✓ As expected.");
    // The control run turns the verdict, and the replay shows it turned.
    QTest::newRow("control: not as expected") << true << QStringLiteral("✗ Not as expected.");
}

// A replayed lesson shows its verdict under its last picture, as the lesson
// did when it ended, and under no other: it is the recording's outcome.
void TestReplayWindow::replaysALessonsVerdict()
{
    QFETCH(bool, control);
    QFETCH(QString, verdict);
    const QString file = m_dir.filePath(QStringLiteral("verdict.ipcrec"));
    QStringList args{QStringLiteral("lesson"), QStringLiteral("sigpipe"), QStringLiteral("--record"), file};
    if (control)
        args << QStringLiteral("--control");
    const CliResult lesson = runCli(args, 120000);
    QCOMPARE(lesson.exitCode, control ? 1 : 0);

    MainWindow w;
    w.show();
    QVERIFY2(w.openRecording(file), qPrintable(w.statusBar()->currentMessage()));
    const auto notices = [&w] {
        QStringList texts;
        for (QGraphicsItem *item : w.scene()->items())
            if (auto *notice = dynamic_cast<NoticeItem *>(item))
                texts << notice->plainText();
        return texts;
    };
    ReplayController &replay = w.recordings()->replay();
    QVERIFY(replay.recording().scenes.size() >= 2);
    QCOMPARE(notices(), QStringList()); // the first picture: the lesson going on
    replay.seek(replay.durationS());
    QCOMPARE(notices(), QStringList{verdict});
    maybeScreenshot(w, control ? "replay-lesson-verdict-control.png" : "replay-lesson-verdict.png");
    replay.stepBack();
    QVERIFY(replay.index() < replay.recording().scenes.size() - 1);
    QCOMPARE(notices(), QStringList());
    QVERIFY(QFile::remove(file));
}

// The question a lesson put first and the audience's guess are recorded,
// and the replay shows them under its last picture with the verdict, the
// guess marked right or wrong. The same file as format 3 wrote it (no
// question) still opens, and shows the verdict alone.
void TestReplayWindow::replaysALessonsQuestion()
{
    const QString file = m_dir.filePath(QStringLiteral("question.ipcrec"));
    const Lesson *lesson = findLesson(QStringLiteral("deadlock"));
    const LessonQuestion question = lesson->question();
    const int guess = 0; // "Both finish"
    int answer = -1;
    {
        MainWindow w;
        w.show();
        LessonPanel *panel = w.lessonPanel();
        panel->setAskFirst(true);
        panel->select(lesson->id());
        QSignalSpy finished(panel, &LessonPanel::lessonFinished);
        QVERIFY(panel->run());
        auto *dialog = w.findChild<QuestionDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QPushButton *>(QStringLiteral("choice%1").arg(guess))->click();
        QVERIFY(finished.wait(120000));
        const std::optional<RecordedQuestion> asked = panel->asked();
        QVERIFY(asked && asked->answer >= 0);
        answer = asked->answer;
        QVERIFY(w.recordings()->save(file));
        panel->setAskFirst(false);
    }
    QString error;
    std::optional<Recording> saved = RecordingReader::read(file, &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(saved->question);
    QCOMPARE(saved->question->question.text, question.text);
    QCOMPARE(saved->question->guess, guess);
    QCOMPARE(saved->question->answer, answer);

    QVERIFY(saved->lessonVerdict() && saved->lessonVerdict()->error.isEmpty());
    const QString verdict =
        saved->lessonVerdict()->asExpected ? QStringLiteral("✓ As expected.") : QStringLiteral("✗ Not as expected.");
    const auto notices = [](MainWindow &w) {
        QStringList texts;
        for (QGraphicsItem *item : w.scene()->items())
            if (auto *notice = dynamic_cast<NoticeItem *>(item))
                texts << notice->plainText();
        return texts;
    };
    {
        MainWindow w;
        w.resize(1024, 768);
        w.show();
        QVERIFY2(w.openRecording(file), qPrintable(w.statusBar()->currentMessage()));
        ReplayController &replay = w.recordings()->replay();
        QCOMPARE(notices(w), QStringList()); // the lesson going on
        replay.seek(replay.durationS());
        const QStringList shown = notices(w);
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown[0].contains(question.text), qPrintable(shown[0]));
        QVERIFY2(shown[0].contains(answer == guess ? QStringLiteral("✓ The guess was right.")
                                                   : QStringLiteral("✗ The guess was: %1.").arg(question.choices[guess])),
                 qPrintable(shown[0]));
        QVERIFY2(shown[0].endsWith(verdict), qPrintable(shown[0]));
        maybeScreenshot(w, "replay-lesson-question.png");
        w.recordings()->endReplay();
    }

    // Format 3: the same recording without its question.
    saved->question.reset();
    QByteArray old = RecordingWriter::encode(*saved);
    qToBigEndian<quint32>(3, old.data() + 8);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(old);
    f.close();
    MainWindow w;
    w.show();
    QVERIFY2(w.openRecording(file), qPrintable(w.statusBar()->currentMessage()));
    QCOMPARE(w.recordings()->replay().recording().version, 3);
    w.recordings()->replay().seek(w.recordings()->replay().durationS());
    QCOMPARE(notices(w), QStringList{verdict});
    QVERIFY(QFile::remove(file));
}

void TestReplayWindow::speaksTheWindowsLanguage_data()
{
    QTest::addColumn<QString>("recordedIn");
    QTest::addColumn<QString>("shownIn");
    QTest::newRow("recorded in Russian, shown in English") << QStringLiteral("ru") << QStringLiteral("en");
    QTest::newRow("recorded in English, shown in Russian") << QStringLiteral("en") << QStringLiteral("ru");
}

// A worker's state in words is said in the window's language, whatever the
// recording's was, and again after a switch during the replay.
void TestReplayWindow::speaksTheWindowsLanguage()
{
    QFETCH(QString, recordedIn);
    QFETCH(QString, shownIn);
    MainWindow w;
    w.show();
    w.setLanguage(recordedIn);
    SceneModel m;
    m.phase = ScenePhase::Paused;
    m.exact = true;
    SceneWorker p;
    p.name = QStringLiteral("P1");
    p.pid = 100;
    p.state = QStringLiteral("blocked");
    p.call = QStringLiteral("P(empty)");
    p.on = QStringLiteral("empty");
    p.text = SceneText::state(p);
    const QString recordedWords = p.text;
    SceneWorker c = p; // the scenario's consumer: the scene draws both or neither
    c.name = QStringLiteral("C1");
    c.role = Role::Consumer;
    c.state = QStringLiteral("running");
    c.call.clear();
    c.on.clear();
    c.text = SceneText::state(c);
    m.workers = {p, c};
    Recording r = recording();
    r.scenes = {{0, encodeScene(m)}};
    const QString file = written(QStringLiteral("language.ipcrec"), RecordingWriter::encode(r));
    QVERIFY(!file.isEmpty());
    w.setLanguage(shownIn);
    const QString shownWords = SceneText::state(p);
    QVERIFY(shownWords != recordedWords); // two languages, or the check could not turn
    QVERIFY(w.openRecording(file));
    QCOMPARE(w.scene()->model().workers.value(0).text, shownWords);
    w.setLanguage(recordedIn); // the window hears of it by a posted event
    QTRY_COMPARE(w.scene()->model().workers.value(0).text, recordedWords);
    w.recordings()->endReplay();
}

QTEST_MAIN(TestReplayWindow)
#include "tst_replaywindow.moc"
