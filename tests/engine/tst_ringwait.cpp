// The shared-memory rings' way of waiting — spin only when the other side can
// run on another CPU, else sleep at once — loses and repeats nothing: a
// producer process and this consumer, both on one CPU and on two, pass many
// small messages through a ring of few slots, so that each side waits for the
// other again and again, and every sequence number is seen once, in order;
// for the lock-free ring (a futex), for the semaphores' rings (sem_trywait
// or semop with IPC_NOWAIT, then a wait) and for the monitor (a look at the
// count and pthread_mutex_trylock, then a lock and a condition wait). The
// same count catches a producer that skips one or sends one twice. The choice
// to spin is made from both sides' CPUs, and turns with them. A lock-free
// producer that publishes head once every few messages (as the worker's loop
// asks) leaves none of them unpublished while the consumer waits: not when it
// stops short of a batch, is held for a step, is paced, nor when the consumer
// sleeps between its messages. The rings are handed to a reaper, and the
// forked side dies with the test: a test killed mid-run leaves nothing.
#include "engine/futex.h"
#include "engine/mechanism.h"
#include "engine/mechanisms/shmring.h"
#include "engine/mechanisms/spinbeforesleep.h"
#include "engine/message.h"
#include "engine/peers.h"
#include "support/testreaper.h"

#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

using namespace ipcscope;

namespace {

// A worker's own run pieces, as a worker process has them; with no run
// control nothing stops it.
struct Side {
    explicit Side(ControlBlock *control = nullptr)
        : slot(std::make_unique<WorkerSlot>()), writer(slot.get(), false), gate(control, 0, writer),
          peers(block, *slot, "")
    {
    }
    TelemetryBlock block;
    std::unique_ptr<WorkerSlot> slot;
    SlotWriter writer;
    Gate gate;
    RunPeers peers;
};

bool pinTo(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof set, &set) == 0;
}

enum class Fault { None, Skip, Repeat };

// What a batching producer does after its last message.
enum class Then { Finishes, IsHeld, IsPaced, NothingTheConsumerSleeps };

// The sequence numbers the producer sends.
std::vector<uint64_t> sequence(int count, Fault fault)
{
    std::vector<uint64_t> seqs;
    for (int i = 0; i < count; ++i) {
        if (i == count / 2 && fault == Fault::Skip)
            continue;
        seqs.push_back(uint64_t(i));
        if (i == count / 2 && fault == Fault::Repeat)
            seqs.push_back(uint64_t(i));
    }
    return seqs;
}

} // namespace

class TestRingWait : public QObject {
    Q_OBJECT
private slots:
    void everyMessageOnceInOrder_data();
    void everyMessageOnceInOrder();
    void spinsOnlyWhereTheOtherSideCanRun();
    void aBatchedProducerLeavesNothingUnpublished_data();
    void aBatchedProducerLeavesNothingUnpublished();
};

void TestRingWait::everyMessageOnceInOrder_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("split");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("lost");
    QTest::addColumn<int>("duplicated");
    for (const char *mechanism : {"shm-spsc", "posix-shm", "sysv-shm", "shm-mutex"})
        for (const bool split : {false, true}) {
            const char *where = split ? "two CPUs" : "one CPU";
            const QString id = QString::fromLatin1(mechanism);
            QTest::addRow("%s, %s", mechanism, where) << id << split << int(Fault::None) << 0 << 0;
            QTest::addRow("%s, %s, the producer skips one", mechanism, where)
                << id << split << int(Fault::Skip) << 1 << 0;
            QTest::addRow("%s, %s, the producer sends one twice", mechanism, where)
                << id << split << int(Fault::Repeat) << 0 << 1;
        }
}

