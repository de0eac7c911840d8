#pragma once
// Plays a recording (recording.h) back: a time cursor over its scene
// samples that plays at any speed, pauses, steps one call either way (one
// sample where the calls were sampled) and jumps to any time. It only reads the recording — a replay starts no
// process and creates no object — and hands each sample it lands on to
// whoever draws it.
#include "recordedseries.h"
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
    // The recorded run's mechanism, or none the program knows.
    const Mechanism *mechanism() const { return m_mechanism; }
    // The series up to the cursor, as the run's graph showed it then.
    const SeriesSource &series() const { return m_series; }
    // The recording holds every call (no gap in any worker's event
    // indices: a paced or stepped run): a step goes one call. At speed the
    // calls were sampled, and a step goes one sample.
    bool stepsByCall() const { return !m_callTimes.isEmpty(); }

    void play();
    void pause();
    void setSpeed(double factor);
    // One call forward: the first picture the run drew after the next call
    // ended; one back: the last picture before the call the shown one is
    // after. Where there is no call (or steps go by sample): the next or
    // previous picture the run drew.
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
    void showSample(int index);

    static QVector<double> wholeCallTimes(const Recording &recording);

    Recording m_recording;
    const Mechanism *m_mechanism = nullptr; // for the scene's words
    SceneModel m_scene;
    int m_index = -1;
    double m_timeS = 0;
    double m_speed = 1;
    RecordedSeries m_series;
    QVector<double> m_callTimes; // when each call ended, in order; empty: steps go by sample
    QTimer m_tick;
    QElapsedTimer m_wall; // since the last tick, while playing
};

} // namespace ipcscope
