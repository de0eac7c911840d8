// The Compare view driven offscreen: a small comparison fills the table with
// verdicts and the lecture's columns beside the measurements and draws the
// charts; it exports CSV, JSON, PNG and PDF; a saved comparison opens again
// and shows under a new one, faded; at 1024x768 and 1920x1080, in English and
// Russian, the verdict is on screen, the legends inside their charts and the
// tick labels apart; one repetition is said; Cancel stops at once and leaves
// nothing; a comparison stops the live run only after saying so.
#include "comparecharts.h"
#include "compareview.h"
#include "language.h"
#include "mainwindow.h"
#include "session/runcontroller.h"

#include "session/comparefile.h"

#include "../session/runhelpers.h"
#include "windowhelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
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

// A comparison of every mechanism at every size, as a file, built by hand:
// its figures are plausible, not measured (the view is what is tested).
QString savedComparison(const QString &dir, int repeat, double scale = 1, bool sweep = false,
                        const QStringList &only = {}, const QList<int> &sizes = {64, 4096, 65536, 1 << 20})
{
    CompareResults results;
    results.machine = QJsonObject{{QStringLiteral("cpus"), 2},
                                  {QStringLiteral("cpu_model"), QStringLiteral("Lecture room PC")},
                                  {QStringLiteral("kernel"), QStringLiteral("Linux 6.1")},
                                  {QStringLiteral("measured_at"), QStringLiteral("2024-03-01T10:00:00Z")}};
    results.plan.repeat = repeat;
    results.limits = SystemLimits();
    double rate = 3e6;
    for (const Mechanism *m : allMechanisms()) {
        const QString id = QString::fromStdString(m->info().id);
        if (!only.isEmpty() && !only.contains(id))
            continue;
        for (int size : m->info().takesSize ? sizes : QList<int>{0}) {
            if ((id.endsWith(QLatin1String("msg")) || id.endsWith(QLatin1String("mq"))) && size > 8192)
                continue;
            CompareRow r;
            r.point = {id, size};
            r.repetitions = repeat;
            const double msgs = scale * rate / (1 + size / 2048.0);
            const double mb = msgs * std::max(size, 8) / 1e6;
            r.msgsPerS = {true, msgs, msgs * 0.95, msgs * 1.05};
            r.mbPerS = {true, mb, mb * 0.95, mb * 1.05};
            r.rttP50Us = {true, 10 + size / 1000.0, 9, 12 + size / 1000.0};
            r.rttP99Us = {true, 30 + size / 500.0, 25, 40 + size / 500.0};
            r.oneWayP50Us = {true, 200, 150, 260};
            r.cpuUsPerMsg = {true, 1.2, 1.1, 1.3};
            r.ctxtPerMsg = {true, 0.01, 0.009, 0.012};
            const double lost = m->info().lossy ? 477000 : 0;
            r.lost = {true, lost, lost / 2, lost};
            r.complexity = {9, 24, 2};
            r.blocking.send = {30, 12, Op::Send, {}};
            r.blocking.receive = {30, 3, Op::Receive, {}};
            results.rows << r;
        }
        rate *= 0.8;
    }
    if (sweep)
        for (const char *id : {"pipe", "posix-mq"})
            for (int n : {2, 4}) {
                CompareRow r = results.rows[2]; // the pipe at 64 B, which lost nothing
                r.point = {QLatin1String(id), 64, n, n};
                r.msgsPerS = {true, 1e6 * n, 0.9e6 * n, 1.1e6 * n};
                r.cpuUsPerMsg = {true, 1.0 * n, 0.9 * n, 1.1 * n};
                r.rttP50Us = r.rttP99Us = {};
                results.rows << r;
            }
    CompareModel model;
    model.setResults(results);
    const QString file =
        dir + QStringLiteral("/saved-%1%2%3.json").arg(repeat).arg(sweep ? "-sweep" : "").arg(only.join(QLatin1Char('-')));
    QFile out(file);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(compareJson(model)).toJson());
    return file;
}

QTableView *tableOf(CompareView *view)
{
    return view->findChild<QTableView *>(QStringLiteral("table"));
}

