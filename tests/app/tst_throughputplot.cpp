// The graph's contracts without a run or a display, from series recorded
// here: tick labels in k, M, G and µs, ms, s; the throughput's and the
// latency's axis rects aligned to the pixel at any width; a pause drawn as a
// gap (and no gap without one); a short run fitted to its length; bytes/s
// apart from messages/s; the hover readout of every line; a legend that is
// never cut at any font or width — nor in the projector's strip, in English
// and Russian, with eight workers and a previous run — and on the projector
// every text of it on the floor of inventory.h, its rates never on top of
// one another. Each check is shown failing on the case it guards against.
#include "inventory.h"
#include "language.h"
#include "plotreadout.h"
#include "plottickers.h"
#include "throughputplot.h"

#include "session/series.h"

#include "plothelpers.h"
#include "windowhelpers.h"

#include <QScopeGuard>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>
#include <memory>

using namespace ipcscope;

namespace {

constexpr quint64 kBytesPerMessage = 1000;

// 100 ms of P1 sending and C1 receiving `messages`, each `latencyUs` late.
SeriesCounts window(double startS, quint64 messages, double latencyUs = 500)
{
    SeriesCounts w;
    w.startS = startS;
    w.endS = startS + 0.1;
    w.messages = {messages, messages};
    w.bytes = {messages * kBytesPerMessage, messages * kBytesPerMessage};
    if (messages)
        w.latency[latencyBucket(quint64(latencyUs * 1000))] = messages;
    return w;
}

// `seconds` of P1 to C1 at 2000 msg/s (2 MB/s, 500 µs late), held from
// `pauseFromS` for `pauseS` seconds when pauseS > 0.
std::unique_ptr<RunSeries> recorded(double seconds, double pauseFromS = 0, double pauseS = 0, bool closed = false,
                                    int pairs = 1)
{
    auto s = std::make_unique<RunSeries>();
    QStringList names;
    for (int i = 1; i <= pairs; ++i)
        names << QStringLiteral("P%1").arg(i);
    for (int i = 1; i <= pairs; ++i)
        names << QStringLiteral("C%1").arg(i);
    s->setWorkers(names, pairs);
    const int windows = int(std::lround(seconds * 10));
    for (int i = 0; i < windows; ++i) {
        const double t = i / 10.0;
        const bool held = pauseS > 0 && t >= pauseFromS - 1e-9 && t < pauseFromS + pauseS - 1e-9;
        if (pauseS > 0 && std::abs(t - pauseFromS) < 1e-9)
            s->hold(true, t);
        if (pauseS > 0 && std::abs(t - (pauseFromS + pauseS)) < 1e-9)
            s->hold(false, t);
        SeriesCounts w = window(t, held ? 0 : 200);
        if (pairs > 1) { // every worker its share
            w.messages.fill(held ? 0 : 200 / pairs, 2 * pairs);
            w.bytes.fill(held ? 0 : 200 / pairs * kBytesPerMessage, 2 * pairs);
        }
        s->append(w);
    }
    if (closed)
        s->close();
    return s;
}

// A plot of `width` x `height` drawing `series`, laid out and replotted.
std::unique_ptr<ThroughputPlot> drawn(const RunSeries *series, int width = 1024, int height = 400)
{
    auto plot = std::make_unique<ThroughputPlot>();
    plot->resize(width, height);
    plot->show();
    plot->setSeries(series, QStringLiteral("pipe"));
    plot->refresh();
    QCoreApplication::processEvents();
    plot->plot()->replot();
    return plot;
}

QCPAxisRect *throughputRect(const ThroughputPlot &p)
{
    return p.plot()->axisRect(0);
}

QCPAxisRect *latencyRect(const ThroughputPlot &p)
{
    return p.plot()->axisRect(1);
}

// The lines of the run, as ThroughputPlot adds them: bytes, messages, then
// the workers' lines, the previous run's, and the latency p50 and p99 last.
QCPGraph *bytesGraph(const ThroughputPlot &p)
{
    return p.plot()->graph(0);
}

QCPGraph *messagesGraph(const ThroughputPlot &p)
{
    return p.plot()->graph(1);
}

QCPGraph *p50Graph(const ThroughputPlot &p)
{
    return p.plot()->graph(p.plot()->graphCount() - 2);
}

bool hasGap(const QCPGraph *g)
{
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        if (std::isnan(it->value))
            return true;
    return false;
}

// Every legend entry gets at least the room its text needs, inside the plot.
bool legendFits(const QCustomPlot *plot, QString *why)
{
    const QCPLegend *legend = plot->legend;
    for (int i = 0; i < legend->elementCount(); ++i) {
        const QCPLayoutElement *entry = legend->elementAt(i);
        if (!entry)
            continue;
        const QRect r = entry->outerRect();
        const QSize least = entry->minimumOuterSizeHint();
        // As wide and as high as its text, inside the plot and inside the
        // legend's box (which clips what lies past it).
        if (r.width() < least.width() || r.height() < least.height() || !plot->rect().contains(r)
            || !legend->outerRect().contains(r)) {
            *why = QStringLiteral("entry %1: %2×%3 px of %4×%5 at %6, %7; legend %8×%9 at %10, %11")
                       .arg(i)
                       .arg(r.width())
                       .arg(r.height())
                       .arg(least.width())
                       .arg(least.height())
                       .arg(r.x())
                       .arg(r.y())
                       .arg(legend->outerRect().width())
                       .arg(legend->outerRect().height())
                       .arg(legend->outerRect().x())
                       .arg(legend->outerRect().y());
            return false;
        }
    }
    return true;
}

// Every text the graph draws and its height on screen: the ticks and the
// legend carry values, the axes' names say what they are, the readout both.
Inventory graphTexts(const ThroughputPlot &plot)
{
    Inventory out;
    const auto add = [&](const QString &text, const QFont &font) {
        out.texts.append({text, double(QFontInfo(font).pixelSize()), QStringLiteral("value")});
    };
    QCustomPlot *p = plot.plot();
    for (QCPAxisRect *rect : p->axisRects()) {
        if (!rect->visible())
            continue;
        for (QCPAxis *axis : rect->axes()) {
            if (!axis->visible())
                continue;
            if (axis->tickLabels())
                for (const QString &label : axis->tickVectorLabels())
                    add(label, axis->tickLabelFont());
            if (!axis->label().isEmpty())
                add(axis->label(), axis->labelFont());
        }
    }
    if (p->legend->visible())
        for (int i = 0; i < p->legend->itemCount(); ++i)
            if (auto *item = dynamic_cast<QCPPlottableLegendItem *>(p->legend->item(i)))
                add(item->plottable()->name(), p->legend->font());
    add(QStringLiteral("readout"), plot.readout()->font());
    return out;
}

template <typename Ticker>
struct Open : Ticker {
    using Ticker::getTickLabel;
};

} // namespace

