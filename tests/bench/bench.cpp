// ipcscope-bench: the engine beside the bare C loops (tests/bench/bareloops.c)
// for pipe, Unix stream socket and shared memory at 4 KiB and 64 KiB, and the
// engine with and without telemetry. scripts/bench runs every mechanism, size
// and placement; this is the quick look at what telemetry costs. Runs alternate (bare, engine, engine
// without telemetry, bare, ...) so that a slow moment of the machine hits all
// three alike; each figure is the median of the rounds, with its spread.
#include "session/lessons/lesson.h"
#include "session/run.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

using namespace ipcscope;

namespace {

struct Case {
    const char *bare;      // the bare loop's name
    const char *mechanism; // the engine's mechanism
    int size;
};

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString spread(const QVector<double> &v)
{
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return QStringLiteral("%1–%2").arg(*lo, 0, 'f', 0).arg(*hi, 0, 'f', 0);
}

double bareRun(const Case &c, qint64 count, bool pin)
{
    QProcess p;
    QStringList args = {QString::fromLatin1(c.bare), QString::number(c.size), QString::number(count)};
    args << (pin ? QStringLiteral("split") : QStringLiteral("free"));
    p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/ipcscope-bareloop"), args);
    p.waitForFinished(120000);
    return p.readAllStandardOutput().trimmed().toDouble();
}

double engineRun(const Case &c, qint64 count, bool pin, bool telemetry)
{
    Scenario s;
    s.mechanism = QString::fromLatin1(c.mechanism);
    s.size = c.size;
    s.count = count;
    s.ringSlots = 16; // as the bare loop's ring
    s.cpus = pin ? CpuPlacement::Split : CpuPlacement::Free;
    s.telemetry = telemetry;
    Run run(s);
    QEventLoop loop;
    QObject::connect(&run, &Run::finished, &loop, &QEventLoop::quit);
    if (!run.start()) {
        QTextStream(stderr) << run.error() << Qt::endl;
        return 0;
    }
    loop.exec();
    if (!run.result().ok)
        QTextStream(stderr) << run.result().error << Qt::endl;
    return run.result().mbPerS;
}

// --busy-wait: the busy-wait lesson's claim of speed (spinning costs at least
// ten times the CPU per message of sleeping), which no pass/fail test holds.
int busyWait(int rounds)
{
    QTextStream out(stdout);
    out << "busy-wait: CPU per message, spinning against sleeping, " << rounds << " rounds\n";
    QVector<double> ratios;
    for (int r = 0; r < rounds; ++r) {
        const LessonOutcome o = runLesson(*findLesson(QStringLiteral("busy-wait")), {});
        if (!o.error.isEmpty()) {
            QTextStream(stderr) << o.error << Qt::endl;
            return 1;
        }
        const auto perMessage = [&](const char *mode) {
            const QString m = QLatin1String(mode);
            const double n = o.readings.value(m + QStringLiteral(".messages")).toString().toDouble();
            return n > 0 ? o.readings.value(m + QStringLiteral(".cpu_us")).toString().toDouble() / n : 0;
        };
        const double spin = perMessage("spin"), sleep = perMessage("sleep");
        ratios << (sleep > 0 ? spin / sleep : 0);
        out << QStringLiteral("  spinning %1 µs, sleeping %2 µs: %3×\n").arg(spin, 0, 'f', 1).arg(sleep, 0, 'f', 1).arg(ratios.last(), 0, 'f', 0);
        out.flush();
    }
    out << QStringLiteral("median %1× (%2); the lesson says at least 10×\n").arg(median(ratios), 0, 'f', 0).arg(spread(ratios));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The engine's throughput beside bare C loops."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("rounds"), QStringLiteral("Rounds per case (default 7)."), QStringLiteral("n"),
                        QStringLiteral("7")},
                       {QStringLiteral("megabytes"), QStringLiteral("Data per run (default 1024)."),
                        QStringLiteral("MB"), QStringLiteral("1024")},
                       {QStringLiteral("no-pin"), QStringLiteral("Let the scheduler place producer and consumer.")},
                       {QStringLiteral("busy-wait"),
                        QStringLiteral("Instead: the busy-wait lesson's CPU per message, spinning against sleeping.")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("busy-wait")))
        return busyWait(parser.value(QStringLiteral("rounds")).toInt());
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const qint64 bytes = parser.value(QStringLiteral("megabytes")).toLongLong() << 20;
    const bool pin = !parser.isSet(QStringLiteral("no-pin"));

    const Case cases[] = {{"pipe", "pipe", 4096},
                          {"pipe", "pipe", 65536},
                          {"unix-stream", "unix-stream", 4096},
                          {"unix-stream", "unix-stream", 65536},
                          {"posix-shm", "posix-shm", 4096},
                          {"posix-shm", "posix-shm", 65536}};
    QTextStream out(stdout);
    out << "MB/s (10^6 bytes/s), median of " << rounds << " alternating rounds of " << (bytes >> 20) << " MiB"
        << (pin ? ", producer and consumer pinned to CPUs 0 and 1" : "") << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("case"), -22)
               .arg(QStringLiteral("bare loop"), 16)
               .arg(QStringLiteral("engine"), 16)
               .arg(QStringLiteral("engine/bare"), 12)
               .arg(QStringLiteral("no telemetry"), 16)
               .arg(QStringLiteral("telemetry cost"), 15)
               .arg(QString());
    out.flush();
    for (const Case &c : cases) {
        const qint64 count = bytes / c.size;
        QVector<double> bare, engine, bareEngine;
        for (int r = 0; r < rounds; ++r) {
            bare << bareRun(c, count, pin);
            engine << engineRun(c, count, pin, true);
            bareEngine << engineRun(c, count, pin, false);
        }
        const double b = median(bare), e = median(engine), n = median(bareEngine);
        const QString name = QStringLiteral("%1 %2 KiB").arg(QLatin1String(c.mechanism)).arg(c.size / 1024);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(name, -22)
                   .arg(QStringLiteral("%1 (%2)").arg(b, 0, 'f', 0).arg(spread(bare)), 16)
                   .arg(QStringLiteral("%1 (%2)").arg(e, 0, 'f', 0).arg(spread(engine)), 16)
                   .arg(QStringLiteral("%1 %").arg(100 * e / b, 0, 'f', 0), 12)
                   .arg(QStringLiteral("%1 (%2)").arg(n, 0, 'f', 0).arg(spread(bareEngine)), 16)
                   .arg(QStringLiteral("%1 %").arg(100 * (n - e) / n, 0, 'f', 1), 15);
        out.flush();
    }
    return 0;
}
