// A consumer's latency samples come from stamped messages only: a message a
// fast producer sent without a stamp (StampPolicy, sendNs 0) is counted and
// shown but has no latency, and every stamped one records exactly one sample.
// The send times are made up, so no timing of the machine enters.
#include "engine/message.h"
#include "engine/slotwriter.h"
#include "engine/stamppolicy.h"
#include "engine/telemetry.h"

#include <QTest>

#include <cstring>
#include <memory>

using namespace ipcscope;

class TestSlotWriter : public QObject {
    Q_OBJECT
private slots:
    void latencyOnlyForStamped_data();
    void latencyOnlyForStamped();
    void publishesTheNewestTakenFromEachProducer();
};

void TestSlotWriter::latencyOnlyForStamped_data()
{
    QTest::addColumn<quint64>("gapNs"); // between two sends
    QTest::addColumn<bool>("everyMessage");
    QTest::addColumn<bool>("timedFairly"); // false: the message lived through a Pause
    QTest::addColumn<quint64>("samples");  // of 1000 messages

    constexpr quint64 fast = StampPolicy::kFastNs - 1; // over 100 000 messages a second
    // Fast: 0 and 1 stamped, then one in kStride from 1 (63 more), and the
    // counted run's last message: 1 + 63 + 1.
    QTest::newRow("fast: unstamped messages record none") << fast << false << true << quint64(1 + 63 + 1);
    // The case that turns it: the same messages, all stamped, all timed.
    QTest::newRow("fast, sampling off: every one") << fast << true << true << quint64(1000);
    QTest::newRow("slow: every one stamped") << quint64(StampPolicy::kFastNs) << false << true << quint64(1000);
    QTest::newRow("paused: none, stamped or not") << fast << true << false << quint64(0);
}

void TestSlotWriter::latencyOnlyForStamped()
{
    QFETCH(quint64, gapNs);
    QFETCH(bool, everyMessage);
    QFETCH(bool, timedFairly);
    QFETCH(quint64, samples);

    constexpr quint64 count = 1000;
    constexpr quint64 transitNs = 700;
    auto slot = std::make_unique<WorkerSlot>();
    SlotWriter consumer(slot.get(), true);
    MessageBuilder builder(0, 64, {});
    StampPolicy stamps(count, everyMessage);
    for (quint64 seq = 0; seq < count; ++seq) {
        const quint64 sentNs = 1'000'000 + seq * gapNs;
        const bool stamped = stamps.due(seq);
        const uint8_t *message = builder.stamp(seq, stamped ? sentNs : 0);
        if (stamped)
            stamps.stamped(seq, sentNs);
        MessageHeader h;
        std::memcpy(&h, message, sizeof h);
        consumer.received(h, message + kHeaderSize, sentNs + transitNs, 0, timedFairly);
    }
    QCOMPARE(quint64(slot->messages.load()), count); // every message counted
    QCOMPARE(quint64(slot->latencyCount.load()), samples);
    if (samples) {
        // Each sample is a stamped message's own transit, never "now - 0".
        QCOMPARE(quint64(slot->latencyMinNs.load()), transitNs);
        QCOMPARE(quint64(slot->latencyMaxNs.load()), transitNs);
    }
}

QTEST_APPLESS_MAIN(TestSlotWriter)
// What Run::readSlots raises a producer's count to: per producer, the newest
// sequence number + 1 a consumer took, never lowered by an older message
// (reordered), and nothing for a message that names no producer (a standard
// signal) or one beyond the slot's kMaxProducers.
void TestSlotWriter::publishesTheNewestTakenFromEachProducer()
{
    auto slot = std::make_unique<WorkerSlot>();
    SlotWriter consumer(slot.get(), false); // kept without live telemetry too: the counts need it
    const auto take = [&](uint16_t producer, uint64_t seq, uint16_t flags = 0) {
        MessageHeader h{};
        h.producer = producer;
        h.seq = seq;
        h.size = kHeaderSize;
        h.flags = flags;
        consumer.received(h, nullptr, 1000);
    };
    take(0, 0);
    take(2, 6);
    take(2, 4); // reordered
    take(1, 9, kAnonymous);
    take(kMaxProducers, 3);
    QCOMPARE(slot->takenFrom[0].load(), quint64(1));
    QCOMPARE(slot->takenFrom[1].load(), quint64(0));
    QCOMPARE(slot->takenFrom[2].load(), quint64(7));
    QCOMPARE(slot->messages.load(), quint64(5)); // every one counted received all the same
}

#include "tst_slotwriter.moc"
