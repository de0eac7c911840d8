#pragma once
// A run's faults over time: the script's steps waiting for their moment, a
// fault asked for now (the window), and kill-in-cs, which first catches its
// worker inside its critical section — the run held as by Pause and the
// worker stepped, call by call, until it has taken its lock and waits before
// its copy — then kills it there and lets the run go on. What was made goes
// to the log (faultlog.h).
#include "fault.h"
#include "faultinjector.h"
#include "faultlog.h"
#include "runtypes.h"

#include "engine/telemetryblock.h"

#include <QSet>

#include <functional>
#include <optional>

namespace ipcscope {

class FaultDriver {
    Q_DECLARE_TR_FUNCTIONS(FaultDriver)

public:
    // How long kill-in-cs tries to catch its worker in its critical section.
    static constexpr double kCatchS = 5.0;

    void schedule(const QVector<Fault> &faults) { m_pending += faults; }
    // Made at the next poll, whatever its time says.
    void injectNow(const Fault &fault);
    bool busy() const { return !m_now.isEmpty() || !m_pending.isEmpty() || m_catch.has_value(); }
    // The run is held to catch a worker: not stuck, not the user's Pause.
    bool catching() const { return m_catch.has_value(); }

    // Starts the worker an add step asks for and fills in its record; only
    // the run can, since it owns the processes.
    using AddWorker = std::function<void(const Fault &, FaultRecord &)>;

    // One poll of a running run: makes the faults that are due. `paused`:
    // the user's Pause, restored after a catch; `stepOther` lets some other
    // held worker make one call. Returns the records made in this poll.
    QVector<FaultRecord> poll(const Mechanism &mechanism, const Objects &objects, const RunSnapshot &snapshot,
                              TelemetryBlock &block, bool paused, const std::function<void()> &stepOther,
                              const AddWorker &addWorker = {});
    // The steps still waiting when the run ended, recorded as not made.
    QVector<FaultRecord> unmade(double endS);

    FaultLog &log() { return m_log; }
    const FaultLog &log() const { return m_log; }

private:
    struct Catch {
        Fault fault;
        int slot;
        double sinceS;
    };
    // The step that takes back the last one that can be, made now.
    FaultRecord undo(const FaultInjector &injector, const Fault &step, const RunSnapshot &snapshot);
    FaultRecord catchStep(const Mechanism &mechanism, const Objects &objects, const RunSnapshot &snapshot,
                          TelemetryBlock &block, const std::function<void()> &stepOther, bool &done);

    QVector<Fault> m_pending;
    QVector<Fault> m_now;
    std::optional<Catch> m_catch;
    FaultLog m_log;
};

} // namespace ipcscope
