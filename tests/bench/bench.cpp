// ipcscope-bench: the engine beside the bare C loops (tests/bench/bareloops.c)
// for pipe, Unix stream socket and shared memory at 4 KiB and 64 KiB, and the
// engine with and without telemetry. scripts/bench runs every mechanism, size
// and placement; this is the quick look at what telemetry costs. Runs alternate (bare, engine, engine
// without telemetry, bare, ...) so that a slow moment of the machine hits all
// three alike; each figure is the median of the rounds, with its spread.
#include "engine/schedpolicy.h"
#include "session/lessons/lesson.h"
#include "session/run.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>
#include <unistd.h>

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
            QTextStream(stderr) << o.error.text() << Qt::endl;
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

// CPU time of every child process waited for so far (the workers of finished runs).
double childrenCpuS()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    const auto s = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

// One N:M run of `total` messages in all, unpinned, telemetry on (as the
// window runs it): its messages a second, and the CPU time of its workers
// in cpuOut. Empty error: it ran and nothing was lost or corrupted.
double sweepRun(const QString &mechanism, int size, int n, qint64 total, SchedPolicy sched, QString &error,
                double *cpuOut = nullptr)
{
    Scenario s;
    s.mechanism = mechanism;
    s.sched = sched;
    s.size = size;
    s.producers = n;
    s.consumers = n;
    s.count = std::max<qint64>(1, total / n);
    const double cpuBefore = childrenCpuS();
    Run run(s);
    QEventLoop loop;
    QObject::connect(&run, &Run::finished, &loop, &QEventLoop::quit);
    if (!run.start()) {
        error = run.error();
        return 0;
    }
    loop.exec();
    const RunResult &r = run.result();
    if (!r.ok || r.lost || r.corrupted || r.duplicated) {
        error = r.ok ? QStringLiteral("lost %1, corrupted %2, duplicated %3").arg(r.lost).arg(r.corrupted).arg(r.duplicated)
                     : r.error;
        return 0;
    }
    const double cpuS = childrenCpuS() - cpuBefore;
    if (cpuOut)
        *cpuOut = cpuS;
    return r.msgsPerS;
}

