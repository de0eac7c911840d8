#include "handcommands.h"

#include "engine/objects.h"

#include <QCoreApplication>
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

// Names a person can type, fixed in advance so both terminals agree.
QString handObjects(const QString &mechanism)
{
    const QString key1 = QString::fromStdString(formatKey(randomSysvKey()));
    const QString key2 = QString::fromStdString(formatKey(randomSysvKey()));
    if (mechanism == QLatin1String("sysv-shm"))
        return QStringLiteral("shm-key=%1,sem-key=%2").arg(key1, key2);
    if (mechanism == QLatin1String("sysv-msg"))
        return QStringLiteral("key=%1").arg(key1);
    if (mechanism == QLatin1String("posix-shm"))
        return QStringLiteral("shm=/ipcscope-lecture,sem=/ipcscope-lecture-sem");
    if (mechanism == QLatin1String("shm-mutex") || mechanism == QLatin1String("shm-nosync"))
        return QStringLiteral("shm=/ipcscope-lecture");
    if (mechanism == QLatin1String("posix-mq"))
        return QStringLiteral("mq=/ipcscope-lecture");
    if (mechanism == QLatin1String("fifo"))
        return QStringLiteral("path=/tmp/ipcscope-lecture.fifo");
    if (mechanism == QLatin1String("unix-stream") || mechanism == QLatin1String("unix-dgram"))
        return QStringLiteral("dir=/tmp/ipcscope-lecture");
    if (mechanism == QLatin1String("tcp"))
        return QStringLiteral("ports=50007");
    if (mechanism == QLatin1String("udp"))
        return QStringLiteral("port=50007");
    return {};
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
    const QString objects = handObjects(s.mechanism);
    int terminal = 1;
    for (int c = 0; c < consumers; ++c) {
        QStringList extra;
        if (c == 0)
            extra << QStringLiteral("--create");
        if (!objects.isEmpty())
            extra << QStringLiteral("--object") << objects;
        out << HandCommandsText::tr("# terminal %1:").arg(terminal++);
        out << line(QStringLiteral("consumer"), c, extra);
    }
    for (int p = 0; p < s.producers; ++p) {
        QStringList extra = amount;
        if (m->info().needsConsumerPid)
            extra << QStringLiteral("--object") << QStringLiteral("pid=<the PID the consumer printed>");
        else if (!objects.isEmpty())
            extra << QStringLiteral("--object") << objects;
        out << HandCommandsText::tr("# terminal %1:").arg(terminal++);
        out << line(QStringLiteral("producer"), p, extra);
    }
    return out;
}

} // namespace ipcscope
