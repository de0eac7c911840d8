// The Compare view driven offscreen: a small comparison fills the table with
// the lecture's columns beside the measurements and draws both charts; it
// exports CSV, JSON, PNG and PDF; Cancel stops at once and leaves nothing;
// a comparison stops the live run first.
#include "compareview.h"
#include "mainwindow.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <qcustomplot.h>

using namespace ipcscope;
using namespace ipcscope::test;

namespace {

ComparePlan smallPlan(const QStringList &mechanisms)
{
    ComparePlan p;
    p.mechanisms = mechanisms;
    p.sizes = {64, 4096};
    p.repeat = 1;
    p.secondsPerRun = 0.1;
    return p;
}

} // namespace

class TestCompareView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void measuresAndShows();
    void cancelLeavesNothing();
    void stopsTheLiveRunFirst();
};

void TestCompareView::measuresAndShows()
{
    MainWindow w;
    w.resize(1600, 950);
    w.show();
    CompareView *view = w.compareView();
    view->setPlan(smallPlan({QStringLiteral("pipe"), QStringLiteral("sysv-shm"), QStringLiteral("posix-mq"),
                             QStringLiteral("tcp"), QStringLiteral("signals-rt")}));
    w.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(view);
    view->findChild<QPushButton *>(QStringLiteral("runButton"))->click();
    QVERIFY(view->isRunning());
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionStart"))->isEnabled()); // nothing else runs meanwhile
    QVERIFY(waitUntil([&] { return !view->isRunning(); }, 60000));
    auto *table = view->findChild<QTableWidget *>(QStringLiteral("table"));
    QCOMPARE(table->rowCount(), 9); // 4 mechanisms × 2 sizes + a signal
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(!table->item(row, 2)->text().isEmpty() && table->item(row, 2)->text() != QStringLiteral("—"));
        QVERIFY(!table->item(row, 9)->text().isEmpty());  // the lecture's word
        QVERIFY(!table->item(row, 14)->text().isEmpty()); // agrees, or says why not
    }
    auto *throughput = view->findChild<QCustomPlot *>(QStringLiteral("throughputChart"));
    auto *latency = view->findChild<QCustomPlot *>(QStringLiteral("latencyChart"));
    QCOMPARE(throughput->graphCount(), 4); // a line per mechanism with a size
    QCOMPARE(throughput->graph(0)->dataCount(), 2);
    QVERIFY(latency->plottableCount() >= 5); // a bar per mechanism (and its whisker)
    maybeScreenshot(w, "compare.png");

    QTemporaryDir dir;
    for (const char *suffix : {"csv", "json", "png", "pdf"}) {
        const QString file = dir.filePath(QStringLiteral("export.") + QLatin1String(suffix));
        QVERIFY2(view->exportTo(file), suffix);
        QVERIFY2(QFileInfo(file).size() > 100, suffix);
    }
    QFile json(dir.filePath(QStringLiteral("export.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY(o.contains(QStringLiteral("machine")));
    QCOMPARE(o.value(QStringLiteral("rows")).toArray().size(), 9);
    QCOMPARE(leftoverReport(), QString());
}

void TestCompareView::cancelLeavesNothing()
{
    MainWindow w;
    w.show();
    CompareView *view = w.compareView();
    ComparePlan plan;
    plan.repeat = 3; // long enough to be cancelled in the middle
    view->setPlan(plan);
    QVERIFY(view->start());
    QVERIFY(waitUntil([&] { return !livingWorkers(QCoreApplication::applicationPid()).isEmpty(); }));
    QTest::qWait(300);
    view->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    QVERIFY(waitUntil([&] { return !view->isRunning(); }, 5000));
    QCOMPARE(leftoverReport(), QString());
}

void TestCompareView::stopsTheLiveRunFirst()
{
    MainWindow w;
    w.show();
    QVERIFY(w.startRun());
    QVERIFY(w.controller().isActive());
    w.compareView()->setPlan(smallPlan({QStringLiteral("pipe")}));
    QVERIFY(w.compareView()->start());
    QVERIFY(!w.controller().isActive());
    QVERIFY(!w.startRun()); // refused while it measures
    QVERIFY(waitUntil([&] { return !w.compareView()->isRunning(); }, 30000));
    QVERIFY(w.startRun());
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
