#include "handcommands.h"

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
// Ports are not named in advance: the consumer binds a free one and prints it.
struct HandObjects {
    QString consumer; // --object of the creating consumer
    QString others;   // --object of the producers (and further consumers)
};

HandObjects handObjects(const QString &mechanism)
{
    const auto key = [] { return QString::fromStdString(formatKey(randomSysvKey())); };
    const QString name = QStringLiteral("/ipcscope-hand-") + QString::fromStdString(randomHex());
    const QString dir = QDir::tempPath() + name;
    QString objects;
    if (mechanism == QLatin1String("sysv-shm"))
        objects = QStringLiteral("shm-key=%1,sem-key=%2").arg(key(), key());
    else if (mechanism == QLatin1String("sysv-msg"))
        objects = QStringLiteral("key=%1").arg(key());
    else if (mechanism == QLatin1String("posix-shm"))
        objects = QStringLiteral("shm=%1,sem=%1-sem").arg(name);
    else if (mechanism == QLatin1String("shm-mutex") || mechanism == QLatin1String("shm-nosync"))
        objects = QStringLiteral("shm=%1").arg(name);
    else if (mechanism == QLatin1String("posix-mq"))
        objects = QStringLiteral("mq=%1").arg(name);
    else if (mechanism == QLatin1String("fifo") || mechanism == QLatin1String("unix-stream") ||
             mechanism == QLatin1String("unix-dgram"))
        objects = QStringLiteral("dir=%1").arg(dir);
    else if (mechanism == QLatin1String("tcp"))
        return {{}, HandCommandsText::tr("ports=<the port the consumer printed>")};
    else if (mechanism == QLatin1String("udp"))
        return {{}, HandCommandsText::tr("port=<the port the consumer printed>")};
    return {objects, objects};
}

} // namespace

QStringList handRunCommands(const Scenario &s, const QString &workerPath)
{
    QStringList out;
    const Mechanism *m = s.findMechanism();
    if (!m)
        return out;
    // By hand there is no session: the one consumer creates the objects,
    // counts an end marker from every producer, and removes the objects.
    const int consumers = s.mechanism == QLatin1String("pipe") ? s.consumers : 1;
    const QString worker = quoted(workerPath);
    QStringList common = {QStringLiteral("--mechanism"), s.mechanism,
                          QStringLiteral("--producers"), QString::number(s.producers),
                          QStringLiteral("--consumers"), QString::number(consumers)};
    if (m->info().takesSize)
        common << QStringLiteral("--size") << QString::number(s.size);
    if (s.ringSlots != Scenario().ringSlots)
        common << QStringLiteral("--slots") << QString::number(s.ringSlots);
    QStringList amount;
    if (s.byDuration())
        amount << QStringLiteral("--duration") << QString::number(s.durationS);
    else
        amount << QStringLiteral("--count") << QString::number(s.count);
    if (s.rate > 0)
        amount << QStringLiteral("--rate") << QString::number(s.rate);
    if (!s.payload.isEmpty())
        amount << QStringLiteral("--payload") << quoted(s.payload);

    const auto line = [&](const QString &role, int index, const QStringList &extra) {
        QStringList parts = {worker, role};
        parts << common;
        if (index > 0)
            parts << QStringLiteral("--index") << QString::number(index);
        parts << extra;
        return parts.join(QLatin1Char(' '));
    };

    out << HandCommandsText::tr(
        "# Repeat this run by hand, as in the lecture. Each command in its own terminal, in this order.");
    if (s.mechanism == QLatin1String("pipe")) {
        // A shell pipeline is an anonymous pipe: the producer's fd 3 is the
        // write end (3>&1), the consumer's fd 3 the read end (3<&0).
        out << HandCommandsText::tr(
            "# An anonymous pipe needs a common parent: let the shell make it, in one terminal.");
        QStringList producers;
        for (int p = 0; p < s.producers; ++p)
            producers << line(QStringLiteral("producer"), p, amount);
        const QString left = s.producers == 1
                                 ? producers.first()
                                 : QStringLiteral("{ %1 & wait; }").arg(producers.join(QStringLiteral(" & ")));
        QStringList consumerLines;
        for (int c = 0; c < s.consumers; ++c)
            consumerLines << line(QStringLiteral("consumer"), c, {});
        const QString right = s.consumers == 1
                                  ? consumerLines.first()
                                  : QStringLiteral("{ %1 & wait; }").arg(consumerLines.join(QStringLiteral(" & ")));
        out << QStringLiteral("%1 3>&1 >&2 | %2 3<&0").arg(left, right);
        return out;
    }
    if (s.consumers > 1 && s.mechanism != QLatin1String("pipe"))
        out << HandCommandsText::tr(
            "# By hand this runs with one consumer: it creates the objects and removes them when every producer "
            "is done.");
    if (s.producers > 1 && s.mechanism == QLatin1String("fifo"))
        out << HandCommandsText::tr(
            "# Start the producers together: the FIFO ends for the reader when the last writer that opened it closes.");
    const HandObjects objects = handObjects(s.mechanism);
    // A TCP port is open to anyone on the machine: the workers prove
    // themselves with a token, made for this print, in their environment
    // (which, unlike a command line, other users cannot read).
    const QString token = s.mechanism == QLatin1String("tcp")
                              ? QStringLiteral("IPCSCOPE_TOKEN=%1 ").arg(QString::fromStdString(randomHex() + randomHex()))
                              : QString();
    if (!token.isEmpty())
        out << HandCommandsText::tr("# Every worker needs the same IPCSCOPE_TOKEN: a stranger's connection is refused.");
    int terminal = 1;
    for (int c = 0; c < consumers; ++c) {
        QStringList extra;
        if (c == 0)
            extra << QStringLiteral("--create");
        const QString object = c == 0 ? objects.consumer : objects.others;
        if (!object.isEmpty())
            extra << QStringLiteral("--object") << quoted(object);
        out << HandCommandsText::tr("# terminal %1:").arg(terminal++);
        out << token + line(QStringLiteral("consumer"), c, extra);
    }
    for (int p = 0; p < s.producers; ++p) {
        QStringList extra = amount;
        if (m->info().needsConsumerPid)
            extra << QStringLiteral("--object") << quoted(HandCommandsText::tr("pid=<the PID the consumer printed>"));
        else if (!objects.others.isEmpty())
            extra << QStringLiteral("--object") << quoted(objects.others);
        out << HandCommandsText::tr("# terminal %1:").arg(terminal++);
        out << token + line(QStringLiteral("producer"), p, extra);
    }
    return out;
}

} // namespace ipcscope
