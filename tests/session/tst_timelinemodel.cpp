// The timeline as data, from hand-built recordings: a worker's state holds
// from the sample that shows it to the next; a message is paired only when
// its send and its receive were both recorded, by producer and sequence
// number — a receive with no send, a second receive, another producer's
// number make no pair; a jump in a worker's event indices is flagged as a
// gap, on the lane and on the intervals it crosses; semaphore values are
// steps where they change.
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
        got << QStringLiteral("%1:%2 %3->%4 %5-%6")
                   .arg(msg.producer)
                   .arg(msg.seq)
                   .arg(msg.fromLane)
                   .arg(msg.toLane)
                   .arg(msg.sentS)
                   .arg(msg.receivedS);
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

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
