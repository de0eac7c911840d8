#pragma once
// The kernel inspector in the window (InspectorModel): ipcs-like lists of
// System V objects, the POSIX objects, each worker's IPC mappings and
// descriptors; ipcscope's own objects in bold. Refreshes twice a second while
// shown.
#include "session/inspectormodel.h"

#include <QTreeView>

namespace ipcscope {

class InspectorPanel : public QTreeView {
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);
    // The worker processes to look into (name, pid).
    void setProcesses(const QList<QPair<QString, qint64>> &processes) { m_model.setProcesses(processes); }
    void refresh() { m_model.refresh(); }
    void retranslate() { m_model.retranslate(); }
    InspectorModel &inspectorModel() { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    InspectorModel m_model;
};

} // namespace ipcscope
