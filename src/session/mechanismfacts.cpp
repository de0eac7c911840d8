#include "mechanismfacts.h"

#include "session.h"

#include "engine/mechanism.h"
#include "engine/syserror.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace ipcscope {

SnippetCount countSnippet(const QString &code)
{
    // C's words that take parentheses without being calls.
    static const QSet<QString> keywords = {QStringLiteral("if"),     QStringLiteral("for"),
                                           QStringLiteral("while"),  QStringLiteral("switch"),
                                           QStringLiteral("return"), QStringLiteral("sizeof")};
    static const QRegularExpression call(QStringLiteral("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\("));
    SnippetCount count;
    QSet<QString> calls;
    bool inWorker = false; // the header comment before "//== producer" is not code
    for (const QString &raw : code.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("//=="))) {
            inWorker = true;
            continue;
        }
        if (!inWorker || line.isEmpty() || line.startsWith(QLatin1String("//")))
            continue;
        const QString statement = line.section(QLatin1String("//"), 0, 0);
        ++count.lines;
        for (auto it = call.globalMatch(statement); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!keywords.contains(name))
                calls.insert(name);
        }
    }
    count.calls = int(calls.size());
    return count;
}

QString workerSnippet(const QString &mechanism)
{
    QFile f(QStringLiteral(":/code/%1.c").arg(mechanism));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

int countObjects(const QString &mechanism, int size)
{
    const Mechanism *m = findMechanism(mechanism.toStdString());
    if (!m || !Session::instance().ensureReady(nullptr))
        return -1;
    Shape shape;
    if (m->info().takesSize && size > 0)
        shape.size = uint32_t(size);
    ReaperClient &reaper = Session::instance().reaper();
    Created created;
    try {
        created = m->create(shape, {});
    } catch (const SysError &) {
        return -1;
    }
    Objects &objects = created.objects;
    int count = int(created.fds.size());
    for (const OwnedObject &o : objects.owned) {
        reaper.track(o);
        // The private directory that holds a FIFO or a socket file is a
        // place, not an object a programmer would make.
        if (o.kind != ObjectKind::Directory)
            ++count;
    }
    created.fds.clear(); // closes them
    objects.removeAll();
    for (const OwnedObject &o : objects.owned)
        reaper.untrack(o);
    return count;
}

Complexity measureComplexity(const QString &mechanism, int size)
{
    Complexity c;
    const QString code = workerSnippet(mechanism);
    if (code.isEmpty())
        return c;
    const SnippetCount count = countSnippet(code);
    c.calls = count.calls;
    c.lines = count.lines;
    c.objects = countObjects(mechanism, size);
    return c;
}

Synchronisation synchronisationOf(const QString &mechanism)
{
    Synchronisation s;
    const Mechanism *m = findMechanism(mechanism.toStdString());
    if (!m)
        return s;
    for (const std::string &name : m->info().syncObjects)
        s.objects << QString::fromStdString(name);
    if (!s.objects.isEmpty())
        s.kind = Synchronisation::Kind::Objects;
    else if (m->info().lossy)
        s.kind = Synchronisation::Kind::None; // nothing holds the two sides in step
    return s;
}

} // namespace ipcscope
