#include "faultdriver.h"

namespace ipcscope {

void FaultDriver::injectNow(const Fault &fault)
{
    m_now.append(fault);
}

QVector<FaultRecord> FaultDriver::poll(const Mechanism &mechanism, const Objects &objects,
                                       const RunSnapshot &snapshot, TelemetryBlock &block, bool paused,
                                       const std::function<void()> &stepOther, const AddWorker &addWorker)
{
    QVector<FaultRecord> made;
    const FaultInjector injector(mechanism, objects, &block);
    const auto due = [&](const Fault &f) {
        return f.afterMessages >= 0 ? snapshot.sent >= quint64(f.afterMessages) : snapshot.elapsedS >= f.atS;
    };
    for (;;) {
        if (m_catch) {
            bool done = false;
            FaultRecord r = catchStep(mechanism, objects, snapshot, block, stepOther, done);
            if (!done)
                break;
            block.setPaused(paused);
            m_catch.reset();
            m_log.add(r, snapshot);
            made.append(r);
            continue;
        }
        // In the script's order: a later step waits for an earlier one.
        Fault next;
        if (!m_now.isEmpty()) {
            next = m_now.takeFirst();
        } else if (!m_pending.isEmpty() && due(m_pending.first())) {
            next = m_pending.takeFirst();
        } else {
            break;
        }
        if (next.verb == Fault::Verb::KillInCs || next.verb == Fault::Verb::StopInCs) {
            const int slot = snapshot.slotOf(next.target);
            if (slot >= 0 && slot < snapshot.workers.size() && !snapshot.workers[slot].exited) {
                m_catch = Catch{next, slot, snapshot.elapsedS};
                block.setPaused(true);
                continue;
            }
        }
        FaultRecord r;
        if (next.verb == Fault::Verb::Add) {
            r.fault = next;
            r.atS = snapshot.elapsedS;
            if (addWorker)
                addWorker(next, r);
            else
                r.result = tr("nothing here can start a worker");
        } else {
            r = next.verb == Fault::Verb::Undo ? undo(injector, next, snapshot) : injector.inject(next, snapshot);
        }
        m_log.add(r, snapshot);
        made.append(r);
    }
    return made;
}

FaultRecord FaultDriver::catchStep(const Mechanism &mechanism, const Objects &objects, const RunSnapshot &snapshot,
                                   TelemetryBlock &block, const std::function<void()> &stepOther, bool &done)
{
    const Catch &c = *m_catch;
    const WorkerSnapshot &w = snapshot.workers[c.slot];
    FaultRecord record;
    record.fault = c.fault;
    record.atS = snapshot.elapsedS;
    done = true;
    if (w.exited) {
        record.result = tr("%1 ended before it could be caught in its critical section").arg(w.name());
        return record;
    }
    // The slot as it is now, not as the last poll saw it.
    const StateWord state = unpackState(block.slot(c.slot)->state.load(std::memory_order_acquire));
    const std::vector<std::string> &names = mechanism.info().syncObjects;
    if (state.state == WorkerState::Paused && state.op == Op::Copy) {
        record = FaultInjector(mechanism, objects, &block).inject(c.fault, snapshot);
        const QString lock =
            state.object < names.size() ? QString::fromStdString(names[state.object]) : QString::number(state.object);
        record.effects << (c.fault.verb == Fault::Verb::KillInCs
                               ? tr("%1 was held inside its critical section, holding %2, when it was killed")
                               : tr("%1 was held inside its critical section, holding %2, when it was stopped"))
                              .arg(w.name(), lock);
        return record;
    }
    if (snapshot.elapsedS - c.sinceS > kCatchS) {
        record.result = tr("%1 was not caught in its critical section within %2 s").arg(w.name()).arg(kCatchS);
        return record;
    }
    done = false;
    if (state.state == WorkerState::Paused) {
        if (block.control()->stepTokens[c.slot].load() == 0)
            block.grantStep(c.slot);
    } else {
        // Asleep in a call another worker must answer first (a full ring).
        stepOther();
    }
    return record;
}

FaultRecord FaultDriver::undo(const FaultInjector &injector, const Fault &step, const RunSnapshot &snapshot)
{
    FaultRecord *last = m_log.lastUndoable();
    if (!last) {
        FaultRecord r;
        r.fault = step;
        r.atS = snapshot.elapsedS;
        r.result = tr("nothing to take back: no step made so far can be undone");
        return r;
    }
    last->undone = true;
    const QString taken = last->fault.text().section(QLatin1Char(':'), 1);
    Fault back = *last->undo;
    back.atS = step.atS;
    back.afterMessages = step.afterMessages;
    FaultRecord r = injector.inject(back, snapshot);
    // Taking back is not itself taken back: U twice does not redo.
    r.undo.reset();
    r.effects.prepend(tr("takes back '%1'").arg(taken));
    return r;
}

QVector<FaultRecord> FaultDriver::unmade(double endS)
{
    QVector<FaultRecord> out;
    QVector<Fault> left = m_now + m_pending;
    if (m_catch)
        left.prepend(m_catch->fault);
    for (const Fault &f : left) {
        FaultRecord r;
        r.fault = f;
        r.atS = endS;
        r.result = tr("not made: the run ended first");
        out.append(r);
    }
    m_now.clear();
    m_pending.clear();
    m_catch.reset();
    return out;
}

} // namespace ipcscope
