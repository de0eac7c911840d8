#pragma once
// How every command reads its arguments: an option it does not know, an
// option given twice (in either spelling) and an argument it does not take
// are refused in one line, before anything starts.
#include <QCommandLineParser>

#include <optional>

namespace ipcscope {

// Adds --help and `options` to `parser` and parses `arguments` (the first is
// the command's name), allowing at most `positionals` positional arguments.
// Returns the exit status when the command is done already — 0 after the
// help, 2 after a bad input's one line — and nothing when it should go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                  const QStringList &arguments, qsizetype positionals = 0);

} // namespace ipcscope
