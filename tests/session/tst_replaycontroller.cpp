// The replay's time cursor without a window or a process: it starts on the
// first sample, paused; a step goes one sample either way and stops at the
// ends; a seek shows the last sample at or before the time; played, it goes
// through the samples in order to the last and stops; a damaged sample stops
// it with a reason instead of a picture. Where the recording holds every
// call, a step goes one call (to the first picture after it, back to the
// last before it); a gap in the events makes steps go by sample again. The
// graph's series is the recording's up to the cursor.
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
    void stepsByCall_data();
    void stepsByCall();
    void seriesUpToTheCursor_data();
    void seriesUpToTheCursor();
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

void TestReplayController::stepsByCall_data()
{
    QTest::addColumn<QVector<quint64>>("indices"); // of P1's two events, at 0.25 s and 0.55 s
    QTest::addColumn<QString>("moves");
    QTest::addColumn<bool>("byCall");
    QTest::addColumn<int>("sample");
    const QVector<quint64> whole{7, 8};
    const QVector<quint64> gap{7, 9};
    QTest::newRow("a call forward: the first picture after it") << whole << QStringLiteral("f") << true << 3;
    QTest::newRow("two calls") << whole << QStringLiteral("ff") << true << 6;
    QTest::newRow("no call left: a sample") << whole << QStringLiteral("fff") << true << 7;
    QTest::newRow("back: the last picture before the call") << whole << QStringLiteral("ffb") << true << 5;
    QTest::newRow("back past both calls") << whole << QStringLiteral("ffbb") << true << 2;
    QTest::newRow("no call before: a sample") << whole << QStringLiteral("ffbbb") << true << 1;
    QTest::newRow("a gap in the events: by sample") << gap << QStringLiteral("f") << false << 1;
    QTest::newRow("a gap, back") << gap << QStringLiteral("fffb") << false << 2;
}

void TestReplayController::stepsByCall()
{
    QFETCH(QVector<quint64>, indices);
    QFETCH(QString, moves);
    QFETCH(bool, byCall);
    QFETCH(int, sample);
    Recording r = recording(10);
    const double times[] = {0.25, 0.55};
    for (int i = 0; i < 2; ++i) {
        RecordedEvent e;
        e.index = indices.at(i);
        e.tNs = qint64(times[i] * 1e9);
        r.events.append(e);
    }
    ReplayController c;
    c.load(r);
    QCOMPARE(c.stepsByCall(), byCall);
    for (const QChar m : moves)
        m == QLatin1Char('f') ? c.stepForward() : c.stepBack();
    QCOMPARE(c.index(), sample);
}

void TestReplayController::seriesUpToTheCursor_data()
{
    QTest::addColumn<double>("tS");
    QTest::addColumn<int>("points");
    QTest::addColumn<double>("peak"); // messages/s seen by then
    QTest::addColumn<bool>("closed");
    QTest::newRow("at the start: none") << 0.0 << 0 << 0.0 << false;
    QTest::newRow("a window ended") << 0.1 << 1 << 10.0 << false;
    QTest::newRow("between") << 0.25 << 2 << 20.0 << false;
    QTest::newRow("at the end: all, closed") << 0.4 << 4 << 40.0 << true;
}

void TestReplayController::seriesUpToTheCursor()
{
    QFETCH(double, tS);
    QFETCH(int, points);
    QFETCH(double, peak);
    QFETCH(bool, closed);
    Recording r = recording(5);
    for (int i = 0; i < 4; ++i) {
        RecordedWindow w;
        w.startS = 0.1 * i;
        w.endS = 0.1 * (i + 1);
        w.averagedMsgsPerS = 10.0 * (i + 1);
        r.series.append(w);
    }
    ReplayController c;
    c.load(r);
    c.seek(0.4);
    const quint64 atEnd = c.series().revision();
    c.seek(tS);
    QCOMPARE(c.series().size(), points);
    QCOMPARE(c.series().peakMessagesPerS(), peak);
    QCOMPARE(c.series().isClosed(), closed);
    if (points > 0)
        QCOMPARE(c.series().averaged(points - 1).msgsPerS, peak);
    // Back from the end, the graph must draw again: a new revision.
    QCOMPARE(c.series().revision() != atEnd, points < 4);
}

QTEST_GUILESS_MAIN(TestReplayController)
#include "tst_replaycontroller.moc"
