// The run control as a worker meets it, in shared memory: go, pause and step
// tokens, the rate, and the event ring the session reads while it is written.
#include "engine/clock.h"
#include "engine/gate.h"
#include "engine/objects.h"
#include "engine/telemetryblock.h"
#include "support/testreaper.h"

#include <QTest>
#include <QThread>

#include <functional>

#include <atomic>
#include <thread>

using namespace ipcscope;

namespace {

// A telemetry block that is unlinked when the test is done with it, or by its
// reaper if the test is killed first.
struct Block {
    Block() : name(uniquePosixName("test")), block(TelemetryBlock::create(name, 1, 1, 12))
    {
        reaper.track({ObjectKind::PosixShm, name});
    }
    ~Block()
    {
        unlinkTelemetry(name);
        reaper.untrack({ObjectKind::PosixShm, name});
    }
    test::TestReaper reaper; // first: there before the block is
    std::string name;
    TelemetryBlock block;
};

bool waitFor(const std::function<bool()> &condition, int ms = 2000)
{
    for (int i = 0; i < ms / 5; ++i) {
        if (condition())
            return true;
        QThread::msleep(5);
    }
    return condition();
}

} // namespace

class TestGate : public QObject {
    Q_OBJECT
private slots:
    void goReleasesReadyWorker();
    void pauseHoldsAndStepReleasesOneCall();
    void stopReleasesPausedWorker();
    void rateSpacesMessages();
    void eventRingSurvivesLapping();
    void fastMessagesAreSampled();
    void burstsOfSlowRunsAreKept();
    void workerOpensTheBlock();
    void workersOfASideAsTheyJoinAndFinish();
};

void TestGate::goReleasesReadyWorker()
{
    Block b;
    SlotWriter writer(b.block.slot(0), true);
    Gate gate(b.block.control(), 0, writer);
    std::atomic<bool> through{false};
    std::thread worker([&] {
        gate.waitForGo();
        through = true;
    });
    QVERIFY(waitFor([&] { return unpackState(b.block.slot(0)->state.load()).state == WorkerState::Ready; }));
    QThread::msleep(50);
    QVERIFY(!through);
    b.block.setGo();
    worker.join();
    QVERIFY(through);
}

void TestGate::pauseHoldsAndStepReleasesOneCall()
{
    Block b;
    SlotWriter writer(b.block.slot(0), true);
    Gate gate(b.block.control(), 0, writer);
    b.block.setPaused(true);
    std::atomic<int> calls{0};
    std::thread worker([&] {
        for (int i = 0; i < 3; ++i) {
            gate.before(Op::SemP, 1);
            ++calls;
            gate.after();
        }
    });
    const auto pausedBefore = [&] {
        const StateWord s = unpackState(b.block.slot(0)->state.load());
        return s.state == WorkerState::Paused && s.op == Op::SemP && s.object == 1;
    };
    QVERIFY(waitFor(pausedBefore));
    QCOMPARE(calls.load(), 0);
    b.block.grantStep(0);
    QVERIFY(waitFor([&] { return calls.load() == 1; }));
    QVERIFY(waitFor(pausedBefore));
    QThread::msleep(50);
    QCOMPARE(calls.load(), 1); // one token, one call
    b.block.setPaused(false);
    worker.join();
    QCOMPARE(calls.load(), 3);
}

void TestGate::stopReleasesPausedWorker()
{
    Block b;
    SlotWriter writer(b.block.slot(0), true);
    Gate gate(b.block.control(), 0, writer);
    b.block.setPaused(true);
    std::thread worker([&] { gate.before(Op::Send); });
    QVERIFY(waitFor([&] { return unpackState(b.block.slot(0)->state.load()).state == WorkerState::Paused; }));
    b.block.setStop();
    worker.join();
    QVERIFY(gate.stopRequested());
}

void TestGate::rateSpacesMessages()
{
    // Lower bound only: 21 messages at 200/s cannot take less than 100 ms.
    Block b;
    SlotWriter writer(b.block.slot(0), true);
    Gate gate(b.block.control(), 0, writer);
    b.block.setRate(200);
    const uint64_t start = monotonicNs();
    for (int i = 0; i < 21; ++i)
        gate.pace();
    QVERIFY(monotonicNs() - start >= 100'000'000 * 0.95);
}