// Whether the labels of an axis's ticks, as drawn, stay apart.
bool ticksApart(QCPAxis *axis)
{
    const QFontMetrics metrics(axis->tickLabelFont());
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    const bool across = axis->orientation() == Qt::Horizontal && axis->tickLabelRotation() == 0;
    for (int i = 1; i < ticks.size(); ++i) {
        const double gap = std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]));
        const double need = across ? (metrics.horizontalAdvance(labels[i]) + metrics.horizontalAdvance(labels[i - 1])) / 2.0
                                   : metrics.height();
        if (gap < need)
            return false;
    }
    return true;
}

} // namespace

class TestCompareView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void cleanup() { language::setCurrent(QStringLiteral("en")); }
    void defaults();
    void headersWholeBeforeARun();
    void measuresAndShows();
    void readsOnEveryScreen_data();
    void readsOnEveryScreen();
    void everyVerdictOfAFewMechanismsShown_data() { readsOnEveryScreen_data(); }
    void everyVerdictOfAFewMechanismsShown();
    void savedOpensUnderTheCurrent();
    void singleSampleSaid();
    void scalingStatesTheCpus();
    void cancelLeavesNothing();
    void stopsTheLiveRunFirst();
};

void TestCompareView::defaults()
{
    CompareView view;
    QCOMPARE(view.plan().repeat, 3);
    QCOMPARE(view.plan().workers, QList<int>{1});
    view.findChild<QCheckBox *>(QStringLiteral("scaling"))->setChecked(true);
    QCOMPARE(view.plan().workers, (QList<int>{1, 2, 4}));
}

void TestCompareView::headersWholeBeforeARun()
{
    MainWindow w;
    w.resize(1024, 768);
    w.show();
    w.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(w.compareView());
    QTableView *table = tableOf(w.compareView());
    QTRY_VERIFY(table->isVisible());
    const QFontMetrics metrics(table->horizontalHeader()->font());
    for (int c = 0; c < CompareModel::ColumnCount; ++c) {
        if (table->isColumnHidden(c))
            continue;
        const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(table->horizontalHeader()->sectionSize(c) >= metrics.horizontalAdvance(title), qPrintable(title));
    }
}

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
    const QAbstractItemModel *table = tableOf(view)->model();
    QCOMPARE(table->rowCount(), 9); // 4 mechanisms × 2 sizes + a signal
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int c : {CompareModel::MbPerSColumn, CompareModel::VerdictColumn, CompareModel::LectureColumn,
                      CompareModel::LimitColumn, CompareModel::ComplexityColumn, CompareModel::CommunicationColumn}) {
            const QString text = table->index(row, c).data().toString();
            QVERIFY2(!text.isEmpty() && text != QStringLiteral("—"), qPrintable(QString::number(c)));
        }
    }
    // One repetition: said over the table.
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("banner"))->isVisible());
    auto *throughput = view->findChild<QCustomPlot *>(QStringLiteral("throughputChart"));
    auto *latency = view->findChild<QCustomPlot *>(QStringLiteral("latencyChart"));
    QStringList lines;
    for (int i = 0; i < throughput->graphCount(); ++i)
        if (!throughput->graph(i)->name().isEmpty())
            lines << throughput->graph(i)->name();
    // A line per mechanism with a size.
    QVERIFY2(lines == (QStringList{"pipe", "sysv-shm", "posix-mq", "tcp"}), qPrintable(lines.join(QLatin1Char(','))));
    int bars = 0;
    for (int i = 0; i < latency->plottableCount(); ++i)
        bars += qobject_cast<QCPBars *>(latency->plottable(i)) != nullptr;
    QCOMPARE(bars, 5); // at 64 B: four mechanisms and the signal
    QVERIFY(latency->xAxis->label().contains(QLatin1String("64 B"))); // says which size
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

void TestCompareView::readsOnEveryScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    QTest::newRow("en 1024x768") << "en" << QSize(1024, 768);
    QTest::newRow("ru 1024x768") << "ru" << QSize(1024, 768);
    QTest::newRow("en 1920x1080") << "en" << QSize(1920, 1080);
    QTest::newRow("ru 1920x1080") << "ru" << QSize(1920, 1080);
}

