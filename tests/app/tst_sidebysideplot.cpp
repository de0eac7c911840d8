// Side by side's small graph: at its smallest height (110 px), in the
// projector's type and in Russian, its rates up the side never overlap and
// are written short (500k, 1.5M — not "500 тыс."), and on the projector they
// are on the floor of inventory.h. The same graph with the ticker as it was
// (three ticks asked, none refused) crowds them: the check turns there.
#include "inventory.h"
#include "language.h"
#include "plottickers.h"
#include "sidebysideplot.h"
#include "visualstyle.h"

#include "plothelpers.h"
#include "windowhelpers.h"

#include <QScopeGuard>
#include <QTest>

#include <qcustomplot.h>

using namespace ipcscope;


class TestSideBySidePlot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }
    void ratesNeverOverlap_data();
    void ratesNeverOverlap();
};

void TestSideBySidePlot::ratesNeverOverlap_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("projector");
    QTest::addColumn<double>("top"); // the fastest lane, msg/s
    QTest::addColumn<bool>("asBefore"); // the ticker as it was: three ticks asked, none refused
    for (const char *code : {"ru", "en"})
        for (bool projector : {true, false})
            for (double top : {95.0, 8'700.0, 23'000.0, 480'000.0, 2.3e6, 1.2e9})
                QTest::addRow("%s%s, %g msg/s", code, projector ? ", projector" : "", top)
                    << QString::fromLatin1(code) << projector << top << false;
    QTest::newRow("ru, projector, 23000 msg/s, as before") << QStringLiteral("ru") << true << 23'000.0 << true;
}

void TestSideBySidePlot::ratesNeverOverlap()
{
    QFETCH(QString, language);
    QFETCH(bool, projector);
    QFETCH(double, top);
    QFETCH(bool, asBefore);
    language::setCurrent(language);
    VisualStyle::setLargeType(projector);
    const auto restore = qScopeGuard([] {
        VisualStyle::setLargeType(false);
        language::setCurrent(QStringLiteral("en"));
    });
    SideBySidePlot plot;
    QFont font = plot.font();
    if (projector)
        font.setPointSizeF(font.pointSizeF() * 1.35); // the presentation's type (MainWindow)
    plot.setFont(font);
    plot.restyle();
    plot.retranslate();
    plot.resize(480, 110); // a lane's width at 1024 px; the least height the view gives it
    plot.show();
    plot.setLanes({QStringLiteral("pipe"), QStringLiteral("sysv-shm")}, {Qt::red, Qt::blue});
    QCustomPlot *p = plot.plot();
    if (asBefore) {
        auto before = QSharedPointer<RateTicker>::create();
        before->setTickCount(3);
        p->yAxis->setTicker(before);
    }
    p->graph(0)->setData({0, 5, 10}, {0, top, top / 2});
    p->yAxis->setRange(0, top * 1.15); // as refresh() sets it
    p->replot();
    QCoreApplication::processEvents(); // a height that asks for fewer ticks draws once more
    p->replot();
    test::maybeScreenshot(plot, qPrintable(QStringLiteral("sidebyside-plot-%1-%2-%3.png")
                                               .arg(language)
                                               .arg(projector ? "projector" : "desk")
                                               .arg(top)));
    const QStringList crowded = test::tickOverlaps(p->yAxis);
    if (asBefore) {
        QVERIFY2(!crowded.isEmpty(), qPrintable(p->yAxis->tickVectorLabels().toList().join(QStringLiteral(", "))));
        return;
    }
    QVERIFY2(crowded.isEmpty(), qPrintable(crowded.join(QStringLiteral("; "))));
    // Where the plot holds three lines of labels, a lane's height is read
    // against a rate above zero; lower (110 px in the projector's type: about
    // 40 px of plot) a round step may not fit above zero without touching it.
    int shown = 0;
    for (double t : p->yAxis->tickVector())
        shown += p->yAxis->range().contains(t) ? 1 : 0;
    const int line = QFontMetrics(p->yAxis->tickLabelFont()).height();
    QVERIFY2(shown >= (p->axisRect()->height() >= 3 * line ? 2 : 1),
             qPrintable(QStringLiteral("%1 ticks in %2 px").arg(shown).arg(p->axisRect()->height())));
    for (const QString &label : p->yAxis->tickVectorLabels())
        QVERIFY2(label.size() <= 5, qPrintable(label)); // 1.5M, 500k, 20k
    if (projector)
        QVERIFY2(QFontInfo(p->yAxis->tickLabelFont()).pixelSize() >= kStateFloorPx,
                 qPrintable(QString::number(QFontInfo(p->yAxis->tickLabelFont()).pixelSize())));
}

QTEST_MAIN(TestSideBySidePlot)
#include "tst_sidebysideplot.moc"
