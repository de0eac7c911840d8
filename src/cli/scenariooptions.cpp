#include "scenariooptions.h"

#include <QCoreApplication>

namespace ipcscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

void addScenarioOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {{QStringLiteral("m"), QStringLiteral("mechanism")}, tr("Mechanism id (see `ipcscope-cli list`)."), tr("id")},
        {QStringLiteral("producers"), tr("Producer processes (default 1)."), tr("n")},
        {QStringLiteral("consumers"), tr("Consumer processes (default 1)."), tr("n")},
        {QStringLiteral("size"), tr("Bytes per message, header included (default 64); 4K and 1M work too."),
         tr("bytes")},
        {QStringLiteral("count"), tr("Messages per producer (default 1000)."), tr("n")},
        {QStringLiteral("duration"), tr("Run this many seconds instead of a count."), tr("seconds")},
        {QStringLiteral("rate"), tr("Messages per second per producer (default: unlimited)."), tr("msgs/s")},
        {QStringLiteral("payload"), tr("Text to repeat over each message's payload."), tr("text")},
        {QStringLiteral("slots"), tr("Ring slots of the shared-memory mechanisms (default 8)."), tr("n")},
    });
}

bool parseSize(const QString &text, qint64 &bytes)
{
    QString t = text.trimmed();
    qint64 unit = 1;
    for (const auto &[suffix, factor] : {std::pair{QStringLiteral("KiB"), 1024},
                                         {QStringLiteral("MiB"), 1 << 20},
                                         {QStringLiteral("K"), 1024},
                                         {QStringLiteral("k"), 1024},
                                         {QStringLiteral("M"), 1 << 20}}) {
        if (t.endsWith(suffix)) {
            t.chop(suffix.size());
            unit = factor;
            break;
        }
    }
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    if (!ok)
        return false;
    bytes = value * unit;
    return true;
}

bool readScenarioOptions(const QCommandLineParser &parser, Scenario &s, QString &error)
{
    const auto integer = [&](const QString &name, auto &field) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const qint64 value = parser.value(name).toLongLong(&ok);
        if (!ok) {
            error = tr("--%1: '%2' is not a whole number").arg(name, parser.value(name));
            return false;
        }
        field = static_cast<std::remove_reference_t<decltype(field)>>(value);
        if (qint64(field) != value) {
            error = tr("--%1: %2 is out of range").arg(name, parser.value(name));
            return false;
        }
        return true;
    };
    const auto real = [&](const QString &name, double &field) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        field = parser.value(name).toDouble(&ok);
        if (!ok) {
            error = tr("--%1: '%2' is not a number").arg(name, parser.value(name));
            return false;
        }
        return true;
    };
    if (parser.isSet(QStringLiteral("mechanism")))
        s.mechanism = parser.value(QStringLiteral("mechanism"));
    if (!integer(QStringLiteral("producers"), s.producers) || !integer(QStringLiteral("consumers"), s.consumers) ||
        !integer(QStringLiteral("count"), s.count) || !integer(QStringLiteral("slots"), s.ringSlots) ||
        !real(QStringLiteral("duration"), s.durationS) || !real(QStringLiteral("rate"), s.rate))
        return false;
    if (parser.isSet(QStringLiteral("size"))) {
        qint64 bytes = 0;
        if (!parseSize(parser.value(QStringLiteral("size")), bytes)) {
            error = tr("--size: '%1' is not a size in bytes").arg(parser.value(QStringLiteral("size")));
            return false;
        }
        if (bytes > std::numeric_limits<int>::max() || bytes < std::numeric_limits<int>::min()) {
            error = tr("--size: %1 is out of range").arg(parser.value(QStringLiteral("size")));
            return false;
        }
        s.size = int(bytes);
        const Mechanism *m = s.findMechanism();
        if (m && !m->info().takesSize) {
            error = tr("%1 takes no --size: a signal carries only its sigval").arg(s.mechanism);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("count")) && parser.isSet(QStringLiteral("duration"))) {
        error = tr("--count and --duration exclude each other: give one");
        return false;
    }
    if (parser.isSet(QStringLiteral("duration"))) {
        if (s.durationS <= 0) {
            error = tr("--duration must be more than 0 seconds (got %1)").arg(parser.value(QStringLiteral("duration")));
            return false;
        }
        s.count = 0;
    }
    if (parser.isSet(QStringLiteral("payload")))
        s.payload = parser.value(QStringLiteral("payload"));
    return true;
}

} // namespace ipcscope
