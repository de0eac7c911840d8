#include "scenariooptions.h"

#include "numbers.h"

#include <QCoreApplication>

#include <limits>

namespace ipcscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

QList<QCommandLineOption> scenarioOptions()
{
    return {
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
    };
}

bool readScenarioOptions(const QCommandLineParser &parser, Scenario &s, QString &error)
{
    // Each value must fit its field exactly; whether the run is possible is
    // Scenario::validate()'s to say.
    const auto whole = [&](const QString &name, auto &field) {
        using Field = std::remove_reference_t<decltype(field)>;
        qint64 value = 0;
        if (!parser.isSet(name))
            return true;
        error = parseWhole(name, parser.value(name), std::numeric_limits<Field>::lowest(),
                           std::numeric_limits<Field>::max(), value);
        if (!error.isEmpty())
            return false;
        field = Field(value);
        return true;
    };
    const auto real = [&](const QString &name, double &field) {
        if (!parser.isSet(name))
            return true;
        error = parseFinite(name, parser.value(name), field);
        return error.isEmpty();
    };
    if (parser.isSet(QStringLiteral("mechanism")))
        s.mechanism = parser.value(QStringLiteral("mechanism"));
    if (!whole(QStringLiteral("producers"), s.producers) || !whole(QStringLiteral("consumers"), s.consumers) ||
        !whole(QStringLiteral("count"), s.count) || !whole(QStringLiteral("slots"), s.ringSlots) ||
        !real(QStringLiteral("duration"), s.durationS) || !real(QStringLiteral("rate"), s.rate))
        return false;
    if (parser.isSet(QStringLiteral("size"))) {
        qint64 bytes = 0;
        error = parseSize(QStringLiteral("size"), parser.value(QStringLiteral("size")),
                          std::numeric_limits<int>::lowest(), std::numeric_limits<int>::max(), bytes);
        if (!error.isEmpty())
            return false;
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
