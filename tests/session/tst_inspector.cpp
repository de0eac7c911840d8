// The kernel inspector lists what the kernel holds: a run's System V queue
// with its counters, its POSIX queue (where /dev/mqueue is mounted), each
// worker's descriptors — the same pipe inode in writer and reader — and
// marks only ipcscope's own objects as ours. Its model follows the kernel as
// objects come and go. `ipcscope-cli inspect` prints it.
#include "clihelpers.h"
#include "runhelpers.h"

#include "session/inspector.h"
#include "session/inspectormodel.h"
#include "support/testreaper.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>

#include <sys/msg.h>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

Scenario slow(const char *mechanism)
{
    Scenario s;
    s.mechanism = QLatin1String(mechanism);
    s.rate = 20;
    s.untilStopped = true;
    return s;
}

QList<QPair<QString, qint64>> workersOf(const Run &run)
{
    QList<QPair<QString, qint64>> out;
    for (const WorkerSnapshot &w : run.snapshot().workers)
        out.append({w.name(), w.pid});
    return out;
}

} // namespace

class TestInspector : public QObject {
    Q_OBJECT
private slots:
    void systemVQueueWithItsCounters();
    void posixQueueAndItsDescriptors();
    void pipeSharedByBothWorkers();
    void foreignObjectsAreNotOurs();
    void modelFollowsTheKernel();
    void cliPrintsIt();
};

void TestInspector::systemVQueueWithItsCounters()
{
    Run run(slow("sysv-msg"));
    QVERIFY2(run.start(), qPrintable(run.error()));
    QVERIFY(waitUntil([&] { return run.snapshot().received >= 3; }));
    const QString key = QString::fromStdString(param(run.objectParams(), "key"));
    const KernelInspection k = inspectKernel();
    int found = 0;
    for (const SysvObject &o : k.sysv) {
        if (o.kind != QLatin1String("msg") || QString::fromStdString(formatKey(key_t(o.key))) != key)
            continue;
        ++found;
        QVERIFY(o.ours);
        QCOMPARE(o.perms, QStringLiteral("600"));
        QStringList names;
        for (const auto &[name, value] : o.fields)
            names << name;
        QCOMPARE(names, (QStringList{"messages", "bytes", "lspid", "lrpid", "uid"}));
        // The last sender is the producer, the last receiver the consumer.
        QCOMPARE(o.fields[2].second, run.snapshot().workers[0].pid);
        QCOMPARE(o.fields[3].second, run.snapshot().workers[1].pid);
    }
    QCOMPARE(found, 1);
    run.stop();
    QVERIFY(waitUntil([&] { return !run.isActive(); }));
    QCOMPARE(leftoverReport(), QString());
}

void TestInspector::posixQueueAndItsDescriptors()
{
    Run run(slow("posix-mq"));
    QVERIFY2(run.start(), qPrintable(run.error()));
    QVERIFY(waitUntil([&] { return run.snapshot().received >= 1; }));
    const QString name = QString::fromStdString(param(run.objectParams(), "mq"));
    const KernelInspection k = inspectKernel(workersOf(run));
    if (k.mqueueListed) {
        bool listed = false;
        for (const PosixObject &o : k.posix)
            listed = listed || (o.path == QStringLiteral("/dev/mqueue") + name && o.ours);
        QVERIFY2(listed, qPrintable(name));
    }
    // Listed or not, each worker holds the queue open: its descriptor names it.
    QCOMPARE(k.processes.size(), 2);
    for (const ProcessView &p : k.processes)
        QVERIFY2(p.descriptors.join(QLatin1Char('\n')).contains(name),
                 qPrintable(p.descriptors.join(QStringLiteral("; "))));
    run.stop();
    QVERIFY(waitUntil([&] { return !run.isActive(); }));
    QCOMPARE(leftoverReport(), QString());
}

