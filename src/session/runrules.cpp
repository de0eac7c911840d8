#include "runrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace ipcscope {

ScenePhase goingPhase(bool heldByUser)
{
    return heldByUser ? ScenePhase::Paused : ScenePhase::Running;
}

namespace {

// Killed by a signal ipcscope did not send at its clean-up, or exited with an error.
bool lostWorker(const WorkerSnapshot &w)
{
    return w.exited && ((!w.exitSignal.isEmpty() && !w.endedByUs) || (w.exitSignal.isEmpty() && w.exitCode != 0));
}

// A fault the kernel carried out was aimed at it: killed or signalled by hand.
bool injectedInto(const RunResult &result, const QString &worker)
{
    return std::any_of(result.faults.begin(), result.faults.end(), [&](const FaultRecord &f) {
        const Fault::Verb v = f.fault.verb;
        return f.ok && f.fault.target == worker &&
               (v == Fault::Verb::Kill || v == Fault::Verb::KillInCs || v == Fault::Verb::Signal);
    });
}

} // namespace

ScenePhase endedPhase(const RunResult &result)
{
    const bool lost = std::any_of(result.workers.begin(), result.workers.end(), lostWorker);
    if (!result.ok || lost)
        return ScenePhase::Failed;
    return result.stopped ? ScenePhase::Stopped : ScenePhase::Finished;
}

QString failedBecause(const RunResult &result)
{
    if (!result.ok)
        return result.error;
    // The cause before its consequences: those a fault was aimed at first.
    QStringList injected, others;
    for (const WorkerSnapshot &w : result.workers) {
        if (!lostWorker(w))
            continue;
        if (w.exitSignal.isEmpty()) {
            others << QCoreApplication::translate("RunRules", "%1 exited with status %2").arg(w.name()).arg(w.exitCode);
        } else if (injectedInto(result, w.name())) {
            injected << QCoreApplication::translate("RunRules", "%1 killed by %2 (injected)", "C1 killed by SIGKILL")
                            .arg(w.name(), w.exitSignal);
        } else {
            others << QCoreApplication::translate("RunRules", "%1 killed by %2", "P1 killed by SIGPIPE")
                          .arg(w.name(), w.exitSignal);
        }
    }
    return (injected + others).join(QStringLiteral(", "));
}

RunRules::RunRules(RunController &controller, QObject *parent) : QObject(parent), m_controller(controller)
{
    connect(&m_beat, &QTimer::timeout, this, &RunRules::beat);
    connect(&m_controller, &RunController::runStarted, this, &RunRules::onRunStarted);
    connect(&m_controller, &RunController::runFinished, this, &RunRules::onRunEnded);
    connect(&m_controller, &RunController::runDiscarded, this, &RunRules::onRunEnded);
    // Held or let go by anyone (Pause, Step, a lesson's hold), the run is
    // sampled at the pace that fits.
    connect(&m_controller, &RunController::stateChanged, this, &RunRules::samplePace);
    samplePace();
}

void RunRules::samplePace()
{
    m_controller.setPollInterval(m_pace.pollIntervalMs(m_displayMs, isHeld()));
}

void RunRules::setDisplayInterval(int ms)
{
    m_displayMs = ms;
    samplePace();
}

void RunRules::setPace(const Pace &pace)
{
    const bool wasStepped = m_pace.stepped();
    m_pace = pace;
    samplePace();
    if (pace.stepped()) {
        // The workers are held; the beat lets one call through at a time.
        m_beat.setInterval(int(pace.callEveryS * 1000));
        if (m_controller.isActive())
            m_controller.setPaused(true);
        m_beat.start();
    } else {
        m_beat.stop();
        // Leaving the beat releases the workers, unless Pause holds them; a
        // change of rate leaves Pause as it is.
        if (wasStepped && m_controller.isActive() && !m_userPaused)
            m_controller.setPaused(false);
        if (wasStepped)
            m_userPaused = m_userPaused && m_controller.isActive();
        m_controller.setRate(pace.rate); // a running run takes it at once
        emit rateChanged(pace.rate);
    }
    tellPaced();
    emit changed();
}

void RunRules::setPaused(bool paused)
{
    m_userPaused = paused && m_controller.isActive();
    // A stepped pace keeps the workers held either way; Pause stops its beat.
    if (!m_pace.stepped())
        m_controller.setPaused(m_userPaused);
    tellPaced();
    emit changed();
}

bool RunRules::isHeld() const
{
    return m_controller.isActive() && (m_pace.stepped() ? m_userPaused : m_controller.isPaused());
}

QString RunRules::step()
{
    // Stepping by hand takes over from the beat of a stepped pace.
    if (m_pace.stepped())
        m_userPaused = true;
    tellPaced();
    const QString who = m_controller.step();
    emit changed();
    return who;
}

void RunRules::onRunStarted()
{
    m_userPaused = false;
    m_controller.setRate(m_pace.stepped() ? 0 : m_pace.rate);
    if (m_pace.stepped()) {
        // Held from the start: the beat lets the calls through.
        m_controller.setPaused(true);
        m_beat.start();
    }
    tellPaced();
    emit changed();
}

void RunRules::tellPaced()
{
    m_controller.setPaced(m_pace.stepped() && !m_userPaused);
}

void RunRules::onRunEnded()
{
    // Stop releases Pause: the next run starts at the pace.
    m_beat.stop();
    m_userPaused = false;
    emit changed();
}

void RunRules::beat()
{
    if (m_userPaused || !m_controller.isActive())
        return;
    const QString who = m_controller.step();
    if (!who.isEmpty())
        emit steppedOnBeat(who);
}

} // namespace ipcscope
