#include "arbiter.h"

#include <QCoreApplication>

namespace ipcscope {

namespace {
struct ArbiterText {
    Q_DECLARE_TR_FUNCTIONS(MeasureArbiter)
};
} // namespace

bool MeasureArbiter::mayStart(Activity activity, QString *why) const
{
    // A live run gives way; a lesson, a comparison or side by side does not.
    const bool busy = m_current == Activity::Lesson || m_current == Activity::Comparison ||
                      m_current == Activity::SideBySide;
    const bool allowed = activity == Activity::None || !busy;
    if (!allowed && why)
        *why = ArbiterText::tr("%1; start when it is done").arg(describe());
    return allowed;
}

bool MeasureArbiter::takesOverLiveRun(Activity activity) const
{
    return m_current == Activity::LiveRun &&
           (activity == Activity::Lesson || activity == Activity::Comparison || activity == Activity::SideBySide);
}

void MeasureArbiter::begin(Activity activity)
{
    if (m_current == activity)
        return;
    m_current = activity;
    emit changed();
}

void MeasureArbiter::end(Activity activity)
{
    if (m_current != activity)
        return;
    m_current = Activity::None;
    emit changed();
}

QString MeasureArbiter::describe() const
{
    switch (m_current) {
    case Activity::LiveRun:
        return ArbiterText::tr("A run is measuring");
    case Activity::Lesson:
        return ArbiterText::tr("A lesson is measuring");
    case Activity::Comparison:
        return ArbiterText::tr("A comparison is measuring");
    case Activity::SideBySide:
        return ArbiterText::tr("Side by side is measuring");
    case Activity::None:
        break;
    }
    return {};
}

} // namespace ipcscope