void TestCompareView::readsOnEveryScreen()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    QTemporaryDir dir;
    const QString file = savedComparison(dir.path(), 3);
    MainWindow w;
    w.setLanguage(language);
    w.resize(screen);
    w.show();
    CompareView *view = w.compareView();
    w.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(view);
    QVERIFY(view->openSaved(file));
    QTest::qWait(100);
    QVERIFY2(w.width() <= screen.width(), qPrintable(QString::number(w.width()))); // the page never widens the window
    maybeScreenshot(w, qPrintable(QStringLiteral("compare-%1-%2.png").arg(language).arg(screen.width())));
    QTableView *table = tableOf(view);
    // The verdict, the lecture's word and the comparison of the two without scrolling.
    for (int c : {CompareModel::VerdictColumn, CompareModel::LectureColumn, CompareModel::AgreementColumn})
        QVERIFY2(table->columnViewportPosition(c) + table->columnWidth(c) <= table->viewport()->width(),
                 qPrintable(QString::number(c)));
    auto *charts = view->findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    for (int tab = 0; tab < 2; ++tab) {
        charts->setCurrentIndex(tab);
        QTest::qWait(50);
        maybeScreenshot(w, qPrintable(QStringLiteral("compare-%1-%2-%3.png").arg(language).arg(screen.width()).arg(tab)));
        for (QCustomPlot *plot : charts->currentWidget()->findChildren<QCustomPlot *>() +
                                     QList<QCustomPlot *>{qobject_cast<QCustomPlot *>(charts->currentWidget())}) {
            if (!plot)
                continue;
            plot->replot();
            const QByteArray name = plot->objectName().toLatin1();
            if (plot->legend->visible())
                QVERIFY2(plot->rect().contains(plot->legend->outerRect()), name); // never clipped
            for (QCPAxis *axis : {plot->xAxis, plot->yAxis})
                QVERIFY2(ticksApart(axis), qPrintable(plot->objectName() + QLatin1Char(' ') +
                                                      axis->tickVectorLabels().toList().join(QLatin1Char('|'))));
        }
    }
}

void TestCompareView::everyVerdictOfAFewMechanismsShown()
{
    // Five mechanisms at 64 B and 4 KiB, nine rows: every verdict on screen,
    // whole, without scrolling (in Russian at 1024x768 the last one was under
    // the scroll bar while the charts had room to spare).
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    QTemporaryDir dir;
    const QString file = savedComparison(dir.path(), 3, 1, false,
                                         {QStringLiteral("pipe"), QStringLiteral("posix-shm"), QStringLiteral("shm-spsc"),
                                          QStringLiteral("udp"), QStringLiteral("signals-rt")},
                                         {64, 4096});
    MainWindow w;
    w.setLanguage(language);
    w.resize(screen);
    w.show();
    CompareView *view = w.compareView();
    w.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(view);
    QVERIFY(view->openSaved(file));
    QTest::qWait(100);
    maybeScreenshot(w, qPrintable(QStringLiteral("compare-five-%1-%2.png").arg(language).arg(screen.width())));
    const Inventory shown = view->inventory(screen);
    QCOMPARE(shown.items.size(), 9);
    int verdicts = 0;
    for (const Inventory::Text &t : shown.texts)
        if (t.role == QLatin1String("verdict")) {
            ++verdicts;
            QVERIFY2(!t.cut, qPrintable(t.text));
        }
    QCOMPARE(verdicts, 9);
}

