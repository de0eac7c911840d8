#pragma once
// The Faults menu: what a person can do to the running run with their own
// hand — stop, continue, kill or signal a worker, set a semaphore, remove
// an object, resize a queue or a pipe, add a worker. Built afresh each time it opens from
// the run's own workers and objects, offering only what applies; every
// action goes to the session's FaultInjector through the run controller.
// A worker's own menu (the scene's right-click) holds its part of it.
#include "session/fault.h"

#include <QMenu>

namespace ipcscope {

class RunController;

class FaultMenu : public QMenu {
    Q_OBJECT
public:
    FaultMenu(RunController &controller, QWidget *parent = nullptr);

    // The worker's actions (P1, C2) at `globalPos`, while a run goes on.
    void popupForWorker(const QString &worker, const QPoint &globalPos);
    void retranslate();

signals:
    // The fault could not be made, in one line.
    void refused(const QString &why);

private:
    void rebuild();
    void addWorkerActions(QMenu *menu, const QString &worker);
    void addObjectActions(QMenu *menu);
    // Add a producer, add a consumer: shown whatever the run, greyed out
    // with the reason when it cannot take one.
    void addJoinActions(QMenu *menu);
    // Adds `label` for `fault` when the fault applies to the current run.
    void add(QMenu *menu, const QString &label, const Fault &fault);

    RunController &m_controller;
};

} // namespace ipcscope
