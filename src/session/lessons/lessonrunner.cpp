#include "lessonrunner.h"

namespace ipcscope {

LessonRunner::LessonRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<LessonOutcome>();
    qRegisterMetaType<LessonLine>();
    // Connected first, so every other receiver of the outcome sees it idle.
    connect(this, &LessonRunner::finished, this, [this] { m_busy = false; });
}

LessonRunner::~LessonRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool LessonRunner::start(const Lesson &lesson, LessonSetup setup)
{
    if (m_busy)
        return false;
    // The last lesson's thread has sent its outcome and is ending: wait for it.
    if (m_thread) {
        m_thread->wait();
        // Later, not now: its queued finished() must not meet a new thread
        // at the same address.
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    m_cancel = false;
    m_busy = true;
    const Lesson *l = &lesson;
    m_thread = QThread::create([this, l, setup] {
        // Signals from this thread reach the runner's thread queued; a
        // snapshot and a scene travel in a queued call, as they are no registered types.
        const LessonOutcome outcome = runLesson(
            *l, [this](const LessonLine &line) { emit observed(line); }, &m_cancel, setup,
            [this](const RunSnapshot &snapshot, const SceneModel &scene) {
                QMetaObject::invokeMethod(
                    this,
                    [this, snapshot, scene] {
                        emit workersSeen(snapshot);
                        emit sceneSeen(scene);
                    },
                    Qt::QueuedConnection);
            });
        emit finished(outcome);
    });
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_thread != thread)
            return; // already waited for and deleted by the next start()
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
    return true;
}

void LessonRunner::cancel()
{
    m_cancel = true;
}

} // namespace ipcscope
