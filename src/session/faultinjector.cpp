#include "faultinjector.h"

#include "formatter.h"

#include "engine/faultcalls.h"

#include <QJsonArray>

#include <cmath>

#include <signal.h>

namespace ipcscope {

namespace {

void take(FaultRecord &record, const FaultCall &call)
{
    record.call = QString::fromStdString(call.text());
    record.ok = call.ok();
    record.result = call.ok() ? QString::number(call.result) : QString::fromStdString(errnoName(call.error));
}

} // namespace

QJsonObject FaultRecord::toJson() const
{
    return {{QStringLiteral("at"), std::round(atS * 1000) / 1000},
            {QStringLiteral("step"), fault.text()},
            {QStringLiteral("verb"), fault.verbName()},
            {QStringLiteral("target"), fault.target},
            {QStringLiteral("call"), call},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("result"), result},
            {QStringLiteral("effects"), QJsonArray::fromStringList(effects)},
            {QStringLiteral("undo"), undo ? undo->text().section(QLatin1Char(':'), 1) : QString()},
            {QStringLiteral("undone"), undone}};
}

const OwnedObject *FaultInjector::owned(ObjectKind kind) const
{
    for (const OwnedObject &o : m_objects.owned)
        if (o.kind == kind)
            return &o;
    return nullptr;
}

FaultRecord FaultInjector::inject(const Fault &fault, const RunSnapshot &snapshot) const
{
    FaultRecord record;
    record.fault = fault;
    record.atS = snapshot.elapsedS;
    if (fault.verb == Fault::Verb::CloseRead || fault.verb == Fault::Verb::Shutdown ||
        fault.verb == Fault::Verb::RcvBuf) {
        endFault(fault, snapshot, record);
        return record;
    }
    if (!fault.aimsAtWorker()) {
        objectFault(fault, snapshot, record);
        return record;
    }
    const int slot = snapshot.slotOf(fault.target);
    if (slot < 0 || slot >= snapshot.workers.size()) {
        record.result = tr("no worker %1 in this run").arg(fault.target);
        return record;
    }
    const WorkerSnapshot &w = snapshot.workers[slot];
    // An exited worker's PID may already be someone else's.
    if (w.exited || w.pid <= 0) {
        record.result = tr("%1 has exited; nothing was sent").arg(w.name());
        return record;
    }
    int signal = SIGKILL;
    switch (fault.verb) {
    case Fault::Verb::Stop:
    case Fault::Verb::StopInCs:
        signal = SIGSTOP;
        break;
    case Fault::Verb::Cont:
        signal = SIGCONT;
        break;
    case Fault::Verb::Signal:
        signal = fault.signal;
        break;
    default:
        break;
    }
    take(record, sendSignal(pid_t(w.pid), signal));
    if (record.ok && (fault.verb == Fault::Verb::Stop || fault.verb == Fault::Verb::StopInCs)) {
        Fault cont = fault;
        cont.verb = Fault::Verb::Cont;
        record.undo = cont;
    }
    return record;
}

void FaultInjector::endFault(const Fault &fault, const RunSnapshot &snapshot, FaultRecord &record) const
{
    // The workers it reaches: the one named, or every live one of the role.
    const Role role = fault.verb == Fault::Verb::Shutdown ? Role::Producer : Role::Consumer;
    QVector<const WorkerSnapshot *> workers;
    for (const WorkerSnapshot &w : snapshot.workers)
        if (w.role == role && !w.exited && w.pid > 0 && (!fault.namesWorker() || w.name() == fault.target))
            workers << &w;
    if (workers.isEmpty()) {
        record.result = tr("no live worker holds the end that %1 acts on").arg(fault.verbName());
        return;
    }
    QStringList calls;
    record.ok = true;
    long before = -1;
    for (const WorkerSnapshot *w : workers) {
        if (fault.verb == Fault::Verb::CloseRead) {
            // Nobody but the reader can close its descriptor: it is asked to,
            // and says the call it made in the run's log.
            if (!m_block) {
                record.ok = false;
                record.result = tr("no run control to ask %1 through").arg(w->name());
                return;
            }
            m_block->askCloseRead(w->slot);
            calls << tr("%1 (pid %2) asked to close(%3) its read end").arg(w->name()).arg(w->pid).arg(kInheritedFd);
            continue;
        }
        const std::vector<int> sockets = socketsOf(pid_t(w->pid));
        if (sockets.empty()) {
            record.ok = false;
            calls << tr("%1 (pid %2) holds no socket").arg(w->name()).arg(w->pid);
            continue;
        }
        for (int fd : sockets) {
            long was = -1;
            long now = -1;
            const FaultCall call = fault.verb == Fault::Verb::Shutdown
                                       ? shutdownWrite(pid_t(w->pid), fd)
                                       : setReceiveBuffer(pid_t(w->pid), fd, int(fault.value), &was, &now);
            calls << QString::fromStdString(call.text());
            record.ok = record.ok && call.ok();
            if (!call.ok())
                record.result = QString::fromStdString(errnoName(call.error));
            if (fault.verb == Fault::Verb::RcvBuf && call.ok()) {
                before = before < 0 ? was : before;
                record.result = QString::number(now);
                record.effects << tr("%1's receive buffer: %2, was %3 (SO_RCVBUF, read back)")
                                      .arg(w->name(), Formatter::size(now), Formatter::size(was));
            }
        }
    }
    record.call = calls.join(QStringLiteral("; "));
    if (record.ok && record.result.isEmpty())
        record.result = QStringLiteral("0");
    // The kernel doubles what it is given: half of what it said gives it back.
    if (record.ok && fault.verb == Fault::Verb::RcvBuf && before > 0) {
        Fault back = fault;
        back.value = before / 2;
        record.undo = back;
    }
}

