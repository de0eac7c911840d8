#pragma once
// Runs one lesson in a thread of its own, so the window never waits on it:
// each observation and the outcome arrive as signals in the caller's thread.
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

    bool start(const Lesson &lesson);
    void cancel();
    bool isRunning() const { return m_busy; }

signals:
    void observed(const QString &line);
    void finished(const ipcscope::LessonOutcome &outcome);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_busy = false; // from start() until the outcome is delivered
};

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::LessonOutcome)
