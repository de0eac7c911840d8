#pragma once
// The engine's sentences (engine/text.h) in the user's language: each
// pattern through the "Engine" translation context, then its arguments.
#include "engine/text.h"

#include <QString>

namespace ipcscope {

QString translated(const Text &text);

} // namespace ipcscope