void TestCompareView::savedOpensUnderTheCurrent()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    CompareView *view = w.compareView();
    QVERIFY(!view->openSaved(dir.filePath(QStringLiteral("none.json")))); // said, not thrown
    QVERIFY(view->openSaved(savedComparison(dir.path(), 3, 0.5)));
    QVERIFY(view->model().rows().size() > 40); // nothing measured yet: the file is the table
    QVERIFY(!view->model().reference());
    view->setPlan(smallPlan({QStringLiteral("pipe")}));
    QVERIFY(view->start());
    QVERIFY(view->model().reference()); // and now it lies under the new one
    QVERIFY(waitUntil([&] { return !view->isRunning(); }, 30000));
    QCOMPARE(view->model().rows().size(), 2);
    QTableView *table = tableOf(view);
    QVERIFY(!table->isColumnHidden(CompareModel::SavedColumn));
    QVERIFY(table->model()->index(0, CompareModel::SavedColumn).data().toString().contains(QChar(0xd7))); // ×
    auto *throughput = view->findChild<QCustomPlot *>(QStringLiteral("throughputChart"));
    int faded = 0;
    for (int i = 0; i < throughput->graphCount(); ++i)
        faded += throughput->graph(i)->pen().color().alphaF() < 0.5;
    QVERIFY(faded >= 12); // every saved mechanism's line, faded
    view->removeSaved();
    QVERIFY(!view->model().reference());
    QVERIFY(table->isColumnHidden(CompareModel::SavedColumn));
    QCOMPARE(leftoverReport(), QString());
}

void TestCompareView::singleSampleSaid()
{
    QTemporaryDir dir;
    CompareView view;
    view.show();
    auto *banner = view.findChild<QLabel *>(QStringLiteral("banner"));
    QVERIFY(view.openSaved(savedComparison(dir.path(), 1)));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("single sample")));
    QVERIFY(view.openSaved(savedComparison(dir.path(), 3)));
    QVERIFY(!banner->isVisible());
}

void TestCompareView::scalingStatesTheCpus()
{
    QTemporaryDir dir;
    CompareView view;
    view.resize(1024, 700);
    view.show();
    auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
    QVERIFY(view.openSaved(savedComparison(dir.path(), 3)));
    QVERIFY(!tabs->isTabEnabled(2)); // no sweep, no scaling chart
    QVERIFY(tableOf(&view)->isColumnHidden(CompareModel::WorkersColumn));
    QVERIFY(view.openSaved(savedComparison(dir.path(), 3, 1, true)));
    QVERIFY(tabs->isTabEnabled(2));
    QVERIFY(!tableOf(&view)->isColumnHidden(CompareModel::WorkersColumn));
    auto *rate = view.findChild<QCustomPlot *>(QStringLiteral("scalingChart"));
    auto *cpu = view.findChild<QCustomPlot *>(QStringLiteral("scalingCpuChart"));
    QCOMPARE(rate->graphCount(), 2); // pipe and posix-mq, at 1:1, 2:2 and 4:4
    QCOMPARE(rate->graph(0)->dataCount(), 3);
    QCOMPARE(cpu->graphCount(), 2);
    tabs->setCurrentIndex(2);
    QTest::qWait(50);
    const QString title = tabs->currentWidget()->findChild<QLabel *>()->text();
    QVERIFY2(title.contains(QLatin1String("2 CPU")), qPrintable(title));
    rate->replot();
    QVERIFY(ticksApart(rate->yAxis));
    QVERIFY(rate->rect().contains(rate->legend->outerRect()));
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
    CompareView *view = w.compareView();
    QVERIFY(w.startRun());
    QVERIFY(w.controller().isActive());
    view->setPlan(smallPlan({QStringLiteral("pipe")}));
    // Said before it is stopped: the status line holds it when the run is gone.
    bool saidFirst = false;
    connect(&w.controller(), &RunController::runDiscarded, this,
            [&] { saidFirst = w.statusBar()->currentMessage().contains(QLatin1String("live run")); });
    // As a user does it: Run on the page, the window's own wiring behind it.
    view->findChild<QPushButton *>(QStringLiteral("runButton"))->click();
    QVERIFY(view->isRunning());
    QVERIFY(saidFirst);
    QVERIFY(!w.controller().isActive());
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("progressLabel"))->text().contains(QLatin1String("live run")));
    QVERIFY(!w.startRun()); // refused while it measures
    QVERIFY(waitUntil([&] { return !w.compareView()->isRunning(); }, 30000));
    QVERIFY(w.startRun());
    w.close();
    QCOMPARE(leftoverReport(), QString());
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
