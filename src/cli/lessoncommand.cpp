// `ipcscope-cli lesson`: the lecture's phenomena, reproduced by real processes.
// --list prints one lesson a line; `lesson ID` runs it and prints what was
// expected and what was measured (--json: id, expected, measured, as_expected).
#include "arguments.h"
#include "commands.h"
#include "interrupt.h"
#include "output.h"

#include "session/lessons/lesson.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ipcscope {

int lessonCommand(const QStringList &arguments)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reproduce one of the lecture's phenomena with real processes."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The lesson to run."));
    if (const auto done = parseArguments(parser,
                                         {{QStringLiteral("list"), tr("List the lessons, one a line, id first.")},
                                          {QStringLiteral("json"), tr("Print the outcome as JSON.")}},
                                         arguments, 1))
        return *done;
    if (parser.isSet(QStringLiteral("list"))) {
        if (!parser.positionalArguments().isEmpty())
            return badInput(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
        for (const Lesson *l : allLessons())
            out() << l->id().leftJustified(14) << " " << l->title() << "\n";
        out().flush();
        return 0;
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
    const bool json = parser.isSet(QStringLiteral("json"));
    std::atomic<bool> cancel{false};
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::interrupted, [&cancel] { cancel = true; });
    if (!json)
        out() << lesson->title() << "\n\n"
              << lesson->explanation() << "\n\n"
              << tr("Expected: ") << lesson->expected() << "\n\n";
    out().flush();
    const LessonOutcome outcome = runLesson(
        *lesson, [json](const QString &line) { (json ? err() : out()) << "  " << line << Qt::endl; }, &cancel);
    if (json) {
        QJsonObject o = outcome.toJson();
        o.insert(QStringLiteral("title"), lesson->title());
        printJson(o);
    } else {
        out() << "\n" << tr("Measured: ") << outcome.measured << "\n";
        if (!outcome.error.isEmpty())
            out() << tr("Error: ") << outcome.error << "\n";
        out() << (outcome.asExpected ? tr("As expected.") : tr("NOT as expected.")) << "\n";
        out().flush();
    }
    if (cancel)
        return kExitInterrupted;
    return outcome.asExpected ? 0 : kExitFailed;
}

} // namespace ipcscope