class TestThroughputPlot : public QObject {
    Q_OBJECT
private slots:
    void tickLabels_data();
    void tickLabels();
    void aPlainTickerWouldNot();
    void axesAligned_data();
    void axesAligned();
    void pauseIsAGap_data();
    void pauseIsAGap();
    void timeAxisFitsTheRun_data();
    void timeAxisFitsTheRun();
    void shortRunFitted_data();
    void shortRunFitted();
    void bytesApartFromMessages();
    void latencyAxisInDecades();
    void readoutOfEveryLine();
    void joinedWorkerGetsItsLine_data();
    void joinedWorkerGetsItsLine();
    void legendNeverCut_data();
    void legendNeverCut();
    void projectorStrip_data();
    void projectorStrip();
};

void TestThroughputPlot::tickLabels_data()
{
    QTest::addColumn<QString>("ticker");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("label");
    QTest::newRow("2e6 msg/s") << "rate" << 2e6 << "2M";
    QTest::newRow("1.5e6 msg/s") << "rate" << 1.5e6 << "1.5M";
    QTest::newRow("500k msg/s") << "rate" << 5e5 << "500k";
    QTest::newRow("2.5e9 msg/s") << "rate" << 2.5e9 << "2.5G";
    QTest::newRow("250 msg/s") << "rate" << 250.0 << "250";
    QTest::newRow("500000 µs") << "latency" << 5e5 << "500 ms";
    QTest::newRow("2e6 µs") << "latency" << 2e6 << "2 s";
    QTest::newRow("1000 µs") << "latency" << 1e3 << "1 ms";
    QTest::newRow("50 µs") << "latency" << 50.0 << "50 µs";
    QTest::newRow("0.1 µs") << "latency" << 0.1 << "0.1 µs";
    QTest::newRow("1.5e6 B/s in MB/s") << "bytes" << 1.5e6 << "1.5";
    // Above the peak the axis may pass 1000 of its unit: written whole, not 1E+03.
    QTest::newRow("1e6 B/s in kB/s") << "kB" << 1e6 << "1000";
    QTest::newRow("2.5e6 B/s in kB/s") << "kB" << 2.5e6 << "2500";
}

