// The frame every message carries: a message survives the round trip, and
// any damage to header, payload or trailer, or a tear between two messages,
// is caught.
#include "engine/message.h"
#include "engine/repeatedlines.h"

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
    void bufferStartsOnACacheLine_data();
    void bufferStartsOnACacheLine();
    void templateChecksEveryByte_data();
    void templateChecksEveryByte();
    void copyMessageCopiesEveryByte();
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
        // What the producer's books read in place of the message's bytes.
        QCOMPARE(std::memcmp(&builder.header(), message, sizeof h), 0);
    }
    // The flags too, set and then cleared again.
    const uint8_t *end = builder.stamp(4, 9, kEndOfStream);
    QCOMPARE(std::memcmp(&builder.header(), end, kHeaderSize), 0);
    QCOMPARE(builder.header().flags, uint16_t(kEndOfStream));
    const uint8_t *next = builder.stamp(5, 10);
    QCOMPARE(std::memcmp(&builder.header(), next, kHeaderSize), 0);
    QCOMPARE(builder.header().flags, uint16_t(0));
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

void TestMessage::bufferStartsOnACacheLine_data()
{
    QTest::addColumn<int>("size");
    for (int size : {32, 33, 64, 4096, 65536})
        QTest::addRow("%d B", size) << size;
}

void TestMessage::bufferStartsOnACacheLine()
{
    QFETCH(int, size);
    for (int i = 0; i < 4; ++i) { // a few, so that a lucky malloc does not pass alone
        MessageBuffer buffer{size_t(size)};
        QCOMPARE(reinterpret_cast<uintptr_t>(buffer.data()) % MessageBuffer::kAlignment, uintptr_t(0));
        std::memset(buffer.data() - kHeadroom, 0xa5, kHeadroom + size_t(size)); // headroom and message are ours
    }
}

void TestMessage::templateChecksEveryByte_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("textLength");
    for (int size : {40, 41, 4096, 65536})
        // Texts whose repetitions make whole lines within the image (1, 15,
        // 16, 100, 256), one whose would not (3000), one longer than it.
        for (int textLength : {1, 15, 16, 100, 256, 3000, 5000})
            QTest::addRow("%d B, text of %d", size, textLength) << size << textLength;
}

void TestMessage::templateChecksEveryByte()
{
    QFETCH(int, size);
    QFETCH(int, textLength);
    std::string text;
    for (int i = 0; i < textLength; ++i)
        text += char('a' + i % 23);
    const PayloadTemplate expected(0, size_t(size), text);
    QCOMPARE(expected.length(), payloadTextLength(size_t(size)));
    std::vector<uint8_t> payload(expected.length() + 1);
    expected.fill(payload.data());
    for (size_t i = 0; i < expected.length(); ++i)
        QCOMPARE(payload[i], uint8_t(text[i % text.size()]));
    QCOMPARE(expected.hash(), payloadHash(payload.data(), expected.length()));
    // Where the CPU allows, a text whose lines repeat within 15 or 16 lines
    // (1 and 16 bytes: every line; 15: every 15; 256: every 4) is compared
    // against lines held in registers, so the flips below test that compare.
    const bool repeatsWithinABlock = textLength == 1 || textLength == 15 || textLength == 16 || textLength == 256;
    QCOMPARE(expected.comparesInRegisters(), registerCompareAvailable() && size >= 4096 && repeatsWithinABlock);
    // A copy's image lies elsewhere, placed anew.
    const PayloadTemplate copy = expected;
    QVERIFY(copy.matches(payload.data(), false));
    // Asking for the lines ahead changes nothing of the verdict.
    for (const bool askAhead : {false, true}) {
        QVERIFY(expected.matches(payload.data(), askAhead));
        // Every byte of the first pieces, then every 61st: a flip anywhere is seen.
        for (size_t at = 0; at < expected.length(); at += at < 2 * PayloadTemplate::kImageBytes ? 1 : 61) {
            payload[at] ^= 0x04;
            QVERIFY2(!expected.matches(payload.data(), askAhead),
                     qPrintable(QStringLiteral("byte %1, asked ahead: %2").arg(at).arg(askAhead)));
            payload[at] ^= 0x04;
        }
    }
}

// copyMessage copies a short message in pieces (the header's words, the
// text, the trailer) and a long one whole: every length gets every byte, and
// nothing past it.
void TestMessage::copyMessageCopiesEveryByte()
{
    constexpr size_t kGuard = 64;
    std::vector<size_t> lengths;
    for (size_t len = 0; len <= 200; ++len)
        lengths.push_back(len);
    for (size_t len : {1023, 1024, 1025, 4096, 65536})
        lengths.push_back(len);
    for (size_t len : lengths) {
        MessageBuffer from{len + kGuard};
        MessageBuffer to{len + kGuard};
        for (size_t i = 0; i < len + kGuard; ++i) {
            from.data()[i] = uint8_t(i * 7 + 1);
            to.data()[i] = 0xee;
        }
        copyMessage(to.data(), from.data(), len);
        QVERIFY2(std::memcmp(to.data(), from.data(), len) == 0, qPrintable(QStringLiteral("%1 B").arg(len)));
        for (size_t i = len; i < len + kGuard; ++i)
            QVERIFY2(to.data()[i] == 0xee, qPrintable(QStringLiteral("%1 B: byte %2 written").arg(len).arg(i)));
    }
}

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
