// The kernel panel's model, fed snapshots built by hand: a row per object
// with a child per field, a row per worker with where /proc has it, values
// changed in place as polls come, every row kept until the next run.
#include "session/kernelmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace ipcscope;

namespace {

RunSnapshot snapshot(qint64 full, const QString &wchan)
{
    RunSnapshot s;
    s.kernel = {{QStringLiteral("full"), QStringLiteral("semval"), full},
                {QStringLiteral("full"), QStringLiteral("semncnt"), 1},
                {QStringLiteral("full"), QStringLiteral("sempid"), 17093},
                {QStringLiteral("segment"), QStringLiteral("nattch"), 2},
                {QStringLiteral("segment"), QStringLiteral("shm_cpid"), 17090},
                {QStringLiteral("segment"), QStringLiteral("bytes"), 65536}};
    WorkerSnapshot p;
    p.role = Role::Producer;
    p.pid = 4242;
    p.wchan = wchan;
    p.syscall = QStringLiteral("semtimedop");
    p.cpuS = 0.0125;
    p.voluntaryCtxt = 1234;
    p.schedPolicy = QStringLiteral("SCHED_BATCH");
    WorkerSnapshot c = p;
    c.role = Role::Consumer;
    c.slot = 1;
    c.pid = 4243;
    s.workers = {p, c};
    return s;
}

// A language of its own for the panel: every KernelModel text in capitals.
class Capitals : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "ipcscope::KernelModel") == 0 ? QString::fromUtf8(source).toUpper() : QString();
    }
};

} // namespace

class TestKernelModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void showsTheSnapshot_data();
    void showsTheSnapshot();
    void updatesInPlace();
    void clearedForTheNextRun();
    void anExitedProcessIsMarked();
    void theEndMarksTheObjectsRemoved();
    void aLanguageSwitchAfterTheRunReachesTheRows();
};

void TestKernelModel::showsTheSnapshot_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("value");
    QTest::newRow("a semaphore's value") << QStringList{"objects", "full", "semval"} << "3";
    QTest::newRow("its waiters") << QStringList{"objects", "full", "semncnt"} << "1";
    QTest::newRow("a segment's attachments") << QStringList{"objects", "segment", "nattch"} << "2";
    // A pid is plain; a quantity is grouped (the row that turns a plain pid).
    QTest::newRow("the last semop's pid") << QStringList{"objects", "full", "sempid"} << "17093";
    QTest::newRow("the segment's creator") << QStringList{"objects", "segment", "shm_cpid"} << "17090";
    QTest::newRow("its size") << QStringList{"objects", "segment", "bytes"} << "65,536";
    QTest::newRow("a worker's pid") << QStringList{"workers", "P1"} << "pid 4242";
    QTest::newRow("where it sleeps") << QStringList{"workers", "C1", "wchan"} << "do_semtimedop";
    QTest::newRow("its CPU time") << QStringList{"workers", "P1", "cpu"} << "12.5 ms";
    QTest::newRow("its context switches") << QStringList{"workers", "P1", "ctxt"} << "1,234 voluntary, 0 involuntary";
    QTest::newRow("its scheduling policy") << QStringList{"workers", "C1", "policy"} << "SCHED_BATCH";
}

void TestKernelModel::showsTheSnapshot()
{
    QFETCH(QStringList, keys);
    QFETCH(QString, value);
    KernelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.update(snapshot(3, QStringLiteral("do_semtimedop")));
    const QModelIndex found = model.find(keys);
    QVERIFY(found.isValid());
    QCOMPARE(found.siblingAtColumn(1).data().toString(), value);
}

void TestKernelModel::updatesInPlace()
{
    KernelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.update(snapshot(3, QStringLiteral("do_semtimedop")));
    const QPersistentModelIndex semval = model.find({"objects", "full", "semval"});
    RunSnapshot next = snapshot(4, QString());
    next.kernel.removeLast(); // a reading missing from one poll keeps its row
    model.update(next);
    QVERIFY(semval.isValid());
    QCOMPARE(QModelIndex(semval).siblingAtColumn(1).data().toString(), QStringLiteral("4"));
    QVERIFY(model.find({"objects", "segment", "nattch"}).isValid());
    QCOMPARE(model.find({"workers", "P1", "wchan"}).siblingAtColumn(1).data().toString(), QStringLiteral("(running)"));
}

void TestKernelModel::clearedForTheNextRun()
{
    KernelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.update(snapshot(3, QString()));
    model.clearRun();
    QCOMPARE(model.rowCount(), 2); // the two sections, empty
    QCOMPARE(model.rowCount(model.find({"objects"})), 0);
    QCOMPARE(model.rowCount(model.find({"workers"})), 0);
}