void TestInspector::pipeSharedByBothWorkers()
{
    Run run(slow("pipe"));
    QVERIFY2(run.start(), qPrintable(run.error()));
    QVERIFY(waitUntil([&] { return run.snapshot().received >= 1; }));
    const KernelInspection k = inspectKernel(workersOf(run));
    QCOMPARE(k.processes.size(), 2);
    const auto pipes = [](const ProcessView &p) {
        QStringList out;
        for (const QString &d : p.descriptors)
            if (d.contains(QLatin1String("pipe:[")))
                out << d.section(QStringLiteral(" -> "), 1);
        return out;
    };
    // The writer's end and the reader's end are one kernel pipe.
    const QStringList writer = pipes(k.processes[0]);
    const QStringList reader = pipes(k.processes[1]);
    QVERIFY(!writer.isEmpty());
    bool shared = false;
    for (const QString &p : writer)
        shared = shared || reader.contains(p);
    QVERIFY2(shared, qPrintable(writer.join(QLatin1Char(' ')) + QStringLiteral(" / ") + reader.join(QLatin1Char(' '))));
    run.stop();
    QVERIFY(waitUntil([&] { return !run.isActive(); }));
    QCOMPARE(leftoverReport(), QString());
}

void TestInspector::foreignObjectsAreNotOurs()
{
    // Someone else's queue, under a key outside ipcscope's range.
    test::TestReaper reaper; // removes the queue if the test dies first
    const int id = msgget(IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0600);
    QVERIFY(id >= 0);
    const OwnedObject queue{ObjectKind::SysvMsg, std::to_string(id), IPC_PRIVATE};
    reaper.track(queue);
    bool seen = false;
    for (const SysvObject &o : inspectKernel().sysv)
        if (o.kind == QLatin1String("msg") && o.id == id) {
            seen = true;
            QVERIFY(!o.ours);
        }
    reaper.remove(queue);
    QVERIFY(seen);
}

void TestInspector::modelFollowsTheKernel()
{
    InspectorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Run run(slow("sysv-shm"));
    QVERIFY2(run.start(), qPrintable(run.error()));
    QVERIFY(waitUntil([&] { return run.snapshot().received >= 1; }));
    const QString key = QString::fromStdString(param(run.objectParams(), "shm-key"));
    model.setProcesses(workersOf(run));
    model.refresh();
    const auto find = [&] {
        return model.match(model.index(0, 0), Qt::DisplayRole, key, -1, Qt::MatchExactly | Qt::MatchRecursive);
    };
    const QModelIndexList found = find();
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().data(TreeModel::EmphasisRole).toBool()); // ours
    QVERIFY(found.first().siblingAtColumn(1).data().toString().contains(QLatin1String("nattch 2")));
    const QModelIndex p1 = model.find({QStringLiteral("pid %1").arg(run.snapshot().workers[0].pid)});
    QVERIFY(p1.isValid());
    QVERIFY(model.rowCount(p1) > 0); // its mapping of the segment and its descriptors
    run.stop();
    QVERIFY(waitUntil([&] { return !run.isActive(); }));
    model.setProcesses({});
    model.refresh();
    QCOMPARE(find().size(), 0); // gone from the kernel, gone from the tree
    QCOMPARE(leftoverReport(), QString());
}

void TestInspector::cliPrintsIt()
{
    Run run(slow("sysv-msg"));
    QVERIFY2(run.start(), qPrintable(run.error()));
    QVERIFY(waitUntil([&] { return run.snapshot().received >= 1; }));
    const QString key = QString::fromStdString(param(run.objectParams(), "key"));
    const QString pid = QString::number(run.snapshot().workers[1].pid);
    const CliResult json = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--pid"), pid});
    QCOMPARE(json.exitCode, 0);
    bool ours = false;
    for (const QJsonValue &v : json.json().value(QStringLiteral("sysv")).toArray())
        ours = ours || (v[QStringLiteral("key")].toString() == key && v[QStringLiteral("ours")].toBool());
    QVERIFY2(ours, json.out.constData());
    QCOMPARE(json.json().value(QStringLiteral("processes")).toArray().size(), 1);
    QVERIFY(json.json().contains(QStringLiteral("mqueueListed")));
    const CliResult text = runCli({QStringLiteral("inspect")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(("*  " + key).toLatin1()), text.out.constData());
    const CliResult bad = runCli({QStringLiteral("inspect"), QStringLiteral("--pid"), QStringLiteral("P1")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("P1"));
    run.stop();
    QVERIFY(waitUntil([&] { return !run.isActive(); }));
    QCOMPARE(leftoverReport(), QString());
}

QTEST_GUILESS_MAIN(TestInspector)
#include "tst_inspector.moc"
