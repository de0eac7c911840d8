#pragma once
// The scene model (scenemodel.h) as CBOR, every field of it — the words in
// the language it was recorded in included — so that a replay shows the
// same picture the run drew. Decoding checks every value it takes: a
// damaged sample gives nothing, never a half scene.
#include <QByteArray>

#include <optional>

namespace ipcscope {

struct SceneModel;

QByteArray encodeScene(const SceneModel &scene);
std::optional<SceneModel> decodeScene(const QByteArray &encoded);

} // namespace ipcscope
