#pragma once
// The shell commands that repeat a scenario by hand, from several terminals,
// as the lecture does: the first consumer creates the objects (--create) and
// removes them when it is done; the others open them by name.
#include "scenario.h"

#include <QStringList>

namespace ipcscope {

QStringList handRunCommands(const Scenario &scenario, const QString &workerPath);
// `program arguments…` as a shell reads it: quoted where a word needs it.
QString shellCommand(const QString &program, const std::vector<std::string> &arguments);

} // namespace ipcscope
