#pragma once
// The engine's sentences (engine/text.h) in the user's language: each
// pattern through its translation context ("Engine" unless said), then its
// arguments.
#include "engine/text.h"

#include <QString>

namespace ipcscope {

QString translated(const Text &text, const char *context = "Engine");

} // namespace ipcscope