void FaultInjector::objectFault(const Fault &fault, const RunSnapshot &snapshot, FaultRecord &record) const
{
    const auto missing = [&] { record.result = tr("this run has no %1 to %2").arg(fault.target, fault.verbName()); };
    switch (fault.verb) {
    case Fault::Verb::SetVal: {
        const OwnedObject *set = owned(ObjectKind::SysvSem);
        const std::vector<std::string> &names = m_mechanism.info().syncObjects;
        int index = -1;
        for (size_t i = 0; i < names.size(); ++i)
            if (QString::fromStdString(names[i]) == fault.target)
                index = int(i);
        if (!set || index < 0)
            return missing();
        const FaultCall old = getSemaphore(*set, index);
        take(record, setSemaphore(*set, index, int(fault.value)));
        if (record.ok && old.ok()) {
            Fault back = fault;
            back.value = old.result;
            record.undo = back;
        }
        // What the set holds now: the waiters may have taken some already.
        const FaultCall now = getSemaphore(*set, index);
        if (record.ok && now.ok())
            record.effects << tr("%1 read back as %2 (%3)").arg(fault.target).arg(now.result)
                                  .arg(QString::fromStdString(now.text()));
        return;
    }
    case Fault::Verb::Rmid: {
        const ObjectKind kind = fault.target == QLatin1String("sem")   ? ObjectKind::SysvSem
                                : fault.target == QLatin1String("shm") ? ObjectKind::SysvShm
                                                                       : ObjectKind::SysvMsg;
        const OwnedObject *object = owned(kind);
        if (!object)
            return missing();
        return take(record, removeSysvObject(*object));
    }
    case Fault::Verb::Unlink: {
        const OwnedObject *object =
            owned(fault.target == QLatin1String("shm") ? ObjectKind::PosixShm : ObjectKind::PosixMq);
        if (!object)
            return missing();
        return take(record, unlinkPosixObject(*object));
    }
    case Fault::Verb::QBytes: {
        const OwnedObject *queue = owned(ObjectKind::SysvMsg);
        if (!queue)
            return missing();
        uint64_t before = 0;
        take(record, setQueueBytes(*queue, quint64(fault.value), &before));
        if (record.ok && before > 0) {
            Fault back = fault;
            back.value = qint64(before);
            record.undo = back;
        }
        return;
    }
    case Fault::Verb::PipeSize: {
        if (!m_mechanism.info().pipeBuffer)
            return missing();
        // A FIFO by its path; an anonymous pipe through a worker's inherited
        // end, the one place it has a name.
        std::string path = param(m_objects.params, "path");
        if (path.empty())
            for (const WorkerSnapshot &w : snapshot.workers)
                if (!w.exited && w.pid > 0) {
                    path = "/proc/" + std::to_string(w.pid) + "/fd/" + std::to_string(kInheritedFd);
                    break;
                }
        if (path.empty())
            return missing();
        long size = -1;
        long before = -1;
        take(record, setPipeSize(path, int(fault.value), &size, &before));
        if (record.ok && before > 0) {
            Fault back = fault;
            back.value = before;
            record.undo = back;
        }
        if (record.ok && size > 0) {
            record.result = QString::number(size);
            record.effects << tr("the pipe holds %1 now (F_GETPIPE_SZ)").arg(Formatter::size(size));
        }
        return;
    }
    default:
        return missing();
    }
}

} // namespace ipcscope
