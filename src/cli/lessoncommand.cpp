// `ipcscope-cli lesson`: the lecture's phenomena, reproduced by real processes.
// --list prints one lesson a line (--json: id, title, group); `lesson ID`
// runs it and prints what was expected, each check with what it measured,
// the lecture's errata where it has them, and the verdict (--json: the same
// as an object). --control runs the lesson where its phenomenon cannot
// happen, to show that the verdict can turn. --scene prints the lesson's
// scene (lessonstage.h) as JSON lines on standard error as it is read.
// --record FILE writes the lesson's recording (docs/recording.md): its
// scene samples and its outcome, for `ipcscope-cli replay`.
#include "arguments.h"
#include "commands.h"
#include "interrupt.h"
#include "output.h"

#include "session/lessons/lesson.h"
#include "session/recorder.h"
#include "session/recordingwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ipcscope {

namespace {

int listLessons(bool json)
{
    if (json) {
        QJsonArray list;
        for (const Lesson *l : allLessons())
            list.append(QJsonObject{{QStringLiteral("id"), l->id()},
                                    {QStringLiteral("title"), l->title()},
                                    {QStringLiteral("group"), l->group()}});
        printJson(list);
        return 0;
    }
    for (const Lesson *l : allLessons())
        out() << l->id().leftJustified(18) << " " << l->title() << "\n";
    out().flush();
    return 0;
}

void printOutcome(const LessonOutcome &outcome)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Cli", text); };
    out() << "\n" << tr("Measured: ") << outcome.measured << "\n\n";
    for (const LessonCheck &c : outcome.checks)
        out() << (c.passed ? "  ok    " : "  FAIL  ") << c.what << ": " << c.measured << " (" << tr("expected ")
              << c.expected << ")\n";
    if (!outcome.errata.isEmpty()) {
        out() << "\n" << tr("Where the lecture is wrong:") << "\n";
        for (const LessonErratum &e : outcome.errata)
            out() << "  " << (e.lectureHolds ? tr("holds:  ") : tr("wrong:  ")) << e.claim << "\n          "
                  << tr("here: ") << e.observed << "\n          " << tr("why: ") << e.why << "\n";
    }
    if (!outcome.error.isEmpty())
        out() << tr("Error: ") << outcome.error.text() << "\n";
    out() << "\n" << (outcome.asExpected ? tr("As expected.") : tr("NOT as expected.")) << "\n";
    out().flush();
}

} // namespace

int lessonCommand(const QStringList &arguments)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reproduce one of the lecture's phenomena with real processes."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The lesson to run."));
    if (const auto done = parseArguments(
            parser,
            {{QStringLiteral("list"), tr("List the lessons, one a line, id first.")},
             {QStringLiteral("json"), tr("Print the list or the outcome as JSON.")},
             {QStringLiteral("control"),
              tr("Run the lesson where its phenomenon cannot happen: the verdict must turn.")},
             {QStringLiteral("scene"),
              tr("Print the lesson's scene as JSON lines on standard error while it runs: its processes and "
                 "kernel objects as last read, the last line its end.")},
             {QStringLiteral("record"), tr("Record the lesson's scene and outcome into FILE (.ipcrec)."),
              tr("file")}},
            arguments, 1))
        return *done;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("list"))) {
        if (!parser.positionalArguments().isEmpty())
            return badInput(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
        if (parser.isSet(QStringLiteral("control")))
            return badInput(tr("--control runs a lesson; it does not go with --list"));
        if (parser.isSet(QStringLiteral("record")))
            return badInput(tr("--record records a lesson; it does not go with --list"));
        return listLessons(json);
    }
    if (parser.positionalArguments().size() != 1)
        return badInput(tr("name one lesson (see `ipcscope-cli lesson --list`)"));
    const QString id = parser.positionalArguments().first();
    const Lesson *lesson = findLesson(id);
    if (!lesson) {
        QStringList ids;
        for (const Lesson *l : allLessons())
            ids << l->id();
        return badInput(tr("no lesson '%1' (one of: %2)").arg(id, ids.join(QStringLiteral(", "))));
    }
    const LessonSetup setup = parser.isSet(QStringLiteral("control")) ? LessonSetup::Control : LessonSetup::AsTaught;
    // Opened now, so that a path that cannot take it costs no lesson.
    const bool record = parser.isSet(QStringLiteral("record"));
    RecordingWriter writer;
    QString error;
    if (record && !writer.open(parser.value(QStringLiteral("record")), &error))
        return badInput(QStringLiteral("--record: ") + error);
    Recorder recorder;
    if (record)
        recorder.beginLesson(lesson->id());
    std::atomic<bool> cancel{false};
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::interrupted, [&cancel] { cancel = true; });
    if (!json) {
        out() << lesson->title() << "\n\n" << lesson->explanation() << "\n\n" << tr("Expected: ") << lesson->expected()
              << "\n";
        if (setup == LessonSetup::Control)
            out() << tr("Control run: ") << lesson->control() << "\n";
        out() << "\n";
    }
    out().flush();
    const bool scene = parser.isSet(QStringLiteral("scene"));
    LessonContext::Publisher publisher;
    if (scene || record)
        publisher = [scene, &recorder](const RunSnapshot &, const SceneModel &model) {
            recorder.keepLessonScene(model);
            if (scene)
                err() << QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        };
    const LessonOutcome outcome = runLesson(
        *lesson,
        [json, scene](const LessonLine &line) {
            if (!scene)
                (json ? err() : out()) << "  " << line.text() << Qt::endl;
        },
        &cancel, setup, publisher);
    const QJsonObject o = Recorder::lessonResult(*lesson, outcome);
    recorder.endLesson(o);
    if (record && !writer.write(recorder.recording(), &error)) {
        err() << "ipcscope-cli: --record: " << error << Qt::endl;
        return kExitFailed;
    }
    if (json) {
        printJson(o);
    } else {
        printOutcome(outcome);
    }
    if (cancel)
        return kExitInterrupted;
    return outcome.asExpected ? 0 : kExitFailed;
}

} // namespace ipcscope
