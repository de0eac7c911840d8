#pragma once
// The window's recordings: every run is recorded in memory as it goes (the
// last one is kept), File ▸ Save recording writes it, and File ▸ Open
// recording (or `ipcscope FILE.ipcrec`) replays one without a process. A
// file that cannot be read is said in the status bar, never in a dialog.
// Run ▸ Look back replays the live run's recording so far over it, the run
// going on underneath; Follow returns to the live run.
#include "session/recorder.h"
#include "session/replaycontroller.h"
#include "session/scenario.h"

#include <QObject>

class QAction;
class QStatusBar;
class QWidget;

namespace ipcscope {

class ReplayBar;
class RunController;

class RecordingFiles : public QObject {
    Q_OBJECT
public:
    RecordingFiles(RunController &controller, QAction *save, QAction *open, QAction *lookBack, QStatusBar *status,
                   QWidget *dialogParent);

    // Reads `fileName` and shows its first sample, paused; false (and why,
    // in the status bar) when it cannot be read.
    bool open(const QString &fileName);
    bool save(const QString &fileName);
    void endReplay();
    // A replay of a file, or of the live run so far.
    bool isReplaying() const { return m_replay.isLoaded(); }
    // The live run's recording so far, replayed at its last sample; false
    // when there is no run or nothing recorded yet.
    bool lookBack();
    void follow();
    bool isLookingBack() const { return m_lookingBack; }
    ReplayController &replay() { return m_replay; }
    ReplayBar *bar() const { return m_bar; }
    const Recorder &recorder() const { return m_recorder; }
    // The scenario of the recording being replayed.
    const Scenario &scenario() const { return m_scenario; }

    // A lesson in the window is recorded as `ipcscope-cli lesson --record`
    // records it (Recorder::beginLesson): its scene samples and its outcome,
    // and here also the question it put first and the guess, if it put one.
    void lessonStarted(const QString &id);
    void lessonScene(const SceneModel &scene);
    void lessonFinished(const QJsonObject &outcome, const std::optional<RecordedQuestion> &question);

signals:
    // A replay begins: the scene lays out for its scenario; each sample follows.
    void replayStarted(const ipcscope::Scenario &scenario);
    // A lesson's recording is replayed: each sample is the lesson's picture.
    void lessonReplayStarted(const QString &id);
    void replayEnded();
    // The live run is looked back on (true), or followed again (false).
    void lookingBackChanged(bool back);

private:
    bool openLesson(const Recording &recording);
    void updateActions();

    RunController &m_controller;
    Recorder m_recorder;
    ReplayController m_replay;
    QAction *m_save;
    QAction *m_open;
    QAction *m_lookBack;
    bool m_lookingBack = false;
    QStatusBar *m_status;
    QWidget *m_dialogParent;
    ReplayBar *m_bar;
    Scenario m_scenario;
};

} // namespace ipcscope
