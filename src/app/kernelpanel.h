#pragma once
// The kernel's view of the run, as numbers: every reading of the run's
// objects (semaphore values and waiters, queue depths, attach counts) and,
// per worker, where /proc says it is (wchan, system call), its CPU time and
// context switches. Refreshed on every poll.
#include "session/runtypes.h"

#include <QTreeWidget>

namespace ipcscope {

class KernelPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit KernelPanel(QWidget *parent = nullptr);
    void clearRun();
    void update(const RunSnapshot &snapshot);
    void retranslate();

private:
    QTreeWidgetItem *row(QTreeWidgetItem *parent, const QString &name);
    QTreeWidgetItem *m_objects = nullptr;
    QTreeWidgetItem *m_workers = nullptr;
};

} // namespace ipcscope
