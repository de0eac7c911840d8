#pragma once
// One measurement at a time. A live run, a lesson and a comparison all start
// real processes; two at once would share the CPUs and make each other's
// numbers wrong. The arbiter is the one place that decides whether one may
// start now, and says why not when it may not. A lesson, a comparison or
// side by side takes over from a live run (the caller stops it and says so);
// nothing takes over from the others.
#include <QObject>
#include <QString>

namespace ipcscope {

enum class Activity { None, LiveRun, Lesson, Comparison, SideBySide };

class MeasureArbiter : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Whether `activity` may start now; otherwise `why` says what measures.
    bool mayStart(Activity activity, QString *why = nullptr) const;
    // Whether starting `activity` ends the live run first.
    bool takesOverLiveRun(Activity activity) const;
    void begin(Activity activity);
    void end(Activity activity);
    Activity current() const { return m_current; }
    // What measures now, in a few words ("a lesson is measuring"), or empty.
    QString describe() const;

signals:
    void changed();

private:
    Activity m_current = Activity::None;
};

} // namespace ipcscope
