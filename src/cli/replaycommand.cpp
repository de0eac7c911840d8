// `ipcscope-cli replay FILE`: a recording (docs/recording.md) read back
// without starting a process or creating an object — its result as the run
// printed it, its scene model at any time, its events.
#include "arguments.h"
#include "commands.h"
#include "output.h"

#include "session/recordingreader.h"
#include "session/scenecodec.h"
#include "session/scenemodel.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace ipcscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void printLine(const QJsonObject &line)
{
    out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
}

QString kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Sent:
        return QStringLiteral("sent");
    case EventKind::Received:
        return QStringLiteral("received");
    case EventKind::Corrupted:
        return QStringLiteral("corrupted");
    case EventKind::Duplicated:
        return QStringLiteral("duplicated");
    case EventKind::OpDone:
        return QStringLiteral("op-done");
    case EventKind::EndOfStream:
        return QStringLiteral("end-of-stream");
    }
    return {};
}

QJsonObject eventJson(const Recording &r, const RecordedEvent &e)
{
    QJsonObject o{{QStringLiteral("t"), double(e.tNs) / 1e9},
                  {QStringLiteral("worker"), r.workers.value(e.slot)},
                  {QStringLiteral("index"), qint64(e.index)},
                  {QStringLiteral("kind"), kindName(e.kind)}};
    if (e.kind == EventKind::OpDone) {
        o.insert(QStringLiteral("op"), int(e.op));
        o.insert(QStringLiteral("object"), e.place);
    } else {
        o.insert(QStringLiteral("seq"), qint64(e.seq));
        o.insert(QStringLiteral("producer"), e.producer);
        o.insert(QStringLiteral("size"), qint64(e.size));
        o.insert(QStringLiteral("slot"), e.place);
    }
    return o;
}

void printSummary(const Recording &r, const QString &fileName)
{
    out() << fileName << ": recorded on " << r.host() << " at " << r.recordedAt << " (format " << r.version << ")\n";
    if (r.isLesson()) {
        out() << "  lesson " << r.scenario.value(QStringLiteral("lesson")).toString() << " ("
              << r.scenario.value(QStringLiteral("setup")).toString() << "), "
              << r.machine.value(QStringLiteral("kernel")).toString() << "\n";
        out() << "  " << r.scenes.size() << " scene samples over " << QString::number(r.durationS(), 'f', 3)
              << " s\n";
        // The verdict the lesson printed last, with the error that ended it.
        const std::optional<RecordedVerdict> verdict = r.lessonVerdict();
        out() << "  "
              << (!verdict             ? QStringLiteral("no verdict recorded")
                  : verdict->asExpected ? QStringLiteral("as expected")
                                        : QStringLiteral("NOT as expected"))
              << (verdict && !verdict->error.isEmpty() ? QStringLiteral(": ") + verdict->error : QString()) << "\n";
        // The question put first (in the window), the guess and the answer.
        if (const std::optional<RecordedQuestion> &q = r.question) {
            const auto choice = [&q](int i) {
                return i < 0 ? QStringLiteral("none") : QStringLiteral("%1. %2").arg(QChar(u'A' + i)).arg(q->question.choices.value(i));
            };
            out() << "  asked: " << q->question.text << "\n  guessed: " << choice(q->guess)
                  << "; the measurement says: " << choice(q->answer)
                  << (q->guess < 0 || q->answer < 0 ? QString()
                      : q->guess == q->answer      ? QStringLiteral(" (right)")
                                                   : QStringLiteral(" (wrong)"))
                  << "\n";
        }
        return;
    }
    out() << "  " << r.scenario.value(QStringLiteral("mechanism")).toString() << ", "
          << r.machine.value(QStringLiteral("kernel")).toString() << ", "
          << r.machine.value(QStringLiteral("cpus")).toInt() << " CPUs\n";
    out() << "  " << r.scenes.size() << " scene samples over " << QString::number(r.durationS(), 'f', 3) << " s, "
          << r.events.size() << " events, " << r.series.size() << " windows of the series\n";
    const QJsonObject &result = r.result;
    // A recording made before its result said its phase: the phase its last
    // scene ended on, which said "failed" where `ok` alone said OK.
    QString phase = result.value(QStringLiteral("phase")).toString();
    if (phase.isEmpty() && !r.scenes.isEmpty())
        if (const std::optional<SceneModel> last = decodeScene(r.scenes.constLast().encoded))
            phase = phaseName(last->phase);
    out() << "  received " << result.value(QStringLiteral("messages")).toInteger() << " messages, "
          << (result.value(QStringLiteral("ok")).toBool() && phase != QLatin1String("failed")
                  ? QStringLiteral("OK")
                  : QStringLiteral("FAILED") + (result.contains(QStringLiteral("failed_because"))
                                                    ? QStringLiteral(": ") + result.value(QStringLiteral("failed_because")).toString()
                                                    : QString()))
          << "\n";
}

} // namespace

int replayCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read a recording (ipcscope-cli run --record) back, without starting a process."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The recording (.ipcrec)."));
    const QList<QCommandLineOption> options{
        {QStringLiteral("json"), tr("Print the run's result as JSON, as the run printed it.")},
        {QStringLiteral("series"), tr("With --json: add the throughput series, as run --series does.")},
        {QStringLiteral("kernel"), tr("With --json: add the kernel samples, as run --kernel does.")},
        {QStringLiteral("scene"), tr("Print the scene model as JSON lines, as run --scene does.")},
        {QStringLiteral("at"), tr("With --scene: only the sample shown at this time (the last at or before it)."),
         tr("seconds")},
        {QStringLiteral("events"), tr("Print the workers' recorded events as JSON lines.")},
    };
    if (const auto done = parseArguments(parser, options, arguments, 1))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return badInput(tr("give the recording to replay"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool scene = parser.isSet(QStringLiteral("scene"));
    const bool events = parser.isSet(QStringLiteral("events"));
    if (int(json) + int(scene) + int(events) > 1)
        return badInput(tr("give one of --json, --scene and --events"));
    if ((parser.isSet(QStringLiteral("series")) || parser.isSet(QStringLiteral("kernel"))) && !json)
        return badInput(tr("--series and --kernel go with --json"));
    std::optional<double> atS;
    if (parser.isSet(QStringLiteral("at"))) {
        if (!scene)
            return badInput(tr("--at goes with --scene"));
        bool ok = false;
        const double t = parser.value(QStringLiteral("at")).toDouble(&ok);
        if (!ok || !std::isfinite(t) || t < 0)
            return badInput(tr("--at: '%1' is not a time in seconds").arg(parser.value(QStringLiteral("at"))));
        atS = t;
    }
    QString error;
    const std::optional<Recording> recording = RecordingReader::read(positional.constFirst(), &error);
    if (!recording)
        return badInput(error);
    const Recording &r = *recording;

    if (json) {
        QJsonObject result = r.result;
        if (!parser.isSet(QStringLiteral("series")))
            result.remove(QStringLiteral("series"));
        if (!parser.isSet(QStringLiteral("kernel")))
            result.remove(QStringLiteral("kernel"));
        printJson(result);
        return 0;
    }
    if (scene) {
        int first = 0;
        int last = int(r.scenes.size()) - 1;
        if (atS) {
            first = last = r.sceneIndexAt(*atS);
            if (first < 0)
                return badInput(r.scenes.isEmpty()
                                    ? tr("the recording holds no scene samples")
                                    : tr("--at: the first sample is at %1 s").arg(r.scenes.constFirst().tS));
        }
        for (int i = first; i <= last; ++i) {
            const std::optional<SceneModel> model = r.scene(i);
            if (!model)
                return badInput(tr("%1: damaged: scene sample %2").arg(positional.constFirst()).arg(i));
            printLine(model->toJson());
        }
        out().flush();
        return 0;
    }
    if (events) {
        for (const RecordedEvent &e : r.events)
            printLine(eventJson(r, e));
        out().flush();
        return 0;
    }
    printSummary(r, positional.constFirst());
    out().flush();
    return 0;
}

} // namespace ipcscope
