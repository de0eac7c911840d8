// The Inspector's Leftovers: a System V object is listed when every process
// the kernel names for it is gone, never while one lives, and only its
// owner's removal goes through. Every object here is made by this test with
// IPC_PRIVATE (always a new one, nobody else's) and removed by it, whatever
// happens: by the test at the end or after a failed check, by its reaper if
// the test is killed.
#include "engine/objects.h"
#include "session/leftoversmodel.h"
#include "support/testreaper.h"

#include <QScopeGuard>
#include <QTest>

#include <signal.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ipcscope;

namespace {

struct Made {
    QString kind;
    int id = -1;
    pid_t creator = 0; // the child that made it, or 0 (this process)
};

int create(const QString &kind)
{
    if (kind == QLatin1String("shm"))
        return shmget(IPC_PRIVATE, 4096, IPC_CREAT | IPC_EXCL | 0600);
    if (kind == QLatin1String("msg"))
        return msgget(IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0600);
    return semget(IPC_PRIVATE, 1, IPC_CREAT | IPC_EXCL | 0600);
}

// Leaves a trace of its maker: a message sent, a semop made.
void use(const QString &kind, int id)
{
    if (kind == QLatin1String("msg")) {
        struct {
            long type;
            char text[8];
        } m{1, "left"};
        msgsnd(id, &m, sizeof m.text, IPC_NOWAIT);
    } else if (kind == QLatin1String("sem")) {
        sembuf v{0, 1, 0};
        semop(id, &v, 1);
    }
}

// `kind` made (and used when `used`) by a child that then exits, or stays
// (until killed) when `stays`; or by this process when `here`.
Made make(const QString &kind, bool used, bool here, bool stays)
{
    Made m{kind};
    if (here) {
        m.id = create(kind);
        if (used)
            use(kind, m.id);
        return m;
    }
    int fds[2];
    if (pipe(fds) != 0)
        return m;
    const pid_t child = test::forkDyingWithTest(); // not left paused if the test is killed
    if (child == 0) {
        const int id = create(kind);
        if (id >= 0 && used)
            use(kind, id);
        (void)!write(fds[1], &id, sizeof id);
        if (stays)
            pause();
        _exit(0);
    }
    close(fds[1]);
    if (read(fds[0], &m.id, sizeof m.id) != sizeof m.id)
        m.id = -1;
    close(fds[0]);
    m.creator = child;
    if (!stays)
        waitpid(child, nullptr, 0);
    return m;
}

// As the reaper names it: removed only while it is still the one made here.
OwnedObject owned(const Made &m)
{
    const ObjectKind kind = m.kind == QLatin1String("shm")   ? ObjectKind::SysvShm
                            : m.kind == QLatin1String("msg") ? ObjectKind::SysvMsg
                                                             : ObjectKind::SysvSem;
    return {kind, std::to_string(m.id), IPC_PRIVATE};
}

bool exists(const Made &m)
{
    if (m.kind == QLatin1String("shm")) {
        shmid_ds ds{};
        return shmctl(m.id, IPC_STAT, &ds) == 0;
    }
    if (m.kind == QLatin1String("msg")) {
        msqid_ds ds{};
        return msgctl(m.id, IPC_STAT, &ds) == 0;
    }
    return semctl(m.id, 0, GETVAL) >= 0;
}

int rowOf(const LeftoversModel &model, const Made &m)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.leftover(row).kind == m.kind && model.leftover(row).id == m.id)
            return row;
    return -1;
}

} // namespace

class TestLeftovers : public QObject {
    Q_OBJECT
private slots:
    void listedOnlyWhenAllGone_data();
    void listedOnlyWhenAllGone();
    void aLiveCreatorKeepsItOff();
    void anotherUsersIsShownNotRemoved();
};

void TestLeftovers::listedOnlyWhenAllGone_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("used");
    QTest::addColumn<bool>("here");
    QTest::addColumn<bool>("listed");
    QTest::newRow("segment, creator gone") << "shm" << false << false << true;
    QTest::newRow("segment, creator alive (this test)") << "shm" << false << true << false;
    QTest::newRow("queue, its sender gone") << "msg" << true << false << true;
    QTest::newRow("queue, its sender alive") << "msg" << true << true << false;
    QTest::newRow("queue nobody used: no process recorded") << "msg" << false << false << false;
    QTest::newRow("set, its last semop's process gone") << "sem" << true << false << true;
    QTest::newRow("set, its last semop's process alive") << "sem" << true << true << false;
}

