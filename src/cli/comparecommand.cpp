// `ipcscope-cli compare`: the lecture's comparison table, measured here —
// throughput, round-trip latency, CPU and context switches per message, loss,
// the limit that decides each row — judged against the fastest mechanism and
// put beside the lecture's words, as a table, JSON or CSV (CompareModel's).
#include "arguments.h"
#include "commands.h"
#include "interrupt.h"
#include "numbers.h"
#include "output.h"
#include "texttable.h"

#include "session/comparefile.h"
#include "session/comparison.h"
#include "session/formatter.h"
#include "session/latencynote.h"

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

// A table of the model's columns, as the model writes their cells.
QString table(const CompareModel &model, const QList<CompareModel::Column> &columns)
{
    QStringList header;
    for (CompareModel::Column c : columns)
        header << CompareModel::header(c);
    TextTable text(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (CompareModel::Column c : columns)
            cells << model.index(row, c).data().toString();
        text.addRow(cells);
    }
    return text.render();
}

void printTable(const CompareModel &model)
{
    using C = CompareModel;
    const CompareResults &results = model.results();
    const QJsonObject &machine = results.machine;
    out() << tr("Measured on %1 (%2 CPUs), %3; producer and consumer %4.")
                 .arg(machine.value(QStringLiteral("cpu_model")).toString())
                 .arg(results.cpus())
                 .arg(machine.value(QStringLiteral("kernel")).toString(),
                      machine.value(QStringLiteral("pinned")).toBool() ? tr("pinned to different CPUs")
                                                                       : tr("not pinned"))
          << "\n";
    if (!results.scheduling().isEmpty())
        out() << results.scheduling() << "\n";
    out() << tr("Repetitions: %1; each figure is their median (min–max).").arg(results.plan.repeat) << "\n";
    if (results.singleSample())
        out() << "\n" << VerdictText::singleSample() << "\n";
    out() << "\n";
    QList<C::Column> figures = {C::MechanismColumn, C::SizeColumn,  C::MbPerSColumn, C::MsgsPerSColumn,
                                C::RttP50Column,    C::RttP99Column, C::OneWayP50Column, C::CpuColumn,
                                C::CtxtColumn,      C::LostColumn};
    QList<C::Column> verdicts = {C::MechanismColumn, C::SizeColumn, C::VerdictColumn, C::LectureColumn,
                                 C::AgreementColumn};
    QList<C::Column> facts = {C::MechanismColumn, C::SizeColumn,      C::LimitColumn,
                              C::ComplexityColumn, C::SynchronisationColumn, C::CommunicationColumn};
    if (results.plan.scaling())
        for (QList<C::Column> *columns : {&figures, &verdicts, &facts})
            columns->insert(1, C::WorkersColumn);
    out() << table(model, figures) << "\n" << table(model, verdicts) << "\n";
    QStringList notes;
    for (const CompareRow &r : results.rows)
        if (r.verdict.agreement != ThroughputVerdict::Agreement::Agrees)
            notes << QStringLiteral("  %1%2%3: %4")
                         .arg(r.point.mechanism,
                              r.point.isSignal() ? QString() : QStringLiteral(" ") + Formatter::size(r.point.size),
                              r.point.isPair() ? QString() : QStringLiteral(" ") + r.point.workers(),
                              VerdictText::full(r, results.thresholds).section(QLatin1Char('\n'), 0, 0));
    if (!notes.isEmpty())
        out() << notes.join(QLatin1Char('\n')) << "\n\n";
    out() << table(model, facts) << "\n"
          << VerdictText::thresholds(results.thresholds) << "\n"
          << LatencyNote::oneWayUnderStream() << "\n";
    out().flush();
}

// A comma-separated list of sizes or whole numbers; their range is the plan's to check.
QString parseList(const QString &option, const QString &text, bool sizes, QList<int> &values)
{
    values.clear();
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        qint64 v = 0;
        const QString problem =
            sizes ? parseSize(option, item, INT_MIN, INT_MAX, v) : parseWhole(option, item, INT_MIN, INT_MAX, v);
        if (!problem.isEmpty())
            return problem;
        values << int(v);
    }
    return {};
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
                {QStringLiteral("workers"),
                 tr("Also a scaling sweep at the smallest size: N producers and N consumers for each N (e.g. "
                    "1,2,4)."),
                 tr("n,n,...")},
                {QStringLiteral("seconds"),
                 tr("Length of each one-way run (default 0.5); a ping-pong runs half as long."), tr("s")},
                {QStringLiteral("no-pin"), tr("Let the scheduler place producer and consumer.")},
                {QStringLiteral("json"), tr("Print {\"machine\": ..., \"rows\": [...]} as JSON; the Compare page opens it.")},
                {QStringLiteral("csv"), tr("Also write the table as CSV to this file."), tr("file")},
            },
            arguments))
        return *done;
    ComparePlan plan;
    if (parser.isSet(QStringLiteral("mechanisms")))
        plan.mechanisms = parser.value(QStringLiteral("mechanisms")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("sizes")))
        if (const QString problem = parseList(QStringLiteral("sizes"), parser.value(QStringLiteral("sizes")), true,
                                              plan.sizes);
            !problem.isEmpty())
            return badInput(problem);
    if (parser.isSet(QStringLiteral("workers")))
        if (const QString problem = parseList(QStringLiteral("workers"), parser.value(QStringLiteral("workers")),
                                              false, plan.workers);
            !problem.isEmpty())
            return badInput(problem);
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

    CompareModel model;
    model.setResults(comparison.results());
    if (parser.isSet(QStringLiteral("csv"))) {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err() << "ipcscope-cli: " << file.fileName() << ": " << file.errorString() << Qt::endl;
            return kExitFailed;
        }
        file.write(compareCsv(model).toUtf8());
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(compareJson(model));
    else
        printTable(model);
    if (cancelled)
        return kExitInterrupted;
    for (const CompareRow &r : comparison.rows())
        if (!r.error.isEmpty())
            return kExitFailed;
    return 0;
}

} // namespace ipcscope
