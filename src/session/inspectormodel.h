#pragma once
// The kernel inspector as a tree: ipcs-like lists of System V objects, the
// POSIX objects in /dev/shm and /dev/mqueue, and each worker's IPC mappings
// and descriptors, ipcscope's own objects emphasised. While it refreshes it
// reads the kernel twice a second.
#include "inspector.h"
#include "treemodel.h"

#include <QTimer>

namespace ipcscope {

class InspectorModel : public TreeModel {
    Q_OBJECT
public:
    explicit InspectorModel(QObject *parent = nullptr);

    // The worker processes to look into (name, pid).
    void setProcesses(const QList<QPair<QString, qint64>> &processes) { m_processes = processes; }
    const QList<QPair<QString, qint64>> &processes() const { return m_processes; }
    // Reads the kernel now.
    void refresh();
    // Reads it twice a second while on (while a view shows it).
    void setRefreshing(bool on);
    void retranslate();
    // The tree of one inspection, as refresh() shows it.
    static TreeNode tree(const KernelInspection &inspection);

protected:
    QString header(int column) const override;

private:
    QTimer m_timer;
    QList<QPair<QString, qint64>> m_processes;
};

} // namespace ipcscope
