// The lecture's complexity and synchronisation as facts: calls and lines
// counted in a snippet (checked on snippets built by hand), every worker's
// snippet found, the objects a run creates counted by creating them — and
// nothing of them left behind — and what holds each mechanism in step.
#include "runhelpers.h"

#include "session/mechanismfacts.h"

#include "engine/mechanism.h"

using namespace ipcscope;
using namespace ipcscope::test;

Q_DECLARE_METATYPE(ipcscope::Synchronisation::Kind)

class TestMechanismFacts : public QObject {
    Q_OBJECT
private slots:
    void countsASnippet_data();
    void countsASnippet();
    void everyMechanismMeasured();
    void objectsCreatedAndRemoved_data();
    void objectsCreatedAndRemoved();
    void synchronisation_data();
    void synchronisation();
};

void TestMechanismFacts::countsASnippet_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("lines");
    QTest::newRow("header comment and blank lines are not code")
        << "// pipe: a header\n//== producer\n\n    write(fd, buf, n);  //@ send\n" << 1 << 1;
    QTest::newRow("a call counted once, keywords not")
        << "//== producer\n    for (i = 0; i < n; i++)\n        write(fd, buf, sizeof(buf));\n//== consumer\n"
           "    while (read(fd, buf, n) > 0)\n        write(1, buf, n);\n"
        << 2 << 4;
    QTest::newRow("casts and comments inside a line")
        << "//== consumer\n    ring = (struct ring *) shmat(id, NULL, 0); // attach()\n    // detach(ring);\n"
        << 1 << 1;
}

void TestMechanismFacts::countsASnippet()
{
    QFETCH(QString, code);
    QFETCH(int, calls);
    QFETCH(int, lines);
    const SnippetCount count = countSnippet(code);
    QCOMPARE(count.calls, calls);
    QCOMPARE(count.lines, lines);
}

void TestMechanismFacts::everyMechanismMeasured()
{
    for (const Mechanism *m : allMechanisms()) {
        const QString id = QString::fromStdString(m->info().id);
        const Complexity c = measureComplexity(id, 64);
        QVERIFY2(c.calls > 0 && c.lines > c.calls / 2, qPrintable(id));
        QVERIFY2(c.objects >= 0, qPrintable(id));
    }
    QCOMPARE(leftoverReport(), QString());
}

void TestMechanismFacts::objectsCreatedAndRemoved_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("objects");
    QTest::newRow("signals: none") << "signals-rt" << 0;
    QTest::newRow("pipe: its two ends") << "pipe" << 2;
    QTest::newRow("FIFO: the node") << "fifo" << 1;
    QTest::newRow("System V: a segment and a semaphore set") << "sysv-shm" << 2;
    QTest::newRow("POSIX: a segment and four semaphores") << "posix-shm" << 5;
    QTest::newRow("a message queue") << "sysv-msg" << 1;
}

void TestMechanismFacts::objectsCreatedAndRemoved()
{
    QFETCH(QString, mechanism);
    QFETCH(int, objects);
    QCOMPARE(countObjects(mechanism, 64), objects);
    QCOMPARE(leftoverReport(), QString());
}

void TestMechanismFacts::synchronisation_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<Synchronisation::Kind>("kind");
    QTest::addColumn<QString>("objects");
    QTest::newRow("semaphores") << "sysv-shm" << Synchronisation::Kind::Objects << "empty,full,put,take";
    QTest::newRow("a mutex") << "shm-mutex" << Synchronisation::Kind::Objects << "mutex,not empty,not full";
    QTest::newRow("the race: none") << "shm-nosync" << Synchronisation::Kind::None << "";
    QTest::newRow("a pipe: the kernel") << "pipe" << Synchronisation::Kind::Kernel << "";
    QTest::newRow("a queue: the kernel") << "posix-mq" << Synchronisation::Kind::Kernel << "";
}

void TestMechanismFacts::synchronisation()
{
    QFETCH(QString, mechanism);
    QFETCH(Synchronisation::Kind, kind);
    QFETCH(QString, objects);
    const Synchronisation s = synchronisationOf(mechanism);
    QCOMPARE(s.kind, kind);
    QCOMPARE(s.objects.join(QLatin1Char(',')), objects);
}

QTEST_GUILESS_MAIN(TestMechanismFacts)
#include "tst_mechanismfacts.moc"
