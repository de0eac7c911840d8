#pragma once
// The scene of a scenario before it starts: its workers (not started) and
// the objects its mechanism will make, with nothing read yet — so that a
// mechanism picked shows what it will draw before Start is pressed.
#include "scenario.h"
#include "scenemodel.h"

#include "engine/mechanism.h"

namespace ipcscope {

SceneModel previewScene(const Scenario &scenario, const Mechanism &mechanism);
// The same once Start is pressed, before the run's first sample: its
// workers starting, not "not started" under a header that says starting.
SceneModel startingScene(const Scenario &scenario, const Mechanism &mechanism);

} // namespace ipcscope
