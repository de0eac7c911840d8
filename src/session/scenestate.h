#pragma once
// A recorded scene (scenemodel.h) read back into what a live poll gives the
// views that draw from it: each worker's state word (the Code dock marks
// the line it is in, as in the live run), from the state, call and object
// the scene says in words. Only what the scene holds: no /proc, no kernel
// readings, no counts but the messages.
#include "runtypes.h"
#include "scenemodel.h"

#include "engine/mechanism.h"

namespace ipcscope {

// The op a call's word names ("P", "send", "отправка"), in the language it
// was recorded in: English or any the program has a translation for.
std::optional<Op> opOfWord(const QString &word);

RunSnapshot snapshotOf(const SceneModel &scene, const MechanismInfo &info);

} // namespace ipcscope
