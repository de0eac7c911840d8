// The Faults panel with a real run: the keys act on the selected worker (S
// stops it, S again continues it, K kills it, U takes back the last fault),
// each fault lands in the panel's log with the exact call and the kernel's
// answer, and the menu offers only what applies to the run's mechanism.
#include "faultkeys.h"
#include "faultmenu.h"
#include "faultspanel.h"

#include "session/runcontroller.h"

#include "../session/runhelpers.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

QAction *action(FaultsPanel &panel, const char *name)
{
    for (QAction *a : panel.keys()->actions())
        if (a->objectName() == QLatin1String(name))
            return a;
    return nullptr;
}

QString callOf(const FaultsPanel &panel, int row)
{
    return panel.model().data(panel.model().index(row, FaultLogModel::Call)).toString();
}

QStringList menuTexts(QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions()) {
        out << a->text();
        if (a->menu())
            out << menuTexts(a->menu());
    }
    return out;
}

} // namespace

class TestFaultsPanel : public QObject {
    Q_OBJECT
private slots:
    void keysMakeFaults();
    void menuOffersWhatApplies_data();
    void menuOffersWhatApplies();
};

void TestFaultsPanel::keysMakeFaults()
{
    RunController controller;
    FaultsPanel panel(controller);
    Scenario s;
    s.mechanism = QStringLiteral("sysv-msg");
    s.count = 0;
    s.durationS = 3;
    s.rate = 200;
    QVERIFY2(controller.start(s), qPrintable(controller.lastError()));
    QSignalSpy finished(&controller, &RunController::runFinished);
    QTRY_VERIFY_WITH_TIMEOUT(controller.run()->snapshot().started, 10000);
    const qint64 pid = controller.run()->snapshot().workers.first().pid;
    QCOMPARE(panel.keys()->selected(), QStringLiteral("P1"));
    QSignalSpy said(panel.keys(), &FaultKeys::said);

    action(panel, "actionFaultStop")->trigger();
    QVERIFY2(said.size() == 1 && said.first().first().toString().endsWith(QLatin1String(": made")),
             qPrintable(said.value(0).value(0).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(panel.model().rowCount(), 1, 5000);
    QCOMPARE(callOf(panel, 0), QStringLiteral("kill(%1, SIGSTOP) = 0").arg(pid));
    // S again: the kernel says it is stopped (T), so this time it continues.
    QTRY_VERIFY_WITH_TIMEOUT(controller.run()->snapshot().workers.first().procState == 'T', 5000);
    action(panel, "actionFaultStop")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(panel.model().rowCount(), 2, 5000);
    QCOMPARE(callOf(panel, 1), QStringLiteral("kill(%1, SIGCONT) = 0").arg(pid));
    // Nothing left to take back: the stop was continued by hand.
    action(panel, "actionFaultUndo")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(panel.model().rowCount(), 3, 5000);
    QVERIFY(panel.model().data(panel.model().index(2, FaultLogModel::Result)).toString().contains(
        QLatin1String("nothing to take back")));
    // W moves on to C1; K kills it, and its end is the kernel's answer.
    action(panel, "actionFaultNextWorker")->trigger();
    QCOMPARE(panel.keys()->selected(), QStringLiteral("C1"));
    const qint64 consumer = controller.run()->snapshot().workers.at(1).pid;
    action(panel, "actionFaultKill")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(panel.model().rowCount(), 4, 5000);
    QCOMPARE(callOf(panel, 3), QStringLiteral("kill(%1, SIGKILL) = 0").arg(consumer));
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(leftoverReport(), QString());
}

void TestFaultsPanel::menuOffersWhatApplies_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QString>("absent");
    QTest::newRow("pipe") << "pipe" << "Close every read end (close)" << "Remove the queue (IPC_RMID)";
    QTest::newRow("unix-stream") << "unix-stream" << "Shut every producer's socket down for writing (shutdown SHUT_WR)"
                                 << "Close every read end (close)";
    QTest::newRow("udp") << "udp" << "Receive buffer 1 KiB (SO_RCVBUF)" << "Remove the semaphore set (IPC_RMID)";
    QTest::newRow("sysv-shm") << "sysv-shm" << "Stop inside its critical section" << "Receive buffer 1 KiB (SO_RCVBUF)";
}

void TestFaultsPanel::menuOffersWhatApplies()
{
    QFETCH(QString, mechanism);
    QFETCH(QString, offered);
    QFETCH(QString, absent);
    RunController controller;
    FaultsPanel panel(controller);
    Scenario s;
    s.mechanism = mechanism;
    s.count = 0;
    s.durationS = 2;
    s.rate = 100;
    QVERIFY2(controller.start(s), qPrintable(controller.lastError()));
    QSignalSpy finished(&controller, &RunController::runFinished);
    QTRY_VERIFY_WITH_TIMEOUT(controller.run()->snapshot().started, 10000);
    emit panel.menu()->aboutToShow();
    const QStringList texts = menuTexts(panel.menu());
    QVERIFY2(texts.contains(offered), qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY2(!texts.contains(absent), qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY(texts.contains(QStringLiteral("Undo the last fault that can be undone")));
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(leftoverReport(), QString());
}

QTEST_MAIN(TestFaultsPanel)
#include "tst_faultspanel.moc"
