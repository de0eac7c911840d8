// ipcscope-guibench: what the window costs a run at full speed. The fastest
// mechanism (posix-shm) at 64 KiB and unlimited rate runs, in alternation,
// headless (a bare Run, as ipcscope-cli does) and in the window, which
// animates it; the benchmark prints the throughput of both and the frames the
// window painted per second. Run it under a display (xvfb-run works).
// It prints its resident memory (VmRSS) at the start, at the end of each
// window run (the window still open) and at the end, and with --rss-every N
// every N seconds of a window run, so that a long run (--window-only
// --rounds 1 --seconds 600 --rss-every 30) shows whether and where the
// window's memory stops growing.
// It prints the CPU the window's process took (its threads, not the workers,
// which are processes of their own) as a share of one CPU over each window
// run; --placement split pins the workers one CPU each (the window shares
// them), as free leaves them to the scheduler (the default). With --paints
// it prints, after each window run, how many times a second each widget
// painted (what repaints that need not).
#include "flowview.h"
#include "mainwindow.h"
#include "recordingfiles.h"

#include "session/pace.h"
#include "session/run.h"

#include "support/paintcounter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>

using namespace ipcscope;
using ipcscope::test::PaintCounter;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// This process's resident memory in KiB, from /proc/self/status; 0 when unknown.
qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// This process's CPU time (user + system, all its threads) in seconds.
double cpuS()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString rssText()
{
    return QString::number(double(rssKiB()) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

// `watching`: the run watches as the window has it watch (the workers'
// processes, the kernel at the screen's pace, the scene model built every
// poll, the state sampler's thread), with nothing drawn — what the session
// costs apart from the window's painting.
double headless(const Scenario &s, bool watching)
{
    Run run(s);
    if (watching) {
        run.setPollInterval(Pace{0, s.rate}.pollIntervalMs(33)); // as RunRules sets it, not held
        run.setWatchProcesses(true);
        run.setKernelInterval(33);
        run.setWatchScene(true);
    }
    QEventLoop loop;
    QObject::connect(&run, &Run::finished, &loop, &QEventLoop::quit);
    if (!run.start())
        return 0;
    loop.exec();
    return run.result().mbPerS;
}

// Returns MB/s and collects the frame rate of every second of the run;
// `rssAtEnd`: the resident memory as the run ends, the window still open.
// `rssEveryS` > 0: the resident memory printed every that many seconds of
// the run, with the seconds since it started and the frames/s of the last second.
double windowed(const Scenario &s, QVector<double> &fps, QString &rssAtEnd, double &cpuShare, int rssEveryS,
                bool paints, QTextStream &out)
{
    MainWindow window;
    PaintCounter counter;
    window.show();
    window.setScenario(s);
    QEventLoop loop;
    QObject::connect(&window.controller(), &RunController::runFinished, &loop, &QEventLoop::quit);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &window, [&] {
        if (window.controller().isActive())
            fps << window.flowView()->framesPerSecond();
    });
    QElapsedTimer since;
    int seconds = 0;
    QObject::connect(&sampler, &QTimer::timeout, &window, [&] {
        if (rssEveryS <= 0 || ++seconds % rssEveryS != 0)
            return;
        const Recording &kept = window.recordings()->recorder().recording();
        out << "  " << QString::number(double(since.elapsed()) / 1000, 'f', 0) << " s: RSS " << rssText()
            << ", frames/s " << QString::number(fps.isEmpty() ? 0 : fps.last(), 'f', 0) << ", recording "
            << kept.events.size() << " events, " << kept.scenes.size() << " samples\n";
        out.flush();
    });
    if (!window.startRun())
        return 0;
    since.start();
    const double cpuAtStart = cpuS();
    if (paints)
        qApp->installEventFilter(&counter);
    sampler.start(1000);
    loop.exec();
    qApp->removeEventFilter(&counter);
    const double runS = std::max(0.001, double(since.elapsed()) / 1000.0);
    cpuShare = (cpuS() - cpuAtStart) / runS;
    if (paints) {
        out << "  paints a second, by widget:\n";
        counter.print(out, runS);
    }
    rssAtEnd = rssText();
    const double mbPerS = window.controller().run()->result().mbPerS;
    if (!fps.isEmpty())
        fps.removeFirst(); // the first second includes starting up
    return mbPerS;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The window's cost to a full-speed run, and its frame rate."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("rounds"), QStringLiteral("Rounds (default 3)."), QStringLiteral("n"), QStringLiteral("3")},
         {QStringLiteral("seconds"), QStringLiteral("Length of each run (default 6)."), QStringLiteral("s"),
          QStringLiteral("6")},
         {QStringLiteral("mechanism"), QStringLiteral("Mechanism (default posix-shm)."), QStringLiteral("id"),
          QStringLiteral("posix-shm")},
         {QStringLiteral("size"), QStringLiteral("Message size (default 65536)."), QStringLiteral("bytes"),
          QStringLiteral("65536")},
         {QStringLiteral("window-only"), QStringLiteral("Only the window's runs, no headless ones (for memory).")},
         {QStringLiteral("watching"),
          QStringLiteral("The headless runs watch as the window's do (processes, kernel, scene), drawing nothing.")},
         {QStringLiteral("placement"),
          QStringLiteral("Where the workers run: free (the scheduler's, the default) or split (one CPU each)."),
          QStringLiteral("free|split"), QStringLiteral("free")},
         {QStringLiteral("paints"), QStringLiteral("Print how many times a second each widget painted.")},
         {QStringLiteral("rss-every"), QStringLiteral("Print the resident memory every N seconds of a window run."),
          QStringLiteral("n"), QStringLiteral("0")}});
    parser.process(app);
    Scenario s;
    s.mechanism = parser.value(QStringLiteral("mechanism"));
    s.size = parser.value(QStringLiteral("size")).toInt();
    s.rate = 0;
    s.durationS = parser.value(QStringLiteral("seconds")).toDouble();
    s.count = 0;
    const QString placement = parser.value(QStringLiteral("placement"));
    if (placement != QStringLiteral("free") && placement != QStringLiteral("split")) {
        QTextStream(stderr) << "--placement: free or split\n";
        return 2;
    }
    s.cpus = placement == QStringLiteral("split") ? CpuPlacement::Split : CpuPlacement::Free;
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const bool windowOnly = parser.isSet(QStringLiteral("window-only"));
    const bool watching = parser.isSet(QStringLiteral("watching"));
    const int rssEveryS = parser.value(QStringLiteral("rss-every")).toInt();
    const bool paints = parser.isSet(QStringLiteral("paints"));

    QTextStream out(stdout);
    out << s.mechanism << ", " << s.size << " B, unlimited rate, workers " << placement << ", " << s.durationS
        << " s per run, " << rounds
        << (windowOnly ? " window-only rounds"
                       : watching ? " alternating rounds, the headless ones watching as the window does"
                                  : " alternating rounds") << "; platform "
        << QGuiApplication::platformName() << "\n";
    out << "RSS at the start: " << rssText() << "\n\n";
    out.flush();
    QVector<double> bare, shown, fps, ratios, cpus;
    for (int r = 0; r < rounds; ++r) {
        if (!windowOnly)
            bare << headless(s, watching);
        QVector<double> roundFps;
        QString rssAtEnd;
        double cpu = 0;
        shown << windowed(s, roundFps, rssAtEnd, cpu, rssEveryS, paints, out);
        fps += roundFps;
        cpus << cpu;
        if (!windowOnly && bare.last() > 0)
            ratios << shown.last() / bare.last();
        out << "round " << r + 1 << ": headless "
            << (windowOnly ? QStringLiteral("-") : QString::number(bare.last(), 'f', 0)) << " MB/s, window "
            << QString::number(shown.last(), 'f', 0) << " MB/s, frames/s " << QString::number(median(roundFps), 'f', 0)
            << " (lowest "
            << QString::number(fps.isEmpty() ? 0 : *std::min_element(roundFps.begin(), roundFps.end()), 'f', 0)
            << "), window process " << QString::number(100 * cpu, 'f', 0) << " % of a CPU, RSS as the run ends "
            << rssAtEnd << "\n";
        out.flush();
    }
    const double b = median(bare), w = median(shown);
    out << "\nmedian: ";
    if (!windowOnly)
        out << "headless " << QString::number(b, 'f', 0) << " MB/s, ";
    out << "with the window " << QString::number(w, 'f', 0) << " MB/s";
    if (!windowOnly)
        out << " (" << QString::number(100 * w / b, 'f', 0) << " %; the rounds' ratio median "
            << QString::number(median(ratios), 'f', 2) << ")";
    out << ", window frames/s median " << QString::number(median(fps), 'f', 0) << ", lowest "
        << QString::number(fps.isEmpty() ? 0 : *std::min_element(fps.begin(), fps.end()), 'f', 0)
        << ", window process median " << QString::number(100 * median(cpus), 'f', 0) << " % of a CPU\n";
    out << "RSS at the end: " << rssText() << "\n";
    return 0;
}
