// A recording in the window: opened, it shows its first sample under the
// replay bar with where and when it was recorded, and nothing is started;
// the bar's step moves the scene; a file that cannot be read is said in the
// status bar and the window goes on as it was; a live run's recording is
// kept and saved.
#include "replaybar.h"
#include "recordingfiles.h"
#include "windowhelpers.h"

#include "session/recordingreader.h"
#include "session/recordingwriter.h"
#include "session/scenecodec.h"

#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

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

} // namespace

class TestReplayWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithoutAProcess();
    void refusedInTheStatusBar_data();
    void refusedInTheStatusBar();

private:
    QTemporaryDir m_dir;
};

void TestReplayWindow::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
}

void TestReplayWindow::opensWithoutAProcess()
{
    const QString file = m_dir.filePath(QStringLiteral("good.ipcrec"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(RecordingWriter::encode(recording()));
    f.close();
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
    const QString file = m_dir.filePath(QStringLiteral("bad.ipcrec"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    MainWindow w;
    w.show();
    QVERIFY(!w.openRecording(file));
    QVERIFY2(w.statusBar()->currentMessage().contains(says), qPrintable(w.statusBar()->currentMessage()));
    QVERIFY(!w.recordings()->bar()->isVisible());
    QVERIFY(w.controller().run() == nullptr);
}

QTEST_MAIN(TestReplayWindow)
#include "tst_replaywindow.moc"
