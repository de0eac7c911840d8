#include "faultlog.h"

#include "formatter.h"
#include "scenebuilder.h"

#include "engine/faultcalls.h"

#include <cerrno>
#include <cstring>

namespace ipcscope {

namespace {

bool ends(Fault::Verb verb)
{
    return verb == Fault::Verb::Kill || verb == Fault::Verb::KillInCs || verb == Fault::Verb::Signal;
}

} // namespace

void FaultLog::add(const FaultRecord &record, const RunSnapshot &snapshot)
{
    // A worker continued by hand takes back its stop: nothing left to undo there.
    if (record.ok && record.fault.verb == Fault::Verb::Cont)
        for (FaultRecord &r : m_records)
            if (r.undo && r.undo->verb == Fault::Verb::Cont && r.fault.target == record.fault.target)
                r.undone = true;
    m_records.append(record);
    const int slot = record.fault.namesWorker() ? snapshot.slotOf(record.fault.target) : -1;
    if (slot >= 0 && record.ok) {
        if (record.fault.verb == Fault::Verb::Stop || record.fault.verb == Fault::Verb::StopInCs)
            m_stoppedSince[slot] = record.atS;
        else if (record.fault.verb == Fault::Verb::Cont || ends(record.fault.verb))
            m_stoppedSince.remove(slot);
    }
}

FaultRecord *FaultLog::lastUndoable()
{
    for (auto it = m_records.rbegin(); it != m_records.rend(); ++it)
        if (it->ok && it->undo && !it->undone)
            return &*it;
    return nullptr;
}

FaultRecord *FaultLog::addedWorker(int slot)
{
    for (FaultRecord &r : m_records)
        if (r.joinedSlot == slot)
            return &r;
    return nullptr;
}

QString FaultLog::describe(const WorkerSnapshot &w, const std::vector<std::string> &syncObjects) const
{
    if (w.exited)
        return w.exitSignal.isEmpty() ? tr("exited with status %1").arg(w.exitCode)
                                      : tr("was killed by %1").arg(w.exitSignal);
    if (w.procState == 'T' || w.procState == 't')
        return tr("is stopped (state %1)").arg(QLatin1Char(w.procState));
    if (w.state.state == WorkerState::Failed)
        return tr("failed: %1").arg(QString::fromStdString(errnoName(w.error)));
    if (w.state.state == WorkerState::Done)
        return tr("is done");
    if (w.blocked && w.stateSinceS >= kAsleepS)
        return tr("is asleep, %1").arg(stateText(w, syncObjects));
    return tr("goes on");
}

void FaultLog::observe(const RunSnapshot &snapshot, const std::vector<std::string> &syncObjects)
{
    if (m_records.isEmpty())
        return;
    for (const WorkerSnapshot &w : snapshot.workers) {
        const QString now = describe(w, syncObjects);
        const auto seen = m_seen.constFind(w.slot);
        if (seen != m_seen.cend() && *seen == now)
            continue;
        // A worker going on as before the fault is no effect of it.
        const bool first = seen == m_seen.cend();
        m_seen[w.slot] = now;
        if (first && now == tr("goes on"))
            continue;
        m_records.last().effects << tr("%1 s: %2 %3").arg(Formatter::decimal(snapshot.elapsedS, 2), w.name(), now);
    }
}

const FaultRecord *FaultLog::lastAt(const QString &worker, std::initializer_list<Fault::Verb> verbs) const
{
    for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
        if (!it->ok || (!worker.isEmpty() && it->fault.target != worker))
            continue;
        for (Fault::Verb v : verbs)
            if (it->fault.verb == v)
                return &*it;
    }
    return nullptr;
}

QString FaultLog::explainEnd(const WorkerSnapshot &w, int error)
{
    QString line;
    QString ending;
    if (!w.exitSignal.isEmpty()) {
        ending = w.exitSignal;
        const FaultRecord *sent = lastAt(w.name(), {Fault::Verb::Kill, Fault::Verb::KillInCs, Fault::Verb::Signal});
        const bool same = sent && (sent->fault.verb == Fault::Verb::Signal
                                       ? QString::fromStdString(signalName(sent->fault.signal)) == w.exitSignal
                                       : w.exitSignal == QLatin1String("SIGKILL"));
        const FaultRecord *peer = lastAt({}, {Fault::Verb::Kill, Fault::Verb::KillInCs, Fault::Verb::Signal,
                                              Fault::Verb::CloseRead});
        if (same)
            line = tr("%1 was killed by %2, the signal sent to it (%3)").arg(w.name(), w.exitSignal, sent->fault.text());
        else if (w.exitSignal == QLatin1String("SIGPIPE") && peer)
            line = tr("%1 was killed by SIGPIPE: nobody reads its pipe any more (%2)").arg(w.name(), peer->fault.text());
    } else if (error) {
        ending = QString::fromStdString(errnoName(error));
        const FaultRecord *removed = lastAt({}, {Fault::Verb::Rmid, Fault::Verb::Unlink});
        const FaultRecord *peer = lastAt({}, {Fault::Verb::Kill, Fault::Verb::KillInCs, Fault::Verb::Signal,
                                              Fault::Verb::CloseRead});
        const FaultRecord *shut = lastAt({}, {Fault::Verb::Shutdown});
        const FaultRecord *signalled = lastAt(w.name(), {Fault::Verb::Signal});
        if (removed && (error == EIDRM || error == EINVAL))
            line = tr("%1 failed with %2: the object it used was removed (%3)").arg(w.name(), ending, removed->fault.text());
        else if (shut && error == EPIPE && w.role == Role::Producer)
            line = tr("%1 failed with EPIPE: its socket was shut down for writing (%2)").arg(w.name(), shut->fault.text());
        else if (peer && (error == EPIPE || error == ECONNRESET))
            line = tr("%1 failed with %2: its peer is gone (%3)").arg(w.name(), ending, peer->fault.text());
        else if (signalled && error == EINTR)
            line = tr("%1 failed with EINTR: the signal interrupted its call (%2)").arg(w.name(), signalled->fault.text());
    }
    if (line.isEmpty())
        return {};
    m_explained[w.slot] = true;
    ++m_endings[ending];
    m_caused << line;
    return line;
}

bool FaultLog::explainsStall() const
{
    for (const FaultRecord &r : m_records)
        if (r.ok && r.fault.verb != Fault::Verb::Cont && r.fault.verb != Fault::Verb::PipeSize)
            return true;
    return false;
}

QString FaultLog::lastStep() const
{
    return m_records.isEmpty() ? QString() : m_records.last().fault.text();
}

} // namespace ipcscope
