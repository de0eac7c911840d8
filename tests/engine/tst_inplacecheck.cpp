// A consumer checks each message as it receives it: a ring in shared memory
// checks it in its slot without copying it out (shm-mutex only a message over
// 1 KiB), every other mechanism in the buffer it received into. Either way an
// intact message passes with its header and first payload bytes kept, and one
// damaged byte anywhere — in a message of one piece of the payload image or of
// many — is caught.
#include "engine/mechanism.h"
#include "engine/message.h"
#include "engine/peers.h"
#include "engine/verifier.h"
#include "support/testreaper.h"

#include <QTest>

#include <cstring>
#include <memory>
#include <vector>

using namespace ipcscope;

namespace {

// One producer's and one consumer's endpoint of a fresh channel, in this
// process; its objects are removed when it goes, or by its reaper when the
// test is killed.
struct Channel {
    Channel(const Mechanism &mechanism, const Shape &shape)
        : slot(std::make_unique<WorkerSlot>()), writer(slot.get(), false), gate(nullptr, 0, writer),
          peers(block, *slot, "")
    {
        Created made = mechanism.create(shape, {});
        objects = made.objects;
        reaper.track(objects);
        for (const Role role : {Role::Producer, Role::Consumer}) {
            int fd = kInheritedFd;
            for (InheritedFd &f : made.fds)
                if (f.role == role)
                    fd = f.fd.release(); // the endpoint closes it
            auto endpoint = mechanism.open(EndpointContext{role, 0, shape, objects.params, gate, peers, fd});
            (role == Role::Producer ? producer : consumer) = std::move(endpoint);
        }
    }
    ~Channel()
    {
        producer.reset();
        consumer.reset();
        objects.removeAll();
        reaper.untrack(objects);
    }

    test::TestReaper reaper; // first: it must be there before the objects are
    TelemetryBlock block;
    std::unique_ptr<WorkerSlot> slot;
    SlotWriter writer;
    Gate gate;
    RunPeers peers;
    Objects objects;
    std::unique_ptr<Endpoint> producer;
    std::unique_ptr<Endpoint> consumer;
};

} // namespace

class TestInPlaceCheck : public QObject {
    Q_OBJECT
private slots:
    void damageIsCaughtWhereTheMessageLies_data();
    void damageIsCaughtWhereTheMessageLies();
};

void TestInPlaceCheck::damageIsCaughtWhereTheMessageLies_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("writersOnThisCpu");
    const QString longText = QString(5000, QLatin1Char('x')) + QStringLiteral("y"); // longer than the image
    for (const char *m : {"sysv-shm", "posix-shm", "shm-mutex", "shm-spsc", "pipe"})
        for (int size : {64, 4096, 65536}) {
            QTest::addRow("%s %d B", m, size) << QString::fromLatin1(m) << size << QString() << false;
            // A ring's consumer whose producers share its CPU compares in
            // place without asking for the lines ahead (a pipe never checks
            // in place; shm-mutex never asks ahead, so its two rows take one
            // path, kept for when that changes).
            if (std::strcmp(m, "pipe") != 0)
                QTest::addRow("%s %d B, writers on this CPU", m, size)
                    << QString::fromLatin1(m) << size << QString() << true;
            if (size == 65536)
                QTest::addRow("%s %d B, long text", m, size) << QString::fromLatin1(m) << size << longText << false;
        }
    // shm-mutex copies a message of up to 1 KiB out and checks the copy; the
    // sizes on either side of that limit.
    for (int size : {1024, 1025})
        QTest::addRow("shm-mutex %d B", size) << QStringLiteral("shm-mutex") << size << QString() << false;
}

void TestInPlaceCheck::damageIsCaughtWhereTheMessageLies()
{
    QFETCH(QString, mechanism);
    QFETCH(int, size);
    QFETCH(QString, text);
    QFETCH(bool, writersOnThisCpu);
    const Mechanism *m = findMechanism(mechanism.toStdString());
    QVERIFY(m);
    Shape shape;
    shape.size = uint32_t(size);
    Channel channel(*m, shape);
    Verifier::Options o;
    o.size = size_t(size);
    o.payloadText = text.toStdString();
    Verifier verifier(o);
    verifier.setWritersOnThisCpu(writersOnThisCpu);
    MessageBuilder builder(0, size_t(size), text.toStdString());
    MessageBuffer buffer{size_t(size)};

    // The first and last byte of the header, of the payload, of each piece of
    // the image, and of the trailer.
    std::vector<size_t> positions = {0, kHeaderSize - 1, kHeaderSize, size_t(size) - kTrailerSize - 1,
                                     size_t(size) - 1};
    for (size_t at = kHeaderSize + PayloadTemplate::kImageBytes; at < size_t(size); at += 4 * 4096)
        positions.push_back(at);
    uint64_t seq = 0;
    for (size_t at : positions) {
        builder.stamp(seq, 1000 + seq);
        channel.producer->send(builder.data(), builder.size());
        bool intact = false;
        QCOMPARE(channel.consumer->receiveChecked(buffer.data(), buffer.size(), verifier, intact), size_t(size));
        QVERIFY2(intact, qPrintable(QStringLiteral("an intact message #%1 was refused").arg(seq)));
        MessageHeader h;
        std::memcpy(&h, buffer.data(), sizeof h);
        QCOMPARE(h.seq, seq);
        QCOMPARE(verifier.classify(h, size_t(size), intact), Verifier::Outcome::New);
        QCOMPARE(std::memcmp(buffer.data(), builder.data(), std::min(size_t(size), kKeptBytes)), 0);
        ++seq;

        builder.stamp(seq, 1000 + seq);
        builder.data()[at] ^= 0x10;
        channel.producer->send(builder.data(), builder.size());
        builder.data()[at] ^= 0x10;
        QCOMPARE(channel.consumer->receiveChecked(buffer.data(), buffer.size(), verifier, intact), size_t(size));
        QVERIFY2(!intact, qPrintable(QStringLiteral("a flipped byte at %1 went unnoticed").arg(at)));
        std::memcpy(&h, buffer.data(), sizeof h);
        QCOMPARE(verifier.classify(h, size_t(size), intact), Verifier::Outcome::Corrupted);
        ++seq;
    }
}

QTEST_GUILESS_MAIN(TestInPlaceCheck)
#include "tst_inplacecheck.moc"
