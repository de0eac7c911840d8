#pragma once
// Scenarios as small JSON files: {"ipcscope_scenario": 1, "mechanism": ...},
// with how the window shows them ("layout") and, for the shipped examples, a
// title in each language. The window opens and saves them; `ipcscope FILE`
// starts with one; the lessons read theirs from the examples (:/scenarios).
#include "scenario.h"

#include <QMap>
#include <QString>

namespace ipcscope {

// The zoom a window offers and a file may ask for.
constexpr double kMinZoom = 0.6, kMaxZoom = 3;

struct ScenarioLayout {
    bool presentation = false;
    double zoom = 1;
    // One call every this many seconds (Step by itself), or 0: the rate rules.
    double callEveryS = 0;
};

struct ScenarioDocument {
    Scenario scenario;
    ScenarioLayout layout;
    QMap<QString, QString> titles; // language code -> title
    // The title in `language`, else in English, else empty.
    QString title(const QString &language) const;
};

// False with a one-line reason when the file cannot be read or is not a scenario.
bool loadScenario(const QString &fileName, ScenarioDocument &document, QString &error);
bool saveScenario(const QString &fileName, const ScenarioDocument &document, QString &error);

// The examples shipped inside the program, by name ("back-pressure" is
// :/scenarios/back-pressure.json), in name order.
QStringList exampleNames();
QString examplePath(const QString &name);
// An example's scenario; the lessons build on these. Throws nothing: an
// unknown name gives the default Scenario and `ok` false.
Scenario exampleScenario(const QString &name, bool *ok = nullptr);

} // namespace ipcscope
