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
            {QStringLiteral("effects"), QJsonArray::fromStringList(effects)}};
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
    if (!fault.aimsAtWorker()) {
        objectFault(fault, snapshot, record);
        return record;
    }
    int producers = 0;
    for (const WorkerSnapshot &w : snapshot.workers)
        producers += w.role == Role::Producer ? 1 : 0;
    const int slot = fault.workerSlot(producers);
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
    return record;
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
        take(record, setSemaphore(*set, index, int(fault.value)));
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
        return take(record, setQueueBytes(*queue, quint64(fault.value)));
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
        take(record, setPipeSize(path, int(fault.value), &size));
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
