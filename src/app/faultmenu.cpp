#include "faultmenu.h"

#include "session/formatter.h"
#include "session/runcontroller.h"

#include <signal.h>

namespace ipcscope {

namespace {

Fault make(Fault::Verb verb, const QString &target, qint64 value = 0, int signal = 0)
{
    Fault f;
    f.verb = verb;
    f.target = target;
    f.value = value;
    f.signal = signal;
    return f;
}

} // namespace

FaultMenu::FaultMenu(RunController &controller, QWidget *parent) : QMenu(parent), m_controller(controller)
{
    retranslate();
    connect(this, &QMenu::aboutToShow, this, &FaultMenu::rebuild);
}

void FaultMenu::retranslate()
{
    setTitle(tr("Fa&ults"));
    menuAction()->setToolTip(tr("Break the running run by hand and watch the kernel answer"));
}

void FaultMenu::add(QMenu *menu, const QString &label, const Fault &fault)
{
    const Run *run = m_controller.run();
    if (!run || !run->refusal(fault).isEmpty())
        return;
    QAction *action = menu->addAction(label);
    connect(action, &QAction::triggered, this, [this, fault] {
        QString why;
        if (!m_controller.inject(fault, &why))
            emit refused(tr("%1: %2").arg(fault.text().section(QLatin1Char(':'), 1), why));
    });
}

void FaultMenu::addWorkerActions(QMenu *menu, const QString &worker)
{
    add(menu, tr("Stop (SIGSTOP)"), make(Fault::Verb::Stop, worker));
    add(menu, tr("Continue (SIGCONT)"), make(Fault::Verb::Cont, worker));
    add(menu, tr("Kill (SIGKILL)"), make(Fault::Verb::Kill, worker));
    add(menu, tr("Kill inside its critical section"), make(Fault::Verb::KillInCs, worker));
    add(menu, tr("Stop inside its critical section"), make(Fault::Verb::StopInCs, worker));
    for (const auto &[signal, name] : {std::pair{SIGTERM, "SIGTERM"}, {SIGINT, "SIGINT"}, {SIGUSR1, "SIGUSR1"}})
        add(menu, tr("Send %1").arg(QLatin1String(name)), make(Fault::Verb::Signal, worker, 0, signal));
    add(menu, tr("Close its read end (close)"), make(Fault::Verb::CloseRead, worker));
    add(menu, tr("Shut its socket down for writing (shutdown SHUT_WR)"), make(Fault::Verb::Shutdown, worker));
}

void FaultMenu::addJoinActions(QMenu *menu)
{
    const Run *run = m_controller.run();
    menu->setToolTipsVisible(true);
    for (const auto &[role, label] : {std::pair{QStringLiteral("producer"), tr("Add a producer (fork and exec)")},
                                      {QStringLiteral("consumer"), tr("Add a consumer (fork and exec)")}}) {
        const Fault fault = make(Fault::Verb::Add, role);
        QAction *action = menu->addAction(label);
        const QString why = run ? run->refusal(fault) : QString();
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? tr("Starts one more worker that opens the run's objects as the others did")
                                         : why);
        connect(action, &QAction::triggered, this, [this, fault] {
            QString refusal;
            if (!m_controller.inject(fault, &refusal))
                emit refused(tr("%1: %2").arg(fault.text().section(QLatin1Char(':'), 1), refusal));
        });
    }
}

void FaultMenu::addObjectActions(QMenu *menu)
{
    const Run *run = m_controller.run();
    for (const std::string &name : run->mechanism()->info().syncObjects) {
        const QString sem = QString::fromStdString(name);
        for (int value : {0, 1, 2})
            add(menu, tr("Set %1 to %2 (SETVAL)").arg(sem).arg(value), make(Fault::Verb::SetVal, sem, value));
    }
    add(menu, tr("Remove the semaphore set (IPC_RMID)"), make(Fault::Verb::Rmid, QStringLiteral("sem")));
    add(menu, tr("Remove the segment (IPC_RMID)"), make(Fault::Verb::Rmid, QStringLiteral("shm")));
    add(menu, tr("Unlink the segment (shm_unlink)"), make(Fault::Verb::Unlink, QStringLiteral("shm")));
    add(menu, tr("Remove the queue (IPC_RMID)"), make(Fault::Verb::Rmid, QStringLiteral("queue")));
    add(menu, tr("Unlink the queue (mq_unlink)"), make(Fault::Verb::Unlink, QStringLiteral("queue")));
    for (qint64 bytes : {1024, 4096, 16384})
        add(menu, tr("Queue limit msg_qbytes = %1").arg(Formatter::size(bytes)),
            make(Fault::Verb::QBytes, QStringLiteral("queue"), bytes));
    for (qint64 bytes : {4096, 65536, 1048576})
        add(menu, tr("Pipe size %1 (F_SETPIPE_SZ)").arg(Formatter::size(bytes)),
            make(Fault::Verb::PipeSize, QStringLiteral("pipe"), bytes));
    add(menu, tr("Close every read end (close)"), make(Fault::Verb::CloseRead, QStringLiteral("pipe")));
    add(menu, tr("Shut every producer's socket down for writing (shutdown SHUT_WR)"),
        make(Fault::Verb::Shutdown, QStringLiteral("socket")));
    for (qint64 bytes : {1024, 16384, 212992})
        add(menu, tr("Receive buffer %1 (SO_RCVBUF)").arg(Formatter::size(bytes)),
            make(Fault::Verb::RcvBuf, QStringLiteral("socket"), bytes));
}

void FaultMenu::rebuild()
{
    clear();
    const Run *run = m_controller.run();
    if (!run || !run->isActive()) {
        addAction(tr("Start a run to break it"))->setEnabled(false);
        return;
    }
    for (const WorkerSnapshot &w : run->snapshot().workers)
        addWorkerActions(addMenu(tr("Worker %1 (pid %2)").arg(w.name()).arg(w.pid)), w.name());
    addSeparator();
    addObjectActions(this);
    addSeparator();
    addJoinActions(this);
    addSeparator();
    add(this, tr("Undo the last fault that can be undone"), make(Fault::Verb::Undo, {}));
}

void FaultMenu::popupForWorker(const QString &worker, const QPoint &globalPos)
{
    const Run *run = m_controller.run();
    if (!run || !run->isActive())
        return;
    QMenu menu;
    menu.addSection(worker);
    addWorkerActions(&menu, worker);
    menu.addSeparator();
    addJoinActions(&menu);
    menu.exec(globalPos);
}

} // namespace ipcscope
