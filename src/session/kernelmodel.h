#pragma once
// The kernel's view of the run, as a tree: every reading of the run's objects
// (semaphore values and waiters, queue depths, attach counts), one row per
// object with a child per field, and per worker its pid, where /proc says it
// is (system call, wchan), its CPU time and context switches. Updated on
// every poll; a row once seen stays until the next run. When the run has
// ended, each object's row says it is removed and is greyed, its values the
// last read, as the scene draws them.
#include "runtypes.h"
#include "scenemodel.h"
#include "treemodel.h"

#include <optional>

namespace ipcscope {

class KernelModel : public TreeModel {
    Q_OBJECT
public:
    explicit KernelModel(QObject *parent = nullptr);

    void clearRun();
    // `exact`: every process at rest (scenemodel.h); otherwise each reading
    // is one instant of a value that changes faster than a frame: the value
    // column's header says so, once. `phase`: the scene's; once finished,
    // stopped or failed, the objects are removed.
    void update(const RunSnapshot &snapshot, bool exact = true, ScenePhase phase = ScenePhase::Running);
    // A replay's moment: what its scene sample holds of the objects and the
    // workers, under the names `run --scene` prints them; nothing else (no
    // system call, no CPU time: the recording has none), and nothing of
    // another moment.
    void showScene(const SceneModel &scene);
    // Everything in the current language: the headers, the section titles,
    // and the rows, drawn again from the last snapshot or scene (a run that
    // has ended gets no more polls to do it).
    void retranslate();

protected:
    QString header(int column) const override;

private:
    void publish();
    // The objects' rows as removed (greyed, their values the last) once the
    // phase has ended, else as live.
    void markRemoved();
    TreeNode m_objects;
    TreeNode m_workers;
    bool m_sampled = false; // the last update's values were read at speed
    ScenePhase m_phase = ScenePhase::Running; // the last update's or scene's: ended, the objects are removed
    // What the rows were last drawn from, one of the two.
    std::optional<RunSnapshot> m_lastSnapshot;
    std::optional<SceneModel> m_lastScene;
};

} // namespace ipcscope
