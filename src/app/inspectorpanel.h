#pragma once
// The kernel inspector in the window: ipcs-like lists of System V objects, the
// POSIX objects in /dev/shm, and each worker's IPC mappings and descriptors;
// ipcscope's own objects in bold. Refreshes twice a second while shown.
#include "session/inspector.h"

#include <QTimer>
#include <QTreeWidget>

namespace ipcscope {

class InspectorPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);
    // The worker processes to look into (name, pid).
    void setProcesses(const QList<QPair<QString, qint64>> &processes) { m_processes = processes; }
    void refresh();
    void retranslate();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer m_timer;
    QList<QPair<QString, qint64>> m_processes;
};

} // namespace ipcscope
