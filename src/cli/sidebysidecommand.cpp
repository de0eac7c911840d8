// `ipcscope-cli side-by-side`: two to four mechanisms with the same message
// size and pace, taking turns in short slices (or together with --together),
// each one's result with the time it had the CPUs and its rates over it.
#include "arguments.h"
#include "commands.h"
#include "interrupt.h"
#include "numbers.h"
#include "output.h"
#include "texttable.h"

#include "session/runrules.h"
#include "session/sidebyside.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

#include <cmath>

namespace ipcscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonArray turnsJson(const SideBySide &side, int i)
{
    // Seconds from the first turn given, so the lanes read on one clock.
    quint64 zero = 0;
    for (int k = 0; k < side.count(); ++k)
        for (const ActiveInterval &t : side.turns(k))
            zero = zero == 0 ? t.startNs : std::min(zero, t.startNs);
    QJsonArray out;
    for (const ActiveInterval &t : side.turns(i))
        out.append(QJsonArray{double(t.startNs - zero) / 1e9, double(t.endNs - zero) / 1e9});
    return out;
}

} // namespace

int sideBySideCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run two to four mechanisms side by side with the same message size and pace: taking turns in short "
           "slices (default), so they never share the CPUs, together, or stepped on one beat."));
    // Given once per mechanism, so it is the one option that may repeat.
    const QCommandLineOption mechanism({QStringLiteral("m"), QStringLiteral("mechanism")},
                                       tr("A mechanism id; give two to four (or a comma-separated list)."), tr("id"));
    parser.addOption(mechanism);
    const QList<QCommandLineOption> options{
        {QStringLiteral("size"), tr("Bytes per message, header included (default 64); 4K and 1M work too."),
         tr("bytes")},
        {QStringLiteral("rate"), tr("Messages per second per producer (default: unlimited)."), tr("msgs/s")},
        {QStringLiteral("seconds"), tr("Each one's own running time (default 4)."), tr("seconds")},
        {QStringLiteral("slice"), tr("One turn, in milliseconds (default 500)."), tr("ms")},
        {QStringLiteral("together"), tr("All at once instead of taking turns: they share the machine's CPUs.")},
        {QStringLiteral("pace"),
         tr("Hold the workers and let one call of each through every this many seconds, all on the same beat, as "
            "the window's stepped pace does (no turns then)."),
         tr("seconds")},
        {QStringLiteral("json"), tr("Print the results as JSON.")},
    };
    if (const auto done = parseArguments(parser, options, arguments))
        return *done;
    SideBySidePlan plan;
    for (const QString &value : parser.values(mechanism))
        plan.mechanisms += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    plan.together = parser.isSet(QStringLiteral("together"));
    plan.seconds = 4;
    QString problem;
    qint64 size = plan.size;
    if (parser.isSet(QStringLiteral("size")))
        problem = parseSize(QStringLiteral("--size"), parser.value(QStringLiteral("size")), 1, 1 << 30, size);
    plan.size = int(size);
    if (problem.isEmpty() && parser.isSet(QStringLiteral("rate")))
        problem = parseFinite(QStringLiteral("--rate"), parser.value(QStringLiteral("rate")), plan.rate);
    if (problem.isEmpty() && parser.isSet(QStringLiteral("seconds"))) {
        problem = parseFinite(QStringLiteral("--seconds"), parser.value(QStringLiteral("seconds")), plan.seconds);
        if (problem.isEmpty() && plan.seconds <= 0)
            problem = tr("--seconds: give a time above 0");
    }
    qint64 slice = plan.sliceMs;
    if (problem.isEmpty() && parser.isSet(QStringLiteral("slice")))
        problem = parseWhole(QStringLiteral("--slice"), parser.value(QStringLiteral("slice")),
                             SideBySidePlan::kMinSliceMs, SideBySidePlan::kMaxSliceMs, slice);
    plan.sliceMs = int(slice);
    if (problem.isEmpty() && parser.isSet(QStringLiteral("pace"))) {
        // As `run --pace` takes it.
        const QString text = parser.value(QStringLiteral("pace"));
        bool number = false;
        plan.callEveryS = text.toDouble(&number);
        if (!number || !std::isfinite(plan.callEveryS) || plan.callEveryS < 0.01 || plan.callEveryS > 60)
            problem = tr("--pace: '%1' is not a number of seconds between 0.01 and 60").arg(text);
        else if (parser.isSet(QStringLiteral("rate")))
            problem = tr("--pace sets the pace of the calls: give --rate or --pace, not both");
    }
    if (problem.isEmpty())
        problem = plan.validate();
    if (!problem.isEmpty())
        return badInput(problem);

    SideBySide side;
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::interrupted, &side, [&side](int count) {
        if (count == 1) {
            err() << "ipcscope-cli: stopping (Ctrl-C again to kill the workers)" << Qt::endl;
            side.stop();
        } else {
            side.discard();
        }
    });
    QEventLoop loop;
    QObject::connect(&side, &SideBySide::finished, &loop, &QEventLoop::quit);
    QObject::connect(&interrupt, &Interrupt::interrupted, &loop, [&](int count) {
        if (count > 1)
            loop.quit();
    });
    const auto configure = [](Run &run) { run.setPollInterval(20); };
    if (!side.start(plan, configure)) {
        err() << "ipcscope-cli: " << side.error() << Qt::endl;
        return kExitFailed;
    }
    loop.exec();
    if (side.count() == 0) // killed by a second Ctrl-C: nothing to report
        return kExitInterrupted;

    bool ok = true;
    QJsonArray runs;
    TextTable table({tr("mechanism"), tr("own s"), tr("msgs/s"), tr("MB/s"), tr("received"), tr("lost"),
                     tr("turns"), tr("result")});
    for (int i = 0; i < side.count(); ++i) {
        const RunResult &r = side.run(i)->result();
        // As each lane's scene ends (endedPhase), in the words `run` gives.
        const bool failed = endedPhase(r) == ScenePhase::Failed;
        ok = ok && !failed;
        QJsonObject o = r.toJson(false, false);
        o.insert(QStringLiteral("active_s"), side.activeS(i));
        o.insert(QStringLiteral("msgs_per_active_s"), side.msgsPerActiveS(i));
        o.insert(QStringLiteral("mb_per_active_s"), side.mbPerActiveS(i));
        o.insert(QStringLiteral("turns"), turnsJson(side, i));
        runs.append(o);
        table.addRow({plan.mechanisms[i], QString::number(side.activeS(i), 'f', 2),
                      QString::number(side.msgsPerActiveS(i), 'f', 0), QString::number(side.mbPerActiveS(i), 'f', 2),
                      QString::number(r.messages), QString::number(r.lost), QString::number(side.turns(i).size()),
                      failed ? QStringLiteral("FAILED: ") + failedBecause(r) : QStringLiteral("OK")});
    }
    const bool turns = !plan.together && !plan.stepped();
    const QString mode = plan.stepped() ? QStringLiteral("stepped")
                         : plan.together ? QStringLiteral("together")
                                         : QStringLiteral("alternate");
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("mode"), mode},
                              {QStringLiteral("slice_ms"), turns ? QJsonValue(plan.sliceMs) : QJsonValue()},
                              {QStringLiteral("pace_s"), plan.stepped() ? QJsonValue(plan.callEveryS) : QJsonValue()},
                              {QStringLiteral("size"), plan.size},
                              {QStringLiteral("rate"), plan.rate},
                              {QStringLiteral("seconds"), plan.seconds},
                              {QStringLiteral("runs"), runs}});
    } else {
        out() << (plan.stepped()  ? tr("stepped: one call each every %1 s, all on the same beat").arg(plan.callEveryS)
                  : plan.together ? tr("together: they shared the machine's CPUs")
                                  : tr("taking turns of %1 ms: one at a time had the CPUs").arg(plan.sliceMs))
              << "\n";
        out() << table.render();
        out().flush();
    }
    if (interrupt.count() > 0)
        return kExitInterrupted;
    return ok ? 0 : kExitFailed;
}

} // namespace ipcscope