void TestRingWait::everyMessageOnceInOrder()
{
    QFETCH(QString, mechanism);
    QFETCH(bool, split);
    QFETCH(int, fault);
    QFETCH(int, lost);
    QFETCH(int, duplicated);
    if (split && sysconf(_SC_NPROCESSORS_ONLN) < 2)
        QSKIP("one CPU online: no split placement");
    cpu_set_t before;
    QCOMPARE(sched_getaffinity(0, sizeof before, &before), 0);

    const Mechanism *m = findMechanism(mechanism.toStdString());
    QVERIFY(m);
    Shape shape;
    shape.size = 64;
    shape.ringSlots = 4; // few slots: each side finds the ring full or empty often
    test::TestReaper reaper;
    Created made = m->create(shape, {});
    reaper.track(made.objects);
    const Objects objects = made.objects;
    const std::vector<uint64_t> seqs = sequence(200000, Fault(fault));

    const pid_t child = test::forkDyingWithTest();
    QVERIFY(child >= 0);
    if (child == 0) {
        int status = 0;
        try {
            if (!pinTo(0))
                _exit(3);
            Side side;
            auto producer = m->open(EndpointContext{Role::Producer, 0, shape, objects.params, side.gate, side.peers});
            MessageBuilder builder(0, shape.size, "");
            for (uint64_t seq : seqs) {
                builder.stamp(seq, 1000 + seq);
                producer->send(builder.data(), builder.size());
            }
        } catch (...) {
            status = 4;
        }
        _exit(status);
    }

    uint64_t expected = 0;
    int seenLost = 0, seenDuplicated = 0, received = 0;
    bool pinned = pinTo(split ? 1 : 0);
    {
        Side side;
        auto consumer = m->open(EndpointContext{Role::Consumer, 0, shape, objects.params, side.gate, side.peers});
        MessageBuffer buffer{shape.size};
        for (size_t i = 0; i < seqs.size(); ++i) {
            if (consumer->receive(buffer.data(), buffer.size()) != shape.size)
                break;
            ++received;
            MessageHeader h;
            std::memcpy(&h, buffer.data(), sizeof h);
            if (h.seq < expected) {
                ++seenDuplicated;
                continue;
            }
            seenLost += int(h.seq - expected);
            expected = h.seq + 1;
        }
    }
    int status = 0;
    waitpid(child, &status, 0);
    sched_setaffinity(0, sizeof before, &before);
    objects.removeAll();
    reaper.untrack(objects);

    QVERIFY(pinned);
    QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the producer failed");
    QCOMPARE(received, int(seqs.size()));
    QCOMPARE(expected, uint64_t(200000));
    QCOMPARE(seenLost, lost);
    QCOMPARE(seenDuplicated, duplicated);
}

// Each side ORs its CPUs into the ring header as it opens the ring; a side
// spins only while the other side's are known and the two together may run
// on more than one CPU, as they are when it waits, not when it opened.
void TestRingWait::spinsOnlyWhereTheOtherSideCanRun()
{
    if (sysconf(_SC_NPROCESSORS_ONLN) < 2)
        QSKIP("one CPU online: nothing to choose");
    cpu_set_t before;
    QCOMPARE(sched_getaffinity(0, sizeof before, &before), 0);
    if (!CPU_ISSET(0, &before) || !CPU_ISSET(1, &before))
        QSKIP("CPUs 0 and 1 are not both ours");
    // Unpinned (CPUs 0 and 1 at least), before the other side has opened.
    RingHeader late{};
    const SpinBeforeSleep unpinnedProducer(&late, true);
    const bool beforeTheConsumerOpens = unpinnedProducer.pays();
    // Two producers of one ring, on CPU 0 and on CPU 1.
    RingHeader ring{};
    bool pinned = pinTo(0);
    const SpinBeforeSleep producerOn0(&ring, true);
    pinned = pinTo(1) && pinned;
    const SpinBeforeSleep producerOn1(&ring, true);
    const uint64_t producersCpus = ring.producerCpus.load();
    // A producer and a consumer both on CPU 0.
    pinned = pinTo(0) && pinned;
    RingHeader oneCpu{};
    const SpinBeforeSleep producer(&oneCpu, true);
    const SpinBeforeSleep consumer(&oneCpu, false);
    const bool onOneCpu = producer.pays() || consumer.pays();
    // A consumer on CPU 0 of the ring whose producers run on 0 and 1: the
    // producer on CPU 1 spins, the one on CPU 0 shares its CPU with the
    // consumer and does not, until a second consumer opens on CPU 1.
    const SpinBeforeSleep consumerOn0(&ring, false);
    const bool onTwoCpus = consumerOn0.pays() && producerOn1.pays() && !producerOn0.pays();
    pinned = pinTo(1) && pinned;
    const SpinBeforeSleep consumerOn1(&ring, false);
    const bool whenASecondConsumerOpens = producerOn0.pays();
    // The unpinned producer, once its consumer has opened.
    const SpinBeforeSleep lateConsumer(&late, false);
    const bool afterTheConsumerOpens = unpinnedProducer.pays();
    sched_setaffinity(0, sizeof before, &before);

    QVERIFY(pinned);
    QVERIFY(!beforeTheConsumerOpens);
    QCOMPARE(producersCpus, uint64_t(0b11));
    QVERIFY(!onOneCpu);
    QVERIFY(onTwoCpus);
    QVERIFY(whenASecondConsumerOpens);
    QVERIFY(afterTheConsumerOpens);
}

