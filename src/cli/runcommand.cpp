// `ipcscope-cli run`: one scenario with real workers, its result as a table or
// JSON, optionally with the throughput series, kernel samples and the command
// lines that repeat it by hand.
#include "arguments.h"
#include "commands.h"
#include "interrupt.h"
#include "output.h"
#include "scenariooptions.h"
#include "texttable.h"

#include "session/handcommands.h"
#include "session/latencynote.h"
#include "session/recorder.h"
#include "session/recordingwriter.h"
#include "session/sendfloor.h"
#include "session/run.h"
#include "session/runcontroller.h"
#include "session/runrules.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <QJsonDocument>

namespace ipcscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString number(double v, int precision = 1)
{
    return QString::number(v, 'f', precision);
}

QString latency(const std::optional<double> &us)
{
    return us ? number(*us) + QStringLiteral(" µs") : QStringLiteral("—");
}

void printHuman(const RunResult &r, const Mechanism &mechanism, bool series, bool kernel)
{
    const Scenario &s = r.scenario;
    for (const QString &object : r.swept)
        out() << "removed " << object << ", left behind by a run whose process is gone\n";
    out() << s.mechanism << ": " << s.producers << (s.producers == 1 ? " producer" : " producers") << " → "
          << s.consumers << (s.consumers == 1 ? " consumer" : " consumers");
    if (mechanism.info().takesSize)
        out() << ", " << s.size << " B per message";
    if (s.rate > 0)
        out() << ", " << s.rate << " msgs/s per producer";
    out() << "\n";
    out() << "  sent       " << r.sent << " messages\n";
    out() << "  received   " << r.messages << " messages, " << r.bytes << " B in " << number(r.seconds, 4) << " s\n";
    out() << "  throughput " << number(r.mbPerS, 2) << " MB/s, " << number(r.msgsPerS, 0) << " msgs/s\n";
    if (s.pingPong)
        out() << "  round trips " << r.roundTrips << " (the latency below is the round trip)\n";
    out() << "  latency    p50 " << latency(r.latencyP50Us) << ", p99 " << latency(r.latencyP99Us) << ", max "
          << latency(r.latencyMaxUs) << "\n";
    if (!s.pingPong && s.rate <= 0 && r.latencyP50Us)
        out() << "             " << LatencyNote::oneWayUnderStream() << " (--ping-pong)\n";
    out() << "  lost " << r.lost << ", duplicated " << r.duplicated << ", reordered " << r.reordered << ", corrupted "
          << r.corrupted << (mechanism.info().lossy ? "  (loss is possible on " + s.mechanism + ")" : QString())
          << "\n";
    if (r.strangers || r.foreign)
        out() << "  refused, not from this run: " << r.strangers << " connections, " << r.foreign << " datagrams\n";
    if (r.untrusted)
        out() << "  " << ignoredText(r.untrusted) << " (no worker of the run can have written them)\n";
    for (const FaultRecord &f : r.faults) {
        out() << "  fault at " << number(f.atS, 2) << " s: " << f.fault.text() << "  "
              << (f.call.isEmpty() ? f.result : f.call) << "\n";
        for (const QString &effect : f.effects)
            out() << "      " << effect << "\n";
    }
    for (const QString &caused : r.faultsCaused)
        out() << "  caused by a fault: " << caused << "\n";
    // The phase the scene ends on (endedPhase): a run that did what was
    // asked and lost a worker to a kill failed, and says whom.
    out() << "  "
          << (endedPhase(r) == ScenePhase::Failed ? QStringLiteral("FAILED: ") + failedBecause(r) : QStringLiteral("OK"))
          << (r.stopped ? tr(" (stopped early)") : QString()) << "\n\n";

    TextTable workers({tr("worker"), tr("pid"), tr("messages"), tr("bytes"), tr("cpu s"), tr("vol ctxt"),
                       tr("invol ctxt"), tr("exit")});
    for (const WorkerSnapshot &w : r.workers)
        workers.addRow({w.name(), QString::number(w.pid), QString::number(w.messages), QString::number(w.bytes),
                        number(w.cpuS, 3), QString::number(w.voluntaryCtxt), QString::number(w.involuntaryCtxt),
                        w.exitSignal.isEmpty() ? QString::number(w.exitCode) : w.exitSignal});
    out() << workers.render();

    if (series) {
        out() << "\n" << tr("throughput received since the row before (rows about 100 ms apart):") << "\n";
        TextTable table({tr("t s"), tr("MB/s"), tr("msgs/s")});
        for (const SeriesPoint &p : r.series)
            table.addRow({number(p.tS, 2), number(p.mbPerS, 2), number(p.msgsPerS, 0)});
        out() << table.render();
    }
    if (kernel) {
        out() << "\n" << tr("kernel state of the run's objects:") << "\n";
        for (const KernelSample &k : r.kernel) {
            QStringList parts;
            for (const KernelReading &v : k.values)
                parts << QStringLiteral("%1.%2=%3").arg(v.object, v.field).arg(v.value);
            for (const auto &[name, where] : k.blockedIn)
                parts << QStringLiteral("%1 blocked in %2").arg(name, where);
            out() << "  t=" << number(k.tS, 2) << "  " << parts.join(QStringLiteral("  ")) << "\n";
        }
    }
    if (!r.log.isEmpty() && !r.ok) {
        out() << "\n" << tr("log:") << "\n";
        for (const QString &line : r.log)
            out() << "  " << line << "\n";
    }
    out().flush();
}

