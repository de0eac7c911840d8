#pragma once
// What every run of this process shares: where the worker executable is, and
// the reaper that removes our objects if this process dies.
#include "engine/reaper.h"
#include "lessons/lessonline.h"

#include <QMutex>
#include <QString>
#include <QStringList>

namespace ipcscope {

class Session {
public:
    static Session &instance();

    // Finds the worker, sweeps what dead runs of ours left behind and starts
    // the reaper, on first use. The reason it cannot is kept as a sentence,
    // said in the reader's language whenever it is drawn.
    bool ensureReady(LessonLine *error);
    QString workerPath() const { return m_workerPath; }
    ReaperClient &reaper() { return m_reaper; }
    // What the sweep removed, for the first caller to report (then empty).
    QStringList takeSwept();

private:
    Session() = default;
    QMutex m_mutex; // lessons run in a thread of their own
    QString m_workerPath;
    ReaperClient m_reaper;
    QStringList m_swept;
};

} // namespace ipcscope
