// The recorder's memory bound, without a run: fed ten minutes of a
// full-speed window's events or samples it never holds more than the bound,
// and holds no more after two minutes than within them (the old bound grew
// on for ten); it still spans the whole run — the first and the last kept,
// the newest half of the bound whole, the older part thinned evenly, its
// events by the one sampling rule, each send with its receive; fed up to the
// bound it keeps every one (the case that turns).
// And its sampling at speed, fed a producer's and a consumer's rings as a
// full-speed run fills them: it keeps sends whose receives it keeps too,
// where the old rule (each worker's last 16 of a poll) kept none once the
// consumer was a queue behind.
// A lesson, fed its scenes and outcome by hand: a sample equal to the one
// before is not kept twice, nothing is kept outside the lesson, and the
// outcome's setup names the recording.
#include "session/eventsampling.h"
#include "session/recorder.h"
#include "session/run.h"
#include "session/runcontroller.h"
#include "session/scenemodel.h"

#include <QSignalSpy>

#include <QSet>
#include <cmath>
#include <QTest>

using namespace ipcscope;

class TestRecorder : public QObject {
    Q_OBJECT
private slots:
    void boundedInMemory_data();
    void boundedInMemory();
    void boundedWhenFewAreMessages();
    void samplingPairs_data();
    void samplingPairs();
    void recordsALesson_data();
    void recordsALesson();
};

namespace {

// A full-speed run's polls: the producer sends `perPoll` messages between
// two, the consumer is `lag` messages behind; each worker publishes the
// events of the messages whose seq is a multiple of `workerEvery`, and a
// poll reads each ring's new events, no more than the ring holds.
QVector<QVector<RunEvent>> fullSpeedPolls(int polls, quint64 perPoll, quint64 lag, quint32 workerEvery)
{
    QVector<QVector<RunEvent>> out;
    quint64 cursor[2] = {0, 0};
    for (int p = 1; p <= polls; ++p) {
        QVector<RunEvent> events;
        const quint64 sent = p * perPoll;
        for (int slot = 0; slot < 2; ++slot) {
            const quint64 done = slot == 0 ? sent : sent - lag; // messages 0 … done - 1
            const quint64 published = (done + workerEvery - 1) / workerEvery;
            const quint64 first = std::max(cursor[slot], published > quint64(kEventRing) ? published - kEventRing : 0);
            cursor[slot] = published;
            for (quint64 i = first; i < published; ++i) {
                EventRecord r{};
                r.index = i;
                r.seq = i * workerEvery;
                r.tNs = r.seq * 1000;
                r.kind = slot == 0 ? EventKind::Sent : EventKind::Received;
                events.append({slot, r});
            }
        }
        out.append(events);
    }
    return out;
}

// The share of the kept sends whose receive was kept too.
double pairedShare(const QVector<RecordedEvent> &events)
{
    QSet<quint64> received;
    for (const RecordedEvent &e : events)
        if (e.kind == EventKind::Received)
            received.insert(e.seq);
    int sends = 0, paired = 0;
    for (const RecordedEvent &e : events) {
        if (e.kind != EventKind::Sent)
            continue;
        ++sends;
        paired += received.contains(e.seq) ? 1 : 0;
    }
    return sends ? double(paired) / sends : 0;
}

// The rule before: of a worker with more than 64 events in a poll, its last 16.
QVector<RecordedEvent> lastSixteen(const QVector<QVector<RunEvent>> &polls)
{
    QVector<RecordedEvent> kept;
    for (const QVector<RunEvent> &poll : polls)
        for (int slot = 0; slot < 2; ++slot) {
            QVector<RunEvent> mine;
            for (const RunEvent &e : poll)
                if (e.slot == slot)
                    mine.append(e);
            for (qsizetype i = mine.size() > 64 ? mine.size() - 16 : 0; i < mine.size(); ++i) {
                const EventRecord &r = mine.at(i).event;
                kept.append({slot, r.index, qint64(r.tNs), r.seq, r.kind, r.op, r.producer, r.place, r.size, {}});
            }
        }
    return kept;
}

} // namespace

