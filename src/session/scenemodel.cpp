#include "scenemodel.h"

#include "enginetext.h"

#include <QJsonArray>

namespace ipcscope {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString slotState(SceneSlot::State s)
{
    switch (s) {
    case SceneSlot::State::Empty:
        return QStringLiteral("empty");
    case SceneSlot::State::Written:
        return QStringLiteral("written");
    case SceneSlot::State::Announced:
        return QStringLiteral("announced");
    }
    return {};
}

} // namespace

qint64 SceneObject::field(const QString &name, qint64 otherwise) const
{
    for (const auto &[key, value] : fields)
        if (key == name)
            return value;
    return otherwise;
}

bool isEnded(ScenePhase phase)
{
    return phase == ScenePhase::Finished || phase == ScenePhase::Stopped || phase == ScenePhase::Failed;
}

QString SceneObject::heldField() const
{
    for (const char *name : {"qnum", "curmsgs", "queued"})
        if (field(QLatin1String(name)) >= 0)
            return QLatin1String(name);
    return {};
}

bool SceneObject::isEmpty() const
{
    const QString held = heldField();
    return !held.isEmpty() && field(held) == 0;
}

QString phaseName(ScenePhase phase)
{
    switch (phase) {
    case ScenePhase::Starting:
        return QStringLiteral("starting");
    case ScenePhase::Running:
        return QStringLiteral("running");
    case ScenePhase::Paused:
        return QStringLiteral("paused");
    case ScenePhase::Finished:
        return QStringLiteral("finished");
    case ScenePhase::Stopped:
        return QStringLiteral("stopped");
    case ScenePhase::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject SceneModel::toJson() const
{
    QJsonArray workerArray;
    for (const SceneWorker &w : workers) {
        QJsonObject share;
        for (const SceneWorker::Share &s : w.shares)
            share.insert(s.key, qRound(s.fraction * 1000) / 1000.0);
        QJsonObject o{{QStringLiteral("name"), w.name},
                      {QStringLiteral("pid"), w.pid},
                      {QStringLiteral("state"), w.state},
                      {QStringLiteral("on"), orNull(w.on)},
                      {QStringLiteral("call"), orNull(w.call)},
                      {QStringLiteral("share"), share},
                      {QStringLiteral("messages"), qint64(w.messages)}};
        if (!w.exitSignal.isEmpty())
            o.insert(QStringLiteral("killed_by"), w.exitSignal);
        workerArray.append(o);
    }
    QJsonArray semaphoreArray;
    for (const SceneSemaphore &s : semaphores) {
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("value"), s.kind == SceneSemaphore::Kind::Condition
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(s.value)},
                      {QStringLiteral("waiters"), s.waiters},
                      {QStringLiteral("waiting"), QJsonArray::fromStringList(s.waiting)},
                      {QStringLiteral("holder"), orNull(s.holder)}};
        if (s.meanWaiters >= 0)
            o.insert(QStringLiteral("mean_waiters"), qRound(s.meanWaiters * 1000) / 1000.0);
        semaphoreArray.append(o);
    }
    QJsonValue ringValue(QJsonValue::Null);
    if (ring) {
        QJsonArray slotArray;
        for (const SceneSlot &s : ring->cells) {
            QJsonObject o{{QStringLiteral("index"), s.index}, {QStringLiteral("state"), slotState(s.state)}};
            // An end-of-stream marker, or what a slot held before, has no
            // sequence number of the run's messages.
            o.insert(QStringLiteral("seq"), s.state == SceneSlot::State::Empty || s.producer < 0
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(qint64(s.seq)));
            slotArray.append(o);
        }
        QJsonObject r{{QStringLiteral("head"), qint64(ring->head)},
                      {QStringLiteral("tail"), qint64(ring->tail)},
                      {QStringLiteral("filled"), ring->filled},
                      {QStringLiteral("slots"), slotArray}};
        if (ring->meanFill >= 0)
            r.insert(QStringLiteral("mean_fill"), qRound(ring->meanFill * 1000) / 1000.0);
        ringValue = r;
    }
    QJsonArray objectArray;
    for (const SceneObject &o : objects) {
        QJsonObject j{{QStringLiteral("kind"), o.kind},
                      {QStringLiteral("id"), o.id},
                      {QStringLiteral("state"), o.live ? QStringLiteral("live") : QStringLiteral("removed")}};
        if (!o.idKind.isEmpty())
            j.insert(QStringLiteral("id_kind"), o.idKind);
        if (!o.kernelId.isEmpty())
            j.insert(QStringLiteral("kernel_id"), o.kernelId);
        for (const auto &[key, value] : o.fields)
            j.insert(key, value);
        if (!o.cells.isEmpty()) {
            QJsonArray cellArray;
            for (const SceneObject::Cell &c : o.cells)
                cellArray.append(QJsonObject{{QStringLiteral("text"), c.text}, {QStringLiteral("mark"), orNull(c.mark)}});
            j.insert(QStringLiteral("cells"), cellArray);
        }
        objectArray.append(j);
    }
    QJsonObject out{{QStringLiteral("t"), qRound(tS * 1000) / 1000.0},
            {QStringLiteral("exact"), exact},
            {QStringLiteral("phase"), phaseName(phase)},
            {QStringLiteral("workers"), workerArray},
            {QStringLiteral("semaphores"), semaphoreArray},
            {QStringLiteral("ring"), ringValue},
            {QStringLiteral("objects"), objectArray}};
    if (!part.empty())
        out.insert(QStringLiteral("part"), QString::fromStdString(part.english()));
    if (!counters.isEmpty()) {
        QJsonArray counterArray;
        for (const SceneCounter &c : counters)
            counterArray.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(c.name.english())},
                                            {QStringLiteral("id"), c.id},
                                            {QStringLiteral("expected"), c.expected},
                                            {QStringLiteral("actual"), c.actual},
                                            {QStringLiteral("shortfall"), QString::fromStdString(c.shortfall.english())},
                                            {QStringLiteral("state"), c.live ? QStringLiteral("live")
                                                                             : QStringLiteral("removed")}});
        out.insert(QStringLiteral("counters"), counterArray);
    }
    if (!edges.isEmpty()) {
        QJsonArray edgeArray;
        for (const SceneEdge &e : edges)
            edgeArray.append(QJsonObject{{QStringLiteral("from"), e.from},
                                         {QStringLiteral("to"), e.to},
                                         {QStringLiteral("kind"), e.kind}});
        out.insert(QStringLiteral("edges"), edgeArray);
    }
    return out;
}

QString lessonWords(const Text &words)
{
    return translated(words, "Lessons");
}

} // namespace ipcscope
