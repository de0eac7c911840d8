// The timeline as data, from hand-built recordings: a worker's state holds
// from the sample that shows it to the next; a message is paired only when
// its send and its receive were both recorded, by producer and sequence
// number — a receive with no send, a second receive, another producer's
// number make no pair; a jump in a worker's event indices is flagged as a
// gap, on the lane and on the intervals it crosses; semaphore values are
// steps where they change. Fed as a live run's recording grows, frame by
// frame, the model equals the one laid out at once from the same recording;
// another run or a recording whose oldest part was let go is refused.
#include "session/scenecodec.h"
#include "session/scenemodel.h"
#include "session/timelinemodel.h"

#include <QTest>

using namespace ipcscope;

namespace {

// "slot,index,kind,producer,seq,t": kind s (sent), r (received), o (op done).
QVector<RecordedEvent> events(const QString &spec)
{
    QVector<RecordedEvent> out;
    for (const QString &token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList f = token.split(QLatin1Char(','));
        RecordedEvent e;
        e.slot = f.at(0).toInt();
        e.index = f.at(1).toULongLong();
        e.kind = f.at(2) == QLatin1String("s")   ? EventKind::Sent
                 : f.at(2) == QLatin1String("r") ? EventKind::Received
                                                 : EventKind::OpDone;
        e.producer = f.at(3).toInt();
        e.seq = f.at(4).toULongLong();
        e.tNs = qint64(f.at(5).toDouble() * 1e9);
        out.append(e);
    }
    return out;
}

// P1 and C1; P1's state at 0, 1, 2… from `states` ("running blocked:P(empty)@empty!" — a call
// after ':', an object after '@', '!' for an exact sample); C1 always running.
Recording recording(const QStringList &states, const QString &eventSpec = {})
{
    Recording r;
    r.workers = {QStringLiteral("P1"), QStringLiteral("C1")};
    r.producers = 1;
    for (int i = 0; i < states.size(); ++i) {
        QString s = states.at(i);
        SceneModel m;
        m.tS = i;
        m.exact = s.endsWith(QLatin1Char('!'));
        s.remove(QLatin1Char('!'));
        SceneWorker p;
        p.name = QStringLiteral("P1");
        p.on = s.section(QLatin1Char('@'), 1);
        s = s.section(QLatin1Char('@'), 0, 0);
        p.call = s.section(QLatin1Char(':'), 1);
        p.state = s.section(QLatin1Char(':'), 0, 0);
        SceneWorker c;
        c.name = QStringLiteral("C1");
        c.role = Role::Consumer;
        c.state = QStringLiteral("running");
        m.workers = {p, c};
        r.scenes.append({m.tS, encodeScene(m)});
    }
    r.events = events(eventSpec);
    return r;
}

// "state from-to" per interval, the flags after: "blocked 1-3 exact missing".
QString intervals(const TimelineLane &lane)
{
    QStringList out;
    for (const TimelineInterval &iv : lane.intervals) {
        QString s = QStringLiteral("%1 %2-%3").arg(iv.key).arg(iv.startS).arg(iv.endS);
        if (!iv.call.isEmpty())
            s += QLatin1Char(' ') + iv.call;
        if (iv.exact)
            s += QStringLiteral(" exact");
        if (iv.eventsMissing)
            s += QStringLiteral(" missing");
        out << s;
    }
    return out.join(QStringLiteral(", "));
}

// Everything a model holds, in words: two models are the same when these are.
// A message as "producer:seq fromLane->toLane sent-received".
QString describe(const TimelineMessage &msg)
{
    return QStringLiteral("%1:%2 %3->%4 %5-%6")
        .arg(msg.producer)
        .arg(msg.seq)
        .arg(msg.fromLane)
        .arg(msg.toLane)
        .arg(msg.sentS)
        .arg(msg.receivedS);
}

QString describe(const TimelineModel &m)
{
    QStringList out;
    out << QStringLiteral("%1-%2 unmatched %3/%4 decoded %5 sends %6 receives %7")
               .arg(m.startS())
               .arg(m.endS())
               .arg(m.unmatchedReceives())
               .arg(m.unmatchedSends())
               .arg(m.decoded())
               .arg(m.sends())
               .arg(m.receives());
    for (const TimelineLane &lane : m.lanes()) {
        out << lane.name + QLatin1Char(' ') + QString::number(int(lane.role)) + QStringLiteral(": ") + intervals(lane);
        for (const TimelineGap &g : lane.gaps)
            out << QStringLiteral("  gap %1-%2x%3").arg(g.fromS).arg(g.toS).arg(g.missing);
    }
    for (const TimelineMessage &msg : m.messages())
        out << describe(msg);
    for (const TimelineSemaphore &s : m.semaphores()) {
        QString line = s.name + QStringLiteral(" max ") + QString::number(s.maxValue) + QLatin1Char(':');
        for (const TimelineStep &step : s.steps)
            line += QStringLiteral(" %1=%2").arg(step.tS).arg(step.value);
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

// A run as the recorder keeps it, frame by frame (a frame every 1/30 s): P1
// and P2 send, C1 receives each message a poll or two later, the states
// turn over; in `sampled` polls each worker's events keep only their last
// few (a gap in the indices); P2's ring is at times read a poll late, so its
// sends come after their receives. A semaphore counts what is in flight. Frame i's scene and events
// are scenes[i] and the events up to frameEnds[i].
struct LiveRun {
    Recording recording;
    QVector<qsizetype> frameEnds;
};

LiveRun liveRun(int frames, bool sampled)
{
    LiveRun run;
    Recording &r = run.recording;
    r.workers = {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("C1")};
    r.producers = 2;
    const QStringList states{QStringLiteral("running"), QStringLiteral("in-call"), QStringLiteral("blocked"),
                             QStringLiteral("paused")};
    quint64 index[3] = {0, 0, 0};
    quint64 seq[2] = {0, 0};
    QVector<RecordedEvent> late;   // receives read in the next poll
    QVector<RecordedEvent> heldP2; // P2's events read in the next poll
    for (int f = 0; f < frames; ++f) {
        const double t = f / 30.0;
        SceneModel m;
        m.tS = t;
        m.exact = f % 7 == 0;
        for (int slot = 0; slot < 3; ++slot) {
            SceneWorker w;
            w.name = r.workers.at(slot);
            w.role = slot < 2 ? Role::Producer : Role::Consumer;
            w.state = states.at((f / (slot + 2)) % states.size());
            w.call = w.state == QLatin1String("blocked") ? QStringLiteral("P(empty)") : QString();
            m.workers << w;
        }
        SceneSemaphore s;
        s.name = QStringLiteral("full");
        s.value = (f / 3) % 4;
        m.semaphores = {s};
        r.scenes.append({t, encodeScene(m)});
        const qint64 ns = qint64(t * 1e9);
        QVector<RecordedEvent> now = late;
        late.clear();
        for (int p = 0; p < 2; ++p)
            for (int k = 0; k < 1 + (f + p) % 3; ++k) {
                ++seq[p];
                const qint64 at = ns + k * 1'000'000 + p * 300'000;
                const bool kept = !sampled || f % 4 != 1 || k == 0;
                if (kept)
                    now.append({p, index[p], at, seq[p], EventKind::Sent, Op::None, p, 0, 64, {}});
                ++index[p];
                RecordedEvent rec{2, 0, at + 20'000'000, seq[p], EventKind::Received, Op::None, p, 0, 64, {}};
                if (seq[p] % 5 == 0)
                    late.append(rec); // the consumer's event read in the next poll
                else
                    now.append(rec);
                now.append({p, index[p]++, at + 100'000, 0, EventKind::OpDone, Op::None, p, 0, 0, {}});
            }
        // The consumer's stream in its order; a sampled poll keeps its last two.
        QVector<RecordedEvent> consumer;
        for (const RecordedEvent &e : std::as_const(now))
            if (e.slot == 2)
                consumer.append(e);
        std::stable_sort(consumer.begin(), consumer.end(),
                         [](const RecordedEvent &a, const RecordedEvent &b) { return a.tNs < b.tNs; });
        for (RecordedEvent &e : consumer)
            e.index = index[2]++;
        if (sampled && f % 4 == 1 && consumer.size() > 2)
            consumer.remove(0, consumer.size() - 2);
        // P2 read a poll late now and then: its events after the consumer's.
        QVector<RecordedEvent> p2 = heldP2;
        heldP2.clear();
        for (const RecordedEvent &e : std::as_const(now))
            if (e.slot == 0)
                r.events.append(e);
            else if (e.slot == 1)
                p2.append(e);
        if (f % 5 == 2 && f + 1 < frames)
            heldP2 = p2;
        else
            r.events.append(p2);
        r.events.append(consumer);
        run.frameEnds.append(r.events.size());
    }
    return run;
}

// The recording as it stood after frame f.
Recording upTo(const LiveRun &run, int f)
{
    Recording r = run.recording;
    r.scenes.resize(f + 1);
    r.events.resize(run.frameEnds.at(f));
    return r;
}

} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT
private slots:
    void lanes_data();
    void lanes();
    void pairs_data();
    void pairs();
    void semaphoreSteps_data();
    void semaphoreSteps();
    void damagedSampleEndsTheLanes();
    void saysHowItWasSampled();
    void fedFrameByFrame_data();
    void fedFrameByFrame();
    void anotherRecordingIsRefused_data();
    void anotherRecordingIsRefused();
};

void TestTimelineModel::lanes_data()
{
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("expected");
    const QString r = QStringLiteral("running");
    const QString b = QStringLiteral("blocked:P(empty)@empty");
    QTest::newRow("one state to the end") << QStringList{r, r, r} << QString() << QStringLiteral("running 0-2");
    QTest::newRow("a state holds until the next sample")
        << QStringList{r, b, b, r} << QString() << QStringLiteral("running 0-1, blocked 1-3 P(empty), running 3-3");
    QTest::newRow("another call is another interval")
        << QStringList{b, QStringLiteral("blocked:P(full)@full"), r} << QString()
        << QStringLiteral("blocked 0-1 P(empty), blocked 1-2 P(full), running 2-2");
    QTest::newRow("exact and sampled apart") << QStringList{r, r + QLatin1Char('!'), r} << QString()
                                             << QStringLiteral("running 0-1, running 1-2 exact, running 2-2");
    QTest::newRow("paced and exited") << QStringList{QStringLiteral("sleeping"), QStringLiteral("done")} << QString()
                                      << QStringLiteral("sleeping 0-1, done 1-1");
    // The events last longer than the scenes: the last state holds to the last event.
    QTest::newRow("the last state to the last event")
        << QStringList{r, b} << QStringLiteral("0,0,s,0,1,0.5 0,1,s,0,2,3.0")
        << QStringLiteral("running 0-1, blocked 1-3 P(empty)");
    // P1's events 1 to 4 were not recorded: between 1.5 s and 2.5 s.
    QTest::newRow("a gap flags the intervals it crosses")
        << QStringList{r, r + QLatin1Char('!'), b, r, r + QLatin1Char('!')}
        << QStringLiteral("0,0,o,0,0,1.5 0,5,o,0,0,2.5")
        << QStringLiteral("running 0-1, running 1-2 exact missing, blocked 2-3 P(empty) missing, running 3-4, "
                          "running 4-4 exact");
    QTest::newRow("no gap, nothing flagged") << QStringList{r, r + QLatin1Char('!'), b}
                                             << QStringLiteral("0,0,o,0,0,1.5 0,1,o,0,0,2.5")
                                             << QStringLiteral("running 0-1, running 1-2 exact, blocked 2-2.5 P(empty)");
}

void TestTimelineModel::lanes()
{
    QFETCH(QStringList, states);
    QFETCH(QString, events);
    QFETCH(QString, expected);
    const TimelineModel m = TimelineModel::fromRecording(recording(states, events));
    QCOMPARE(m.lanes().size(), 2);
    QCOMPARE(m.lanes().at(0).name, QStringLiteral("P1"));
    QCOMPARE(m.lanes().at(1).role, Role::Consumer);
    QCOMPARE(intervals(m.lanes().at(0)), expected);
}

void TestTimelineModel::pairs_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("pairs"); // "producer:seq from->to sent-received"
    QTest::addColumn<int>("unmatchedReceives");
    QTest::addColumn<int>("unmatchedSends");
    QTest::addColumn<QString>("gaps"); // "lane:from-to×missing"
    QTest::newRow("one message") << QStringLiteral("0,0,s,0,1,0.1 1,0,r,0,1,0.2") << QStringLiteral("0:1 0->1 0.1-0.2")
                                 << 0 << 0 << QString();
    QTest::newRow("a receive without its send draws nothing")
        << QStringLiteral("1,0,r,0,1,0.2") << QString() << 1 << 0 << QString();
    QTest::newRow("a send still in flight draws nothing")
        << QStringLiteral("0,0,s,0,1,0.1") << QString() << 0 << 1 << QString();
    QTest::newRow("another producer's number is not a pair")
        << QStringLiteral("0,0,s,0,1,0.1 1,0,r,1,1,0.2") << QString() << 1 << 1 << QString();
    QTest::newRow("another number is not a pair")
        << QStringLiteral("0,0,s,0,1,0.1 1,0,r,0,2,0.2") << QString() << 1 << 1 << QString();
    QTest::newRow("a second receive is not the send's")
        << QStringLiteral("0,0,s,0,1,0.1 1,0,r,0,1,0.2 1,1,r,0,1,0.3") << QStringLiteral("0:1 0->1 0.1-0.2") << 1
        << 0 << QString();
    QTest::newRow("op-done events are no messages")
        << QStringLiteral("0,0,o,0,1,0.1 1,0,o,0,1,0.2") << QString() << 0 << 0 << QString();
    // P1's sends of 2 and 3 were sampled away: their receives stay without an arrow.
    QTest::newRow("sampled sends: only what was recorded is paired")
        << QStringLiteral("0,0,s,0,1,0.1 0,3,s,0,4,0.4 1,0,r,0,1,0.15 1,1,r,0,2,0.25 1,2,r,0,3,0.35 1,3,r,0,4,0.45")
        << QStringLiteral("0:1 0->1 0.1-0.15, 0:4 0->1 0.4-0.45") << 2 << 0 << QStringLiteral("P1:0.1-0.4x2");
    QTest::newRow("the stream recorded from its middle")
        << QStringLiteral("0,7,s,0,8,0.5 1,7,r,0,8,0.6") << QStringLiteral("0:8 0->1 0.5-0.6") << 0 << 0
        << QStringLiteral("P1:0-0.5x7, C1:0-0.6x7");
    QTest::newRow("an event read twice is no gap")
        << QStringLiteral("0,0,s,0,1,0.1 0,0,s,0,1,0.1 0,1,s,0,2,0.2") << QString() << 0 << 2 << QString();
    QTest::newRow("two producers by number")
        << QStringLiteral("0,0,s,0,1,0.1 2,0,s,1,1,0.2 1,0,r,1,1,0.3 1,1,r,0,1,0.4")
        << QStringLiteral("0:1 0->1 0.1-0.4, 1:1 2->1 0.2-0.3") << 0 << 0 << QString();
}

void TestTimelineModel::pairs()
{
    QFETCH(QString, events);
    QFETCH(QString, pairs);
    QFETCH(int, unmatchedReceives);
    QFETCH(int, unmatchedSends);
    QFETCH(QString, gaps);
    // Slot 2 is a second producer, for the rows that have one.
    Recording r = recording({QStringLiteral("running")}, events);
    r.workers << QStringLiteral("P2");
    const TimelineModel m = TimelineModel::fromRecording(r);
    QStringList got;
    for (const TimelineMessage &msg : m.messages())
        got << describe(msg);
    QCOMPARE(got.join(QStringLiteral(", ")), pairs);
    QCOMPARE(m.unmatchedReceives(), unmatchedReceives);
    QCOMPARE(m.unmatchedSends(), unmatchedSends);
    QStringList gotGaps;
    for (const TimelineLane &lane : m.lanes())
        for (const TimelineGap &g : lane.gaps)
            gotGaps << QStringLiteral("%1:%2-%3x%4").arg(lane.name).arg(g.fromS).arg(g.toS).arg(g.missing);
    QCOMPARE(gotGaps.join(QStringLiteral(", ")), gaps);
    QCOMPARE(m.isSampled(), !gaps.isEmpty());
}

void TestTimelineModel::semaphoreSteps_data()
{
    QTest::addColumn<QList<int>>("values"); // at 0, 1, 2…
    QTest::addColumn<QString>("steps");
    QTest::addColumn<int>("max");
    QTest::newRow("unchanged: one step") << QList<int>{2, 2, 2} << QStringLiteral("0:2") << 2;
    QTest::newRow("a step where it changes") << QList<int>{1, 1, 0, 0, 1} << QStringLiteral("0:1 2:0 4:1") << 1;
    QTest::newRow("unknown is its own step") << QList<int>{3, -1, 4} << QStringLiteral("0:3 1:-1 2:4") << 4;
}

void TestTimelineModel::semaphoreSteps()
{
    QFETCH(QList<int>, values);
    QFETCH(QString, steps);
    QFETCH(int, max);
    Recording r;
    r.workers = {QStringLiteral("P1")};
    r.producers = 1;
    for (int i = 0; i < values.size(); ++i) {
        SceneModel m;
        m.tS = i;
        SceneSemaphore s;
        s.name = QStringLiteral("empty");
        s.value = values.at(i);
        m.semaphores = {s};
        r.scenes.append({m.tS, encodeScene(m)});
    }
    const TimelineModel m = TimelineModel::fromRecording(r);
    QCOMPARE(m.semaphores().size(), 1);
    QStringList got;
    for (const TimelineStep &s : m.semaphores().at(0).steps)
        got << QStringLiteral("%1:%2").arg(s.tS).arg(s.value);
    QCOMPARE(got.join(QLatin1Char(' ')), steps);
    QCOMPARE(m.semaphores().at(0).maxValue, qint64(max));
}

void TestTimelineModel::damagedSampleEndsTheLanes()
{
    Recording r = recording({QStringLiteral("running"), QStringLiteral("blocked"), QStringLiteral("running")});
    r.scenes[1].encoded = QByteArray("garbage");
    const TimelineModel m = TimelineModel::fromRecording(r);
    QCOMPARE(m.decoded(), 1);
    QCOMPARE(intervals(m.lanes().at(0)), QStringLiteral("running 0-1"));
}

void TestTimelineModel::saysHowItWasSampled()
{
    // The recording's rule reaches the legend ("sampled: 1 in 8"); a
    // recording that does not say (format 1) leaves it unsaid.
    Recording r = recording({QStringLiteral("running"), QStringLiteral("running")});
    QCOMPARE(TimelineModel::fromRecording(r).sampledOneIn(), 0);
    r.sampling = {{0.0, 1}, {0.5, 8}, {1.0, 4}};
    QCOMPARE(TimelineModel::fromRecording(r).sampledOneIn(), 8);
}

void TestTimelineModel::fedFrameByFrame_data()
{
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("every"); // fed after every n frames
    QTest::addColumn<bool>("sampled");
    QTest::addColumn<int>("damagedAt"); // a sample that does not decode; -1: none
    QTest::newRow("every frame") << 120 << 1 << false << -1;
    QTest::newRow("every frame, sampled") << 120 << 1 << true << -1;
    QTest::newRow("every third frame, sampled") << 120 << 3 << true << -1;
    QTest::newRow("a damaged sample on the way") << 60 << 1 << true << 40;
    QTest::newRow("one frame") << 1 << 1 << false << -1;
}

void TestTimelineModel::fedFrameByFrame()
{
    QFETCH(int, frames);
    QFETCH(int, every);
    QFETCH(bool, sampled);
    QFETCH(int, damagedAt);
    LiveRun run = liveRun(frames, sampled);
    if (damagedAt >= 0)
        run.recording.scenes[damagedAt].encoded = QByteArray("garbage");
    const TimelineModel whole = TimelineModel::fromRecording(run.recording);
    // The run is what it should be for the comparison to mean something.
    QCOMPARE(whole.isSampled(), sampled);
    QVERIFY(whole.messages().size() > frames / 2);
    QCOMPARE(whole.decoded(), damagedAt >= 0 ? damagedAt : frames);
    TimelineModel live;
    for (int f = 0; f < frames; ++f)
        if ((f + 1) % every == 0 || f + 1 == frames)
            QVERIFY(live.extend(upTo(run, f)));
    QCOMPARE(describe(live), describe(whole));
    // Fed again with nothing new: nothing changes.
    QVERIFY(live.extend(run.recording));
    QCOMPARE(describe(live), describe(whole));
}

void TestTimelineModel::anotherRecordingIsRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("extends");
    QTest::newRow("grown") << QStringLiteral("grown") << true;
    QTest::newRow("the same") << QStringLiteral("same") << true;
    QTest::newRow("another run") << QStringLiteral("another") << false;
    QTest::newRow("its oldest samples let go") << QStringLiteral("scenes trimmed") << false;
    QTest::newRow("its oldest events let go") << QStringLiteral("events trimmed") << false;
    QTest::newRow("other workers") << QStringLiteral("workers") << false;
}

void TestTimelineModel::anotherRecordingIsRefused()
{
    QFETCH(QString, change);
    QFETCH(bool, extends);
    const LiveRun run = liveRun(40, false);
    TimelineModel m = TimelineModel::fromRecording(upTo(run, 19));
    const QString before = describe(m);
    Recording next = upTo(run, 39);
    if (change == QLatin1String("same"))
        next = upTo(run, 19);
    else if (change == QLatin1String("another"))
    {
        next = liveRun(20, true).recording;
        next.scenes.first().tS = 0.5;
    }
    else if (change == QLatin1String("scenes trimmed"))
        next.scenes.remove(0, 10);
    else if (change == QLatin1String("events trimmed"))
        next.events.remove(0, 10);
    else if (change == QLatin1String("workers"))
        next.workers.removeLast();
    QCOMPARE(m.extend(next), extends);
    if (extends)
        QCOMPARE(describe(m), describe(TimelineModel::fromRecording(next)));
    else
        QCOMPARE(describe(m), before); // untouched: the caller lays it out anew
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
