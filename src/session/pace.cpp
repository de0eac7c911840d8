#include "pace.h"

#include "formatter.h"

#include <algorithm>

namespace ipcscope {

namespace {
struct PaceText {
    Q_DECLARE_TR_FUNCTIONS(PaceControl)
};
} // namespace

QString Pace::describe() const
{
    if (stepped())
        return callEveryS >= 1 ? PaceText::tr("1 call / %1 s").arg(Formatter::number(callEveryS))
                               : PaceText::tr("%1 calls/s").arg(Formatter::number(1 / callEveryS));
    return rate > 0 ? Formatter::messageRate(rate) : PaceText::tr("unlimited");
}

int Pace::pollIntervalMs(int displayMs, bool held) const
{
    if (stepped())
        return std::clamp(int(callEveryS * 1000 / 3), std::min(5, displayMs), displayMs);
    return rate <= 0 && !held ? std::max(displayMs, kAtSpeedMs) : displayMs;
}

} // namespace ipcscope
