// The Compare charts' markers, from rows built by hand: a mechanism that lost
// messages is drawn hollow (ring on the background), one that lost none
// filled; a saved comparison under the current one is faded, hollow where it
// lost. Each row has a twin that differs only in what is checked, so a chart
// that drew every marker alike would fail. Their counts and times are ticked
// as every graph of the window (k, M, G; µs, ms) in both languages.
#include "comparecharts.h"
#include "visualstyle.h"

#include "support/testlanguage.h"

#include <QTest>

#include <qcustomplot.h>

using namespace ipcscope;

namespace {

CompareRow row(const QString &mechanism, int size, double mbPerS, double lost)
{
    CompareRow r;
    r.point.mechanism = mechanism;
    r.point.size = size;
    r.repetitions = 3;
    r.mbPerS = {true, mbPerS, mbPerS, mbPerS};
    r.msgsPerS = {true, mbPerS * 1e6 / size, mbPerS * 1e6 / size, mbPerS * 1e6 / size};
    r.lost = {true, lost, lost, lost};
    return r;
}

CompareResults results(double lost)
{
    CompareResults c;
    c.rows = {row(QStringLiteral("udp"), 64, 40, lost), row(QStringLiteral("udp"), 4096, 900, lost)};
    return c;
}

struct Marker {
    bool hollow = false; // a ring, not a disc
    bool filledWithBackground = false;
    bool faded = false;
};

// The marker graphs (points, no line) of the throughput chart.
QVector<Marker> markersOf(const CompareCharts &charts)
{
    QVector<Marker> out;
    auto *plot = charts.findChild<QCustomPlot *>(QStringLiteral("throughputChart"));
    for (int i = 0; plot && i < plot->graphCount(); ++i) {
        const QCPGraph *g = plot->graph(i);
        if (g->lineStyle() != QCPGraph::lsNone || !g->name().isEmpty())
            continue; // a mechanism's line, or a legend key
        const QCPScatterStyle &style = g->scatterStyle();
        out.append({style.shape() == QCPScatterStyle::ssCircle,
                    style.brush().color() == VisualStyle::current().background,
                    style.pen().color().alphaF() < 0.5});
    }
    return out;
}

bool hasLostKey(const CompareCharts &charts)
{
    auto *plot = charts.findChild<QCustomPlot *>(QStringLiteral("throughputChart"));
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->lineStyle() == QCPGraph::lsNone && !plot->graph(i)->name().isEmpty())
            return true;
    return false;
}

} // namespace

class TestCompareCharts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_language.load()); }
    void cleanupTestCase() { m_language.restore(); }
    void ticksAsEveryGraph_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("counts");
        QTest::addColumn<QStringList>("times");
        // Russian said «1 тыс.», «1 млн» here while the live graph said 1k, 1M.
        QTest::newRow("en") << "en" << QStringList{"1k", "10k", "100k", "1M", "10M"}
                            << QStringList{"10 µs", "100 µs", "1 ms", "10 ms"};
        QTest::newRow("ru") << "ru" << QStringList{"1k", "10k", "100k", "1M", "10M"}
                            << QStringList{"10 мкс", "100 мкс", "1 мс", "10 мс"};
    }
    void ticksAsEveryGraph()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, counts);
        QFETCH(QStringList, times);
        QVERIFY(m_language.use(language));
        CompareCharts charts;
        charts.resize(800, 600);
        const auto labels = [](QCustomPlot *plot, double from, double to) {
            plot->resize(600, 400);
            plot->yAxis->setRange(from, to);
            plot->replot();
            return plot->yAxis->tickVectorLabels().toList();
        };
        QCOMPARE(labels(charts.scaling(), 1e3, 1e7), counts);
        QCOMPARE(labels(charts.scalingCpu(), 10, 1e4), times);
        QCOMPARE(labels(charts.latency(), 10, 1e4), times);
    }
    void hollowWhereLost_data()
    {
        QTest::addColumn<double>("currentLost");
        QTest::addColumn<bool>("withSaved");
        QTest::addColumn<double>("savedLost");
        QTest::newRow("lossless") << 0.0 << false << 0.0;
        QTest::newRow("lossy") << 87000.0 << false << 0.0;
        QTest::newRow("saved lossless under lossless") << 0.0 << true << 0.0;
        QTest::newRow("saved lossy under lossless") << 0.0 << true << 214000.0;
        QTest::newRow("saved lossless under lossy") << 5.0 << true << 0.0;
    }
    void hollowWhereLost()
    {
        QFETCH(double, currentLost);
        QFETCH(bool, withSaved);
        QFETCH(double, savedLost);
        CompareCharts charts;
        charts.resize(800, 600);
        charts.setResults(results(currentLost),
                          withSaved ? std::optional<CompareResults>(results(savedLost)) : std::nullopt);
        const QVector<Marker> all = markersOf(charts);
        QCOMPARE(all.size(), withSaved ? 2 : 1); // one marker graph per mechanism and comparison
        for (const Marker &m : all) {
            const bool lost = m.faded ? savedLost > 0 : currentLost > 0;
            QCOMPARE(m.hollow, lost);
            QCOMPARE(m.filledWithBackground, lost);
        }
        int fadedCount = 0;
        for (const Marker &m : all)
            fadedCount += m.faded;
        QCOMPARE(fadedCount, withSaved ? 1 : 0); // the saved one, and only it
        // The legend says what hollow means when the current comparison has one.
        QCOMPARE(hasLostKey(charts), currentLost > 0);
    }

private:
    test::TestLanguage m_language;
};

QTEST_MAIN(TestCompareCharts)
#include "tst_comparecharts.moc"
