#include "inspectorpanel.h"

#include "engine/objects.h"
#include "session/formatter.h"

#include <QHeaderView>

namespace ipcscope {

InspectorPanel::InspectorPanel(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("inspector"));
    setColumnCount(2);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setUniformRowHeights(true);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &InspectorPanel::refresh);
    retranslate();
}

void InspectorPanel::retranslate()
{
    setHeaderLabels({tr("object"), tr("as the kernel lists it")});
    refresh();
}

void InspectorPanel::showEvent(QShowEvent *event)
{
    QTreeWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void InspectorPanel::hideEvent(QHideEvent *event)
{
    QTreeWidget::hideEvent(event);
    m_timer.stop();
}

void InspectorPanel::refresh()
{
    const KernelInspection k = inspectKernel(m_processes);
    // Rebuilt each time: a handful of rows, and it keeps no stale object.
    QSet<QString> collapsed;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (!topLevelItem(i)->isExpanded())
            collapsed << topLevelItem(i)->text(0);
    clear();
    const auto section = [&](const QString &title) {
        auto *item = new QTreeWidgetItem(this, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        return item;
    };
    const auto mark = [](QTreeWidgetItem *item, bool ours) {
        if (!ours)
            return;
        for (int c = 0; c < 2; ++c) {
            QFont f = item->font(c);
            f.setBold(true);
            item->setFont(c, f);
        }
        item->setToolTip(0, tr("made by ipcscope"));
    };
    const std::pair<const char *, QString> kinds[] = {{"shm", tr("System V shared memory (ipcs -m)")},
                                                      {"msg", tr("System V message queues (ipcs -q)")},
                                                      {"sem", tr("System V semaphore sets (ipcs -s)")}};
    for (const auto &[kind, title] : kinds) {
        QTreeWidgetItem *top = section(title);
        for (const SysvObject &o : k.sysv) {
            if (o.kind != QLatin1String(kind))
                continue;
            QStringList fields = {tr("id %1").arg(o.id), tr("perms %1").arg(o.perms)};
            for (const auto &[field, value] : o.fields)
                fields << QStringLiteral("%1 %2").arg(field).arg(value);
            mark(new QTreeWidgetItem(
                     top, {QString::fromStdString(formatKey(key_t(o.key))), fields.join(QStringLiteral(", "))}),
                 o.ours);
        }
    }
    QTreeWidgetItem *posix = section(tr("POSIX objects (/dev/shm, /dev/mqueue)"));
    for (const PosixObject &o : k.posix)
        mark(new QTreeWidgetItem(posix, {o.path, Formatter::bytes(o.bytes)}), o.ours);
    if (!k.mqueueListed) {
        auto *note = new QTreeWidgetItem(posix, {tr("message queues"), tr("not listed: /dev/mqueue is not mounted")});
        note->setToolTip(1, tr("POSIX message queues work without it; to list them, as root: "
                               "mkdir -p /dev/mqueue && mount -t mqueue none /dev/mqueue"));
    }
    for (const ProcessView &p : k.processes) {
        QTreeWidgetItem *top = section(tr("%1, pid %2").arg(p.name).arg(p.pid));
        for (const QString &m : p.mappings)
            new QTreeWidgetItem(top, {tr("mapped"), m.section(QLatin1Char(' '), 5).trimmed() + QStringLiteral("  (") +
                                                        m.section(QLatin1Char(' '), 0, 0) + QLatin1Char(')')});
        for (const QString &d : p.descriptors)
            new QTreeWidgetItem(
                top, {tr("fd %1").arg(d.section(QStringLiteral(" -> "), 0, 0)), d.section(QStringLiteral(" -> "), 1)});
    }
    for (int i = 0; i < topLevelItemCount(); ++i)
        topLevelItem(i)->setExpanded(!collapsed.contains(topLevelItem(i)->text(0)));
}

} // namespace ipcscope