void TestThroughputPlot::tickLabels()
{
    QFETCH(QString, ticker);
    QFETCH(double, value);
    QFETCH(QString, label);
    const QLocale c(QLocale::C);
    QString got;
    if (ticker == QLatin1String("rate"))
        got = Open<RateTicker>().getTickLabel(value, c, 'g', 6);
    else if (ticker == QLatin1String("latency"))
        got = Open<LatencyTicker>().getTickLabel(value, c, 'g', 6);
    else {
        Open<UnitTicker> bytes;
        bytes.setFactor(ticker == QLatin1String("kB") ? 1e3 : Formatter::byteRateUnit(value).factor);
        got = bytes.getTickLabel(value, c, 'g', 6);
    }
    QCOMPARE(got, label);
}

void TestThroughputPlot::aPlainTickerWouldNot()
{
    // What the labels above replace: QCustomPlot's own reads 2e+06 and 500000.
    Open<QCPAxisTicker> plain;
    const QLocale c(QLocale::C);
    QCOMPARE(plain.getTickLabel(2e6, c, 'g', 6), QStringLiteral("2e+06"));
    QCOMPARE(plain.getTickLabel(5e5, c, 'g', 6), QStringLiteral("500000"));
}

void TestThroughputPlot::axesAligned_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("grouped"); // false: the rects left out of the margin group
    for (int width : {480, 800, 1024, 1920}) {
        QTest::addRow("%d px", width) << width << true;
        QTest::addRow("%d px, no margin group", width) << width << false;
    }
}

void TestThroughputPlot::axesAligned()
{
    QFETCH(int, width);
    QFETCH(bool, grouped);
    const auto series = recorded(5);
    const auto plot = drawn(series.get(), width);
    QCPAxisRect *top = throughputRect(*plot);
    QCPAxisRect *bottom = latencyRect(*plot);
    if (!grouped) {
        for (QCPAxisRect *rect : {top, bottom})
            rect->setMarginGroup(QCP::msLeft | QCP::msRight, nullptr);
        plot->plot()->replot();
    }
    // The labels differ in width ("1.5" against "100 µs"): only the group lines them up.
    const bool aligned = top->left() == bottom->left() && top->right() == bottom->right();
    QCOMPARE(aligned, grouped);
    if (grouped) {
        for (double t : {0.0, 2.5, 5.0})
            QCOMPARE(top->axis(QCPAxis::atBottom)->coordToPixel(t), bottom->axis(QCPAxis::atBottom)->coordToPixel(t));
    }
}

void TestThroughputPlot::pauseIsAGap_data()
{
    QTest::addColumn<double>("pauseS");
    QTest::addColumn<bool>("gap");
    QTest::newRow("paused 2 s") << 2.0 << true;
    QTest::newRow("never paused") << 0.0 << false;
}

