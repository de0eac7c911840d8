#pragma once
// The options that describe a scenario on the command line, shared by the
// commands that run one.
#include "session/scenario.h"

#include <QCommandLineParser>

namespace ipcscope {

QList<QCommandLineOption> scenarioOptions();
// Fills the scenario from the parsed options; false (and a one-line reason)
// when a value does not parse.
bool readScenarioOptions(const QCommandLineParser &parser, Scenario &scenario, QString &error);

} // namespace ipcscope
