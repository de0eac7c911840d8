#pragma once
// The scene model (scenemodel.h) as CBOR, every field of it, so that a
// replay shows the same picture the run drew. A worker's state is kept as
// its keys (state, call, object, the kernel's detail) and said in words when
// decoded, in the language installed then; a lesson's words as it wrote
// them (Text). Decoding checks every value it takes: a damaged sample gives
// nothing, never a half scene.
#include <QByteArray>

#include <optional>

namespace ipcscope {

struct SceneModel;

QByteArray encodeScene(const SceneModel &scene);
std::optional<SceneModel> decodeScene(const QByteArray &encoded);

} // namespace ipcscope
