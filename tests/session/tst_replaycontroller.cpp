// The replay's time cursor without a window or a process: it starts on the
// first sample, paused; a step goes one sample either way and stops at the
// ends; a seek shows the last sample at or before the time; played, it goes
// through the samples in order to the last and stops; a damaged sample stops
// it with a reason instead of a picture.
#include "session/replaycontroller.h"
#include "session/scenecodec.h"

#include <QSignalSpy>
#include <QTest>

using namespace ipcscope;

namespace {

// Samples at 0, 0.1, … with the sample's number as P1's message count, so
// that each picture says which sample it is.
Recording recording(int samples)
{
    Recording r;
    r.workers = {QStringLiteral("P1"), QStringLiteral("C1")};
    for (int i = 0; i < samples; ++i) {
        SceneModel m;
        m.tS = 0.1 * i;
        SceneWorker w;
        w.name = QStringLiteral("P1");
        w.messages = quint64(i);
        m.workers = {w};
        r.scenes.append({m.tS, encodeScene(m)});
    }
    return r;
}

int shown(const ReplayController &c)
{
    return int(c.scene().workers.value(0).messages);
}

} // namespace

class TestReplayController : public QObject {
    Q_OBJECT
private slots:
    void steps_data();
    void steps();
    void seek_data();
    void seek();
    void playsToTheEnd();
    void damagedSampleStops();
    void wordsInTheCurrentLanguage();
};

void TestReplayController::steps_data()
{
    QTest::addColumn<QString>("moves"); // f: forward, b: back
    QTest::addColumn<int>("sample");
    QTest::newRow("loaded") << QString() << 0;
    QTest::newRow("back at the start stays") << QStringLiteral("b") << 0;
    QTest::newRow("forward") << QStringLiteral("f") << 1;
    QTest::newRow("forward and back") << QStringLiteral("ffb") << 1;
    QTest::newRow("past the end stays on the last") << QStringLiteral("ffffffff") << 4;
    QTest::newRow("to the end and back") << QStringLiteral("ffffffbb") << 2;
}

void TestReplayController::steps()
{
    QFETCH(QString, moves);
    QFETCH(int, sample);
    ReplayController c;
    QSignalSpy scenes(&c, &ReplayController::sceneChanged);
    c.load(recording(5));
    QCOMPARE(scenes.size(), 1);
    QVERIFY(!c.isPlaying());
    for (const QChar m : moves)
        m == QLatin1Char('f') ? c.stepForward() : c.stepBack();
    QCOMPARE(c.index(), sample);
    QCOMPARE(shown(c), sample);
    QCOMPARE(c.timeS(), c.recording().scenes.at(sample).tS);
}

void TestReplayController::seek_data()
{
    QTest::addColumn<double>("tS");
    QTest::addColumn<int>("sample");
    QTest::newRow("before the start: the first") << -1.0 << 0;
    QTest::newRow("between: the earlier") << 0.25 << 2;
    QTest::newRow("just before one") << 0.299 << 2;
    QTest::newRow("past the end: the last") << 9.0 << 4;
}

void TestReplayController::seek()
{
    QFETCH(double, tS);
    QFETCH(int, sample);
    ReplayController c;
    c.load(recording(5));
    c.seek(tS);
    QCOMPARE(c.index(), sample);
    QCOMPARE(shown(c), sample);
}

void TestReplayController::playsToTheEnd()
{
    ReplayController c;
    c.load(recording(5));
    c.setSpeed(64);
    QVector<int> seen;
    connect(&c, &ReplayController::sceneChanged, this,
            [&seen](const SceneModel &m) { seen.append(int(m.workers.value(0).messages)); });
    QSignalSpy playing(&c, &ReplayController::playingChanged);
    c.play();
    QVERIFY(c.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!c.isPlaying(), 10000);
    QCOMPARE(c.index(), 4);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.constLast(), 4);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i) > seen.at(i - 1)); // forward only, never a sample twice
    QCOMPARE(playing.size(), 2);
    // Played again from the end: from the start.
    c.play();
    QVERIFY(c.index() <= 1);
    c.pause();
}

void TestReplayController::damagedSampleStops()
{
    Recording r = recording(3);
    r.scenes[1].encoded = QByteArrayLiteral("\xa1\x61t"); // a map cut short
    ReplayController c;
    QSignalSpy failed(&c, &ReplayController::failed);
    c.load(r);
    c.stepForward();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(c.index(), 0); // the last good picture stays
    QCOMPARE(shown(c), 0);
    c.stepForward(); // still the damaged one next: refused again
    QCOMPARE(failed.size(), 2);
    c.seek(0.2); // past it
    QCOMPARE(c.index(), 2);
}

void TestReplayController::wordsInTheCurrentLanguage()
{
    // Recorded in another language: the words that come from the mechanism
    // and the shares are said again in this one (English here).
    Recording r = recording(1);
    r.scenario = QJsonObject{{QStringLiteral("mechanism"), QStringLiteral("sysv-shm")}};
    SceneModel m = *r.scene(0);
    m.workers[0].shares = {{QStringLiteral("sleeping"), QStringLiteral("ждёт темпа"), 1}};
    SceneSemaphore empty;
    empty.name = QStringLiteral("empty");
    empty.purpose = QStringLiteral("свободные ячейки");
    m.semaphores = {empty};
    r.scenes[0].encoded = encodeScene(m);
    ReplayController c;
    c.load(r);
    QCOMPARE(c.scene().workers.at(0).shares.at(0).text, QStringLiteral("paced"));
    QCOMPARE(c.scene().semaphores.at(0).purpose, QStringLiteral("free slots"));
    // Without the mechanism to ask, the words stay as recorded.
    r.scenario = QJsonObject{{QStringLiteral("mechanism"), QStringLiteral("telepathy")}};
    c.load(r);
    QCOMPARE(c.scene().semaphores.at(0).purpose, QStringLiteral("свободные ячейки"));
}

QTEST_GUILESS_MAIN(TestReplayController)
#include "tst_replaycontroller.moc"