void TestThroughputPlot::pauseIsAGap()
{
    QFETCH(double, pauseS);
    QFETCH(bool, gap);
    const auto series = recorded(6, 2, pauseS);
    const auto plot = drawn(series.get());
    QCOMPARE(hasGap(bytesGraph(*plot)), gap);
    QCOMPARE(hasGap(messagesGraph(*plot)), gap);
    QCOMPARE(hasGap(p50Graph(*plot)), gap); // latency is not drawn across the pause either
    // The line goes on after the pause.
    QVERIFY(std::isfinite((messagesGraph(*plot)->data()->constEnd() - 1)->value));
}

void TestThroughputPlot::timeAxisFitsTheRun_data()
{
    QTest::addColumn<double>("endS");
    QTest::addColumn<double>("spanS");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::newRow("ended at 0.8 s, 1 min") << 0.8 << 60.0 << true << 0.0 << 0.8;
    QTest::newRow("ended at 0.8 s, all") << 0.8 << 0.0 << true << 0.0 << 0.8;
    QTest::newRow("ended at 45 s, 1 min") << 45.0 << 60.0 << true << 0.0 << 45.0;
    QTest::newRow("ended at 90 s, 1 min") << 90.0 << 60.0 << true << 30.0 << 90.0;
    QTest::newRow("live at 0.8 s, 1 min") << 0.8 << 60.0 << false << 0.0 << 10.0;
    QTest::newRow("live at 12 s, 1 min") << 12.0 << 60.0 << false << 0.0 << 30.0;
    QTest::newRow("live at 12 s, 10 s") << 12.0 << 10.0 << false << 2.0 << 12.0;
    QTest::newRow("live at 200 s, 5 min") << 200.0 << 300.0 << false << 0.0 << 300.0;
    QTest::newRow("live at 200 s, all") << 200.0 << 0.0 << false << 0.0 << 300.0;
    QTest::newRow("live at 2 h, all") << 7200.0 << 0.0 << false << 0.0 << 7200.0;
    QTest::newRow("live at 3 h, all") << 10800.0 << 0.0 << false << 0.0 << 14400.0;
    QTest::newRow("nothing yet") << 0.0 << 60.0 << false << 0.0 << 10.0;
}

void TestThroughputPlot::timeAxisFitsTheRun()
{
    QFETCH(double, endS);
    QFETCH(double, spanS);
    QFETCH(bool, closed);
    QFETCH(double, lower);
    QFETCH(double, upper);
    const QCPRange r = ThroughputPlot::timeRange(endS, spanS, closed);
    QCOMPARE(r.lower, lower);
    QCOMPARE(r.upper, upper);
}

void TestThroughputPlot::shortRunFitted_data()
{
    QTest::addColumn<bool>("closed");
    QTest::addColumn<double>("upper");
    QTest::newRow("ended after 0.8 s") << true << 0.8;
    QTest::newRow("still running at 0.8 s") << false << 10.0; // the first step a live run grows in
}

void TestThroughputPlot::shortRunFitted()
{
    QFETCH(bool, closed);
    QFETCH(double, upper);
    const auto series = recorded(0.8, 0, 0, closed);
    const auto plot = drawn(series.get());
    QCOMPARE(plot->span(), 60.0); // the window is a minute
    for (QCPAxisRect *rect : {throughputRect(*plot), latencyRect(*plot)}) {
        const QCPRange r = rect->axis(QCPAxis::atBottom)->range();
        QCOMPARE(r.lower, 0.0);
        QVERIFY2(qFuzzyCompare(r.upper, upper), qPrintable(QString::number(r.upper)));
    }
}

