// ipcscope-guibench: what the window costs a run at full speed. The fastest
// mechanism (posix-shm) at 64 KiB and unlimited rate runs, in alternation,
// headless (a bare Run, as ipcscope-cli does) and in the window, which
// animates it; the benchmark prints the throughput of both and the frames the
// window painted per second. Run it under a display (xvfb-run works).
#include "flowview.h"
#include "mainwindow.h"

#include "session/run.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace ipcscope;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double headless(const Scenario &s)
{
    Run run(s);
    QEventLoop loop;
    QObject::connect(&run, &Run::finished, &loop, &QEventLoop::quit);
    if (!run.start())
        return 0;
    loop.exec();
    return run.result().mbPerS;
}

// Returns MB/s and collects the frame rate of every second of the run.
double windowed(const Scenario &s, QVector<double> &fps)
{
    MainWindow window;
    window.show();
    window.setScenario(s);
    QEventLoop loop;
    QObject::connect(&window.controller(), &RunController::runFinished, &loop, &QEventLoop::quit);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &window, [&] {
        if (window.controller().isActive())
            fps << window.flowView()->framesPerSecond();
    });
    if (!window.startRun())
        return 0;
    sampler.start(1000);
    loop.exec();
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
          QStringLiteral("65536")}});
    parser.process(app);
    Scenario s;
    s.mechanism = parser.value(QStringLiteral("mechanism"));
    s.size = parser.value(QStringLiteral("size")).toInt();
    s.rate = 0;
    s.durationS = parser.value(QStringLiteral("seconds")).toDouble();
    s.count = 0;
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();

    QTextStream out(stdout);
    out << s.mechanism << ", " << s.size << " B, unlimited rate, " << s.durationS << " s per run, " << rounds
        << " alternating rounds; platform " << QGuiApplication::platformName() << "\n\n";
    QVector<double> bare, shown, fps;
    for (int r = 0; r < rounds; ++r) {
        bare << headless(s);
        QVector<double> roundFps;
        shown << windowed(s, roundFps);
        fps += roundFps;
        out << "round " << r + 1 << ": headless " << QString::number(bare.last(), 'f', 0) << " MB/s, window "
            << QString::number(shown.last(), 'f', 0) << " MB/s, frames/s " << QString::number(median(roundFps), 'f', 0)
            << " (lowest "
            << QString::number(fps.isEmpty() ? 0 : *std::min_element(roundFps.begin(), roundFps.end()), 'f', 0)
            << ")\n";
        out.flush();
    }
    const double b = median(bare), w = median(shown);
    out << "\nmedian: headless " << QString::number(b, 'f', 0) << " MB/s, with the window "
        << QString::number(w, 'f', 0) << " MB/s (" << QString::number(100 * w / b, 'f', 0)
        << " %), window frames/s median " << QString::number(median(fps), 'f', 0) << ", lowest "
        << QString::number(fps.isEmpty() ? 0 : *std::min_element(fps.begin(), fps.end()), 'f', 0) << "\n";
    return 0;
}
