// `ipcscope-cli compare`: the lecture's comparison table, measured here —
// throughput, round-trip latency, CPU and context switches per message, loss —
// beside the lecture's words, as a table, JSON or CSV.
#include "arguments.h"
#include "commands.h"
#include "interrupt.h"
#include "numbers.h"
#include "output.h"
#include "texttable.h"

#include "session/comparison.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

#include <climits>

namespace ipcscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString median(const Spread &s, int decimals)
{
    return s.valid ? QString::number(s.median, 'f', decimals) : QStringLiteral("—");
}

QString withSpread(const Spread &s, int decimals)
{
    if (!s.valid)
        return QStringLiteral("—");
    return QStringLiteral("%1 (%2–%3)")
        .arg(s.median, 0, 'f', decimals)
        .arg(s.min, 0, 'f', decimals)
        .arg(s.max, 0, 'f', decimals);
}

void printTable(const QJsonObject &machine, const QVector<CompareRow> &rows)
{
    out() << tr("Measured on %1 (%2 CPUs), %3; producer and consumer %4.")
                 .arg(machine.value(QStringLiteral("cpu_model")).toString())
                 .arg(machine.value(QStringLiteral("cpus")).toInt())
                 .arg(machine.value(QStringLiteral("kernel")).toString(),
                      machine.value(QStringLiteral("pinned")).toBool() ? tr("pinned to different CPUs")
                                                                       : tr("not pinned"))
          << "\n"
          << tr("Medians of the repetitions, (min–max); latency is the round trip of a ping-pong.") << "\n\n";
    TextTable table({tr("mechanism"), tr("size"), tr("MB/s"), tr("msgs/s"), tr("RTT p50 µs"), tr("RTT p99 µs"),
                     tr("CPU µs/msg"), tr("ctxt/msg"), tr("lost"), tr("lecture"), tr("measured"), QString()});
    QStringList notes;
    for (const CompareRow &r : rows) {
        QString mark;
        if (!r.disagreement.isEmpty() || !r.error.isEmpty()) {
            notes << QStringLiteral("[%1] %2 %3: %4")
                         .arg(notes.size() + 1)
                         .arg(r.point.mechanism, r.point.size ? QStringLiteral("%1 B").arg(r.point.size) : QString(),
                              r.error.isEmpty() ? r.disagreement : r.error);
            mark = QStringLiteral("[%1]").arg(notes.size());
        }
        table.addRow({r.point.mechanism, r.point.size ? QString::number(r.point.size) : QStringLiteral("—"),
                      withSpread(r.mbPerS, r.mbPerS.median < 10 ? 2 : 0), median(r.msgsPerS, 0), median(r.rttP50Us, 1),
                      median(r.rttP99Us, 1), median(r.cpuUsPerMsg, 2), median(r.ctxtPerMsg, 3), median(r.lost, 0),
                      classNames(r.lecture.throughput), r.mbPerS.valid ? className(r.measured) : QString(), mark});
    }
    out() << table.render();
    if (!notes.isEmpty())
        out() << "\n" << notes.join(QLatin1Char('\n')) << "\n";
    out() << "\n"
          << tr("Measured class: high within 2.5× of the fastest mechanism that lost nothing at the same size, medium "
                "within 20×, low below.")
          << "\n";
    out().flush();
}

} // namespace

int compareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Measure every mechanism and put the numbers beside the lecture's table."));
    if (const auto done = parseArguments(
            parser,
            {
                {QStringLiteral("mechanisms"), tr("Mechanisms to compare, comma-separated (default: all)."),
                 tr("a,b,...")},
                {QStringLiteral("sizes"), tr("Message sizes (default 64,4K,64K,1M), where a mechanism allows them."),
                 tr("n,n,...")},
                {QStringLiteral("repeat"), tr("Repetitions of each measurement (default 3)."), tr("n")},
                {QStringLiteral("seconds"),
                 tr("Length of each one-way run (default 0.5); a ping-pong runs half as long."), tr("s")},
                {QStringLiteral("no-pin"), tr("Let the scheduler place producer and consumer.")},
                {QStringLiteral("json"), tr("Print {\"machine\": ..., \"rows\": [...]} as JSON.")},
                {QStringLiteral("csv"), tr("Also write the table as CSV to this file."), tr("file")},
            },
            arguments))
        return *done;
    ComparePlan plan;
    if (parser.isSet(QStringLiteral("mechanisms")))
        plan.mechanisms = parser.value(QStringLiteral("mechanisms")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("sizes"))) {
        plan.sizes.clear();
        for (const QString &text : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            qint64 bytes = 0;
            if (const QString problem = parseSize(QStringLiteral("sizes"), text, INT_MIN, INT_MAX, bytes);
                !problem.isEmpty())
                return badInput(problem);
            plan.sizes << int(bytes);
        }
    }
    if (parser.isSet(QStringLiteral("repeat"))) {
        qint64 repeat = 0;
        if (const QString problem =
                parseWhole(QStringLiteral("repeat"), parser.value(QStringLiteral("repeat")), INT_MIN, INT_MAX, repeat);
            !problem.isEmpty())
            return badInput(problem);
        plan.repeat = int(repeat);
    }
    if (parser.isSet(QStringLiteral("seconds"))) {
        if (const QString problem =
                parseFinite(QStringLiteral("seconds"), parser.value(QStringLiteral("seconds")), plan.secondsPerRun);
            !problem.isEmpty())
            return badInput(problem);
    }
    const QString csv = parser.value(QStringLiteral("csv"));
    if (parser.isSet(QStringLiteral("csv"))) {
        if (const QString problem = outputFileProblem(csv); !problem.isEmpty())
            return badInput(QStringLiteral("--csv: ") + problem);
    }
    plan.pin = !parser.isSet(QStringLiteral("no-pin"));
    if (const QString problem = plan.validate(); !problem.isEmpty())
        return badInput(problem);

    Comparison comparison(plan);
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::interrupted, &comparison, [&comparison] {
        err() << "ipcscope-cli: cancelling the comparison" << Qt::endl;
        comparison.cancel();
    });
    QObject::connect(&comparison, &Comparison::progress, [](int point, int points, const QString &what, double left) {
        err() << QStringLiteral("[%1/%2] %3").arg(point + 1).arg(points).arg(what)
              << (left >= 0 ? QStringLiteral(" (about %1 s left)").arg(int(left + 0.5)) : QString()) << Qt::endl;
    });
    QEventLoop loop;
    bool cancelled = false;
    QObject::connect(&comparison, &Comparison::finished, &loop, [&](bool wasCancelled) {
        cancelled = wasCancelled;
        loop.quit();
    });
    QString error;
    if (!comparison.start(&error))
        return badInput(error);
    loop.exec();

    const QJsonObject json = compareJson(comparison.machine(), plan, comparison.rows());
    if (parser.isSet(QStringLiteral("csv"))) {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err() << "ipcscope-cli: " << file.fileName() << ": " << file.errorString() << Qt::endl;
            return kExitFailed;
        }
        file.write(compareCsv(comparison.rows()).toUtf8());
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(json);
    else
        printTable(comparison.machine(), comparison.rows());
    if (cancelled)
        return kExitInterrupted;
    for (const CompareRow &r : comparison.rows())
        if (!r.error.isEmpty())
            return kExitFailed;
    return 0;
}

} // namespace ipcscope
