#pragma once
// Plays a recording (recording.h) back: a time cursor over its scene
// samples that plays at any speed, pauses, steps one sample either way and
// jumps to any time. It only reads the recording — a replay starts no
// process and creates no object — and hands each sample it lands on to
// whoever draws it.
#include "recording.h"
#include "scenemodel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ipcscope {

class Mechanism;

class ReplayController : public QObject {
    Q_OBJECT
public:
    explicit ReplayController(QObject *parent = nullptr);

    // Starts at the first sample, paused.
    void load(const Recording &recording);
    void clear();
    bool isLoaded() const { return !m_recording.scenes.isEmpty(); }
    const Recording &recording() const { return m_recording; }

    int index() const { return m_index; } // the sample shown, or -1
    double timeS() const { return m_timeS; }
    double durationS() const { return m_recording.durationS(); }
    bool isPlaying() const { return m_tick.isActive(); }
    double speed() const { return m_speed; }
    const SceneModel &scene() const { return m_scene; }

    void play();
    void pause();
    void setSpeed(double factor);
    // One sample forward or back: the next picture the run drew.
    void stepForward();
    void stepBack();
    // The sample shown at tS: the last at or before it.
    void seek(double tS);
    // The sample shown, again: in a new language.
    void refresh();

signals:
    // A recording was loaded (its first sample follows).
    void loaded();
    void sceneChanged(const ipcscope::SceneModel &scene);
    void positionChanged(double tS);
    void playingChanged(bool playing);
    // A sample that cannot be decoded: the file is damaged there.
    void failed(const QString &reason);

private:
    void show(int index, double tS);
    void advance();

    Recording m_recording;
    const Mechanism *m_mechanism = nullptr; // for the scene's words
    SceneModel m_scene;
    int m_index = -1;
    double m_timeS = 0;
    double m_speed = 1;
    QTimer m_tick;
    QElapsedTimer m_wall; // since the last tick, while playing
};

} // namespace ipcscope