void TestRecorder::samplingPairs_data()
{
    QTest::addColumn<quint64>("perPoll"); // messages a producer sends between two polls
    QTest::addColumn<quint64>("lag");     // messages the consumer is behind
    QTest::addColumn<double>("atLeast");  // of the kept sends, paired
    QTest::addColumn<double>("oldAtMost");
    QTest::addColumn<quint32>("every");   // the recorder's rule
    // 1 M messages a second, polled every 50 ms: the workers publish every 32nd.
    const quint32 worker = EventSampling::workerEvery(1e6);
    QTest::newRow("in step") << quint64(50'000) << quint64(0) << 0.95 << 1.0 << worker * 8;
    QTest::newRow("a pipe's 600 messages behind") << quint64(50'000) << quint64(600) << 0.8 << 0.0 << worker * 8;
    QTest::newRow("2000 behind") << quint64(50'000) << quint64(2000) << 0.45 << 0.0 << worker * 8;
    // Slow: a poll reads every message, all are kept (every one sampled: 1).
    QTest::newRow("slow") << quint64(40) << quint64(3) << 0.9 << 1.0 << quint32(1);
}

void TestRecorder::samplingPairs()
{
    QFETCH(quint64, perPoll);
    QFETCH(quint64, lag);
    QFETCH(double, atLeast);
    QFETCH(double, oldAtMost);
    QFETCH(quint32, every);
    const quint32 workerEvery = EventSampling::workerEvery(double(perPoll) * 20); // a poll every 50 ms
    const QVector<QVector<RunEvent>> polls = fullSpeedPolls(40, perPoll, lag, workerEvery);
    RunController controller;
    Recorder recorder(controller);
    for (int p = 0; p < polls.size(); ++p) {
        const qsizetype before = recorder.recording().events.size();
        recorder.keepPoll(polls.at(p), workerEvery, 0, 0.05 * p);
        QVERIFY(recorder.recording().events.size() - before <= 2 * Recorder::kEventsPerPollMax);
    }
    const Recording &r = recorder.recording();
    QCOMPARE(r.sampling.size(), 1);
    QCOMPARE(r.sampling.constFirst().every, every);
    const double share = pairedShare(r.events);
    QVERIFY2(share >= atLeast, qPrintable(QStringLiteral("paired %1").arg(share)));
    const double old = pairedShare(lastSixteen(polls));
    QVERIFY2(old <= oldAtMost, qPrintable(QStringLiteral("the old rule paired %1").arg(old)));
    // A gap in the indices still says what is missing.
    if (every > 1) {
        bool gap = false;
        for (qsizetype i = 1; i < r.events.size(); ++i)
            gap = gap || (r.events.at(i).slot == r.events.at(i - 1).slot &&
                          r.events.at(i).index > r.events.at(i - 1).index + 1);
        QVERIFY(gap);
    }
}

void TestRecorder::boundedInMemory_data()
{
    QTest::addColumn<bool>("scenes"); // else events
    QTest::addColumn<qsizetype>("fed");
    // At the window's full speed: some 1000 events a second (two workers,
    // a message's send and receive), 30 samples a second.
    for (const bool scenes : {false, true}) {
        const qsizetype max = scenes ? Recorder::kMaxScenes : Recorder::kMaxEvents;
        const qsizetype perS = scenes ? 30 : 1000;
        const char *what = scenes ? "scenes" : "events";
        QTest::addRow("%s: up to the bound, all", what) << scenes << max;
        QTest::addRow("%s: one past", what) << scenes << max + 2;
        QTest::addRow("%s: ten minutes at full speed", what) << scenes << 600 * perS;
    }
}

void TestRecorder::boundedInMemory()
{
    QFETCH(bool, scenes);
    QFETCH(qsizetype, fed);
    RunController controller;
    Recorder recorder(controller);
    const Recording &r = recorder.recording();
    const qsizetype max = scenes ? Recorder::kMaxScenes : Recorder::kMaxEvents;
    const auto size = [&] { return scenes ? r.scenes.size() : r.events.size(); };
    // Fed in order of time: sample i at i/30 s; event i the send (even i,
    // slot 0) or the receive (odd, slot 1) of message i/2, at i ms.
    qsizetype peak = 0, peakInTwoMinutes = 0;
    const qsizetype twoMinutes = scenes ? 120 * 30 : 120 * 1000;
    for (qsizetype i = 0; i < fed; ++i) {
        if (scenes)
            recorder.keep(RecordedScene{double(i) / 30, QByteArray()});
        else
            recorder.keep(RecordedEvent{int(i % 2), quint64(i / 2), qint64(i) * 1'000'000, quint64(i / 2),
                                        i % 2 ? EventKind::Received : EventKind::Sent, Op::None, 0, 0, 0, {}});
        peak = std::max(peak, size());
        if (i < twoMinutes)
            peakInTwoMinutes = peak;
    }
    // The bound holds, and at full speed is reached within two minutes:
    // after that the memory is flat (the old bound, 600 000 events and
    // 20 000 samples, grew on for ten minutes).
    QVERIFY2(peak <= max, qPrintable(QStringLiteral("held %1 of a bound of %2").arg(peak).arg(max)));
    QVERIFY2(peak <= peakInTwoMinutes,
             qPrintable(QStringLiteral("%1 after two minutes, %2 in them").arg(peak).arg(peakInTwoMinutes)));
    // Up to the bound every one is kept.
    if (fed <= max) {
        QCOMPARE(size(), fed);
        return;
    }
    // The whole run is still spanned: the first fed and the last are kept
    // (the old rule let the oldest quarter go) ...
    const auto fedAt = [&](qsizetype k) {
        return scenes ? qsizetype(std::llround(r.scenes.at(k).tS * 30)) : qsizetype(r.events.at(k).tNs / 1'000'000);
    };
    QCOMPARE(fedAt(0), 0);
    QCOMPARE(fedAt(size() - 1), fed - 1);
    // ... the newest half of the bound whole (and what came since) ...
    qsizetype whole = size() - 1;
    while (whole > 0 && fedAt(whole - 1) == fedAt(whole) - 1)
        --whole;
    QVERIFY2(size() - whole >= max / 2, qPrintable(QStringLiteral("%1 whole").arg(size() - whole)));
    // ... and the older part thinned evenly, to at most a quarter of it.
    QVERIFY2(whole <= max / 4, qPrintable(QStringLiteral("%1 older").arg(whole)));
    if (scenes) {
        qsizetype shortest = fed, longest = 0;
        for (qsizetype k = 1; k < whole; ++k) {
            shortest = std::min(shortest, fedAt(k) - fedAt(k - 1));
            longest = std::max(longest, fedAt(k) - fedAt(k - 1));
        }
        QVERIFY2(longest <= shortest + 1, qPrintable(QStringLiteral("gaps %1 to %2").arg(shortest).arg(longest)));
        return;
    }
    // Events by the one rule, as the sampling now says: the older part's
    // messages all multiples of its `every`, each send with its receive.
    QVERIFY(r.sampling.size() >= 2);
    const quint32 every = r.sampling.constFirst().every;
    QVERIFY(every > 1);
    QCOMPARE(r.sampling.constFirst().tS, 0.0);
    for (qsizetype k = 1; k < r.sampling.size(); ++k)
        QVERIFY(r.sampling.at(k).tS >= r.sampling.at(k - 1).tS);
    for (qsizetype k = 0; k < whole; ++k)
        QVERIFY2(r.events.at(k).seq % every == 0, qPrintable(QStringLiteral("seq %1").arg(r.events.at(k).seq)));
    QCOMPARE(pairedShare(r.events.mid(0, whole)), 1.0);
}

// A slow run's events are mostly calls done (each semaphore operation one),
// which no sampling rule thins: past the bound their oldest go, and it
// still holds no more than the bound (thinning by message alone, the first
// version of the thinning, kept them all and held more).
void TestRecorder::boundedWhenFewAreMessages()
{
    RunController controller;
    Recorder recorder(controller);
    const qsizetype fed = Recorder::kMaxEvents + 10;
    for (qsizetype i = 0; i < fed; ++i)
        recorder.keep(RecordedEvent{0, quint64(i), qint64(i) * 1'000'000, 0, EventKind::OpDone, Op::SemV, 0, 0, 0, {}});
    const QVector<RecordedEvent> &events = recorder.recording().events;
    QVERIFY2(events.size() <= Recorder::kMaxEvents * 3 / 4 + 10, qPrintable(QString::number(events.size())));
    QCOMPARE(events.constLast().index, quint64(fed - 1));
    // The newest half whole, then the quarter before it.
    for (qsizetype k = 1; k < events.size(); ++k)
        QCOMPARE(events.at(k).index, events.at(k - 1).index + 1);
}

void TestRecorder::recordsALesson_data()
{
    QTest::addColumn<QList<int>>("counts"); // each scene's worker count, in order; a repeat is an equal sample
    QTest::addColumn<bool>("begun");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("kept");
    QTest::newRow("three differing") << QList<int>{1, 2, 3} << true << QStringLiteral("as-taught") << 3;
    QTest::newRow("repeats kept once") << QList<int>{1, 1, 2, 2, 2, 1} << true << QStringLiteral("as-taught") << 3;
    QTest::newRow("the control run") << QList<int>{1, 2} << true << QStringLiteral("control") << 2;
    QTest::newRow("no lesson begun: nothing") << QList<int>{1, 2} << false << QStringLiteral("as-taught") << 0;
}

void TestRecorder::recordsALesson()
{
    QFETCH(QList<int>, counts);
    QFETCH(bool, begun);
    QFETCH(QString, setup);
    QFETCH(int, kept);
    Recorder recorder;
    QSignalSpy recorded(&recorder, &Recorder::recorded);
    if (begun)
        recorder.beginLesson(QStringLiteral("sigpipe"));
    for (qsizetype i = 0; i < counts.size(); ++i) {
        SceneModel scene;
        scene.tS = 0; // at one time: a sample with the same workers is the one before again
        for (int w = 0; w < counts.at(i); ++w)
            scene.workers.append(SceneWorker{QStringLiteral("writer %1").arg(w)});
        recorder.keepLessonScene(scene);
    }
    const QJsonObject outcome{{QStringLiteral("id"), QStringLiteral("sigpipe")},
                              {QStringLiteral("setup"), setup},
                              {QStringLiteral("as_expected"), true}};
    recorder.endLesson(outcome);
    const Recording &r = recorder.recording();
    QCOMPARE(r.scenes.size(), qsizetype(kept));
    QCOMPARE(recorder.isComplete(), begun);
    QCOMPARE(recorded.size(), begun ? 1 : 0);
    QCOMPARE(r.isLesson(), begun);
    if (!begun)
        return;
    QCOMPARE(r.scenario.value(QStringLiteral("lesson")).toString(), QStringLiteral("sigpipe"));
    QCOMPARE(r.scenario.value(QStringLiteral("setup")).toString(), setup);
    QCOMPARE(r.result, outcome);
    QVERIFY(r.events.isEmpty() && r.series.isEmpty());
}

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