void TestThroughputPlot::bytesApartFromMessages()
{
    // A fixed message size: bytes/s and messages/s are one shape. Each on
    // its own axis, they still must not be drawn one over the other.
    const auto series = recorded(5);
    const auto plot = drawn(series.get());
    const auto last = [](const QCPGraph *g) {
        const auto it = g->data()->constEnd() - 1;
        return g->valueAxis()->coordToPixel(it->value);
    };
    QCPAxisRect *top = throughputRect(*plot);
    const double apart = std::abs(last(bytesGraph(*plot)) - last(messagesGraph(*plot)));
    QVERIFY2(apart > top->height() / 4, qPrintable(QStringLiteral("%1 px of %2").arg(apart).arg(top->height())));
    // Were both axes scaled alike to their peaks, the lines would lie as one.
    QCPAxis *bytes = top->axis(QCPAxis::atLeft);
    QCPAxis *messages = top->axis(QCPAxis::atRight);
    bytes->setRange(0, messages->range().upper * double(kBytesPerMessage));
    QVERIFY(std::abs(last(bytesGraph(*plot)) - last(messagesGraph(*plot))) < 1);
}

void TestThroughputPlot::latencyAxisInDecades()
{
    // Latency steady at 500 µs: its own extent is far under a decade, where
    // a logarithmic axis falls back to a crowd of linear labels (25, 50, 75 µs).
    const auto series = recorded(5);
    const auto extent = series->latencyExtentUs();
    QVERIFY(extent && extent->second * 2 / (extent->first / 2) < 10);
    const auto plot = drawn(series.get());
    const QCPRange r = latencyRect(*plot)->axis(QCPAxis::atLeft)->range();
    QVERIFY2(r.upper / r.lower >= 10, qPrintable(QStringLiteral("%1 to %2").arg(r.lower).arg(r.upper)));
    QCOMPARE(std::pow(10.0, std::round(std::log10(r.lower))), r.lower); // from a power of ten
    QVERIFY(r.contains(extent->first) && r.contains(extent->second));
}

void TestThroughputPlot::readoutOfEveryLine()
{
    // A minute and a half, paused for ten seconds in the middle: the window
    // shows its last minute.
    const auto series = recorded(90, 40, 10);
    const auto plot = drawn(series.get());
    PlotReadout *readout = plot->readout();
    QCPAxisRect *top = throughputRect(*plot);
    const auto at = [&](double t) {
        return QPoint(int(top->axis(QCPAxis::atBottom)->coordToPixel(t)), top->center().y());
    };
    // Running: every line with its value, in the window's units.
    readout->showAt(at(75.5));
    QVERIFY(readout->isShown());
    test::maybeScreenshot(*plot, "plot-readout.png");
    const QString running = readout->text();
    for (const QString &words : {QStringLiteral("total bytes/s"), QStringLiteral("total messages/s"),
                                 QStringLiteral("latency p50"), QStringLiteral("latency p99"),
                                 Formatter::messageRate(2000), Formatter::byteRate(2e6)})
        QVERIFY2(running.contains(words.toHtmlEscaped()), qPrintable(words + QStringLiteral(" in ") + running));
    QVERIFY(!running.contains(QStringLiteral("paused")));
    // Paused: the lines say so rather than a value drawn across.
    readout->showAt(at(45.5));
    QVERIFY2(readout->text().contains(QStringLiteral("paused")), qPrintable(readout->text()));
    test::maybeScreenshot(*plot, "plot-readout-paused.png");
    // Outside the plots: none.
    readout->showAt(QPoint(1, 1));
    QVERIFY(!readout->isShown());
}

void TestThroughputPlot::joinedWorkerGetsItsLine_data()
{
    QTest::addColumn<int>("pairs");
    QTest::addColumn<int>("linesBefore");
    // Two workers draw no line each; a third brings one for every worker.
    QTest::newRow("1:1 and P2") << 1 << 0;
    QTest::newRow("2:2 and P3") << 2 << 4;
}

