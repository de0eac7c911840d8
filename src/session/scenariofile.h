#pragma once
// Scenarios as small JSON files: {"ipcscope_scenario": 1, "mechanism": ...}.
// The window opens and saves them; `ipcscope FILE` starts with one.
#include "scenario.h"

#include <QString>

namespace ipcscope {

// False with a one-line reason when the file cannot be read or is not a scenario.
bool loadScenario(const QString &fileName, Scenario &scenario, QString &error);
bool saveScenario(const QString &fileName, const Scenario &scenario, QString &error);

} // namespace ipcscope
