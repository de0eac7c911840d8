#include "handcommands.h"

#include "enginetext.h"

#include "engine/objects.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace ipcscope {

namespace {

// This file's texts, under one translation context.
struct HandCommandsText {
    Q_DECLARE_TR_FUNCTIONS(HandCommands)
};

QString quoted(const QString &text)
{
    if (!text.isEmpty() && !text.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./:=,+-]"))))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The objects of a run by hand, named for this print: both terminals must
// agree, and nobody else may guess a name and make it first. The consumer
// with --create makes each exclusively (a name that exists is refused), and
// the others use only objects of their own user with no access for others.
// Ports and PIDs are not named in advance: the consumer prints them.
struct HandObjects {
    Params consumer; // --object of the creating consumer
    QStringList others; // --object items of the producers (and further consumers)
};

HandObjects handObjects(const MechanismInfo &info)
{
    HandObjects o;
    for (const HandParam &p : info.handParams) {
        std::string value;
        switch (p.object) {
        case HandObject::PosixName:
            value = "/ipcscope-hand-" + randomHex();
            break;
        case HandObject::SysvKey:
            value = formatKey(randomSysvKey());
            break;
        case HandObject::PrivateDirectory:
            value = QDir::tempPath().toStdString() + "/ipcscope-hand-" + randomHex();
            break;
        case HandObject::PrintedPort:
            o.others << QString::fromStdString(p.key) + HandCommandsText::tr("=<the port the consumer printed>");
            continue;
        case HandObject::PrintedPid:
            o.others << QString::fromStdString(p.key) + HandCommandsText::tr("=<the PID the consumer printed>");
            continue;
        }
        o.consumer[p.key] = value;
        o.others << QString::fromStdString(p.key + "=" + value);
    }
    return o;
}

} // namespace

QString shellCommand(const QString &program, const std::vector<std::string> &arguments)
{
    QStringList parts = {quoted(program)};
    for (const std::string &a : arguments)
        parts << quoted(QString::fromStdString(a));
    return parts.join(QLatin1Char(' '));
}

QStringList handRunCommands(const Scenario &s, const QString &workerPath)
{
    QStringList out;
    const Mechanism *m = s.findMechanism();
    if (!m)
        return out;
    const MechanismInfo &info = m->info();
    // By hand there is no session: the one consumer creates the objects,
    // counts an end marker from every producer, and removes the objects.
    // Only a pipe, whose ends a shell hands out, keeps several consumers.
    Scenario byHand = s;
    byHand.consumers = info.inheritsEnds ? s.consumers : 1;
    const auto line = [&](Role role, int index, const Params &objects, const QString &placeholders = {}) {
        WorkerCommand command = byHand.workerCommand(role, index);
        command.params = objects;
        command.create = role == Role::Consumer && index == 0 && !info.inheritsEnds;
        if (role == Role::Producer)
            command.rate = s.rate; // no session paces them
        QString text = shellCommand(workerPath, command.arguments());
        if (!placeholders.isEmpty())
            text += QStringLiteral(" --object ") + quoted(placeholders);
        return text;
    };

    out << HandCommandsText::tr(
        "# Repeat this run by hand, as in the lecture. Each command in its own terminal, in this order.");
    if (info.inheritsEnds) {
        // A shell pipeline is an anonymous pipe: the producer's fd 3 is the
        // write end (3>&1), the consumer's fd 3 the read end (3<&0).
        out << HandCommandsText::tr(
            "# An anonymous pipe needs a common parent: let the shell make it, in one terminal.");
        const auto group = [](const QStringList &lines) {
            return lines.size() == 1 ? lines.first()
                                     : QStringLiteral("{ %1 & wait; }").arg(lines.join(QStringLiteral(" & ")));
        };
        QStringList producers, consumers;
        for (int p = 0; p < s.producers; ++p)
            producers << line(Role::Producer, p, {});
        for (int c = 0; c < s.consumers; ++c)
            consumers << line(Role::Consumer, c, {});
        out << QStringLiteral("%1 3>&1 >&2 | %2 3<&0").arg(group(producers), group(consumers));
        return out;
    }
    if (s.consumers > 1)
        out << HandCommandsText::tr(
            "# By hand this runs with one consumer: it creates the objects and removes them when every producer "
            "is done.");
    if (s.producers > 1 && !info.handNote.empty())
        out << QStringLiteral("# ") + translated(Text{info.handNote});
    const HandObjects objects = handObjects(info);
    // A TCP port is open to anyone on the machine: the workers prove
    // themselves with a token, made for this print, in their environment
    // (which, unlike a command line, other users cannot read).
    const QString token = info.needsToken
                              ? QStringLiteral("IPCSCOPE_TOKEN=%1 ").arg(QString::fromStdString(randomHex() + randomHex()))
                              : QString();
    if (!token.isEmpty())
        out << HandCommandsText::tr("# Every worker needs the same IPCSCOPE_TOKEN: a stranger's connection is refused.");
    out << HandCommandsText::tr("# terminal %1:").arg(1);
    out << token + line(Role::Consumer, 0, objects.consumer);
    for (int p = 0; p < s.producers; ++p) {
        out << HandCommandsText::tr("# terminal %1:").arg(p + 2);
        out << token + line(Role::Producer, p, {}, objects.others.join(QLatin1Char(',')));
    }
    return out;
}

} // namespace ipcscope
