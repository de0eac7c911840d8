#include "session/runcontroller.h"

namespace ipcscope {

RunController::RunController(QObject *parent) : QObject(parent) {}

RunController::~RunController() = default;

void RunController::discard()
{
    if (!m_run)
        return;
    m_run->disconnect(this);
    emit runDiscarded();
    m_run.reset(); // ~Run kills what is left and removes the objects
    emit stateChanged();
}

bool RunController::start(const Scenario &scenario, const std::function<void(Run &)> &configure)
{
    // One run at a time: the previous one's workers and objects go first.
    discard();
    m_lastError.clear();
    m_run = std::make_unique<Run>(scenario);
    Run *run = m_run.get();
    run->setPollInterval(m_pollMs);
    // Someone at the window may add workers to the run (Faults ▸ Add): a
    // few slots are kept for them from the start.
    run->setSpareWorkers(kSpareWorkers);
    if (configure)
        configure(*run);
    connect(run, &Run::sampled, this, [this, run] { emit sampled(run->snapshot(), run->takeEvents()); });
    connect(run, &Run::logLine, this, &RunController::logLine);
    connect(run, &Run::started, this, &RunController::stateChanged);
    connect(run, &Run::finished, this, [this, run] {
        emit runFinished(run->result());
        emit stateChanged();
    });
    if (!run->start()) {
        m_lastError = run->error();
        m_run.reset();
        emit stateChanged();
        return false;
    }
    emit runStarted(run);
    emit stateChanged();
    return true;
}

void RunController::stop()
{
    if (m_run)
        m_run->stop();
}

void RunController::kill()
{
    if (m_run)
        m_run->kill();
}

void RunController::setPaused(bool paused)
{
    if (m_run && m_run->isActive()) {
        m_run->setPaused(paused);
        emit stateChanged();
    }
}

void RunController::setPaced(bool paced)
{
    if (m_run)
        m_run->setPaced(paced);
}

QString RunController::step()
{
    if (!m_run || !m_run->isActive())
        return {};
    if (!m_run->isPaused()) {
        // Step from a running run holds it first; the step itself comes next.
        m_run->setPaused(true);
        emit stateChanged();
    }
    return m_run->step();
}

void RunController::setRate(double messagesPerSecond)
{
    if (m_run)
        m_run->setRate(messagesPerSecond);
}

bool RunController::inject(const Fault &fault, QString *error)
{
    if (!m_run) {
        if (error)
            *error = tr("no run is going");
        return false;
    }
    return m_run->inject(fault, error);
}

void RunController::setPollInterval(int ms)
{
    // An unchanged interval is not given again: one who set a run's own
    // interval as it started (a test's 5 ms) keeps it until the asked one
    // changes (the pace, the display, the hold: RunRules::samplePace).
    if (ms == m_pollMs)
        return;
    m_pollMs = ms;
    if (m_run)
        m_run->setPollInterval(ms);
}

} // namespace ipcscope
