#include "arguments.h"

#include "output.h"

namespace ipcscope {

namespace {

QString spelled(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// QCommandLineParser lets the last of two values win without a word; a
// student who typed --count twice meant one of them, and we cannot know which.
QString repeatedOption(const QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    const QStringList found = parser.optionNames(); // every occurrence, in either spelling
    for (const QCommandLineOption &option : options) {
        QStringList spellings;
        qsizetype times = 0;
        for (const QString &name : option.names()) {
            spellings << spelled(name);
            times += found.count(name);
        }
        if (times < 2)
            continue;
        const QStringList values = parser.values(option.names().constFirst());
        return QStringLiteral("%1 is given %2 times%3; give it once")
            .arg(spellings.join(QLatin1Char('/')))
            .arg(times)
            .arg(values.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(values.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace

std::optional<int> parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                  const QStringList &arguments, qsizetype positionals)
{
    parser.addHelpOption();
    parser.addOptions(options);
    if (!parser.parse(arguments))
        return badInput(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return 0;
    }
    if (const QString repeated = repeatedOption(parser, options); !repeated.isEmpty())
        return badInput(repeated);
    if (const QStringList given = parser.positionalArguments(); given.size() > positionals)
        return badInput(QStringLiteral("unexpected argument '%1'").arg(given.at(positionals)));
    return std::nullopt;
}

} // namespace ipcscope