// Empty is the default, free.
bool readPlacement(const QString &text, CpuPlacement &placement)
{
    if (text.isEmpty() || text == QLatin1String("free"))
        placement = CpuPlacement::Free;
    else if (text == QLatin1String("split"))
        placement = CpuPlacement::Split;
    else if (text == QLatin1String("same"))
        placement = CpuPlacement::Same;
    else
        return false;
    return true;
}

bool parseSeconds(const QString &text, double &seconds)
{
    bool ok = false;
    seconds = text.toDouble(&ok);
    return ok && std::isfinite(seconds) && seconds >= 0.01 && seconds <= 60;
}

// As the scene's end says it (endedPhase): failed, whether ipcscope did
// not do what was asked or the run lost a worker.
int exitStatus(const RunResult &result)
{
    return endedPhase(result) == ScenePhase::Failed ? kExitFailed : 0;
}

// `--scene`: a line about every 100 ms, one as soon as a step has come to
// rest (exact and changed), and the final state.
class ScenePrinter {
public:
    void sampled(const SceneModel &scene)
    {
        const QJsonObject line = scene.toJson();
        QJsonObject withoutTime = line;
        withoutTime.remove(QStringLiteral("t"));
        const bool stepped = scene.exact && withoutTime != m_lastExact;
        if (stepped)
            m_lastExact = withoutTime;
        if (stepped || scene.tS - m_lastPrintedS >= 0.1) {
            m_lastPrintedS = scene.tS;
            print(line);
        }
    }
    void finished(const SceneModel &scene) { print(scene.toJson()); }

private:
    static void print(const QJsonObject &line)
    {
        out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
        out().flush();
    }
    double m_lastPrintedS = -1;
    QJsonObject m_lastExact;
};

} // namespace

int runCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run real worker processes over one mechanism and measure them.\n\n"
           "Exit status: 0 the run finished as asked; 1 it failed, as its "
           "scene's phase \"failed\" says: ipcscope could not do what was asked, or a worker was lost (killed by a "
           "signal ipcscope did not send at its clean-up, an injected kill too, or exited with an error); 2 bad "
           "input, nothing was started; 130 interrupted with Ctrl-C."));
    const QList<QCommandLineOption> options =
        scenarioOptions() +
        QList<QCommandLineOption>{
            {QStringLiteral("json"), tr("Print the result as JSON.")},
            {QStringLiteral("series"), tr("Add the throughput about every 100 ms, per worker.")},
            {QStringLiteral("kernel"), tr("Add samples of the kernel state of the run's objects.")},
            {QStringLiteral("show-commands"), tr("Print the worker command lines, to repeat the run by hand.")},
            {QStringLiteral("no-telemetry"), tr("Workers keep only counters (to measure what telemetry costs).")},
            {QStringLiteral("pin"), tr("Pin producers and consumers to different CPUs (as --cpus split).")},
            {QStringLiteral("cpus"),
             tr("Where the workers run: same (all on CPU 0), split (producers and consumers on different CPUs) "
                "or free (default: where the scheduler puts them)."),
             tr("placement")},
            {QStringLiteral("sched"),
             tr("The workers' scheduling policy: batch (default; SCHED_BATCH: a worker woken waits for the running "
                "one to sleep instead of preempting it) or normal (SCHED_OTHER, the kernel's default: a wake-up may "
                "preempt at once; on one CPU a hand-off can then cost a context switch a message)."),
             tr("policy")},
            {QStringLiteral("ping-pong"), tr("Send each message back over a second channel; measure the round trip.")},
            {QStringLiteral("scene"), tr("Print the scene model as JSON lines: about every 100 ms, after each step, "
                                         "and the final state.")},
            {QStringLiteral("inject"),
             tr("Faults to make while it runs, steps separated by ';': WHEN:VERB ARGS, WHEN in seconds from the "
                "start or 'after N' messages sent. Verbs: stop, cont, kill, kill-in-cs, stop-in-cs WORKER; "
                "signal NAME WORKER; setval SEMAPHORE N; rmid sem|shm|queue; unlink shm|queue; qbytes N; "
                "pipe-size N; close-read [CONSUMER]; shutdown [PRODUCER]; rcvbuf N; add producer|consumer (one "
                "more worker, where the mechanism takes one); undo (the last step that can be taken back). "
                "E.g. \"1:stop P1; 2.5:undo; 4:rmid sem\"."),
             tr("script")},
            {QStringLiteral("sem-undo"), tr("Take the System V ring's locks with SEM_UNDO (the kernel gives a lock "
                                            "back when its holder dies).")},
            {QStringLiteral("ignore-sigpipe"),
             tr("The producers ignore SIGPIPE: writing to a pipe or FIFO nobody reads (after close-read or a "
                "reader's death) fails with EPIPE instead of killing them.")},
            {QStringLiteral("pace"),
             tr("Hold the workers and let one call through every this many seconds, as the window's stepped pace "
                "does."),
             tr("seconds")},
            {QStringLiteral("record"),
             tr("Record the run (its scene, series, events and result) into this file, for `ipcscope-cli replay` "
                "and the window."),
             tr("file")},
        };
    if (const auto done = parseArguments(parser, options, arguments))
        return *done;
    if (!parser.isSet(QStringLiteral("mechanism")))
        return badInput(tr("--mechanism is required (see `ipcscope-cli list`)"));
    Scenario scenario;
    QString error;
    if (!readScenarioOptions(parser, scenario, error))
        return badInput(error);
    scenario.telemetry = !parser.isSet(QStringLiteral("no-telemetry"));
    if (parser.isSet(QStringLiteral("pin")) && parser.isSet(QStringLiteral("cpus")))
        return badInput(tr("--pin is --cpus split: give one of them"));
    if (!readPlacement(parser.isSet(QStringLiteral("pin")) ? QStringLiteral("split")
                                                            : parser.value(QStringLiteral("cpus")),
                       scenario.cpus))
        return badInput(
            tr("--cpus: '%1' is not a placement (same, split or free)").arg(parser.value(QStringLiteral("cpus"))));
    if (parser.isSet(QStringLiteral("sched")) &&
        !parseSchedPolicy(parser.value(QStringLiteral("sched")).toStdString(), scenario.sched))
        return badInput(tr("--sched: '%1' is not a scheduling policy (batch or normal)")
                            .arg(parser.value(QStringLiteral("sched"))));
    scenario.pingPong = parser.isSet(QStringLiteral("ping-pong"));
    scenario.semUndo = parser.isSet(QStringLiteral("sem-undo"));
    scenario.tweaks.ignoreSigpipe = parser.isSet(QStringLiteral("ignore-sigpipe"));
    scenario.faults = parser.value(QStringLiteral("inject"));
    error = scenario.validate();
    if (!error.isEmpty())
        return badInput(error);

    const bool json = parser.isSet(QStringLiteral("json"));
    const bool kernel = parser.isSet(QStringLiteral("kernel"));
    const bool scene = parser.isSet(QStringLiteral("scene"));
    double paceS = 0;
    if (parser.isSet(QStringLiteral("pace")) && !parseSeconds(parser.value(QStringLiteral("pace")), paceS))
        return badInput(tr("--pace: '%1' is not a number of seconds between 0.01 and 60")
                            .arg(parser.value(QStringLiteral("pace"))));
    // The file is opened now, so that a path that cannot take it costs no
    // run; it appears only when the recording is complete (recordingwriter.h).
    const bool record = parser.isSet(QStringLiteral("record"));
    RecordingWriter writer;
    if (record && !writer.open(parser.value(QStringLiteral("record")), &error))
        return badInput(QStringLiteral("--record: ") + error);
    RunController controller;
    Recorder recorder(controller);
    RunRules rules(controller);
    rules.setDisplayInterval(50); // a line every 50 ms at most, a stepped pace faster (Pace::pollIntervalMs)
    rules.setPace(paceS > 0 ? Pace{paceS, 0} : Pace{0, scenario.rate});
    ScenePrinter printer;
    if (scene)
        QObject::connect(&controller, &RunController::sampled, &controller,
                         [&] { printer.sampled(controller.run()->scene()); });
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::interrupted, &controller, [&controller](int count) {
        if (count == 1) {
            err() << "ipcscope-cli: stopping (Ctrl-C again to kill the workers)" << Qt::endl;
            controller.stop();
        } else {
            controller.kill();
        }
    });
    const auto configure = [&](Run &run) {
        if (kernel) {
            run.setKernelInterval(100);
            run.setRecordKernel(true);
        }
        // Exactness needs to know who is asleep in the kernel (/proc).
        const bool watchScene = scene || record;
        run.setWatchProcesses(kernel || watchScene);
        run.setWatchScene(watchScene);
        if (watchScene && !kernel)
            run.setKernelInterval(50);
    };
    QEventLoop loop;
    QObject::connect(&controller, &RunController::runFinished, &loop, &QEventLoop::quit);
    if (!controller.start(scenario, configure)) {
        err() << "ipcscope-cli: " << controller.lastError() << Qt::endl;
        return kExitFailed;
    }
    if (controller.isActive())
        loop.exec();
    const Run &run = *controller.run();
    if (record && !writer.write(recorder.recording(), &error)) {
        err() << "ipcscope-cli: --record: " << error << Qt::endl;
        return kExitFailed;
    }
    if (scene) {
        printer.finished(run.scene());
        return interrupt.count() > 0 ? kExitInterrupted : exitStatus(run.result());
    }

    const RunResult &result = run.result();
    const QStringList hand = handRunCommands(scenario, Session::instance().workerPath());
    if (json) {
        QJsonObject o = result.toJson(parser.isSet(QStringLiteral("series")), kernel);
        if (parser.isSet(QStringLiteral("show-commands"))) {
            o.insert(QStringLiteral("commands"), QJsonArray::fromStringList(run.workerCommands()));
            o.insert(QStringLiteral("hand_commands"), QJsonArray::fromStringList(hand));
        }
        printJson(o);
    } else {
        if (parser.isSet(QStringLiteral("show-commands"))) {
            out() << tr("# This run started its workers as:") << "\n";
            for (const QString &c : run.workerCommands())
                out() << c << "\n";
            out() << "\n" << hand.join(QLatin1Char('\n')) << "\n\n";
        }
        printHuman(result, *scenario.findMechanism(), parser.isSet(QStringLiteral("series")), kernel);
    }
    if (interrupt.count() > 0)
        return kExitInterrupted;
    return exitStatus(result);
}

} // namespace ipcscope
