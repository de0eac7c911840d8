#pragma once
// Builds the scene model (scenemodel.h) of one run from one sample: the
// workers' telemetry, what /proc says of them, the kernel's readings of the
// objects, the ring read from the segment itself, and — at full speed — the
// sampler's shares. The run owns one while something watches its scene.
#include "runtypes.h"
#include "scenemodel.h"

#include "engine/mechanism.h"

#include <memory>

namespace ipcscope {

class RingObserver;
struct RingReading;
class StateSampler;
class TelemetryBlock;

// What the object between the workers is, as the model's objects name it:
// segment, queue, pipe, socket or signals.
QString sceneObjectKind(const MechanismInfo &info);

// Held by SIGSTOP (or a tracer), as /proc/PID/stat says ('T', 't').
bool isStopped(const WorkerSnapshot &w);
// The word for a worker's state, for the model's `state` field (Live and
// lesson scenes alike) and the tests.
QString stateKey(const WorkerSnapshot &w);
// A worker as the scene model has it: its state's key, the call it is in or
// before (named with `syncObjects`), the object, and the state in words
// (SceneText::state). The object of a send or receive is left to the caller.
SceneWorker sceneWorker(const WorkerSnapshot &w, const std::vector<std::string> &syncObjects);
// Its state in words, as the scene says it (for the log and the progress watch).
QString stateText(const WorkerSnapshot &w, const std::vector<std::string> &syncObjects);

// A scene recorded in one language, in the current one where its words
// come from the mechanism and the shares (a replay's picture). A worker's
// state in words stays as it was recorded.
void retranslateScene(SceneModel &model, const Mechanism &mechanism);

class SceneBuilder {
public:
    SceneBuilder(const Scenario &scenario, const Mechanism &mechanism, const Params &params);
    ~SceneBuilder();

    // The run has begun: map the ring read-only and start sampling. `block`
    // must stay until detach().
    void attach(const TelemetryBlock &block);
    // Before the run's objects go: stop sampling, let go of the ring.
    void detach();

    // `held`: the workers are held (Pause, Step, or a stepped pace's beat),
    // so the picture can be exact. `phase`: the run's, as the run rules name
    // it (runrules.h); once ended, its objects are gone and the last values
    // are shown as such.
    SceneModel build(const RunSnapshot &snapshot, bool held, ScenePhase phase);
    const SceneModel &last() const { return m_last; }

private:
    void addWorkers(SceneModel &m, const RunSnapshot &s, bool sampled);
    void addSemaphores(SceneModel &m, const RunSnapshot &s, bool sampled);
    void addRing(SceneModel &m, const RunSnapshot &s, bool sampled, const std::optional<RingReading> &read);
    void addObjects(SceneModel &m, const RunSnapshot &s);
    static bool atRest(const WorkerSnapshot &w);
    // Every worker's telemetry, read again after all else, as `s` has it,
    // and no call let through that a worker has yet to take.
    bool stillAsRead(const RunSnapshot &s) const;

    Scenario m_scenario;
    const Mechanism &m_mechanism;
    Params m_params;
    const TelemetryBlock *m_block = nullptr;
    std::unique_ptr<RingObserver> m_ring;
    std::unique_ptr<StateSampler> m_sampler;
    // What the sampler saw since the last build.
    struct Shares;
    std::unique_ptr<Shares> m_shares;
    std::optional<SceneRing> m_lastRing; // kept after the segment is gone
    SceneModel m_last;
};

} // namespace ipcscope
