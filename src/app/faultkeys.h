#pragma once
// The faults by key, for the lecture hall where the docks are hidden: one
// worker is selected (W moves on to the next, a right-click on a worker in
// the scene selects it), S stops or continues it, K kills it, U takes back
// the last fault that can be, A adds a producer and Shift+A a consumer. Each goes the Faults menu's way, through the
// run controller, and says what it did in one line.
#include "session/fault.h"

#include <QObject>
#include <QString>

class QAction;

namespace ipcscope {

class RunController;

class FaultKeys : public QObject {
    Q_OBJECT
public:
    explicit FaultKeys(RunController &controller, QObject *parent = nullptr);

    // For the window to hold, so that they work with every dock hidden.
    QList<QAction *> actions() const;
    QString selected() const { return m_selected; }
    void select(const QString &worker);
    void retranslate();

signals:
    // What a key did (or why not), in one line.
    void said(const QString &line);

private:
    void nextWorker();
    void stopOrContinue();
    void killSelected();
    void undo();
    void addWorker(const QString &role);
    void make(Fault::Verb verb, const QString &target);

    RunController &m_controller;
    QString m_selected = QStringLiteral("P1");
    QAction *m_next;
    QAction *m_stop;
    QAction *m_kill;
    QAction *m_undo;
    QAction *m_addProducer;
    QAction *m_addConsumer;
};

} // namespace ipcscope
