#include "replaycontroller.h"

#include "lessons/lesson.h"
#include "scenebuilder.h"

#include "engine/mechanism.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace ipcscope {

ReplayController::ReplayController(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(33); // the window's frame
    connect(&m_tick, &QTimer::timeout, this, &ReplayController::advance);
}

void ReplayController::load(const Recording &recording)
{
    pause();
    m_recording = recording;
    m_series.load(recording);
    m_callTimes = wholeCallTimes(recording);
    // A lesson's words are its mechanism's and its own (LessonStage).
    const Lesson *lesson =
        recording.isLesson() ? findLesson(recording.scenario.value(QStringLiteral("lesson")).toString()) : nullptr;
    m_mechanism = findMechanism(lesson ? lesson->mechanism().toStdString()
                                       : recording.scenario.value(QStringLiteral("mechanism")).toString().toStdString());
    m_index = -1;
    emit loaded();
    if (isLoaded())
        show(0, m_recording.scenes.constFirst().tS);
}

void ReplayController::clear()
{
    pause();
    m_recording = Recording();
    m_series.load(m_recording);
    m_callTimes.clear();
    m_mechanism = nullptr;
    m_scene = SceneModel();
    m_index = -1;
    m_timeS = 0;
}

void ReplayController::play()
{
    if (!isLoaded() || isPlaying())
        return;
    if (m_index >= m_recording.scenes.size() - 1)
        show(0, m_recording.scenes.constFirst().tS); // from the start again
    m_wall.start();
    m_tick.start();
    emit playingChanged(true);
}

void ReplayController::pause()
{
    if (!isPlaying())
        return;
    m_tick.stop();
    emit playingChanged(false);
}

void ReplayController::setSpeed(double factor)
{
    m_speed = std::clamp(factor, 1.0 / 64, 64.0);
}

QVector<double> ReplayController::wholeCallTimes(const Recording &recording)
{
    // Each event is the end of a call. A gap in a worker's indices: the
    // events were sampled, and a step by call would skip unseen ones; so
    // would a sampling by message (the workers' own, without a gap).
    for (const RecordedSampling &s : recording.sampling)
        if (s.every > 1)
            return {};
    QHash<int, quint64> next;
    QVector<double> times;
    for (const RecordedEvent &e : recording.events) {
        const auto it = next.constFind(e.slot);
        if (it != next.constEnd() && *it != e.index)
            return {};
        next[e.slot] = e.index + 1;
        times.append(double(e.tNs) / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times;
}

void ReplayController::showSample(int index)
{
    if (index >= 0 && index < m_recording.scenes.size())
        show(index, m_recording.scenes.at(index).tS);
}

void ReplayController::stepForward()
{
    pause();
    if (!isLoaded())
        return;
    const auto call = std::upper_bound(m_callTimes.cbegin(), m_callTimes.cend(), m_timeS);
    if (call != m_callTimes.cend()) {
        // The first picture drawn once that call had ended.
        const auto after = std::lower_bound(m_recording.scenes.cbegin(), m_recording.scenes.cend(), *call,
                                            [](const RecordedScene &s, double t) { return s.tS < t; });
        if (after != m_recording.scenes.cend()) {
            showSample(int(after - m_recording.scenes.cbegin()));
            return;
        }
    }
    showSample(m_index + 1);
}

void ReplayController::stepBack()
{
    pause();
    if (!isLoaded())
        return;
    const auto past = std::upper_bound(m_callTimes.cbegin(), m_callTimes.cend(), m_timeS);
    if (past != m_callTimes.cbegin()) {
        // The last picture drawn before the call the shown one is after.
        const double call = *std::prev(past);
        const auto before = std::lower_bound(m_recording.scenes.cbegin(), m_recording.scenes.cend(), call,
                                             [](const RecordedScene &s, double t) { return s.tS < t; });
        showSample(std::max(0, int(before - m_recording.scenes.cbegin()) - 1));
        return;
    }
    if (m_index > 0)
        showSample(m_index - 1);
}

void ReplayController::seek(double tS)
{
    if (!isLoaded())
        return;
    const double t = std::clamp(tS, m_recording.scenes.constFirst().tS, durationS());
    show(std::max(0, m_recording.sceneIndexAt(t)), t);
}

void ReplayController::refresh()
{
    const int index = m_index;
    m_index = -1;
    if (index >= 0)
        show(index, m_timeS);
}

void ReplayController::advance()
{
    const double elapsedS = double(m_wall.restart()) / 1000 * m_speed;
    const double t = m_timeS + elapsedS;
    if (t >= durationS()) {
        show(int(m_recording.scenes.size()) - 1, durationS());
        pause();
        return;
    }
    show(m_recording.sceneIndexAt(t), t);
}

void ReplayController::show(int index, double tS)
{
    if (index != m_index) {
        const std::optional<SceneModel> scene = m_recording.scene(index);
        if (!scene) {
            pause();
            emit failed(QCoreApplication::translate("ReplayController", "The recording is damaged at %1 s")
                            .arg(m_recording.scenes.at(index).tS, 0, 'f', 2));
            return;
        }
        m_index = index;
        m_scene = *scene;
        if (m_mechanism)
            retranslateScene(m_scene, *m_mechanism);
        emit sceneChanged(m_scene);
    }
    m_timeS = tS;
    m_series.setCursor(tS);
    emit positionChanged(m_timeS);
}

} // namespace ipcscope
