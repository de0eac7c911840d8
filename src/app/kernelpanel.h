#pragma once
// The kernel's view of the run (KernelModel), as a tree that opens each row
// as it appears. Refreshed on every poll.
#include "session/kernelmodel.h"

#include <QTreeView>

namespace ipcscope {

class KernelPanel : public QTreeView {
    Q_OBJECT
public:
    explicit KernelPanel(QWidget *parent = nullptr);
    void clearRun() { m_model.clearRun(); }
    // `exact` as the scene's picture is (scenemodel.h): at speed the values are marked sampled.
    void update(const RunSnapshot &snapshot, bool exact = true) { m_model.update(snapshot, exact); }
    void retranslate() { m_model.retranslate(); }
    KernelModel &kernelModel() { return m_model; }

private:
    KernelModel m_model;
};

} // namespace ipcscope
