#include "scenestate.h"

#include <QDir>
#include <QHash>
#include <QTranslator>

namespace ipcscope {

namespace {

constexpr Op kOps[] = {Op::Send, Op::Receive, Op::SemP, Op::SemV, Op::Lock, Op::Unlock,
                       Op::CondWait, Op::CondSignal, Op::Copy, Op::Advance};

// The words as the sources write them (WorkerStateText in runtypes.cpp).
const char *englishWord(Op op)
{
    switch (op) {
    case Op::Send: return "send";
    case Op::Receive: return "receive";
    case Op::SemP: return "P";
    case Op::SemV: return "V";
    case Op::Lock: return "lock";
    case Op::Unlock: return "unlock";
    case Op::CondWait: return "wait";
    case Op::CondSignal: return "signal";
    case Op::Copy: return "copy";
    case Op::Advance: return "advance";
    case Op::None: break;
    }
    return "";
}

// Every language's word for every op: a recording keeps the language it
// was made in, whatever the window speaks now.
const QHash<QString, Op> &words()
{
    static const QHash<QString, Op> all = [] {
        QHash<QString, Op> h;
        QVector<std::shared_ptr<QTranslator>> translators;
        const QDir dir(QStringLiteral(":/i18n"));
        for (const QString &file : dir.entryList({QStringLiteral("ipcscope_*.qm")})) {
            auto t = std::make_shared<QTranslator>();
            if (t->load(dir.filePath(file)))
                translators << t;
        }
        for (const Op op : kOps) {
            h.insert(QString::fromLatin1(englishWord(op)), op);
            for (const auto &t : std::as_const(translators))
                if (const QString word = t->translate("WorkerStateText", englishWord(op)); !word.isEmpty())
                    h.insert(word, op);
        }
        return h;
    }();
    return all;
}

WorkerState stateOf(const QString &key)
{
    static const QHash<QString, WorkerState> states = {
        {QStringLiteral("starting"), WorkerState::Starting}, {QStringLiteral("ready"), WorkerState::Ready},
        {QStringLiteral("running"), WorkerState::Running},   {QStringLiteral("in-call"), WorkerState::InCall},
        {QStringLiteral("blocked"), WorkerState::InCall},    {QStringLiteral("critical"), WorkerState::Critical},
        {QStringLiteral("paused"), WorkerState::Paused},     {QStringLiteral("sleeping"), WorkerState::Sleeping},
        {QStringLiteral("done"), WorkerState::Done},         {QStringLiteral("failed"), WorkerState::Failed},
        {QStringLiteral("killed"), WorkerState::Failed},     {QStringLiteral("ended"), WorkerState::Done},
    };
    return states.value(key, WorkerState::Starting);
}

int indexOf(const std::vector<std::string> &names, const QString &name)
{
    for (size_t k = 0; k < names.size(); ++k)
        if (QString::fromStdString(names[k]) == name)
            return int(k);
    return -1;
}

} // namespace

std::optional<Op> opOfWord(const QString &word)
{
    const auto it = words().constFind(word);
    if (it == words().constEnd())
        return {};
    return *it;
}

RunSnapshot snapshotOf(const SceneModel &scene, const MechanismInfo &info)
{
    RunSnapshot s;
    s.elapsedS = scene.tS;
    s.started = true;
    for (int slot = 0; slot < scene.workers.size(); ++slot) {
        const SceneWorker &sw = scene.workers.at(slot);
        WorkerSnapshot w;
        w.slot = slot;
        w.role = sw.role;
        w.index = std::max(0, QStringView(sw.name).mid(1).toInt() - 1);
        w.pid = sw.pid;
        w.messages = sw.messages;
        w.exited = sw.exited;
        w.exitCode = sw.exitCode;
        w.exitSignal = sw.exitSignal;
        w.endedByUs = sw.state == QLatin1String("ended");
        w.blocked = sw.state == QLatin1String("blocked");
        StateWord word{stateOf(sw.state), Op::None, 0};
        if (sw.state == QLatin1String("stopped")) {
            // Stopped where it was: in its call, holding its lock, or between calls.
            w.procState = 'T';
            word.state = !sw.call.isEmpty() ? WorkerState::InCall
                         : !sw.on.isEmpty() ? WorkerState::Critical
                                            : WorkerState::Running;
        }
        // "P(empty)": the op, and its object in brackets; "send": the op alone.
        const qsizetype bracket = sw.call.indexOf(QLatin1Char('('));
        const QString opWord = bracket < 0 ? sw.call : sw.call.left(bracket);
        if (const std::optional<Op> op = opOfWord(opWord))
            word.op = *op;
        int object = -1;
        if (bracket >= 0)
            object = indexOf(info.syncObjects, sw.call.mid(bracket + 1).chopped(1));
        else if (word.op == Op::Copy || word.op == Op::Advance) {
            // A copy or a move of head or tail is done under a lock: the one
            // the scene says this worker holds.
            for (const SceneSemaphore &sem : scene.semaphores)
                if (sem.holder == sw.name)
                    object = indexOf(info.syncObjects, sem.name);
        } else
            object = indexOf(info.syncObjects, sw.on);
        word.object = uint8_t(std::max(0, object));
        w.state = word;
        s.workers.append(w);
        if (sw.role == Role::Producer)
            s.sent += sw.messages;
        else
            s.received += sw.messages;
    }
    return s;
}

} // namespace ipcscope
