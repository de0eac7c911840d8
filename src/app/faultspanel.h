#pragma once
// The Faults panel: the log of faults made on the current run — the exact
// call, the kernel's answer, what the workers did after it — and the Faults
// menu that makes them. It follows the run controller by itself; the window
// only gives it a dock and puts its menu on the toolbar.
#include "session/faultlogmodel.h"

#include <QWidget>

class QLabel;
class QListView;

namespace ipcscope {

class FaultKeys;
class FaultMenu;
class RunController;

class FaultsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FaultsPanel(RunController &controller, QWidget *parent = nullptr);

    FaultMenu *menu() const { return m_menu; }
    FaultKeys *keys() const { return m_keys; }
    const FaultLogModel &model() const { return m_model; }
    void retranslate();

signals:
    // The run's first fault was made: the panel is worth showing.
    void firstFault();

private:
    RunController &m_controller;
    FaultMenu *m_menu;
    FaultKeys *m_keys;
    FaultLogModel m_model;
    QListView *m_view;
    QLabel *m_note;
};

} // namespace ipcscope