void TestKernelModel::anExitedProcessIsMarked()
{
    // After the run its processes are gone: /proc's last word on where one
    // slept is kept, but as what it was before it exited, and its row says
    // it exited (the old panel showed "futex_do_wait" as if it still slept).
    KernelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunSnapshot last = snapshot(3, QStringLiteral("futex_do_wait"));
    last.workers[1].exited = true;
    last.workers[1].syscall.clear();
    model.update(last);
    const auto shown = [&](const QStringList &keys) { return model.find(keys).siblingAtColumn(1).data().toString(); };
    QCOMPARE(shown({"workers", "C1"}), QStringLiteral("pid 4243, exited"));
    QCOMPARE(shown({"workers", "C1", "wchan"}), QStringLiteral("futex_do_wait (before it exited)"));
    QCOMPARE(shown({"workers", "C1", "syscall"}), QStringLiteral("(exited)"));
    // The one still alive reads as it is.
    QCOMPARE(shown({"workers", "P1"}), QStringLiteral("pid 4242"));
    QCOMPARE(shown({"workers", "P1", "wchan"}), QStringLiteral("futex_do_wait"));
    QCOMPARE(shown({"workers", "P1", "syscall"}), QStringLiteral("semtimedop"));
}

void TestKernelModel::theEndMarksTheObjectsRemoved()
{
    // While the run goes, an object's row says nothing of itself and is not
    // greyed; once it has ended (finished, stopped, failed, or a replay's
    // last moment), each object's row says it is removed and it and its
    // fields are greyed, their values the last read. Workers are not objects.
    KernelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto said = [&](const QStringList &keys) { return model.find(keys).siblingAtColumn(1).data().toString(); };
    const auto muted = [&](const QStringList &keys) { return model.find(keys).data(TreeModel::MutedRole).toBool(); };
    model.update(snapshot(3, QString()), true, ScenePhase::Paused);
    QCOMPARE(said({"objects", "full"}), QString());
    QVERIFY(!muted({"objects", "full"}));
    QVERIFY(!muted({"objects", "full", "semval"}));
    for (const ScenePhase end : {ScenePhase::Finished, ScenePhase::Stopped, ScenePhase::Failed}) {
        model.update(snapshot(3, QString()), true, end);
        for (const QString &object : {QStringLiteral("full"), QStringLiteral("segment")}) {
            QCOMPARE(said({"objects", object}), QStringLiteral("removed"));
            QVERIFY(muted({"objects", object}));
        }
        QVERIFY(muted({"objects", "full", "semval"}));
        QCOMPARE(said({"objects", "full", "semval"}), QStringLiteral("3"));
        QCOMPARE(said({"objects"}), QStringLiteral("last values"));
        QVERIFY(!muted({"workers", "P1"}));
    }
    // The next run's first poll: live again.
    model.clearRun();
    model.update(snapshot(3, QString()));
    QCOMPARE(said({"objects", "full"}), QString());
    QVERIFY(!muted({"objects", "full", "semval"}));
    // A replay at the end of its recording the same.
    SceneModel scene;
    scene.phase = ScenePhase::Stopped;
    SceneSemaphore full;
    full.name = QStringLiteral("full");
    full.value = 0;
    scene.semaphores = {full};
    model.showScene(scene);
    QCOMPARE(said({"objects", "full"}), QStringLiteral("removed"));
    QVERIFY(muted({"objects", "full", "waiters"}));
    scene.phase = ScenePhase::Running;
    model.showScene(scene);
    QCOMPARE(said({"objects", "full"}), QString());
    QVERIFY(!muted({"objects", "full"}));
}

void TestKernelModel::aLanguageSwitchAfterTheRunReachesTheRows()
{
    // The run has ended: no poll will come to draw the rows again. The
    // language switched now still reaches every label the panel shows.
    KernelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunSnapshot last = snapshot(3, QString());
    last.workers[1].exited = true;
    model.update(last);
    QCOMPARE(model.find({"workers", "C1", "state"}).siblingAtColumn(1).data().toString(), QStringLiteral("exited"));
    Capitals capitals;
    QCoreApplication::installTranslator(&capitals);
    model.retranslate();
    const auto shown = [&](const QStringList &keys, int column) {
        return model.find(keys).siblingAtColumn(column).data().toString();
    };
    QCOMPARE(shown({"workers", "C1", "state"}, 0), QStringLiteral("PROCESS STATE"));
    QCOMPARE(shown({"workers", "C1", "state"}, 1), QStringLiteral("EXITED"));
    QCOMPARE(shown({"workers", "P1", "syscall"}, 0), QStringLiteral("SYSTEM CALL"));
    QCOMPARE(shown({"workers", "P1"}, 1), QStringLiteral("PID 4242"));
    QCOMPARE(shown({"workers"}, 0), QStringLiteral("WORKER PROCESSES"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("VALUE"));
    // A replay's moment the same.
    SceneModel scene;
    SceneWorker p1;
    p1.name = QStringLiteral("P1");
    p1.pid = 4242;
    p1.text = QStringLiteral("done");
    scene.workers = {p1};
    QCoreApplication::removeTranslator(&capitals);
    model.showScene(scene);
    QCOMPARE(shown({"workers", "P1", "state"}, 0), QStringLiteral("state"));
    QCoreApplication::installTranslator(&capitals);
    model.retranslate();
    QCOMPARE(shown({"workers", "P1", "state"}, 0), QStringLiteral("STATE"));
    QCOMPARE(shown({"workers", "P1"}, 1), QStringLiteral("PID 4242"));
    QCoreApplication::removeTranslator(&capitals);
}

QTEST_GUILESS_MAIN(TestKernelModel)
#include "tst_kernelmodel.moc"