void TestLeftovers::listedOnlyWhenAllGone()
{
    QFETCH(QString, kind);
    QFETCH(bool, used);
    QFETCH(bool, here);
    QFETCH(bool, listed);
    test::TestReaper reaper;
    const Made m = make(kind, used, here, false);
    QVERIFY2(m.id >= 0, "could not make the object");
    reaper.track(owned(m));
    const auto cleanup = qScopeGuard([&] { reaper.remove(owned(m)); });
    LeftoversModel model;
    model.refresh();
    const int row = rowOf(model, m);
    QCOMPARE(row >= 0, listed);
    if (!listed)
        return;
    const Leftover &l = model.leftover(row);
    QVERIFY(l.removable);
    QVERIFY2(l.pids.contains(m.creator), qPrintable(model.data(model.index(row, LeftoversModel::Gone)).toString()));
    // Removed after the view's confirmation: gone from the kernel and the list.
    QCOMPARE(model.remove(row), QString());
    QVERIFY(!exists(m));
    QCOMPARE(rowOf(model, m), -1);
}

void TestLeftovers::aLiveCreatorKeepsItOff()
{
    // A creator that lives keeps it off the list; once it is gone, it is
    // listed.
    test::TestReaper reaper;
    Made m = make(QStringLiteral("shm"), false, false, true);
    const auto cleanup = qScopeGuard([&] {
        if (m.creator > 0) {
            kill(m.creator, SIGKILL);
            waitpid(m.creator, nullptr, 0);
        }
        if (m.id >= 0)
            reaper.remove(owned(m));
    });
    QVERIFY(m.id >= 0);
    reaper.track(owned(m));
    LeftoversModel model;
    model.refresh();
    QCOMPARE(rowOf(model, m), -1);
    kill(m.creator, SIGKILL);
    waitpid(m.creator, nullptr, 0);
    m.creator = 0;
    model.refresh();
    const int row = rowOf(model, m);
    QVERIFY(row >= 0);
    // Between listing and removing, a process with its pid appears: it is
    // in use again, and stays.
    const qint64 creator = model.leftover(row).pids.first();
    LeftoversModel watching(nullptr, [creator](qint64 pid) { return pid == creator; });
    watching.refresh();
    QCOMPARE(rowOf(watching, m), -1);
    QVERIFY2(!Leftovers::remove(model.leftover(row), [creator](qint64 pid) { return pid == creator; }).isEmpty(),
             "removed although in use");
    QVERIFY(exists(m));
    QCOMPARE(model.remove(row), QString());
    QVERIFY(!exists(m));
}

void TestLeftovers::anotherUsersIsShownNotRemoved()
{
    // Only root can give an object away (IPC_SET of its uid) to make one.
    if (geteuid() != 0)
        QSKIP("needs root to hand a segment to another user");
    test::TestReaper reaper;
    const Made m = make(QStringLiteral("shm"), false, false, false);
    QVERIFY(m.id >= 0);
    reaper.track(owned(m));
    const auto cleanup = qScopeGuard([&] {
        reaper.remove(owned(m)); // its creator is still this user, whoever owns it now
    });
    shmid_ds ds{};
    QCOMPARE(shmctl(m.id, IPC_STAT, &ds), 0);
    ds.shm_perm.uid = 65534;
    QCOMPARE(shmctl(m.id, IPC_SET, &ds), 0);
    LeftoversModel model;
    model.refresh();
    const int row = rowOf(model, m);
    QVERIFY(row >= 0);
    QVERIFY(!model.leftover(row).removable);
    QVERIFY(model.remove(row).contains(QLatin1String("not yours")));
    QVERIFY(Leftovers::remove(model.leftover(rowOf(model, m))).contains(QLatin1String("uid 65534")));
    QVERIFY(exists(m));
}

QTEST_GUILESS_MAIN(TestLeftovers)
#include "tst_leftovers.moc"
