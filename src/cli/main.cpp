// ipcscope-cli: everything the window runs, headless — list the mechanisms,
// run one, compare them, inspect the kernel's IPC objects, run a lesson.
#include "commands.h"
#include "output.h"

#include <QCoreApplication>

namespace {

const char *usage()
{
    return "usage: ipcscope-cli <command> [options]\n"
           "  list       the mechanisms and their limits on this machine\n"
           "  run        run real workers over one mechanism and measure them\n"
           "  compare    measure every mechanism, beside the lecture's comparison table\n"
           "  side-by-side  two to four mechanisms live, taking turns (or --together)\n"
           "  lesson     reproduce one of the lecture's phenomena (--list)\n"
           "  inspect    the kernel's IPC objects, as ipcs and /dev/shm list them\n"
           "  replay     read a recording (run --record) back, without starting a process\n"
           "Run `ipcscope-cli <command> --help` for a command's options.\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ipcscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IPCSCOPE_VERSION));
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    const QStringList rest = args.mid(1);
    using namespace ipcscope;
    if (command == QLatin1String("list"))
        return listCommand(rest);
    if (command == QLatin1String("run"))
        return runCommand(rest);
    if (command == QLatin1String("compare"))
        return compareCommand(rest);
    if (command == QLatin1String("side-by-side"))
        return sideBySideCommand(rest);
    if (command == QLatin1String("lesson"))
        return lessonCommand(rest);
    if (command == QLatin1String("inspect"))
        return inspectCommand(rest);
    if (command == QLatin1String("replay"))
        return replayCommand(rest);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << usage();
        return 0;
    }
    if (command.isEmpty())
        return badInput(QStringLiteral("give a command: list, run, compare, side-by-side, lesson, inspect or replay (try --help)"));
    return badInput(QStringLiteral("unknown command '%1' (try --help)").arg(command));
}
