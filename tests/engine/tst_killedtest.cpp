// A test that makes kernel objects in its own process (Mechanism::create, as
// the engine's tests do) leaves nothing when it is killed — by ctest's
// timeout, say: the objects it handed to its reaper (support/testreaper.h)
// are removed once it is gone, and the child it forked to wait on a ring dies
// with it. What turns it: the same test without the reaper leaves its
// segment, and a child forked plainly lives on, holding the reaper's socket,
// so that the segment stays until that child is gone too.
#include "engine/mechanism.h"
#include "support/leakcheck.h"
#include "support/testreaper.h"

#include <QScopeGuard>
#include <QTest>

#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>

using namespace ipcscope;

namespace {

// Whether the process is gone: not there, or dead and not yet reaped (its
// parent died first; init reaps it in its own time).
bool gone(pid_t pid)
{
    if (::kill(pid, 0) != 0)
        return true;
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string pidField, comm, state;
    if (!(stat >> pidField >> comm >> state))
        return true;
    return state == "Z";
}

struct DoomedTest {
    pid_t test = -1;  // the process that made the objects and is killed
    pid_t child = -1; // the child it forked, waiting
};

// Forks a "test" that creates a posix-shm ring (with or without its reaper)
// and forks a child that waits (dying with it, or forked plainly); it says
// the child's pid once the child is in place, then waits too.
DoomedTest startDoomedTest(bool reaped, bool childDiesWithIt)
{
    DoomedTest doomed;
    int ready[2];
    if (pipe(ready) != 0)
        return doomed;
    doomed.test = fork();
    if (doomed.test == 0) {
        // This copy of the test must never return into QTest.
        try {
            close(ready[0]);
            test::TestReaper *reaper = reaped ? new test::TestReaper : nullptr; // lives until the kill
            Shape shape;
            shape.size = 64;
            shape.ringSlots = 4;
            const Created made = findMechanism("posix-shm")->create(shape, {});
            if (reaper)
                reaper->track(made.objects);
            const pid_t child = childDiesWithIt ? test::forkDyingWithTest() : fork();
            if (child == 0) {
                for (;;)
                    pause();
            }
            if (child < 0 || write(ready[1], &child, sizeof child) != sizeof child)
                _exit(1);
            for (;;)
                pause();
        } catch (...) {
            _exit(9);
        }
    }
    close(ready[1]);
    if (doomed.test > 0 && read(ready[0], &doomed.child, sizeof doomed.child) != sizeof doomed.child)
        doomed.child = -1;
    close(ready[0]);
    return doomed;
}

void removeWhatIsLeft(pid_t test)
{
    for (const QString &path : ipcscope::test::leftovers(test))
        shm_unlink(qPrintable(path.mid(QStringLiteral("/dev/shm").size())));
}

} // namespace

class TestKilledTest : public QObject {
    Q_OBJECT
private slots:
    void killedTestLeavesNothing_data();
    void killedTestLeavesNothing();
};

void TestKilledTest::killedTestLeavesNothing_data()
{
    QTest::addColumn<bool>("reaped");
    QTest::addColumn<bool>("childDiesWithIt");
    QTest::addColumn<bool>("segmentLeft");
    QTest::addColumn<bool>("childLeft");
    QTest::addRow("with its reaper, the child dies with it") << true << true << false << false;
    QTest::addRow("without a reaper: the segment stays") << false << true << true << false;
    QTest::addRow("a child forked plainly: both stay") << true << false << true << true;
}

void TestKilledTest::killedTestLeavesNothing()
{
    QFETCH(bool, reaped);
    QFETCH(bool, childDiesWithIt);
    QFETCH(bool, segmentLeft);
    QFETCH(bool, childLeft);
    const DoomedTest doomed = startDoomedTest(reaped, childDiesWithIt);
    // Whatever happens below, nothing of the doomed test stays.
    const auto cleanUp = qScopeGuard([&] {
        for (const pid_t pid : {doomed.test, doomed.child})
            if (pid > 0)
                ::kill(pid, SIGKILL);
        if (doomed.test > 0) {
            waitpid(doomed.test, nullptr, 0);
            // Its reaper's turn, once the child is gone too; what it has not
            // removed by then is removed here.
            (void)QTest::qWaitFor([&] { return ipcscope::test::leftovers(doomed.test).isEmpty(); },
                                  reaped ? 5000 : 0);
            removeWhatIsLeft(doomed.test);
        }
    });
    QVERIFY(doomed.test > 0);
    QVERIFY(doomed.child > 0);
    QVERIFY(!ipcscope::test::leftovers(doomed.test).isEmpty()); // the ring exists
    ::kill(doomed.test, SIGKILL);
    QCOMPARE(waitpid(doomed.test, nullptr, 0), doomed.test);

    // What goes, goes within the timeout; what stays is looked at again two
    // seconds on, long enough for a reaper or a death signal on a busy machine.
    const auto settled = [&] {
        return ipcscope::test::leftovers(doomed.test).isEmpty() != segmentLeft && gone(doomed.child) != childLeft;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 5000);
    if (segmentLeft || childLeft)
        QTest::qWait(2000);
    QCOMPARE(!ipcscope::test::leftovers(doomed.test).isEmpty(), segmentLeft);
    QCOMPARE(!gone(doomed.child), childLeft);
}

QTEST_GUILESS_MAIN(TestKilledTest)
#include "tst_killedtest.moc"
