#pragma once
// Collects a recording (recording.h) of each run a RunController starts:
// every scene sample the run builds, the workers' events as each poll reads
// them, and at the end the result and the series. It only reads what the
// run already exposes to the views; the run must watch its scene
// (Run::setWatchScene) for there to be scene samples.
//
// A lesson is recorded by the same recorder, fed by hand: the scene samples
// its LessonContext publishes and, at the end, its outcome. A lesson has no
// run's scenario, series or events of its own (Recording::isLesson).
#include "recording.h"

#include <QObject>

namespace ipcscope {

class Lesson;
class Run;
class RunController;
class RunSeries;
struct SceneModel;
struct LessonOutcome;
struct RunEvent;
struct RunResult;
struct RunSnapshot;

class Recorder : public QObject {
    Q_OBJECT
public:
    // A worker's events of one poll are all kept while they are few (a paced
    // or stepped run, a slow rate). At full speed its ring of 128 turns over
    // between two polls: the events of the messages on a sampling rule both
    // sides apply (EventSampling) are kept, about kEventsPerPoll of the
    // busiest worker's, never more than kEventsPerPollMax of any worker's.
    static constexpr int kEventsKeptWhole = 64;
    static constexpr int kEventsPerPoll = 16;
    static constexpr int kEventsPerPollMax = 2 * kEventsPerPoll;
    // A window left running through a lecture must not grow without end,
    // and its recording must still span the whole run (docs/recording.md,
    // "Bounded in memory"). Past these — about a minute and a half at a fast
    // rate in the window (some 1000 events and 30 samples a second; at no
    // limit it polls a third as often, Pace::kAtSpeedMs), some 10 MB — the
    // newest half stays whole and everything older is thinned evenly: its
    // events to the messages whose seq is a multiple of a
    // coarser `every` (the one rule, EventSampling, so a kept send keeps its
    // receive), its samples to one per interval of time; both coarsened by
    // halves until the older part is at most a quarter of the bound again.
    static constexpr qsizetype kMaxEvents = 90'000;
    static constexpr qsizetype kMaxScenes = 3'000;

    explicit Recorder(RunController &controller, QObject *parent = nullptr);
    // One that records lessons only.
    explicit Recorder(QObject *parent = nullptr);

    // The last run's recording: complete once recorded() was emitted.
    const Recording &recording() const { return m_recording; }
    bool isComplete() const { return m_complete; }
    // A run or a lesson is being recorded now: not yet ended, and not
    // discarded (a run that gave way ends without a result: its recording
    // stays incomplete, and nothing records it any more).
    bool isRecording() const { return m_active; }
    // While the run goes: what is recorded so far, with its series so far
    // (a live run looked back on).
    Recording soFar() const;

    // Keep one more sample or event, the oldest quarter let go past the
    // bounds (the run's polls call them; the tests feed them directly).
    void keep(RecordedScene scene);
    void keep(const RecordedEvent &event);
    // One poll's events, the workers publishing every `workerEvery`th
    // message's (Run::eventEvery), at tS since the go.
    void keepPoll(const QVector<RunEvent> &events, quint32 workerEvery, qint64 goNs, double tS);

    // A lesson: begun, each scene it publishes, and its outcome as `lesson
    // --json` prints it (whose "setup" says whether it was the control run),
    // with the question it put first and the guess, if it put one.
    void beginLesson(const QString &id);
    void keepLessonScene(const SceneModel &scene);
    void endLesson(const QJsonObject &outcome, const std::optional<RecordedQuestion> &question = std::nullopt);
    // A lesson's outcome as `lesson --json` prints it: with its title, group
    // and, for a control run, what the control does.
    static QJsonObject lessonResult(const Lesson &lesson, const LessonOutcome &outcome);

signals:
    void recorded();
    // The run being recorded was discarded before it ended: its recording
    // stays as it was, incomplete.
    void abandoned();

private:
    void begin(const Run &run);
    void sample(const RunSnapshot &snapshot, const QVector<RunEvent> &events);
    void end(const RunResult &result);
    void addScene();
    void addScene(const SceneModel &scene);
    void clear();
    static QVector<RecordedWindow> windowsOf(const RunSeries &series, int workers);
    // Past the bounds: the older part thinned, the newest half kept whole.
    void thinEvents();
    void thinScenes();

    RunController *m_controller = nullptr;
    Recording m_recording;
    bool m_complete = false;
    bool m_active = false; // a run is being recorded
    // How coarsely the older part is thinned so far (0: not yet); each only
    // grows within a recording, so the older part is even at every moment.
    quint32 m_olderEvery = 0;  // its messages' seq a multiple of this
    double m_olderSpacingS = 0; // at most one sample per this many seconds
};

} // namespace ipcscope
