#include "faultkeys.h"

#include "session/runcontroller.h"

#include <QAction>

namespace ipcscope {

FaultKeys::FaultKeys(RunController &controller, QObject *parent)
    : QObject(parent), m_controller(controller), m_next(new QAction(this)), m_stop(new QAction(this)),
      m_kill(new QAction(this)), m_undo(new QAction(this)), m_addProducer(new QAction(this)),
      m_addConsumer(new QAction(this))
{
    m_addProducer->setShortcut(Qt::Key_A);
    m_addConsumer->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_A));
    m_addProducer->setObjectName(QStringLiteral("actionFaultAddProducer"));
    m_addConsumer->setObjectName(QStringLiteral("actionFaultAddConsumer"));
    connect(m_addProducer, &QAction::triggered, this, [this] { addWorker(QStringLiteral("producer")); });
    connect(m_addConsumer, &QAction::triggered, this, [this] { addWorker(QStringLiteral("consumer")); });
    m_next->setShortcut(Qt::Key_W);
    m_stop->setShortcut(Qt::Key_S);
    m_kill->setShortcut(Qt::Key_K);
    m_undo->setShortcut(Qt::Key_U);
    m_next->setObjectName(QStringLiteral("actionFaultNextWorker"));
    m_stop->setObjectName(QStringLiteral("actionFaultStop"));
    m_kill->setObjectName(QStringLiteral("actionFaultKill"));
    m_undo->setObjectName(QStringLiteral("actionFaultUndo"));
    connect(m_next, &QAction::triggered, this, &FaultKeys::nextWorker);
    connect(m_stop, &QAction::triggered, this, &FaultKeys::stopOrContinue);
    connect(m_kill, &QAction::triggered, this, &FaultKeys::killSelected);
    connect(m_undo, &QAction::triggered, this, &FaultKeys::undo);
    // A new run starts with its first producer selected.
    connect(&controller, &RunController::runStarted, this, [this] { m_selected = QStringLiteral("P1"); });
    retranslate();
}

QList<QAction *> FaultKeys::actions() const
{
    return {m_next, m_stop, m_kill, m_undo, m_addProducer, m_addConsumer};
}

void FaultKeys::retranslate()
{
    m_next->setText(tr("Select the next worker (W)"));
    m_stop->setText(tr("Stop or continue the selected worker (S)"));
    m_kill->setText(tr("Kill the selected worker (K)"));
    m_undo->setText(tr("Undo the last fault (U)"));
    m_addProducer->setText(tr("Add a producer (A)"));
    m_addConsumer->setText(tr("Add a consumer (Shift+A)"));
}

void FaultKeys::select(const QString &worker)
{
    m_selected = worker;
}

void FaultKeys::nextWorker()
{
    const Run *run = m_controller.run();
    if (!run || !run->isActive())
        return;
    const QVector<WorkerSnapshot> &workers = run->snapshot().workers;
    int at = -1;
    for (int i = 0; i < workers.size(); ++i)
        if (workers[i].name() == m_selected)
            at = i;
    for (int k = 1; k <= workers.size(); ++k) {
        const WorkerSnapshot &w = workers[(at + k) % workers.size()];
        if (!w.exited) {
            m_selected = w.name();
            emit said(tr("Selected %1 (pid %2)").arg(w.name()).arg(w.pid));
            return;
        }
    }
}

void FaultKeys::stopOrContinue()
{
    const Run *run = m_controller.run();
    if (!run || !run->isActive())
        return;
    // What the kernel says, not what was last pressed: T is stopped.
    bool stopped = false;
    for (const WorkerSnapshot &w : run->snapshot().workers)
        if (w.name() == m_selected)
            stopped = w.procState == 'T' || w.procState == 't';
    make(stopped ? Fault::Verb::Cont : Fault::Verb::Stop, m_selected);
}

void FaultKeys::killSelected()
{
    make(Fault::Verb::Kill, m_selected);
}

void FaultKeys::undo()
{
    make(Fault::Verb::Undo, {});
}

void FaultKeys::addWorker(const QString &role)
{
    make(Fault::Verb::Add, role);
}

void FaultKeys::make(Fault::Verb verb, const QString &target)
{
    if (!m_controller.isActive())
        return;
    Fault f;
    f.verb = verb;
    f.target = target;
    QString why;
    if (m_controller.inject(f, &why))
        emit said(tr("%1: made").arg(f.text().section(QLatin1Char(':'), 1)));
    else
        emit said(tr("%1: %2").arg(f.text().section(QLatin1Char(':'), 1), why));
}

} // namespace ipcscope
