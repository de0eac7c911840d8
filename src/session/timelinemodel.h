#pragma once
// A recording (recording.h) laid out on one time axis, as data: one lane per
// worker with the intervals of its state as the scene samples show them,
// each message from its send to its receive, and each semaphore's value as
// a step series. The timeline view draws only this.
//
// Honest as the recording is: a state holds from the sample that shows it
// to the next sample, no sooner; a message is drawn only when both its send
// and its receive were recorded (matched by producer and sequence number);
// where a worker's events were sampled (a gap in its stream's indices) the
// lane says so, and no pair is made up across it.
//
// Laid out as the recording grows: a live run's recording is fed once a
// frame (extend) at the cost of what is new in it, and what is laid out so
// equals what fromRecording lays out of the same recording at once.
#include "recording.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ipcscope {

struct SceneModel;

// What a worker was doing over an interval, as the timeline groups the
// scene's state keys (SceneWorker::state).
enum class TimelineState {
    Starting, // starting, ready: not yet at its first call
    Running,  // between calls
    InCall,   // in a call that does not block it (or not yet)
    Blocked,  // asleep in the kernel
    Critical, // holding a lock
    Held,     // held by the run control (Pause, Step, a slow pace)
    Paced,    // waiting for its next send time (the rate)
    Exited,   // done, failed or killed
};

TimelineState timelineState(const QString &sceneState);

struct TimelineInterval {
    double startS = 0;
    double endS = 0;
    TimelineState state = TimelineState::Running;
    QString key;  // the scene's state key ("blocked", "in-call"…)
    QString call; // the call it is in or before ("P(empty)"); empty if none
    QString on;   // the object it is in or waits on; empty if none
    // The scene was exact (held, at rest): the state is what it was. Not
    // exact: the state the sample caught at full speed.
    bool exact = false;
    // Some of this worker's events in this interval were not recorded.
    bool eventsMissing = false;
};

// Where a worker's events were not all recorded: between two recorded
// events whose indices are not consecutive (or before the first recorded
// one, when that is not the stream's first).
struct TimelineGap {
    double fromS = 0;
    double toS = 0;
    quint64 missing = 0; // events not recorded
};

struct TimelineLane {
    QString name; // "P1", "C1"
    Role role = Role::Producer;
    QVector<TimelineInterval> intervals; // by time, not overlapping
    QVector<TimelineGap> gaps;
    bool sampled() const { return !gaps.isEmpty(); }
};

// A message from its send to its receive, both recorded.
struct TimelineMessage {
    int producer = 0; // the producer's number, from 0
    quint64 seq = 0;
    int fromLane = 0;
    int toLane = 0;
    double sentS = 0;
    double receivedS = 0;
};

struct TimelineStep {
    double tS = 0;
    qint64 value = -1; // -1: unknown from here on
};

struct TimelineSemaphore {
    QString name;
    QVector<TimelineStep> steps; // a value holds from its step to the next
    qint64 maxValue = 0;
};

class TimelineModel {
public:
    TimelineModel() = default;
    // Decodes every scene sample once; a sample that does not decode ends
    // the lanes there (decoded() says how many did).
    static TimelineModel fromRecording(const Recording &recording);
    // Lays out what `recording` holds past what this model has of it: the
    // samples and events added since, each decoded once. False, and nothing
    // changed, when it is not this recording grown (another run, or its
    // oldest part let go past the recorder's bounds): lay it out anew.
    bool extend(const Recording &recording);

    bool isEmpty() const { return m_lanes.isEmpty(); }
    double startS() const { return m_startS; }
    double endS() const { return m_endS; }
    const QVector<TimelineLane> &lanes() const { return m_lanes; }
    const QVector<TimelineMessage> &messages() const { return m_messages; }
    const QVector<TimelineSemaphore> &semaphores() const { return m_semaphores; }
    // Any worker's events were sampled: the messages drawn are a sample.
    bool isSampled() const;
    // Recorded receives with no recorded send, and sends with no recorded
    // receive (still in flight at the end, or sampled away): not drawn.
    int unmatchedReceives() const { return m_receives - int(m_messages.size()); }
    int unmatchedSends() const { return m_sends - int(m_messages.size()); }
    int sends() const { return m_sends; }
    int receives() const { return m_receives; }
    int decoded() const { return m_decoded; }
    // At least the longest time from a send to its receive: the messages in
    // view at a time are found without looking at every one.
    double longestFlightS() const { return m_longestFlightS; }
    // The recording kept the events of one message in K (by sequence
    // number); 0: it does not say.
    int sampledOneIn() const { return m_sampledOneIn; }
    void setSampledOneIn(int k) { m_sampledOneIn = k; }

private:
    // What the timeline holds of one message's (producer, seq).
    struct Ends {
        int sendSlot = -1;
        qint64 sentNs = 0;
        int receiveSlot = -1;
        qint64 receivedNs = 0; // the first receive
    };
    // Where a worker's stream was read up to.
    struct Stream {
        qint64 lastIndex = -1;
        qint64 lastNs = 0;
    };

    int laneOf(const QString &name);
    void addScene(const SceneModel &scene);
    void closeOpen(double untilS);
    void addEvent(const RecordedEvent &e);
    void addGap(int lane, const TimelineGap &gap);
    void pair(const Ends &ends, int producer, quint64 seq, bool receiveMoved);
    void touch(TimelineLane &lane, TimelineInterval &interval) const;

    double m_startS = 0;
    double m_endS = 0;
    QVector<TimelineLane> m_lanes;
    QVector<TimelineMessage> m_messages;
    QVector<TimelineSemaphore> m_semaphores;
    int m_sends = 0;
    int m_receives = 0;
    int m_decoded = 0;
    double m_longestFlightS = 0;
    int m_sampledOneIn = 0;

    // How far the recording was read, and how to tell it is still the same.
    QStringList m_workers;
    qsizetype m_scenesRead = 0;
    qsizetype m_eventsRead = 0;
    double m_firstSceneS = 0;
    QPair<int, quint64> m_firstEvent;
    // The last ones read, still in their places: none before them was let go
    // (the recorder thins a long run's older part, Recorder::thinEvents).
    double m_lastSceneS = 0;
    QPair<int, quint64> m_lastEvent;
    bool m_damaged = false;        // a sample did not decode: no lane goes past it
    QVector<int> m_open;           // the lanes in the last sample: their last interval runs on
    QVector<Stream> m_streams;     // by slot
    QHash<QPair<int, quint64>, Ends> m_ends; // by (producer, seq)
};

} // namespace ipcscope