void TestThroughputPlot::joinedWorkerGetsItsLine()
{
    QFETCH(int, pairs);
    QFETCH(int, linesBefore);
    // A producer added to the running run (Faults ▸ Add): the series takes
    // its column, and the graph draws its line from then on.
    const auto series = recorded(3, 0, 0, false, pairs);
    const auto plot = drawn(series.get());
    const int graphs = plot->plot()->graphCount();
    const QString joined = QStringLiteral("P%1").arg(pairs + 1);
    QCPAxisRect *top = throughputRect(*plot);
    const auto readoutAt = [&](double t) {
        plot->readout()->showAt(QPoint(int(top->axis(QCPAxis::atBottom)->coordToPixel(t)), top->center().y()));
        return plot->readout()->text();
    };
    QVERIFY2(!readoutAt(2.55).contains(joined), qPrintable(readoutAt(2.55)));
    series->addWorker(joined, true);
    const int workers = 2 * pairs + 1;
    for (int i = 30; i < 50; ++i) {
        SeriesCounts w = window(i / 10.0, 0);
        w.messages.fill(100, workers);
        w.bytes.fill(100 * kBytesPerMessage, workers);
        series->append(w);
    }
    plot->refresh();
    QCoreApplication::processEvents();
    plot->plot()->replot();
    QCOMPARE(plot->plot()->graphCount(), graphs - linesBefore + workers);
    const QString after = readoutAt(4.55);
    QVERIFY2(after.contains(joined), qPrintable(after));
}

void TestThroughputPlot::legendNeverCut_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<double>("zoom"); // Ctrl+plus scales the window's font (up to 3x, the presentation 1.35x more)
    QTest::addColumn<bool>("compact");
    QTest::addColumn<bool>("fitted"); // false: the entries forced into one row
    // The graph's size in the window: at 1024x768 beside the docks, full
    // width in the presentation, and at 1920x1080.
    const struct {
        int width, height;
        bool compact;
    } places[] = {{390, 300, false}, {1000, 170, true}, {1160, 300, false}, {1440, 260, true}};
    for (const auto &place : places)
        for (double zoom : {1.0, 1.5, 2.0, 3.0})
            QTest::addRow("%dx%d, font x%.1f%s", place.width, place.height, zoom,
                          place.compact ? ", presentation" : "")
                << place.width << place.height << (place.compact ? 1.35 * zoom : zoom) << place.compact << true;
    QTest::newRow("1160x300, font x2, one row") << 1160 << 300 << 2.0 << false << false;
}

void TestThroughputPlot::legendNeverCut()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(double, zoom);
    QFETCH(bool, compact);
    QFETCH(bool, fitted);
    const auto series = recorded(5, 0, 0, false, 8); // sixteen workers, eighteen lines
    auto plot = std::make_unique<ThroughputPlot>();
    QFont font = plot->font();
    font.setPointSizeF(font.pointSizeF() * zoom);
    plot->setFont(font);
    plot->setCompact(compact);
    plot->resize(width, height);
    plot->show();
    plot->setSeries(series.get(), QStringLiteral("pipe"));
    plot->refresh();
    QCoreApplication::processEvents();
    QCustomPlot *p = plot->plot();
    if (!fitted) {
        for (int i = 0; i < p->graphCount(); ++i)
            p->graph(i)->addToLegend();
        p->legend->setVisible(true);
        p->legend->setWrap(p->legend->itemCount());
        p->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
    p->replot();
    QString why;
    QVERIFY2(legendFits(p, &why) == fitted, qPrintable(why));
    if (!fitted)
        return;
    // At the window's own type every graph names its lines.
    if (zoom == (compact ? 1.35 : 1.0))
        QVERIFY(p->legend->visible() && p->legend->itemCount() >= 1);
    // The legend and the controls above it take at most a third of the
    // height; a strip's one row two fifths.
    const bool strip = height < 12 * QFontMetrics(p->legend->font()).height();
    if (p->legend->visible())
        QVERIFY2(p->legend->outerRect().bottom() <= height * (strip ? 2 : 1) / (strip ? 5 : 3),
                 qPrintable(QStringLiteral("legend to %1 px of %2").arg(p->legend->outerRect().bottom()).arg(height)));
    if (zoom == (compact ? 1.35 : 1.0))
        QVERIFY(throughputRect(*plot)->height() > p->legend->outerRect().height());
    const QString shot = QStringLiteral("plot-legend-%1-x%2.png").arg(width).arg(zoom);
    test::maybeScreenshot(*plot, qPrintable(shot));
}

