#pragma once
// The window's hold on the current run: starts one (stopping and cleaning up
// the previous one first), drives Pause, Step, Stop and the rate, and hands
// every poll's snapshot and events to the views.
#include "session/run.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ipcscope {

class RunController : public QObject {
    Q_OBJECT
public:
    // The producers, and the consumers, a person may add to a run of the window.
    static constexpr int kSpareWorkers = 2;

    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // False, with lastError(), when the scenario is refused or cannot start.
    // `configure` sets the run up before it starts (what to watch and record).
    bool start(const Scenario &scenario, const std::function<void(Run &)> &configure = {});
    void stop();
    // Kills the workers now (a second Ctrl-C); the run still cleans up.
    void kill();
    // Ends the current run now: kills its workers, removes its objects.
    void discard();
    void setPaused(bool paused);
    // The hold is a stepped pace's, not the user's (Run::setPaced).
    void setPaced(bool paced);
    // Lets one held worker make its next call; returns its name or empty.
    QString step();
    void setRate(double messagesPerSecond);
    void setPollInterval(int ms);
    // Makes a fault on the current run (faultinjector.h); false with `error`
    // when there is no run going or the fault does not apply to it.
    bool inject(const Fault &fault, QString *error = nullptr);

    const Run *run() const { return m_run.get(); }
    bool isActive() const { return m_run && m_run->isActive(); }
    bool isPaused() const { return m_run && m_run->isPaused(); }
    QString lastError() const { return m_lastError; }

signals:
    void runStarted(const ipcscope::Run *run); // a new run: the views rebuild for it
    void runDiscarded();                       // the run is about to go: the views let go of it
    void sampled(const ipcscope::RunSnapshot &snapshot, const QVector<ipcscope::RunEvent> &events);
    void logLine(const QString &line);
    void runFinished(const ipcscope::RunResult &result);
    void stateChanged(); // active or paused changed: actions follow

private:
    std::unique_ptr<Run> m_run;
    QString m_lastError;
    int m_pollMs = 33;
};

} // namespace ipcscope
