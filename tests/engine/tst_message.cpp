// The frame every message carries: a message survives the round trip, and
// any damage to header, payload or trailer, or a tear between two messages,
// is caught.
#include "engine/message.h"

#include <QTest>

#include <cstring>
#include <vector>

using namespace ipcscope;

class TestMessage : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void anyDamagedByteIsCaught_data() { roundTrip_data(); }
    void anyDamagedByteIsCaught();
    void tornMessageIsCaught();
    void wrongLengthIsCaught();
    void endOfStream();
    void payloadTextRepeats();
};

void TestMessage::roundTrip_data()
{
    QTest::addColumn<int>("size");
    for (int size : {32, 33, 39, 40, 41, 64, 4096, 65536, 1 << 20})
        QTest::addRow("%d B", size) << size;
}

void TestMessage::roundTrip()
{
    QFETCH(int, size);
    MessageBuilder builder(3, size_t(size), "lecture ");
    for (uint64_t seq : {uint64_t(0), uint64_t(1), uint64_t(123456789)}) {
        const uint8_t *message = builder.stamp(seq, 42 + seq);
        QCOMPARE(verifyMessage(message, size_t(size)), Verdict::Ok);
        MessageHeader h;
        std::memcpy(&h, message, sizeof h);
        QCOMPARE(h.magic, kMessageMagic);
        QCOMPARE(h.size, uint32_t(size));
        QCOMPARE(h.seq, seq);
        QCOMPARE(h.sendNs, 42 + seq);
        QCOMPARE(h.producer, uint16_t(3));
    }
}

void TestMessage::anyDamagedByteIsCaught()
{
    QFETCH(int, size);
    MessageBuilder builder(0, size_t(size), {});
    std::vector<uint8_t> message(builder.stamp(7, 1000), builder.stamp(7, 1000) + size);
    // The first and last byte, the checksum, and every 97th byte between.
    std::vector<size_t> positions = {0, size_t(size) - 1, offsetof(MessageHeader, checksum)};
    for (size_t i = 1; i < size_t(size); i += 97)
        positions.push_back(i);
    for (size_t at : positions) {
        std::vector<uint8_t> damaged = message;
        damaged[at] ^= 0x20;
        QVERIFY2(verifyMessage(damaged.data(), damaged.size()) == Verdict::Corrupted,
                 qPrintable(QStringLiteral("flipping byte %1 went unnoticed").arg(at)));
    }
}

void TestMessage::tornMessageIsCaught()
{
    // Two messages of one producer: the same payload text, different numbers.
    const size_t size = 4096;
    MessageBuilder builder(0, size, {});
    const std::vector<uint8_t> first(builder.stamp(1, 100), builder.stamp(1, 100) + size);
    const std::vector<uint8_t> second(builder.stamp(2, 200), builder.stamp(2, 200) + size);
    for (size_t cut : {size_t(16), size_t(32), size_t(100), size / 2, size - 8}) {
        std::vector<uint8_t> torn(second.begin(), second.begin() + long(cut));
        torn.insert(torn.end(), first.begin() + long(cut), first.end());
        QVERIFY2(verifyMessage(torn.data(), size) == Verdict::Corrupted,
                 qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
}

void TestMessage::wrongLengthIsCaught()
{
    MessageBuilder builder(0, 256, {});
    const uint8_t *message = builder.stamp(0, 0);
    QCOMPARE(verifyMessage(message, 255), Verdict::Corrupted);
    QCOMPARE(verifyMessage(message, 10), Verdict::Corrupted);
}

void TestMessage::endOfStream()
{
    MessageBuilder builder(1, 128, {});
    QCOMPARE(verifyMessage(builder.stamp(0, 5, kEndOfStream), 128), Verdict::End);
}

void TestMessage::payloadTextRepeats()
{
    MessageBuilder builder(1, 64, {});
    const uint8_t *message = builder.stamp(0, 0);
    const std::string text = defaultPayloadText(1);
    QCOMPARE(std::string(reinterpret_cast<const char *>(message + kHeaderSize), text.size()), text);
    QCOMPARE(text, std::string("Hello from P2! "));
}

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
