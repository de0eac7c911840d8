// The receiver's bookkeeping: new, duplicated, reordered, corrupted and end
// messages are told apart, across consumers sharing one "seen" bitmap, and a
// window reused for long runs raises no false duplicates.
#include "engine/message.h"
#include "engine/verifier.h"

#include <QTest>

#include <cstring>
#include <sys/mman.h>
#include <vector>

using namespace ipcscope;

namespace {

struct Stamper {
    explicit Stamper(uint16_t producer, size_t size = 64) : builder(producer, size, {}) {}
    std::vector<uint8_t> make(uint64_t seq, uint16_t flags = 0)
    {
        const uint8_t *m = builder.stamp(seq, 1, flags);
        return {m, m + builder.size()};
    }
    MessageBuilder builder;
};

Verifier::Outcome check(Verifier &v, const std::vector<uint8_t> &message)
{
    return v.check(message.data(), message.size());
}

Verifier::Options options(int producers, size_t size = 64, bool signalFrames = false)
{
    Verifier::Options o;
    o.producers = producers;
    o.size = size;
    o.signalFrames = signalFrames;
    return o;
}

} // namespace

class TestVerifier : public QObject {
    Q_OBJECT
private slots:
    void classifies();
    void severalProducers();
    void duplicatesAcrossConsumers();
    void windowIsReusedWithoutFalseDuplicates();
    void signalFrames();
    void checksEveryByteAgainstTheProducersPayload();
    void wrongSizeOrTextIsCorrupted();
};

void TestVerifier::classifies()
{
    Verifier v(options(1));
    Stamper p(0);
    QCOMPARE(check(v, p.make(0)), Verifier::Outcome::New);
    QCOMPARE(check(v, p.make(2)), Verifier::Outcome::New);
    QCOMPARE(check(v, p.make(1)), Verifier::Outcome::Reordered);
    QCOMPARE(check(v, p.make(2)), Verifier::Outcome::Duplicate);
    QCOMPARE(check(v, p.make(0)), Verifier::Outcome::Duplicate);
    std::vector<uint8_t> damaged = p.make(3);
    damaged[40] ^= 1;
    QCOMPARE(check(v, damaged), Verifier::Outcome::Corrupted);
    QCOMPARE(check(v, p.make(3)), Verifier::Outcome::New); // the damaged copy did not count as seen
    QCOMPARE(check(v, p.make(0, kEndOfStream)), Verifier::Outcome::End);
}

void TestVerifier::severalProducers()
{
    Verifier v(options(2));
    Stamper a(0), b(1), stranger(2);
    QCOMPARE(check(v, a.make(0)), Verifier::Outcome::New);
    QCOMPARE(check(v, b.make(0)), Verifier::Outcome::New); // same number, other producer
    QCOMPARE(check(v, b.make(0)), Verifier::Outcome::Duplicate);
    QCOMPARE(check(v, stranger.make(0)), Verifier::Outcome::Corrupted); // no such producer in this run
}

void TestVerifier::duplicatesAcrossConsumers()
{
    // Two consumers share one bitmap, as they do through the telemetry block.
    const size_t words = (size_t(1) << kSeenBitsLog2) / 64;
    void *memory = mmap(nullptr, words * 8, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    QVERIFY(memory != MAP_FAILED);
    auto *bitmap = static_cast<std::atomic<uint64_t> *>(memory);
    const auto shared = [bitmap](int) { return bitmap; };
    {
        Verifier::Options o = options(1);
        o.seenBitmap = shared;
        o.soleConsumer = false;
        Verifier first(o);
        Verifier second(o);
        Stamper p(0);
        QCOMPARE(check(first, p.make(5)), Verifier::Outcome::New);
        QCOMPARE(check(second, p.make(6)), Verifier::Outcome::New);
        QCOMPARE(check(second, p.make(5)), Verifier::Outcome::Duplicate);
        QCOMPARE(check(first, p.make(6)), Verifier::Outcome::Duplicate);
    }
    munmap(memory, words * 8);
}

void TestVerifier::windowIsReusedWithoutFalseDuplicates()
{
    // Run through two and a half windows in order: every message is new, and
    // a late copy of a recent one is still caught.
    Verifier v(options(1, kHeaderSize));
    Stamper p(0, kHeaderSize);
    const uint64_t window = uint64_t(1) << kSeenBitsLog2;
    const uint64_t end = window * 5 / 2;
    uint64_t wrong = 0;
    for (uint64_t seq = 0; seq < end; ++seq)
        wrong += check(v, p.make(seq)) != Verifier::Outcome::New;
    QCOMPARE(wrong, uint64_t(0));
    QCOMPARE(check(v, p.make(end - 1000)), Verifier::Outcome::Duplicate);
}

void TestVerifier::signalFrames()
{
    Verifier v(options(2, kHeaderSize, true));
    const auto frame = [](uint16_t producer, uint64_t seq, uint16_t flags) {
        MessageHeader h{};
        h.magic = kMessageMagic;
        h.size = 8;
        h.producer = producer;
        h.seq = seq;
        h.flags = flags;
        std::vector<uint8_t> bytes(sizeof h);
        std::memcpy(bytes.data(), &h, sizeof h);
        return bytes;
    };
    QCOMPARE(check(v, frame(0, 0, kNoPayload)), Verifier::Outcome::New);
    QCOMPARE(check(v, frame(0, 0, kNoPayload)), Verifier::Outcome::Duplicate);
    QCOMPARE(check(v, frame(1, 0, kNoPayload)), Verifier::Outcome::New);
    QCOMPARE(check(v, frame(0, 0, kAnonymous)), Verifier::Outcome::New); // nothing to tell standard signals apart
    QCOMPARE(check(v, frame(0, 0, kAnonymous)), Verifier::Outcome::New);
    QCOMPARE(check(v, frame(0, 0, kNoPayload | kEndOfStream)), Verifier::Outcome::End);
    // A message with a payload is not what a signal mechanism delivers.
    Stamper p(0);
    QCOMPARE(check(v, p.make(9)), Verifier::Outcome::Corrupted);
    // ...and a signal frame is not what a payload mechanism delivers.
    Verifier framesOnly(options(1, kHeaderSize));
    QCOMPARE(check(framesOnly, frame(0, 1, kNoPayload)), Verifier::Outcome::Corrupted);
}

void TestVerifier::checksEveryByteAgainstTheProducersPayload()
{
    Verifier v(options(1, 4096));
    Stamper p(0, 4096);
    for (size_t at :
         {size_t(0), size_t(8), size_t(31), size_t(32), size_t(1000), size_t(4087), size_t(4088), size_t(4095)}) {
        std::vector<uint8_t> damaged = p.make(at);
        damaged[at] ^= 0x01;
        QVERIFY2(check(v, damaged) == Verifier::Outcome::Corrupted, qPrintable(QString::number(at)));
    }
    QCOMPARE(check(v, p.make(5000)), Verifier::Outcome::New);
}

void TestVerifier::wrongSizeOrTextIsCorrupted()
{
    Verifier v(options(1, 128));
    Stamper longer(0, 256);
    QCOMPARE(check(v, longer.make(0)), Verifier::Outcome::Corrupted);
    MessageBuilder otherText(0, 128, "not what P1 sends ");
    const uint8_t *m = otherText.stamp(1, 1);
    QCOMPARE(v.check(m, 128), Verifier::Outcome::Corrupted);
    Verifier::Options withText = options(1, 128);
    withText.payloadText = "not what P1 sends ";
    Verifier agreed(withText);
    QCOMPARE(agreed.check(m, 128), Verifier::Outcome::New);
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
