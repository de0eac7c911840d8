// The recorder's memory bound, without a run: fed past kMaxEvents events or
// kMaxScenes samples it lets the oldest quarter go — what stays is the
// newest, in order — and however much more comes, it never holds more than
// the bound; fed up to the bound, it keeps every one (the case that turns).
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
#include <QTest>

using namespace ipcscope;

class TestRecorder : public QObject {
    Q_OBJECT
private slots:
    void boundedInMemory_data();
    void boundedInMemory();
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
    QTest::addColumn<qsizetype>("kept");
    for (const bool scenes : {false, true}) {
        const qsizetype max = scenes ? Recorder::kMaxScenes : Recorder::kMaxEvents;
        const char *what = scenes ? "scenes" : "events";
        QTest::addRow("%s: up to the bound, all", what) << scenes << max << max;
        QTest::addRow("%s: one past, the oldest quarter goes", what) << scenes << max + 1 << max + 1 - max / 4;
        // Let go first at max + 1, then every quarter more: nine times by 3·max + 7.
        QTest::addRow("%s: three times the bound", what) << scenes << 3 * max + 7 << 3 * max + 7 - 9 * (max / 4);
    }
}

void TestRecorder::boundedInMemory()
{
    QFETCH(bool, scenes);
    QFETCH(qsizetype, fed);
    QFETCH(qsizetype, kept);
    RunController controller;
    Recorder recorder(controller);
    const qsizetype max = scenes ? Recorder::kMaxScenes : Recorder::kMaxEvents;
    for (qsizetype i = 0; i < fed; ++i) {
        if (scenes)
            recorder.keep(RecordedScene{double(i), QByteArray()});
        else
            recorder.keep(RecordedEvent{0, quint64(i), qint64(i), 0, EventKind::Sent, Op::None, 0, 0, 0, {}});
    }
    const Recording &r = recorder.recording();
    const qsizetype size = scenes ? r.scenes.size() : r.events.size();
    QCOMPARE(size, kept);
    QVERIFY(size <= max);
    // The newest stay, in order: the first kept is the one `fed - kept` in.
    const auto first = [&] { return scenes ? qsizetype(r.scenes.constFirst().tS) : qsizetype(r.events.constFirst().index); };
    const auto last = [&] { return scenes ? qsizetype(r.scenes.constLast().tS) : qsizetype(r.events.constLast().index); };
    QCOMPARE(first(), fed - kept);
    QCOMPARE(last(), fed - 1);
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
