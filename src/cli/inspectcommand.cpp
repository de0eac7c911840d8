// `ipcscope-cli inspect`: the kernel's IPC objects, as ipcs and ls /dev/shm
// would list them, ipcscope's own marked with *.
#include "arguments.h"
#include "commands.h"
#include "numbers.h"
#include "output.h"
#include "texttable.h"

#include "session/inspector.h"

#include "engine/objects.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <signal.h>

#include <cerrno>
#include <limits>

namespace ipcscope {

int inspectCommand(const QStringList &arguments)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the kernel's IPC objects; ipcscope's own are marked with *."));
    if (const auto done = parseArguments(
            parser,
            {{QStringLiteral("json"), tr("Print JSON.")},
             {QStringLiteral("pid"), tr("Also show this process's IPC mappings and file descriptors."), tr("pid")}},
            arguments))
        return *done;
    QList<QPair<QString, qint64>> processes;
    if (parser.isSet(QStringLiteral("pid"))) {
        qint64 pid = 0;
        if (const QString problem = parseWhole(QStringLiteral("pid"), parser.value(QStringLiteral("pid")), 1,
                                               std::numeric_limits<pid_t>::max(), pid);
            !problem.isEmpty())
            return badInput(problem);
        // kill(pid, 0) delivers nothing: it only asks whether the process is there (EPERM: it is, not ours).
        if (kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            return badInput(tr("--pid: there is no process %1").arg(pid));
        processes.append({QString::number(pid), pid});
    }
    const KernelInspection k = inspectKernel(processes);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(k.toJson());
        return 0;
    }
    for (const QString &kind : {QStringLiteral("shm"), QStringLiteral("msg"), QStringLiteral("sem")}) {
        out() << "\n"
              << (kind == QLatin1String("shm")   ? tr("System V shared memory")
                  : kind == QLatin1String("msg") ? tr("System V message queues")
                                                 : tr("System V semaphore sets"))
              << "\n";
        QStringList header = {QString(), tr("key"), tr("id"), tr("perms")};
        bool first = true;
        TextTable table(header);
        for (const SysvObject &o : k.sysv) {
            if (o.kind != kind)
                continue;
            if (first) {
                for (const auto &[field, value] : o.fields)
                    header << field;
                table = TextTable(header);
                first = false;
            }
            QStringList row = {o.ours ? QStringLiteral("*") : QString(),
                               QString::fromStdString(formatKey(key_t(o.key))), QString::number(o.id), o.perms};
            for (const auto &[field, value] : o.fields)
                row << QString::number(value);
            table.addRow(row);
        }
        out() << (table.isEmpty() ? tr("  none") + QLatin1Char('\n') : table.render());
    }
    out() << "\n"
          << tr("POSIX shared memory and semaphores (/dev/shm), message queues (/dev/mqueue, if mounted)") << "\n";
    TextTable posix({QString(), tr("path"), tr("bytes")});
    for (const PosixObject &o : k.posix)
        posix.addRow({o.ours ? QStringLiteral("*") : QString(), o.path, QString::number(o.bytes)});
    out() << (posix.isEmpty() ? tr("  none") + QLatin1Char('\n') : posix.render());
    if (!k.mqueueListed)
        out() << tr("  (POSIX message queues are not listed: no mqueue file system is mounted at /dev/mqueue. "
                    "As root: mkdir -p /dev/mqueue && mount -t mqueue none /dev/mqueue)")
              << "\n";
    for (const ProcessView &p : k.processes) {
        out() << "\n" << tr("pid %1: IPC mappings").arg(p.pid) << "\n";
        for (const QString &line : p.mappings)
            out() << "  " << line << "\n";
        out() << tr("pid %1: file descriptors").arg(p.pid) << "\n";
        for (const QString &line : p.descriptors)
            out() << "  " << line << "\n";
    }
    out().flush();
    return 0;
}

} // namespace ipcscope
