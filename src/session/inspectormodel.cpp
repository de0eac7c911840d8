#include "inspectormodel.h"

#include "formatter.h"

#include "engine/objects.h"

namespace ipcscope {

InspectorModel::InspectorModel(QObject *parent) : TreeModel(2, parent)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &InspectorModel::refresh);
}

QString InspectorModel::header(int column) const
{
    return column == 0 ? tr("object") : tr("as the kernel lists it");
}

void InspectorModel::retranslate()
{
    retranslateHeader();
    refresh();
}

void InspectorModel::setRefreshing(bool on)
{
    if (on) {
        refresh();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void InspectorModel::refresh()
{
    update(tree(inspectKernel(m_processes)));
}

TreeNode InspectorModel::tree(const KernelInspection &k)
{
    TreeNode root;
    const auto section = [&root](const QString &key, const QString &title) -> TreeNode & {
        root.children.append({key, {title}, true, {}, {}});
        return root.children.last();
    };
    const auto object = [](TreeNode &parent, const QString &key, const QStringList &cells, bool ours) {
        parent.children.append({key, cells, ours, ours ? tr("made by ipcscope") : QString(), {}});
    };
    const std::pair<const char *, QString> kinds[] = {{"shm", tr("System V shared memory (ipcs -m)")},
                                                      {"msg", tr("System V message queues (ipcs -q)")},
                                                      {"sem", tr("System V semaphore sets (ipcs -s)")}};
    for (const auto &[kind, title] : kinds) {
        TreeNode &top = section(QLatin1String(kind), title);
        for (const SysvObject &o : k.sysv) {
            if (o.kind != QLatin1String(kind))
                continue;
            QStringList fields = {tr("id %1").arg(o.id), tr("perms %1").arg(o.perms)};
            for (const auto &[field, value] : o.fields)
                fields << QStringLiteral("%1 %2").arg(field, field == QLatin1String("uid") ? QString::number(value)
                                                                                          : Formatter::count(value));
            const QString key = QString::fromStdString(formatKey(key_t(o.key)));
            object(top, QStringLiteral("%1/%2").arg(key).arg(o.id), {key, fields.join(QStringLiteral(", "))}, o.ours);
        }
    }
    TreeNode &posix = section(QStringLiteral("posix"), tr("POSIX objects (/dev/shm, /dev/mqueue)"));
    for (const PosixObject &o : k.posix)
        object(posix, o.path, {o.path, Formatter::bytes(o.bytes)}, o.ours);
    if (!k.mqueueListed)
        posix.children.append({QStringLiteral("no-mqueue"),
                               {tr("message queues"), tr("not listed: /dev/mqueue is not mounted")},
                               false,
                               tr("POSIX message queues work without it; to list them, as root: "
                                  "mkdir -p /dev/mqueue && mount -t mqueue none /dev/mqueue"),
                               {}});
    for (const ProcessView &p : k.processes) {
        TreeNode &top = section(QStringLiteral("pid %1").arg(p.pid), tr("%1, pid %2").arg(p.name).arg(p.pid));
        for (const QString &m : p.mappings)
            top.children.append({QStringLiteral("map ") + m,
                                 {tr("mapped"), m.section(QLatin1Char(' '), 5).trimmed() + QStringLiteral("  (") +
                                                    m.section(QLatin1Char(' '), 0, 0) + QLatin1Char(')')},
                                 false,
                                 m,
                                 {}});
        for (const QString &d : p.descriptors) {
            const QString fd = d.section(QStringLiteral(" -> "), 0, 0);
            top.children.append({QStringLiteral("fd ") + fd,
                                 {tr("fd %1").arg(fd), d.section(QStringLiteral(" -> "), 1)},
                                 false,
                                 {},
                                 {}});
        }
    }
    return root;
}

} // namespace ipcscope