// --sweep: the cost as the work grows. N producers and N consumers for N of
// 1, 2, 4 and 8 on every mechanism, at 64 B and 4 KiB: messages a second
// (received, from the first send to the last receive) and CPU µs a message
// (user and system time of all the run's workers, from getrusage
// RUSAGE_CHILDREN, over the messages received, less what the same shape
// costs with one message a producer: starting and ending 2N processes is
// not the mechanism's cost a message). Unpinned: 16 processes on
// this machine's CPUs. A benchmark: figures, never pass or fail.
int sweep(int rounds, const QStringList &mechanisms, const QList<int> &sizes, qint64 total64, SchedPolicy sched)
{
    QTextStream out(stdout);
    out << "N:M sweep on " << sysconf(_SC_NPROCESSORS_ONLN) << " CPUs, unpinned, telemetry on, workers under "
        << (sched == SchedPolicy::Batch ? "SCHED_BATCH" : "SCHED_OTHER") << "; median [min–max] of " << rounds
        << " rounds; " << total64 << " messages a run at 64 B, a quarter of that at 4 KiB\n\n";
    out << "| mechanism | size | N:M | msgs/s | CPU µs a message | msgs/s against 1:1 |\n";
    out << "|---|---|---|---|---|---|\n";
    out.flush();
    const auto cell = [](QVector<double> v, int digits) {
        std::sort(v.begin(), v.end());
        return QStringLiteral("%1 [%2–%3]")
            .arg(median(v), 0, 'f', digits)
            .arg(v.first(), 0, 'f', digits)
            .arg(v.last(), 0, 'f', digits);
    };
    for (const QString &m : mechanisms) {
        for (int size : sizes) {
            double single = 0;
            for (int n : {1, 2, 4, 8}) {
                const QString name = QStringLiteral("| %1 | %2 B | %3:%3 |").arg(m).arg(size).arg(n);
                QVector<double> rates, cpu;
                QString error;
                double startCpuS = 0;
                sweepRun(m, size, n, n, sched, error, &startCpuS);
                const qint64 total = size > 1024 ? total64 / 4 : total64;
                for (int r = 0; r < rounds && error.isEmpty(); ++r) {
                    double cpuS = 0;
                    rates << sweepRun(m, size, n, total, sched, error, &cpuS);
                    cpu << std::max(0.0, cpuS - startCpuS) * 1e6 / double((total / n) * n);
                }
                if (!error.isEmpty()) {
                    out << name << " — | — | " << error.simplified() << " |\n";
                    out.flush();
                    continue;
                }
                const double rate = median(rates);
                if (n == 1)
                    single = rate;
                out << name << " " << cell(rates, 0) << " | " << cell(cpu, 2) << " | "
                    << (single > 0 ? QStringLiteral("%1").arg(rate / single, 0, 'f', 2) : QStringLiteral("—"))
                    << " |\n";
                out.flush();
            }
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The engine's throughput beside bare C loops."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("rounds"), QStringLiteral("Rounds per case (default 7)."), QStringLiteral("n"),
          QStringLiteral("7")},
         {QStringLiteral("megabytes"), QStringLiteral("Data per run (default 1024)."), QStringLiteral("MB"),
          QStringLiteral("1024")},
         {QStringLiteral("no-pin"), QStringLiteral("Let the scheduler place producer and consumer.")},
         {QStringLiteral("busy-wait"),
          QStringLiteral("Instead: the busy-wait lesson's CPU per message, spinning against sleeping.")},
         {QStringLiteral("sweep"),
          QStringLiteral("Instead: 1:1, 2:2, 4:4 and 8:8 on every mechanism at 64 B and 4 KiB, "
                         "messages a second and CPU µs a message.")},
         {QStringLiteral("mechanisms"), QStringLiteral("With --sweep: these mechanisms only."), QStringLiteral("list")},
         {QStringLiteral("sizes"), QStringLiteral("With --sweep: these sizes (default 64,4096)."),
          QStringLiteral("list"), QStringLiteral("64,4096")},
         {QStringLiteral("messages"),
          QStringLiteral("With --sweep: messages a run at 64 B (default 200000; a quarter at 4 KiB)."),
          QStringLiteral("n"), QStringLiteral("200000")},
         {QStringLiteral("sched"),
          QStringLiteral("With --sweep: the workers' scheduling policy, batch (default) or normal."),
          QStringLiteral("policy"), QStringLiteral("batch")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("sweep"))) {
        QStringList mechanisms = {QStringLiteral("pipe"),      QStringLiteral("fifo"),      QStringLiteral("unix-stream"),
                                  QStringLiteral("unix-dgram"), QStringLiteral("tcp"),       QStringLiteral("sysv-shm"),
                                  QStringLiteral("posix-shm"), QStringLiteral("shm-mutex"), QStringLiteral("shm-spsc"),
                                  QStringLiteral("sysv-msg"),  QStringLiteral("posix-mq")};
        if (parser.isSet(QStringLiteral("mechanisms")))
            mechanisms = parser.value(QStringLiteral("mechanisms")).split(QLatin1Char(','));
        QList<int> sizes;
        for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
            sizes << size.toInt();
        const qint64 messages = parser.value(QStringLiteral("messages")).toLongLong();
        const int rounds = parser.value(QStringLiteral("rounds")).toInt();
        if (rounds < 1 || messages < 8 || sizes.contains(0)) {
            QTextStream(stderr) << "ipcscope-bench: --rounds, --messages and --sizes must be positive numbers\n";
            return 2;
        }
        SchedPolicy sched = SchedPolicy::Batch;
        if (!parseSchedPolicy(parser.value(QStringLiteral("sched")).toStdString(), sched)) {
            QTextStream(stderr) << "ipcscope-bench: --sched must be batch or normal\n";
            return 2;
        }
        for (const QString &m : mechanisms) {
            Scenario s;
            s.mechanism = m;
            if (!s.findMechanism()) {
                QTextStream(stderr) << "ipcscope-bench: no mechanism '" << m << "'\n";
                return 2;
            }
        }
        return sweep(rounds, mechanisms, sizes, messages, sched);
    }
    if (parser.isSet(QStringLiteral("busy-wait")))
        return busyWait(parser.value(QStringLiteral("rounds")).toInt());
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const qint64 bytes = parser.value(QStringLiteral("megabytes")).toLongLong() << 20;
    const bool pin = !parser.isSet(QStringLiteral("no-pin"));
    // The bare loops inherit this policy; the engine's workers take it
    // themselves, as its default: a ratio is never taken across policies.
    if (!applySchedPolicy(SchedPolicy::Batch)) {
        QTextStream(stderr) << "ipcscope-bench: could not take SCHED_BATCH\n";
        return 1;
    }

    const Case cases[] = {{"pipe", "pipe", 4096},
                          {"pipe", "pipe", 65536},
                          {"unix-stream", "unix-stream", 4096},
                          {"unix-stream", "unix-stream", 65536},
                          {"posix-shm", "posix-shm", 4096},
                          {"posix-shm", "posix-shm", 65536}};
    QTextStream out(stdout);
    out << "MB/s (10^6 bytes/s), median of " << rounds << " alternating rounds of " << (bytes >> 20) << " MiB"
        << (pin ? ", producer and consumer pinned to CPUs 0 and 1" : "") << ", both under SCHED_BATCH\n\n";
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
