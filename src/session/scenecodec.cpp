#include "scenecodec.h"

#include "scenemodel.h"
#include "scenetext.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <limits>

namespace ipcscope {

namespace {

// Short keys: a sample is written some twenty times a second.
QCborMap encodeWorker(const SceneWorker &w)
{
    QCborArray shares;
    for (const SceneWorker::Share &s : w.shares)
        shares.append(QCborArray{s.key, s.text, s.fraction});
    QCborMap m{{QStringLiteral("n"), w.name},       {QStringLiteral("pid"), w.pid},
               {QStringLiteral("r"), int(w.role)},  {QStringLiteral("s"), w.state},
               {QStringLiteral("d"), w.detail},     {QStringLiteral("on"), w.on},
               {QStringLiteral("c"), w.call},       {QStringLiteral("sh"), shares},
               {QStringLiteral("m"), qint64(w.messages)},
               {QStringLiteral("x"), QCborArray{w.exited, w.exitCode, w.exitSignal}}};
    // A lesson's only: left out of a run's samples.
    if (!w.unit.isEmpty())
        m.insert(QStringLiteral("u"), w.unit);
    if (!w.counted)
        m.insert(QStringLiteral("nc"), true);
    return m;
}

QCborMap encodeSemaphore(const SceneSemaphore &s)
{
    QCborArray waiting;
    for (const QString &name : s.waiting)
        waiting.append(name);
    return {{QStringLiteral("n"), s.name},        {QStringLiteral("p"), s.purpose},
            {QStringLiteral("k"), int(s.kind)},   {QStringLiteral("v"), s.value},
            {QStringLiteral("w"), s.waiters},     {QStringLiteral("ws"), waiting},
            {QStringLiteral("h"), s.holder},      {QStringLiteral("lp"), s.lastPid},
            {QStringLiteral("lb"), s.lastBy},     {QStringLiteral("mw"), s.meanWaiters}};
}

QCborMap encodeRing(const SceneRing &r)
{
    QCborArray cells;
    for (const SceneSlot &s : r.cells)
        cells.append(QCborArray{s.index, int(s.state), qint64(s.seq), s.producer});
    return {{QStringLiteral("h"), qint64(r.head)},
            {QStringLiteral("t"), qint64(r.tail)},
            {QStringLiteral("f"), r.filled},
            {QStringLiteral("c"), cells},
            {QStringLiteral("mf"), r.meanFill}};
}

QCborMap encodeObject(const SceneObject &o)
{
    QCborArray fields;
    for (const auto &[key, value] : o.fields)
        fields.append(QCborArray{key, value});
    QCborMap m{{QStringLiteral("k"), o.kind},     {QStringLiteral("id"), o.id},
               {QStringLiteral("ik"), o.idKind},  {QStringLiteral("kid"), o.kernelId},
               {QStringLiteral("l"), o.live},     {QStringLiteral("f"), fields}};
    if (!o.cells.isEmpty()) {
        QCborArray cells;
        for (const SceneObject::Cell &c : o.cells)
            cells.append(QCborArray{c.text, c.mark});
        m.insert(QStringLiteral("c"), cells);
    }
    return m;
}

// A lesson's words as it wrote them (Text: the English pattern and its
// arguments), so that a replay says them in the window's language.
QCborArray encodeText(const Text &t)
{
    QCborArray args;
    for (const Text &a : t.args)
        args.append(encodeText(a));
    return {QString::fromStdString(t.pattern), t.verbatim, args};
}

QCborMap encodeCounter(const SceneCounter &c)
{
    return {{QStringLiteral("n"), encodeText(c.name)}, {QStringLiteral("id"), c.id},
            {QStringLiteral("e"), c.expected},         {QStringLiteral("a"), c.actual},
            {QStringLiteral("sf"), encodeText(c.shortfall)}, {QStringLiteral("l"), c.live}};
}

// Reading: every value is checked for its type and range; `ok` falls to
// false at the first that is not what the writer wrote.
class Checked {
public:
    bool ok = true;

