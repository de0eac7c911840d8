// What the mechanisms declare: all of the lecture is there, grouped as in the
// lecture, every limit says where it comes from, and an impossible shape is
// refused with one line that names the limit and its source.
#include "engine/limits.h"
#include "engine/mechanism.h"
#include "engine/message.h"
#include "support/testreaper.h"

#include <QScopeGuard>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <set>

using namespace ipcscope;

class TestMechanisms : public QObject {
    Q_OBJECT
private slots:
    void everyMechanismOfTheLecture();
    void limitsNameTheirSource();
    void refusals_data();
    void refusals();
    void accepted_data();
    void accepted();
    void posixShmReadsItsSegmentUntilItIsRemoved();
};

// A run's polls read posix-shm's segment size through a descriptor kept open
// (they stat()ed its path each time): removed, the segment is shown no more,
// as the path's stat() said, though the descriptor still reads its size; a
// FIFO made under its name after is neither read nor waited on.
void TestMechanisms::posixShmReadsItsSegmentUntilItIsRemoved()
{
    const Mechanism *m = findMechanism("posix-shm");
    QVERIFY(m);
    Shape shape;
    shape.size = 64;
    shape.ringSlots = 4;
    test::TestReaper reaper;
    const Objects objects = m->create(shape, {}).objects;
    reaper.track(objects);
    auto removed = qScopeGuard([&] { objects.removeAll(); }); // on a failed check too
    const std::unique_ptr<KernelReader> reader = m->kernelReader();
    const auto segmentBytes = [&] {
        for (const KernelValue &v : reader->read(objects.params))
            if (v.object == "segment")
                return v.value;
        return int64_t(-1);
    };
    const int64_t bytes = segmentBytes();
    QVERIFY(bytes > 0);
    QCOMPARE(segmentBytes(), bytes); // again, through the descriptor kept
    removed.dismiss();
    objects.removeAll();
    reaper.untrack(objects); // the FIFO below takes the name
    QCOMPARE(segmentBytes(), int64_t(-1));
    // Someone's FIFO under the name once ours is gone: refused, and the
    // read does not wait in open() for a writer (the window's poll would).
    const std::string path = "/dev/shm" + param(objects.params, "shm");
    QCOMPARE(mkfifo(path.c_str(), 0600), 0);
    const OwnedObject fifo{ObjectKind::Path, path};
    reaper.track(fifo);
    auto fifoRemoved = qScopeGuard([&] {
        unlink(path.c_str());
        reaper.untrack(fifo);
    });
    QCOMPARE(segmentBytes(), int64_t(-1));
}

void TestMechanisms::everyMechanismOfTheLecture()
{
    const std::set<std::string> expected = {"signals-std", "signals-rt", "pipe",       "fifo",     "sysv-shm",
                                            "posix-shm",   "shm-mutex",  "shm-spsc", "shm-nosync", "sysv-msg", "posix-mq",
                                            "unix-stream", "unix-dgram", "tcp",        "udp"};
    std::set<std::string> ids;
    std::set<uint32_t> colours;
    for (const Mechanism *m : allMechanisms()) {
        const MechanismInfo &info = m->info();
        ids.insert(info.id);
        QVERIFY(!groupTitle(info.group).empty());
        QVERIFY(!info.title.empty() && !info.summary.empty() && !info.calls.empty());
        colours.insert(info.colour);
        QCOMPARE(findMechanism(info.id), m);
        // The lecture's order: groups never go back.
        if (m != allMechanisms().front())
            QVERIFY(int(info.group) >= int((*(std::find(allMechanisms().begin(), allMechanisms().end(), m) - 1))->info().group));
    }
    QCOMPARE(colours.size(), ids.size()); // each its own colour, everywhere
    QVERIFY(ids == expected);
    QVERIFY(!findMechanism("carrier-pigeon"));
}

void TestMechanisms::limitsNameTheirSource()
{
    for (const Mechanism *m : allMechanisms()) {
        QVERIFY(!m->limits().empty());
        for (const Limit &l : m->limits()) {
            QVERIFY2(!l.source.empty(), (m->info().id + ": " + l.name.english()).c_str());
            QVERIFY(!l.name.empty());
        }
        QVERIFY(!m->maxMessage().source.empty());
    }
    // The ones the lecture quotes, read from this machine.
    QCOMPARE(findMechanism("sysv-msg")->maxMessage().source.english(), std::string("from /proc/sys/kernel/msgmax"));
    QCOMPARE(findMechanism("sysv-msg")->maxMessage().value, *readProcNumber("/proc/sys/kernel/msgmax"));
    QCOMPARE(findMechanism("posix-mq")->maxMessage().value, *readProcNumber("/proc/sys/fs/mqueue/msgsize_max"));
    QCOMPARE(findMechanism("udp")->maxMessage().value, uint64_t(65507));
}

