#pragma once
// The kernel's view of the run (KernelModel), as a tree that opens each row
// as it appears, a removed object's rows greyed as in the scene. Refreshed on
// every poll.
#include "session/kernelmodel.h"

#include <QTreeView>

namespace ipcscope {

class KernelPanel : public QTreeView {
    Q_OBJECT
public:
    explicit KernelPanel(QWidget *parent = nullptr);
    void clearRun() { m_model.clearRun(); }
    // As the scene's picture is (scenemodel.h): at speed the values are
    // marked sampled; once the run has ended, the objects removed.
    void update(const RunSnapshot &snapshot, const SceneModel &scene)
    {
        m_model.update(snapshot, scene.exact, scene.phase);
    }
    void retranslate();
    KernelModel &kernelModel() { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitNames();

    KernelModel m_model;
    bool m_opening = false; // new rows' parents being opened: fitted once, after
};

} // namespace ipcscope