    QString text(const QCborMap &m, const char *key)
    {
        const QCborValue v = m.value(QLatin1String(key));
        ok = ok && v.isString();
        return v.toString();
    }
    qint64 integer(const QCborMap &m, const char *key, qint64 low, qint64 high)
    {
        return inRange(m.value(QLatin1String(key)), low, high);
    }
    qint64 inRange(const QCborValue &v, qint64 low, qint64 high)
    {
        ok = ok && v.isInteger() && v.toInteger() >= low && v.toInteger() <= high;
        return ok ? v.toInteger() : low;
    }
    // A key a run's sample leaves out: empty when it is absent.
    QString optionalText(const QCborMap &m, const char *key)
    {
        return m.contains(QLatin1String(key)) ? text(m, key) : QString();
    }
    double real(const QCborValue &v)
    {
        ok = ok && (v.isDouble() || v.isInteger());
        return v.toDouble();
    }
    bool boolean(const QCborMap &m, const char *key)
    {
        const QCborValue v = m.value(QLatin1String(key));
        ok = ok && v.isBool();
        return v.toBool();
    }
    QCborArray array(const QCborValue &v, qsizetype size = -1)
    {
        ok = ok && v.isArray() && (size < 0 || v.toArray().size() == size);
        return ok ? v.toArray() : QCborArray();
    }
    QCborMap map(const QCborValue &v)
    {
        ok = ok && v.isMap();
        return ok ? v.toMap() : QCborMap();
    }
};

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

SceneWorker decodeWorker(Checked &c, const QCborMap &m)
{
    SceneWorker w;
    w.name = c.text(m, "n");
    w.pid = c.integer(m, "pid", 0, kMax);
    w.role = Role(c.integer(m, "r", 0, 1));
    w.state = c.text(m, "s");
    w.on = c.text(m, "on");
    w.call = c.text(m, "c");
    for (const QCborValue &v : c.array(m.value(QLatin1String("sh")))) {
        const QCborArray s = c.array(v, 3);
        if (!c.ok)
            break;
        w.shares.append({s.at(0).toString(), s.at(1).toString(), c.real(s.at(2))});
        c.ok = c.ok && s.at(0).isString() && s.at(1).isString();
    }
    w.messages = quint64(c.integer(m, "m", 0, kMax));
    const QCborArray x = c.array(m.value(QLatin1String("x")), 3);
    c.ok = c.ok && x.at(0).isBool() && x.at(2).isString();
    w.exited = x.at(0).toBool();
    w.exitCode = int(c.inRange(x.at(1), std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    w.exitSignal = x.at(2).toString();
    w.unit = c.optionalText(m, "u");
    // The state in words is said again from its key, call and object, in the
    // language installed now; a file of format 2 or older kept only its
    // words, in the language it was recorded in.
    if (m.contains(QLatin1String("t"))) {
        w.text = c.text(m, "t");
    } else {
        w.detail = c.text(m, "d");
        w.text = SceneText::state(w, w.detail);
    }
    w.counted = !m.contains(QLatin1String("nc")) || !c.boolean(m, "nc");
    return w;
}

SceneSemaphore decodeSemaphore(Checked &c, const QCborMap &m)
{
    SceneSemaphore s;
    s.name = c.text(m, "n");
    s.purpose = c.text(m, "p");
    s.kind = SceneSemaphore::Kind(c.integer(m, "k", 0, int(SceneSemaphore::Kind::Condition)));
    s.value = c.integer(m, "v", -1, kMax);
    s.waiters = int(c.integer(m, "w", 0, std::numeric_limits<int>::max()));
    for (const QCborValue &v : c.array(m.value(QLatin1String("ws")))) {
        c.ok = c.ok && v.isString();
        s.waiting.append(v.toString());
    }
    s.holder = c.text(m, "h");
    s.lastPid = c.integer(m, "lp", 0, kMax);
    s.lastBy = c.text(m, "lb");
    s.meanWaiters = c.real(m.value(QLatin1String("mw")));
    return s;
}

SceneRing decodeRing(Checked &c, const QCborMap &m)
{
    SceneRing r;
    r.head = quint64(c.integer(m, "h", 0, kMax));
    r.tail = quint64(c.integer(m, "t", 0, kMax));
    r.filled = int(c.integer(m, "f", 0, std::numeric_limits<int>::max()));
    for (const QCborValue &v : c.array(m.value(QLatin1String("c")))) {
        const QCborArray a = c.array(v, 4);
        if (!c.ok)
            break;
        SceneSlot s;
        s.index = int(c.inRange(a.at(0), 0, std::numeric_limits<int>::max()));
        s.state = SceneSlot::State(c.inRange(a.at(1), 0, int(SceneSlot::State::Announced)));
        s.seq = quint64(c.inRange(a.at(2), 0, kMax));
        s.producer = int(c.inRange(a.at(3), -1, kMaxProducers));
        r.cells.append(s);
    }
    r.meanFill = c.real(m.value(QLatin1String("mf")));
    return r;
}

SceneObject decodeObject(Checked &c, const QCborMap &m)
{
    SceneObject o;
    o.kind = c.text(m, "k");
    o.id = c.text(m, "id");
    o.idKind = c.text(m, "ik");
    o.kernelId = c.text(m, "kid");
    o.live = c.boolean(m, "l");
    for (const QCborValue &v : c.array(m.value(QLatin1String("f")))) {
        const QCborArray a = c.array(v, 2);
        if (!c.ok)
            break;
        c.ok = c.ok && a.at(0).isString();
        o.fields.append({a.at(0).toString(), c.inRange(a.at(1), std::numeric_limits<qint64>::min(), kMax)});
    }
    if (m.contains(QLatin1String("c")))
        for (const QCborValue &v : c.array(m.value(QLatin1String("c")))) {
            const QCborArray a = c.array(v, 2);
            c.ok = c.ok && a.at(0).isString() && a.at(1).isString();
            if (!c.ok)
                break;
            o.cells.append({a.at(0).toString(), a.at(1).toString()});
        }
    return o;
}

// A lesson nests its words a level or two; a damaged sample must not
// recurse without end.
constexpr int kMaxTextDepth = 8;

Text decodeText(Checked &c, const QCborValue &v, int depth = 0)
{
    const QCborArray a = c.array(v, 3);
    c.ok = c.ok && depth < kMaxTextDepth && a.at(0).isString() && a.at(1).isBool();
    if (!c.ok)
        return {};
    Text t{a.at(0).toString().toStdString(), {}, a.at(1).toBool()};
    for (const QCborValue &arg : c.array(a.at(2))) {
        t.args.push_back(decodeText(c, arg, depth + 1));
        if (!c.ok)
            break;
    }
    return t;
}

SceneCounter decodeCounter(Checked &c, const QCborMap &m)
{
    SceneCounter counter;
    counter.name = decodeText(c, m.value(QLatin1String("n")));
    counter.id = c.text(m, "id");
    counter.expected = c.integer(m, "e", -1, kMax);
    counter.actual = c.integer(m, "a", -1, kMax);
    counter.shortfall = decodeText(c, m.value(QLatin1String("sf")));
    counter.live = c.boolean(m, "l");
    return counter;
}

SceneEdge decodeEdge(Checked &c, const QCborValue &v)
{
    const QCborArray a = c.array(v, 3);
    c.ok = c.ok && a.at(0).isString() && a.at(1).isString() && a.at(2).isString();
    return {a.at(0).toString(), a.at(1).toString(), a.at(2).toString()};
}

} // namespace

QByteArray encodeScene(const SceneModel &scene)
{
    QCborArray workers, semaphores, objects;
    for (const SceneWorker &w : scene.workers)
        workers.append(encodeWorker(w));
    for (const SceneSemaphore &s : scene.semaphores)
        semaphores.append(encodeSemaphore(s));
    for (const SceneObject &o : scene.objects)
        objects.append(encodeObject(o));
    QCborMap m{{QStringLiteral("t"), scene.tS},          {QStringLiteral("x"), scene.exact},
               {QStringLiteral("p"), int(scene.phase)},  {QStringLiteral("w"), workers},
               {QStringLiteral("s"), semaphores},        {QStringLiteral("o"), objects}};
    if (scene.ring)
        m.insert(QStringLiteral("r"), encodeRing(*scene.ring));
    // A lesson's: its part, counters and wait-for graph (none in a run's).
    if (!scene.part.empty())
        m.insert(QStringLiteral("pt"), encodeText(scene.part));
    if (!scene.counters.isEmpty()) {
        QCborArray counters;
        for (const SceneCounter &c : scene.counters)
            counters.append(encodeCounter(c));
        m.insert(QStringLiteral("cs"), counters);
    }
    if (!scene.edges.isEmpty()) {
        QCborArray edges;
        for (const SceneEdge &e : scene.edges)
            edges.append(QCborArray{e.from, e.to, e.kind});
        m.insert(QStringLiteral("e"), edges);
    }
    return QCborValue(m).toCbor();
}

std::optional<SceneModel> decodeScene(const QByteArray &encoded)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(encoded, &error);
    if (error.error != QCborError::NoError)
        return std::nullopt;
    Checked c;
    const QCborMap m = c.map(root);
    SceneModel scene;
    scene.tS = c.real(m.value(QLatin1String("t")));
    scene.exact = c.boolean(m, "x");
    scene.phase = ScenePhase(c.integer(m, "p", 0, int(ScenePhase::Failed)));
    for (const QCborValue &v : c.array(m.value(QLatin1String("w"))))
        scene.workers.append(decodeWorker(c, c.map(v)));
    for (const QCborValue &v : c.array(m.value(QLatin1String("s"))))
        scene.semaphores.append(decodeSemaphore(c, c.map(v)));
    for (const QCborValue &v : c.array(m.value(QLatin1String("o"))))
        scene.objects.append(decodeObject(c, c.map(v)));
    if (m.contains(QLatin1String("r")))
        scene.ring = decodeRing(c, c.map(m.value(QLatin1String("r"))));
    if (m.contains(QLatin1String("pt")))
        scene.part = decodeText(c, m.value(QLatin1String("pt")));
    if (m.contains(QLatin1String("cs")))
        for (const QCborValue &v : c.array(m.value(QLatin1String("cs"))))
            scene.counters.append(decodeCounter(c, c.map(v)));
    if (m.contains(QLatin1String("e")))
        for (const QCborValue &v : c.array(m.value(QLatin1String("e"))))
            scene.edges.append(decodeEdge(c, v));
    if (!c.ok)
        return std::nullopt;
    return scene;
}

} // namespace ipcscope
