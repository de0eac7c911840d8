// The limit that decides a row, from limits built by hand: how many messages
// of the row's size the object holds in flight, or why every write waits.
#include "session/decidinglimit.h"

#include <QTest>

using namespace ipcscope;

class TestDecidingLimit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void describes_data();
    void describes();
    void readsThisMachine();
};

void TestDecidingLimit::describes_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("says");
    QTest::newRow("msgmnb: four messages of 4 KiB")
        << "sysv-msg" << 4096 << "msgmnb 16 KiB — messages in flight: 4 of 4 KiB";
    QTest::newRow("msgmnb: 256 small ones") << "sysv-msg" << 64 << "msgmnb 16 KiB — messages in flight: 256 of 64 B";
    QTest::newRow("mq_maxmsg") << "posix-mq" << 4096 << "mq_maxmsg 10 — messages in flight: 10";
    QTest::newRow("pipe: sixteen of 4 KiB") << "fifo" << 4096 << "pipe capacity 64 KiB — messages in flight: 16 of 4 KiB";
    QTest::newRow("pipe: a message larger than the pipe")
        << "pipe" << (1 << 20) << "pipe capacity 64 KiB, less than one message of 1 MiB: every write waits for the reader";
    QTest::newRow("a socket buffer smaller than a message")
        << "unix-stream" << (1 << 20)
        << "wmem_default 208 KiB, less than one message of 1 MiB: every send waits for the receiver";
    QTest::newRow("ring slots") << "posix-shm" << 65536 << "ring slots: 8 — messages in flight: 8";
    QTest::newRow("standard signals merge") << "signals-std" << 0
                                            << "one pending SIGUSR1: the signals sent while it waits merge into it";
    QTest::newRow("UDP drops the rest") << "udp" << 4096
                                        << "rmem_default 208 KiB — datagrams queued: about 52 of 4 KiB, the rest are "
                                           "dropped";
    QTest::newRow("an unknown mechanism has none") << "smoke" << 64 << "";
}

void TestDecidingLimit::describes()
{
    QFETCH(QString, mechanism);
    QFETCH(int, size);
    QFETCH(QString, says);
    SystemLimits limits; // the kernel's usual defaults
    QCOMPARE(DecidingLimit::describe({mechanism, size}, limits), says);
}

void TestDecidingLimit::readsThisMachine()
{
    const SystemLimits here = SystemLimits::read(8);
    QVERIFY(here.pipeCapacity >= 4096);
    QVERIFY(here.msgmnb > 0);
    QVERIFY(here.mqMaxmsg >= 1 && here.mqMaxmsg <= 10);
    QCOMPARE(here.ringSlots, 8);
}

QTEST_GUILESS_MAIN(TestDecidingLimit)
#include "tst_decidinglimit.moc"