void TestRingWait::aBatchedProducerLeavesNothingUnpublished_data()
{
    QTest::addColumn<int>("then");
    QTest::addRow("it finishes") << int(Then::Finishes);
    QTest::addRow("it is held for a step") << int(Then::IsHeld);
    QTest::addRow("it is paced") << int(Then::IsPaced);
    QTest::addRow("nothing, the consumer sleeps between messages") << int(Then::NothingTheConsumerSleeps);
}

void TestRingWait::aBatchedProducerLeavesNothingUnpublished()
{
    QFETCH(int, then);
    const Mechanism *m = findMechanism("shm-spsc");
    QVERIFY(m);
    Shape shape;
    shape.size = 64;
    shape.ringSlots = 16; // a batch of 8: the 5 messages below are short of one
    constexpr int kSent = 5;
    test::TestReaper reaper;
    Created made = m->create(shape, {});
    reaper.track(made.objects);
    const Objects objects = made.objects;
    int report[2];
    QCOMPARE(pipe2(report, O_CLOEXEC), 0);

    // The consumer tells the sequence number of each message it takes.
    const pid_t child = test::forkDyingWithTest();
    QVERIFY(child >= 0);
    if (child == 0) {
        close(report[0]);
        Side side;
        auto consumer = m->open(EndpointContext{Role::Consumer, 0, shape, objects.params, side.gate, side.peers});
        MessageBuffer buffer{shape.size};
        while (consumer->receive(buffer.data(), buffer.size()) == shape.size) {
            MessageHeader h;
            std::memcpy(&h, buffer.data(), sizeof h);
            if (write(report[1], &h.seq, sizeof h.seq) != sizeof h.seq)
                _exit(3);
        }
        _exit(0);
    }
    close(report[1]);

    ControlBlock control{};
    int got = 0;
    {
        Side side(&control);
        auto producer = m->open(EndpointContext{Role::Producer, 0, shape, objects.params, side.gate, side.peers});
        producer->batchPublication();
        MessageBuilder builder(0, shape.size, "");
        // The consumer, as the segment shows it: it has taken every message
        // before `seq` (tail) and sleeps on the futex (its flag, raised after
        // it publishes tail). Waited for, not assumed after a pause: on a busy
        // machine it may not be back at its futex 30 ms later, and a producer
        // that sends before the flag is up rightly holds its message back.
        const auto consumerAsleepAt = [&](uint64_t seq) {
            int64_t tail = -1, sleeps = 0;
            for (const KernelValue &v : m->sample(objects.params)) {
                if (v.object == "ring" && v.field == "tail")
                    tail = v.value;
                if (v.object == "ring" && v.field == "consumer_sleeps")
                    sleeps = v.value;
            }
            return tail == int64_t(seq) && sleeps == 1;
        };
        for (uint64_t seq = 0; seq < kSent; ++seq) {
            // At most 2 s; not a QTRY, whose failure would return and leave
            // the consumer process running: a message it then never gets
            // fails the count below, after the consumer is gone.
            for (int ms = 0; Then(then) == Then::NothingTheConsumerSleeps && ms < 2000 && !consumerAsleepAt(seq); ++ms)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            builder.stamp(seq, 1000 + seq);
            producer->send(builder.data(), builder.size());
        }
        std::thread waits;
        if (Then(then) == Then::Finishes) {
            producer->finish();
        } else if (Then(then) == Then::IsHeld) {
            control.paused.store(1);
            waits = std::thread([&] {
                builder.stamp(kSent, 1000 + kSent);
                producer->send(builder.data(), builder.size()); // held in the gate until Stop
            });
        } else if (Then(then) == Then::IsPaced) {
            control.rateMilliHz.store(1000); // one a second: the second pace() sleeps
            waits = std::thread([&] {
                side.gate.pace();
                side.gate.pace();
            });
        }
        // Each one arrives promptly, though the batch is not full.
        uint64_t seq = 0;
        pollfd ready{report[0], POLLIN, 0};
        while (got < kSent && poll(&ready, 1, 2000) == 1 && read(report[0], &seq, sizeof seq) == sizeof seq &&
               seq == uint64_t(got))
            ++got;
        // Let a held or paced producer go.
        control.stop.store(1);
        control.generation.fetch_add(1);
        futexWakeAll(&control.generation);
        if (waits.joinable())
            waits.join();
    }
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    close(report[0]);
    objects.removeAll();
    reaper.untrack(objects);
    QCOMPARE(got, kSent);
}

QTEST_GUILESS_MAIN(TestRingWait)
#include "tst_ringwait.moc"
