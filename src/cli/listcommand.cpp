// `ipcscope-cli list`: every mechanism with its group, whether it keeps
// message boundaries, and its limits on this machine with where each comes from.
#include "arguments.h"
#include "commands.h"
#include "output.h"

#include "engine/mechanism.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace ipcscope {

int listCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "List the IPC mechanisms and their limits here."));
    if (const auto done = parseArguments(
            parser, {{QStringLiteral("json"), QCoreApplication::translate("Cli", "Print a JSON array.")}}, arguments))
        return *done;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray all;
        for (const Mechanism *m : allMechanisms()) {
            const MechanismInfo &info = m->info();
            QJsonArray limits;
            for (const Limit &l : m->limits())
                limits.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(l.name.english())},
                                          {QStringLiteral("value"), double(l.value)},
                                          {QStringLiteral("unit"), QString::fromStdString(l.unit.english())},
                                          {QStringLiteral("source"), QString::fromStdString(l.source.english())}});
            const Limit max = m->maxMessage();
            all.append(QJsonObject{
                {QStringLiteral("id"), QString::fromStdString(info.id)},
                {QStringLiteral("group"), QString::fromStdString(groupTitle(info.group).english())},
                {QStringLiteral("title"), QString::fromStdString(info.title)},
                {QStringLiteral("summary"), QString::fromStdString(info.summary)},
                {QStringLiteral("keeps_boundaries"), info.keepsBoundaries},
                {QStringLiteral("lossy"), info.lossy},
                {QStringLiteral("takes_size"), info.takesSize},
                {QStringLiteral("max_producers"), info.maxProducers},
                {QStringLiteral("max_consumers"), info.maxConsumers},
                {QStringLiteral("max_message"),
                 QJsonObject{{QStringLiteral("bytes"), double(max.value)},
                             {QStringLiteral("source"), QString::fromStdString(max.source.english())}}},
                {QStringLiteral("limits"), limits},
            });
        }
        printJson(all);
        return 0;
    }
    const Group *group = nullptr;
    for (const Mechanism *m : allMechanisms()) {
        const MechanismInfo &info = m->info();
        if (!group || info.group != *group) {
            group = &info.group;
            out() << "\n" << QString::fromStdString(groupTitle(info.group).english()) << "\n";
        }
        out() << "  " << QString::fromStdString(info.id).leftJustified(12) << " " << QString::fromStdString(info.title)
              << "  [" << (info.keepsBoundaries ? "keeps message boundaries" : "byte stream") << ", "
              << info.maxProducers << " producers : " << info.maxConsumers << " consumer"
              << (info.maxConsumers > 1 ? "s" : "") << (info.lossy ? ", may lose messages" : "") << "]\n";
        for (const Limit &l : m->limits())
            out() << "      " << QString::fromStdString(formatLimit(l).english()) << "\n";
    }
    out().flush();
    return 0;
}

} // namespace ipcscope
