#pragma once
// Start, Pause, Step and Stop drawn in a given colour, so that the toolbar
// reads as well on the dark theme as on the light one (the style's own
// media icons are black).
#include <QColor>
#include <QIcon>

namespace ipcscope {

enum class RunIcon { Start, Pause, Step, Stop };

QIcon runIcon(RunIcon which, const QColor &colour);

} // namespace ipcscope