void TestMechanisms::refusals_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("producers");
    QTest::addColumn<int>("consumers");
    QTest::addColumn<int>("size");
    QTest::addColumn<QStringList>("mentions");
    const int msgmax = int(*readProcNumber("/proc/sys/kernel/msgmax"));
    QTest::newRow("sysv-msg over msgmax") << "sysv-msg" << 1 << 1 << msgmax + 808
                                          << QStringList{"msgmax", "/proc/sys/kernel/msgmax", QString::number(msgmax)};
    QTest::newRow("udp over 65507") << "udp" << 1 << 1 << 70000 << QStringList{"65507", "IPv4"};
    QTest::newRow("posix-mq over msgsize_max")
        << "posix-mq" << 1 << 1 << 9000 << QStringList{"msgsize_max", "/proc/sys/fs/mqueue/msgsize_max"};
    QTest::newRow("pipe, two writers, over PIPE_BUF") << "pipe" << 2 << 1 << 8192 << QStringList{"PIPE_BUF", "4096"};
    QTest::newRow("fifo, two readers, over PIPE_BUF") << "fifo" << 1 << 2 << 4097 << QStringList{"PIPE_BUF", "readers"};
    QTest::newRow("signals, two consumers") << "signals-std" << 1 << 2 << 32 << QStringList{"one consumer"};
    QTest::newRow("nine producers") << "sysv-shm" << 9 << 1 << 64 << QStringList{"9 producers", "1..8"};
    QTest::newRow("no consumer") << "tcp" << 1 << 0 << 64 << QStringList{"0 consumers"};
    QTest::newRow("under the header") << "sysv-shm" << 1 << 1 << 16 << QStringList{"minimum of 32", "header"};
    QTest::newRow("over ipcscope's limit") << "sysv-shm" << 1 << 1 << (1 << 20) + 1 << QStringList{"1048576"};
}

void TestMechanisms::refusals()
{
    QFETCH(QString, mechanism);
    QFETCH(int, producers);
    QFETCH(int, consumers);
    QFETCH(int, size);
    QFETCH(QStringList, mentions);
    Shape shape;
    shape.producers = producers;
    shape.consumers = consumers;
    shape.size = uint32_t(size);
    const Refusal refusal = validateShape(*findMechanism(mechanism.toStdString()), shape);
    const QString reason = QString::fromStdString(refusal.text.english());
    QVERIFY2(!reason.isEmpty(), "the shape was accepted");
    QVERIFY2(!reason.contains(QLatin1Char('\n')), qPrintable(reason));
    QVERIFY(refusal.field != Refusal::Field::None); // an editor can say which field is at fault
    for (const QString &m : mentions)
        QVERIFY2(reason.contains(m), qPrintable(reason + QStringLiteral(" -- does not mention ") + m));
}

void TestMechanisms::accepted_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("producers");
    QTest::addColumn<int>("consumers");
    QTest::addColumn<int>("size");
    QTest::newRow("sysv-msg at exactly msgmax")
        << "sysv-msg" << 1 << 1 << int(*readProcNumber("/proc/sys/kernel/msgmax"));
    QTest::newRow("udp at exactly 65507") << "udp" << 1 << 1 << 65507;
    QTest::newRow("pipe, 8 writers, PIPE_BUF") << "pipe" << 8 << 8 << 4096;
    QTest::newRow("pipe, one to one, 1 MiB") << "pipe" << 1 << 1 << (1 << 20);
    QTest::newRow("header only") << "posix-shm" << 1 << 1 << int(kHeaderSize);
    QTest::newRow("signals, 8 producers") << "signals-rt" << 8 << 1 << int(kHeaderSize);
}

void TestMechanisms::accepted()
{
    QFETCH(QString, mechanism);
    QFETCH(int, producers);
    QFETCH(int, consumers);
    QFETCH(int, size);
    Shape shape;
    shape.producers = producers;
    shape.consumers = consumers;
    shape.size = uint32_t(size);
    QCOMPARE(QString::fromStdString(validateShape(*findMechanism(mechanism.toStdString()), shape).text.english()),
             QString());
}

QTEST_GUILESS_MAIN(TestMechanisms)
#include "tst_mechanisms.moc"
