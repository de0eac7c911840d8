#pragma once
// Runs one lesson in a thread of its own, so the window never waits on it:
// each observation, the lesson workers' states and the outcome arrive as
// signals in the caller's thread.
#include "lesson.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace ipcscope {

class LessonRunner : public QObject {
    Q_OBJECT
public:
    explicit LessonRunner(QObject *parent = nullptr);
    ~LessonRunner() override; // cancels and waits: nothing outlives the window

    bool start(const Lesson &lesson, LessonSetup setup = LessonSetup::AsTaught);
    void cancel();
    bool isRunning() const { return m_busy; }

signals:
    void observed(const ipcscope::LessonLine &line);
    // Where the lesson's workers are now (for the Code dock's marks).
    void workersSeen(const ipcscope::RunSnapshot &snapshot);
    // What the lesson's scene shows now (lessonstage.h); the last one after its end.
    void sceneSeen(const ipcscope::SceneModel &scene);
    void finished(const ipcscope::LessonOutcome &outcome);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_busy = false; // from start() until the outcome is delivered
};

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::LessonOutcome)
