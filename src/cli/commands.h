#pragma once
// The subcommands of ipcscope-cli. Each takes its arguments (the first being
// the command's name) and returns the exit status: 0 done, 1 the run failed,
// 2 bad input (nothing was started), 130 interrupted.
#include <QStringList>

namespace ipcscope {

int listCommand(const QStringList &arguments);
int runCommand(const QStringList &arguments);
int compareCommand(const QStringList &arguments);
int lessonCommand(const QStringList &arguments);
int inspectCommand(const QStringList &arguments);
int replayCommand(const QStringList &arguments);
int sideBySideCommand(const QStringList &arguments);

constexpr int kExitFailed = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitInterrupted = 130;

} // namespace ipcscope