void TestThroughputPlot::projectorStrip_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("pairs");
    QTest::addColumn<bool>("projector"); // false: the window's own type, under the floor
    QTest::addColumn<bool>("fitted");    // false: every entry stacked in one column
    // The presentation's graph: full width at 1024 and 1920, a strip while
    // paced (110 px, as the holder-stopped lesson has it), a quarter at speed.
    for (const char *code : {"en", "ru"})
        for (int width : {1000, 1900})
            for (int height : {110, 170, 260})
                for (int pairs : {1, 4})
                    QTest::addRow("%s %dx%d, %d workers", code, width, height, 2 * pairs)
                        << QString::fromLatin1(code) << width << height << pairs << true << true;
    QTest::newRow("ru 1000x110, the window's type") << QStringLiteral("ru") << 1000 << 110 << 4 << false << true;
    QTest::newRow("ru 1000x110, one column") << QStringLiteral("ru") << 1000 << 110 << 4 << true << false;
}

void TestThroughputPlot::projectorStrip()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, pairs);
    QFETCH(bool, projector);
    QFETCH(bool, fitted);
    language::setCurrent(language);
    VisualStyle::setLargeType(projector);
    const auto restore = qScopeGuard([] {
        VisualStyle::setLargeType(false);
        language::setCurrent(QStringLiteral("en"));
    });
    const auto before = recorded(3, 0, 0, true, pairs);
    const auto series = recorded(5, 0, 0, false, pairs);
    auto plot = std::make_unique<ThroughputPlot>();
    QFont font = plot->font();
    font.setPointSizeF(font.pointSizeF() * 1.35); // the presentation's type (MainWindow)
    plot->setFont(font);
    plot->setCompact(true);
    plot->resize(width, height);
    plot->show();
    plot->setSeries(before.get(), QStringLiteral("pipe"));
    plot->refresh();
    plot->setSeries(series.get(), QStringLiteral("sysv-shm")); // the previous run stays, named
    plot->refresh();
    QCoreApplication::processEvents();
    QCustomPlot *p = plot->plot();
    if (!fitted) {
        p->legend->setVisible(true);
        p->legend->setWrap(1);
        p->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
    p->replot();
    QCoreApplication::processEvents(); // the ticks spaced for the rects' heights
    p->replot();
    test::maybeScreenshot(*plot, qPrintable(QStringLiteral("plot-strip-%1-%2x%3-%4.png")
                                                .arg(language)
                                                .arg(width)
                                                .arg(height)
                                                .arg(2 * pairs)));
    QString why;
    QVERIFY2(legendFits(p, &why) == fitted, qPrintable(why));
    if (!fitted)
        return;
    const QStringList small = floorProblems(graphTexts(*plot));
    QVERIFY2(small.isEmpty() == projector, qPrintable(small.join(QStringLiteral("; "))));
    if (!projector)
        return;
    // The strip names its lines with their values now.
    QVERIFY(p->legend->visible() && p->legend->itemCount() >= 1);
    for (QCPAxis *axis : {throughputRect(*plot)->axis(QCPAxis::atLeft), throughputRect(*plot)->axis(QCPAxis::atRight)}) {
        const QStringList crowded = test::tickOverlaps(axis);
        QVERIFY2(crowded.isEmpty(), qPrintable(crowded.join(QStringLiteral("; "))));
    }
}

QTEST_MAIN(TestThroughputPlot)
#include "tst_throughputplot.moc"
