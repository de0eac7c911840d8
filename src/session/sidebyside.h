#pragma once
// Two to four runs side by side (sidebysideplan.h). Taking turns, only one
// run's workers go at a time: the others are paused — their processes really
// wait at their next call — and the next one is let go only once the last
// one has come to rest, so that no two ever share the CPUs. Together, all go
// at once and share them. Stepped, all stay held and each makes one call on
// every beat, on the same beat. Each run's own time is what it had the CPUs for,
// which is what its rates are over. The window, the CLI and the tests all
// drive it; it holds no widget.
#include "activity.h"
#include "run.h"
#include "sidebysideplan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointF>
#include <QTimer>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace ipcscope {

class SideBySide : public QObject {
    Q_OBJECT
public:
    // A run paused for its turn to end that has not come to rest by then is
    // named, and the next one goes all the same.
    static constexpr int kRestTimeoutMs = 2000;

    explicit SideBySide(QObject *parent = nullptr);
    ~SideBySide() override;

    // Starts every run (held, when they take turns). False, with error(),
    // when the plan is refused or a run cannot start; nothing is left then.
    // `configure` sets each run up before it starts (what to watch).
    bool start(const SideBySidePlan &plan, const std::function<void(Run &)> &configure = {});
    // Asks every run to finish now; finished() follows.
    void stop();
    // Ends everything now: kills the workers, removes the objects.
    void discard();

    bool isRunning() const;
    const SideBySidePlan &plan() const { return m_plan; }
    QString error() const { return m_error; }
    int count() const { return int(m_lanes.size()); }
    const Run *run(int i) const { return m_lanes[i].run.get(); }
    // Taking turns: the run that has the CPUs now, or -1 (between turns, or together).
    int turn() const { return m_turn; }
    // Taking turns, held until another's turn ends.
    bool isWaiting(int i) const;
    // How long run i has had the CPUs, in seconds (until now, while it has them).
    double activeS(int i) const;
    // Messages and bytes its consumers received so far (the result's, once ended).
    std::pair<quint64, quint64> received(int i) const;
    // Its rates over that time.
    double msgsPerActiveS(int i) const;
    double mbPerActiveS(int i) const;
    // Every turn it was given, from going to coming to rest, as the session timed it.
    const QVector<ActiveInterval> &turns(int i) const { return m_lanes[i].turns; }
    // When its workers acted, by their own stamps: each message's arrival and
    // each call's return (bounded: the first kMaxTimes).
    const QVector<quint64> &eventTimes(int i) const { return m_lanes[i].eventTimes; }
    static constexpr int kMaxTimes = 200000;
    // Stepped: the messages its consumers had received on each beat, at
    // seconds since they began (x), and once more at its end. Held between
    // beats, a stepped run has no rate of its own time to draw; its progress
    // is this (bounded: the first kMaxTimes beats).
    const QVector<QPointF> &progress(int i) const { return m_lanes[i].progress; }

signals:
    void turnChanged(int index); // -1: nobody's (between turns, or the end)
    void sampled(int index, const QVector<ipcscope::RunEvent> &events);
    void logLine(const QString &line);
    void finished(); // every run has ended and left nothing

private:
    struct Lane {
        std::unique_ptr<Run> run;
        bool started = false;
        bool done = false;
        quint64 turnNs = 0;  // the current turn's start, or 0
        quint64 sinceNs = 0; // its own time's, or 0 once that is over
        double activeS = 0;  // closed turns
        QVector<ActiveInterval> turns;
        QVector<quint64> eventTimes;
        QVector<QPointF> progress;
        QVector<quint64> lastSignature; // per worker, while it comes to rest
        int restingPolls = 0;
    };
    void onStarted(int i);
    void beginIfReady();
    void onSampled(int i);
    void onFinished(int i);
    void giveTurn(int i);
    void beat();
    void endSlice();
    bool atRest(Lane &lane);
    void closeTurn(int i);
    void endOwnTime(Lane &lane);
    void noteProgress(int i);
    int nextAfter(int i) const;
    bool allDone() const;
    QString name(int i) const;

    SideBySidePlan m_plan;
    std::vector<Lane> m_lanes;
    QString m_error;
    int m_turn = -1;
    int m_handingOff = -1; // paused or stopped at the end of its turn, coming to rest
    bool m_stopping = false;
    bool m_finished = false;
    bool m_begun = false;
    QTimer m_slice;
    QTimer m_togetherEnd;
    QTimer m_beat; // stepped: one call each on every beat
    QElapsedTimer m_restClock;
    quint64 m_beganNs = 0; // when they began, all at once
};

} // namespace ipcscope
