#include "recording.h"

#include "scenecodec.h"
#include "scenemodel.h"

#include <algorithm>

namespace ipcscope {

std::optional<RecordedVerdict> Recording::lessonVerdict() const
{
    const QJsonValue asExpected = result.value(QStringLiteral("as_expected"));
    if (!isLesson() || !asExpected.isBool())
        return std::nullopt;
    return RecordedVerdict{asExpected.toBool(), result.value(QStringLiteral("error")).toString()};
}

QString Recording::host() const
{
    return machine.value(QStringLiteral("host")).toString();
}

double Recording::durationS() const
{
    return scenes.isEmpty() ? 0 : scenes.constLast().tS;
}

int Recording::sceneIndexAt(double tS) const
{
    const auto after = std::upper_bound(scenes.cbegin(), scenes.cend(), tS,
                                        [](double t, const RecordedScene &s) { return t < s.tS; });
    return int(after - scenes.cbegin()) - 1;
}

std::optional<SceneModel> Recording::scene(int i) const
{
    if (i < 0 || i >= scenes.size())
        return std::nullopt;
    return decodeScene(scenes.at(i).encoded);
}

} // namespace ipcscope
