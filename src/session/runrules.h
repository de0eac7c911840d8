#pragma once
// The rules of the current run as the user sets them: its pace, Pause and
// Step. A stepped pace holds the workers and lets one call through on every
// beat; Pause holds them too (and stops the beat); Step lets one call through
// by hand and takes over from the beat. A new run starts at the pace, not
// paused; a run that ends releases Pause. The window only wires its actions
// to these and shows isHeld().
#include "pace.h"
#include "session/runcontroller.h"

#include <QObject>
#include <QTimer>

namespace ipcscope {

// The run's phase as its scene names it — the contract's running, paused,
// finished, stopped or failed — decided here and nowhere else.
//
// While it goes, from its start (before the go its workers say they are
// starting): paused only when the user holds it (Pause, or Step by hand). A
// stepped pace's own hold lets one call through on every beat: the run is
// running, one call at a time, and its pictures are exact between calls.
ScenePhase goingPhase(bool heldByUser);
// Once it has ended: failed when the run failed, or lost a worker — killed
// by a signal ipcscope did not send at its clean-up (an injected kill, or
// another's), or exited with an error — even where a fault explains it (the
// run's result is then still OK: ipcscope did what was asked); stopped when
// Stop or Ctrl-C ended it early; else finished. Failed is what the end
// picture draws in the failure colour.
ScenePhase endedPhase(const RunResult &result);
// Why endedPhase() says failed, in the words the window's status bar and
// the CLI's summary both give: the run's error, else each worker it lost —
// those a fault was aimed at first, marked so — "C1 killed by SIGKILL
// (injected), P1 killed by SIGPIPE". Empty when the run did not fail.
QString failedBecause(const RunResult &result);

class RunRules : public QObject {
    Q_OBJECT
public:
    explicit RunRules(RunController &controller, QObject *parent = nullptr);

    void setPace(const Pace &pace);
    Pace pace() const { return m_pace; }
    // How often whoever shows the run wants it sampled (the window: every
    // frame, 33 ms); a beat shorter than three of these is sampled faster,
    // a run at no limit and not held slower (Pace::pollIntervalMs).
    void setDisplayInterval(int ms);
    // Pause pressed or released by the user.
    void setPaused(bool paused);
    // Whether the workers wait for the user (Pause, or Step taken by hand):
    // what the Pause button shows. A stepped pace's own hold is not a pause.
    bool isHeld() const;
    // One call by hand: the next held worker's name, or empty when none can.
    QString step();

signals:
    void changed();                   // the pace, or whether the run is held
    void steppedOnBeat(const QString &who); // a stepped pace let `who` make a call
    void rateChanged(double rate);    // a pace of messages per second was set (0: unlimited)

private:
    // Tells the run whether its hold is the stepped pace's (goingPhase).
    void tellPaced();
    // The run's poll interval for the pace and whether it is held
    // (Pace::pollIntervalMs).
    void samplePace();
    void onRunStarted();
    void onRunEnded();
    void beat();

    RunController &m_controller;
    Pace m_pace{0, 2};
    int m_displayMs = 33;
    QTimer m_beat;
    bool m_userPaused = false;
};

} // namespace ipcscope
