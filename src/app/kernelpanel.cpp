#include "kernelpanel.h"

#include "session/formatter.h"

#include <QHeaderView>

namespace ipcscope {

KernelPanel::KernelPanel(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setObjectName(QStringLiteral("kernelPanel"));
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setUniformRowHeights(true);
    clearRun();
}

void KernelPanel::retranslate()
{
    setHeaderLabels({tr("object"), tr("as the kernel reports it")});
    if (m_objects)
        m_objects->setText(0, tr("kernel objects"));
    if (m_workers)
        m_workers->setText(0, tr("worker processes"));
}

void KernelPanel::clearRun()
{
    clear();
    m_objects = new QTreeWidgetItem(this);
    m_workers = new QTreeWidgetItem(this);
    retranslate();
    expandAll();
}

QTreeWidgetItem *KernelPanel::row(QTreeWidgetItem *parent, const QString &name)
{
    for (int i = 0; i < parent->childCount(); ++i)
        if (parent->child(i)->text(0) == name)
            return parent->child(i);
    auto *item = new QTreeWidgetItem(parent, {name});
    parent->setExpanded(true);
    return item;
}

void KernelPanel::update(const RunSnapshot &snap)
{
    // One row per object ("full"), one child per field ("semncnt  1").
    const auto set = [this](QTreeWidgetItem *parent, const QString &name, const QString &value) {
        QTreeWidgetItem *item = row(parent, name);
        if (item->text(1) != value)
            item->setText(1, value);
    };
    for (const KernelReading &r : snap.kernel)
        set(row(m_objects, r.object), r.field, QString::number(r.value));
    for (const WorkerSnapshot &w : snap.workers) {
        QTreeWidgetItem *worker = row(m_workers, w.name());
        const QString pid = tr("pid %1").arg(w.pid);
        if (worker->text(1) != pid)
            worker->setText(1, pid);
        set(worker, tr("system call"), w.syscall.isEmpty() ? tr("(running)") : w.syscall);
        set(worker, tr("wchan"), w.wchan.isEmpty() ? tr("(running)") : w.wchan);
        set(worker, tr("CPU time"), Formatter::duration(w.cpuS));
        set(worker, tr("context switches"),
            tr("%1 voluntary, %2 involuntary")
                .arg(Formatter::count(w.voluntaryCtxt), Formatter::count(w.involuntaryCtxt)));
        if (w.exited)
            set(worker, tr("exit"), w.exitSignal.isEmpty() ? QString::number(w.exitCode) : w.exitSignal);
    }
}

} // namespace ipcscope