void TestGate::eventRingSurvivesLapping()
{
    Block b;
    SlotWriter writer(b.block.slot(0), true);
    MessageHeader h{};
    h.size = 64;
    const uint8_t payload[16] = {'a', 'b', 'c'};
    for (uint64_t seq = 0; seq < 300; ++seq) {
        h.seq = seq;
        writer.sent(h, payload, (seq + 1) * SlotWriter::kEventSpacingNs);
    }
    std::vector<EventRecord> events;
    const uint64_t next = readEvents(*b.block.slot(0), 0, events);
    QCOMPARE(next, uint64_t(300));
    QCOMPARE(events.size(), size_t(kEventRing - 1));
    for (size_t i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].index, 300 - events.size() + i);
        QCOMPARE(events[i].seq, events[i].index);
        QCOMPARE(events[i].kind, EventKind::Sent);
        QCOMPARE(events[i].size, uint32_t(64));
        QCOMPARE(QByteArray(events[i].head, 3), QByteArray("abc"));
    }
    events.clear();
    QCOMPARE(readEvents(*b.block.slot(0), next, events), next);
    QVERIFY(events.empty());
}

void TestGate::fastMessagesAreSampled()
{
    // A message every microsecond for 10 ms: every one is counted; events are
    // a first burst, then one per kEventSpacingNs.
    Block b;
    SlotWriter writer(b.block.slot(0), true);
    MessageHeader h{};
    h.size = 32;
    const uint64_t start = 1'000'000'000;
    const uint64_t messages = 10'000;
    for (uint64_t seq = 0; seq < messages; ++seq) {
        h.seq = seq;
        writer.sent(h, nullptr, start + seq * 1000);
    }
    QCOMPARE(b.block.slot(0)->messages.load(), messages);
    const uint64_t recorded = b.block.slot(0)->eventCount.load();
    const uint64_t expected = uint64_t(SlotWriter::kEventBurst) + messages * 1000 / SlotWriter::kEventSpacingNs;
    QVERIFY2(recorded >= expected - 2 && recorded <= expected + 2, qPrintable(QString::number(recorded)));
}

void TestGate::burstsOfSlowRunsAreKept()
{
    // Two messages a microsecond apart, twice a second: all of them recorded.
    Block b;
    SlotWriter writer(b.block.slot(0), true);
    MessageHeader h{};
    h.size = 32;
    for (uint64_t i = 0; i < 20; ++i) {
        h.seq = i;
        writer.received(h, nullptr, 1'000'000'000 + (i / 2) * 500'000'000 + (i % 2) * 1000);
    }
    QCOMPARE(b.block.slot(0)->eventCount.load(), uint64_t(20));
}

void TestGate::workerOpensTheBlock()
{
    Block b;
    TelemetryBlock opened = TelemetryBlock::open(b.name);
    QCOMPARE(opened.workers(), 2);
    QCOMPARE(opened.slot(Role::Consumer, 0)->role.load(), uint32_t(Role::Consumer));
    b.block.slot(1)->messages.store(77);
    QCOMPARE(opened.slot(1)->messages.load(), uint64_t(77));
}

// How many workers a side has now, which the monitor asks before it spins on
// the lock (only a side's sole worker does): those the run started with, one
// added to each side, the producers as they finish; without a session, the
// scenario's.
void TestGate::workersOfASideAsTheyJoinAndFinish()
{
    Block b; // one producer, one consumer
    SlotWriter writer(b.block.slot(0), false);
    Gate gate(b.block.control(), 0, writer);
    QCOMPARE(gate.workersOf(Role::Producer, 1), 1);
    QCOMPARE(gate.workersOf(Role::Consumer, 1), 1);
    QVERIFY(b.block.join(Role::Consumer));
    QCOMPARE(gate.workersOf(Role::Consumer, 1), 2);
    QCOMPARE(gate.workersOf(Role::Producer, 1), 1);
    QVERIFY(b.block.join(Role::Producer));
    QCOMPARE(gate.workersOf(Role::Producer, 1), 2);
    QVERIFY(!gate.finishProducer()); // the other one still sends
    QCOMPARE(gate.workersOf(Role::Producer, 1), 1);
    QCOMPARE(gate.workersOf(Role::Consumer, 1), 2);
    QVERIFY(gate.finishProducer()); // the last: its end markers follow, alone
    QCOMPARE(gate.workersOf(Role::Producer, 1), 0);
    const Gate byHand(nullptr, 0, writer);
    QCOMPARE(byHand.workersOf(Role::Consumer, 3), 3);
}

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
