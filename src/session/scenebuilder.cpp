#include "scenebuilder.h"

#include "enginetext.h"
#include "scenetext.h"
#include "statesampler.h"
#include "unannounced.h"

#include "engine/mechanisms/semring.h"
#include "engine/mechanisms/shmring.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace ipcscope {

namespace {

struct SceneWords {
    Q_DECLARE_TR_FUNCTIONS(Scene)
};

qint64 reading(const RunSnapshot &s, const QString &object, const char *field, qint64 otherwise = -1)
{
    return s.reading(object, QLatin1String(field), otherwise);
}

bool waitsOn(Op op)
{
    return op == Op::SemP || op == Op::Lock || op == Op::CondWait;
}

bool isStage(Op op)
{
    return op == Op::Copy || op == Op::Advance;
}

// The call a state word names, as the code writes it: "P(empty)", "send".
QString callOf(StateWord s, const std::vector<std::string> &names)
{
    if (s.op == Op::None)
        return {};
    const QString object = s.object < names.size() ? QString::fromStdString(names[s.object]) : QString();
    if (isStage(s.op))
        return opName(s.op);
    if (object.isEmpty() || s.op == Op::Send || s.op == Op::Receive)
        return opName(s.op);
    return QStringLiteral("%1(%2)").arg(opName(s.op), object);
}

// Where a sampled state word counts: the call it is in or before, or the
// plain state.
QString shareKey(StateWord s, const std::vector<std::string> &names)
{
    switch (s.state) {
    case WorkerState::InCall:
    case WorkerState::Paused:
        return callOf(s, names);
    case WorkerState::Critical:
        return isStage(s.op) ? callOf(s, names) : QStringLiteral("critical");
    case WorkerState::Running:
        return QStringLiteral("running");
    case WorkerState::Sleeping:
        return QStringLiteral("sleeping");
    default:
        return QStringLiteral("other");
    }
}

QString shareText(const QString &key)
{
    if (key == QLatin1String("running"))
        return SceneWords::tr("between calls");
    if (key == QLatin1String("sleeping"))
        // Short: on the projector it shares a narrow card with its percentage.
        return SceneWords::tr("paced");
    if (key == QLatin1String("critical"))
        return SceneWords::tr("holding a lock");
    if (key == QLatin1String("other"))
        // Short words too: the whole first interval can be this one share.
        return SceneWords::tr("starting or ending");
    return key; // a call, as the code writes it
}

} // namespace

bool isStopped(const WorkerSnapshot &w)
{
    return !w.exited && (w.procState == 'T' || w.procState == 't');
}

QString stateKey(const WorkerSnapshot &w)
{
    if (w.exited)
        return !w.exitSignal.isEmpty() ? (w.endedByUs ? QStringLiteral("ended") : QStringLiteral("killed"))
               : w.exitCode == 0       ? QStringLiteral("done")
                                       : QStringLiteral("failed");
    // The kernel's word over the worker's own: held by SIGSTOP (or a tracer),
    // it stays where its telemetry last put it, and goes nowhere.
    if (isStopped(w))
        return QStringLiteral("stopped");
    switch (w.state.state) {
    case WorkerState::Starting:
        return QStringLiteral("starting");
    case WorkerState::Ready:
        return QStringLiteral("ready");
    case WorkerState::Running:
        return QStringLiteral("running");
    case WorkerState::InCall:
        return w.blocked ? QStringLiteral("blocked") : QStringLiteral("in-call");
    case WorkerState::Critical:
        return QStringLiteral("critical");
    case WorkerState::Paused:
        return QStringLiteral("paused");
    case WorkerState::Sleeping:
        return QStringLiteral("sleeping");
    case WorkerState::Done:
        return QStringLiteral("done");
    case WorkerState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

SceneWorker sceneWorker(const WorkerSnapshot &w, const std::vector<std::string> &names)
{
    SceneWorker sw;
    sw.name = w.name();
    sw.pid = w.pid;
    sw.role = w.role;
    sw.messages = w.messages;
    sw.exited = w.exited;
    sw.exitSignal = w.exitSignal;
    sw.exitCode = w.exitCode;
    sw.state = stateKey(w);
    if (!w.exited && (w.state.state == WorkerState::InCall || w.state.state == WorkerState::Paused ||
                      (w.state.state == WorkerState::Critical && isStage(w.state.op)))) {
        sw.call = callOf(w.state, names);
        if (isStage(w.state.op))
            sw.on = QStringLiteral("ring");
        else if (w.state.op != Op::Send && w.state.op != Op::Receive && w.state.object < names.size())
            sw.on = QString::fromStdString(names[w.state.object]);
    } else if (!w.exited && w.state.state == WorkerState::Critical && w.state.object < names.size()) {
        sw.on = QString::fromStdString(names[w.state.object]);
    }
    sw.detail = sw.state == QLatin1String("blocked") ? w.syscall
                : sw.state == QLatin1String("failed") && w.error ? QString::fromLocal8Bit(std::strerror(w.error))
                                                                 : QString();
    sw.text = SceneText::state(sw, sw.detail);
    return sw;
}

QString stateText(const WorkerSnapshot &w, const std::vector<std::string> &syncObjects)
{
    return sceneWorker(w, syncObjects).text;
}

void retranslateScene(SceneModel &model, const Mechanism &mechanism)
{
    for (SceneWorker &w : model.workers)
        for (SceneWorker::Share &share : w.shares)
            share.text = shareText(share.key);
    const MechanismInfo &info = mechanism.info();
    for (SceneSemaphore &sem : model.semaphores)
        for (size_t k = 0; k < info.syncObjects.size() && k < info.syncRoles.size(); ++k)
            if (sem.name == QString::fromStdString(info.syncObjects[k]))
                sem.purpose = translated(Text{info.syncRoles[k].purpose});
}

QString sceneObjectKind(const MechanismInfo &info)
{
    switch (info.scene) {
    case SceneKind::Ring:
        return QStringLiteral("segment");
    case SceneKind::Queue:
        return QStringLiteral("queue");
    case SceneKind::Stream:
        return info.group == Group::PipesAndFifos ? QStringLiteral("pipe") : QStringLiteral("socket");
    case SceneKind::Datagrams:
        return QStringLiteral("socket");
    case SceneKind::Signals:
        return QStringLiteral("signals");
    }
    return {};
}

struct SceneBuilder::Shares {
    StateSampler::Interval interval;
};

SceneBuilder::SceneBuilder(const Scenario &scenario, const Mechanism &mechanism, const Params &params)
    : m_scenario(scenario), m_mechanism(mechanism), m_params(params), m_shares(std::make_unique<Shares>())
{
}

SceneBuilder::~SceneBuilder()
{
    detach();
}

void SceneBuilder::attach(const TelemetryBlock &block)
{
    try {
        m_ring = m_mechanism.observeRing(m_params, m_scenario.shape());
    } catch (const std::exception &) {
        m_ring.reset(); // drawn from the counts the kernel gives, then
    }
    m_sampler = std::make_unique<StateSampler>(block, m_ring.get());
    m_block = &block;
}

void SceneBuilder::detach()
{
    m_sampler.reset();
    m_ring.reset();
    m_block = nullptr;
}

bool SceneBuilder::stillAsRead(const RunSnapshot &s) const
{
    if (!m_block)
        return false;
    for (const WorkerSnapshot &w : s.workers) {
        if (w.exited)
            continue;
        const WorkerSlot *slot = m_block->slot(w.slot);
        if (slot->state.load(std::memory_order_acquire) != packState(w.state.state, w.state.op, w.state.object) ||
            slot->messages.load(std::memory_order_acquire) != w.messages ||
            m_block->control()->stepTokens[w.slot].load(std::memory_order_acquire) != 0)
            return false;
    }
    return true;
}

bool SceneBuilder::atRest(const WorkerSnapshot &w)
{
    if (w.exited || isStopped(w))
        return true;
    switch (w.state.state) {
    case WorkerState::Paused:
    case WorkerState::Done:
    case WorkerState::Failed:
        return true;
    case WorkerState::InCall:
        return w.blocked; // asleep in the kernel
    default:
        return false;
    }
}

SceneModel SceneBuilder::build(const RunSnapshot &s, bool held, ScenePhase phase)
{
    SceneModel m;
    m.tS = s.elapsedS;
    m.phase = phase;
    const bool ended = isEnded(phase);
    // The ring is the last thing read of this sample: the poll read the
    // telemetry, /proc and the kernel before.
    std::optional<RingReading> ring;
    if (m_ring && m_mechanism.info().scene == SceneKind::Ring)
        ring = m_ring->read();
    // Exact only when it holds still: held, every worker at rest, and its
    // telemetry, read again after everything else, unchanged with no call
    // let through and not yet taken. These are read one after the other,
    // and a worker that moved in between would be drawn where it no longer
    // is; at rest, nobody moves until a step is granted, and that happens
    // on this thread, not during a sample. So one sample settles it, at any
    // beat (comparing with the sample before needed two polls without a
    // step between them: at a call every 50 ms most steps were never exact).
    m.exact = ended ||
              (held && s.started && std::all_of(s.workers.begin(), s.workers.end(), &SceneBuilder::atRest) &&
               stillAsRead(s));
    if (m_sampler)
        m_shares->interval = m_sampler->take();
    const bool sampled = !m.exact && !ended && m_shares->interval.samples > 0;
    addWorkers(m, s, sampled);
    addSemaphores(m, s, sampled);
    addRing(m, s, sampled, ring);
    addObjects(m, s);
    if (ended) {
        for (SceneObject &o : m.objects)
            o.live = false;
    }
    m_last = m;
    return m;
}

void SceneBuilder::addWorkers(SceneModel &m, const RunSnapshot &s, bool sampled)
{
    const MechanismInfo &info = m_mechanism.info();
    const std::vector<std::string> &names = info.syncObjects;
    const StateSampler::Interval &interval = m_shares->interval;
    for (const WorkerSnapshot &w : s.workers) {
        SceneWorker sw = sceneWorker(w, names);
        if (!w.exited && (w.state.state == WorkerState::InCall || w.state.state == WorkerState::Paused) &&
            (w.state.op == Op::Send || w.state.op == Op::Receive))
            sw.on = sceneObjectKind(info);
        if (sampled && w.slot < interval.states.size()) {
            QHash<QString, int> counts;
            for (auto it = interval.states[w.slot].begin(); it != interval.states[w.slot].end(); ++it)
                counts[shareKey(unpackState(it.key()), names)] += it.value();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                sw.shares.append({it.key(), shareText(it.key()), double(it.value()) / interval.samples});
            std::sort(sw.shares.begin(), sw.shares.end(),
                      [](const SceneWorker::Share &a, const SceneWorker::Share &b) { return a.fraction > b.fraction; });
        }
        m.workers.append(sw);
    }
}

void SceneBuilder::addSemaphores(SceneModel &m, const RunSnapshot &s, bool sampled)
{
    const MechanismInfo &info = m_mechanism.info();
    const StateSampler::Interval &interval = m_shares->interval;
    for (size_t k = 0; k < info.syncObjects.size(); ++k) {
        SceneSemaphore sem;
        sem.name = QString::fromStdString(info.syncObjects[k]);
        if (k < info.syncRoles.size()) {
            sem.purpose = translated(Text{info.syncRoles[k].purpose});
            sem.kind = SceneSemaphore::Kind(int(info.syncRoles[k].kind));
        }
        for (const WorkerSnapshot &w : s.workers) {
            if (w.exited)
                continue;
            const StateWord st = w.state;
            if (st.state == WorkerState::InCall && w.blocked && waitsOn(st.op) && st.object == k)
                sem.waiting << w.name();
            // A lock is held from its P (or lock) until its V (or unlock)
            // has returned: in between calls, in the copy, and in the V. A
            // monitor's lock is held around its condition calls too, except
            // while asleep in a wait (which lets go of it).
            const bool aroundCondition = (st.op == Op::CondSignal && st.state != WorkerState::Critical) ||
                                         (st.op == Op::CondWait && st.state == WorkerState::Paused);
            const bool holds =
                sem.kind == SceneSemaphore::Kind::Lock &&
                ((st.object == k &&
                  (st.state == WorkerState::Critical ||
                   ((st.state == WorkerState::InCall || st.state == WorkerState::Paused) &&
                    (st.op == Op::SemV || st.op == Op::Unlock || isStage(st.op))))) ||
                 aroundCondition);
            if (holds)
                sem.holder = w.name();
        }
        sem.waiters = int(sem.waiting.size());
        const qint64 ncnt = reading(s, sem.name, "semncnt");
        if (ncnt >= 0)
            sem.waiters = int(ncnt); // System V counts its waiters itself
        if (sem.kind == SceneSemaphore::Kind::Condition) {
            sem.value = -1;
        } else if (const qint64 owner = reading(s, sem.name, "owner"); owner >= 0) {
            // A robust mutex keeps its owner's thread id in its futex word.
            sem.value = owner == 0 ? 1 : 0;
            sem.lastPid = owner;
        } else {
            sem.value = reading(s, sem.name, "semval");
            sem.lastPid = reading(s, sem.name, "sempid", 0);
        }
        // Its worker, or this process where it set the value up (SETVAL at
        // creation) before any worker touched it.
        sem.lastBy = SceneText::pidOwner(m, sem.lastPid);
        if (sampled && interval.samples > 0) {
            double inP = 0;
            for (const WorkerSnapshot &w : s.workers) {
                // An exited worker's state word keeps its last call: a
                // consumer killed asleep in P(full) would count as waiting
                // there for ever, while the kernel (GETNCNT) says nobody does.
                if (w.exited || w.slot >= interval.states.size())
                    continue;
                for (auto it = interval.states[w.slot].begin(); it != interval.states[w.slot].end(); ++it) {
                    const StateWord st = unpackState(it.key());
                    if (st.state == WorkerState::InCall && waitsOn(st.op) && st.object == k)
                        inP += it.value();
                }
            }
            sem.meanWaiters = inP / interval.samples;
        }
        m.semaphores.append(sem);
    }
}

void SceneBuilder::addRing(SceneModel &m, const RunSnapshot &s, bool sampled, const std::optional<RingReading> &read)
{
    if (m_mechanism.info().scene != SceneKind::Ring)
        return;
    if (!read) {
        m.ring = m_lastRing; // the segment is gone: its last values
        return;
    }
    const RingReading &r = *read;
    const int n = int(r.cells.size());
    SceneRing ring;
    ring.head = r.head;
    ring.tail = r.tail;
    ring.filled = int(std::clamp<qint64>(qint64(r.head) - qint64(r.tail), 0, n));
    // Of the filled slots, those announced to the consumers: what the count
    // the consumers wait on says, plus the ones consumers have claimed and
    // not yet moved tail past. A ring without synchronisation announces
    // nothing and hides nothing: every slot it fills counts.
    const MechanismInfo &info = m_mechanism.info();
    int announced = ring.filled;
    const qint64 full = reading(s, QString::fromStdString(ringSemaphoreNames()[kFull]), "semval");
    if (full >= 0) {
        int claimed = 0;
        for (const WorkerSnapshot &w : s.workers) {
            if (w.exited || w.role != Role::Consumer)
                continue;
            const StateWord st = w.state;
            const bool takeLock = st.object == kTake;
            if ((st.state == WorkerState::Critical && takeLock) ||
                ((st.state == WorkerState::InCall || st.state == WorkerState::Paused) &&
                 ((st.op == Op::SemP && takeLock) || (takeLock && isStage(st.op)))))
                ++claimed;
        }
        announced = std::min<int>(ring.filled, int(full) + claimed);
    } else if (!info.syncObjects.empty()) {
        // A monitor: the count under its mutex is what the consumers wait on.
        announced = std::min<int>(ring.filled, int(r.count));
    }
    // A producer that has copied but not yet moved head: its slot is written.
    bool writingAtHead = false;
    for (const WorkerSnapshot &w : s.workers)
        writingAtHead = writingAtHead || (!w.exited && w.role == Role::Producer && w.state.op == Op::Advance &&
                                          (w.state.state == WorkerState::Paused ||
                                           w.state.state == WorkerState::Critical));
    ring.cells.resize(n);
    for (int i = 0; i < n; ++i)
        ring.cells[i].index = i;
    for (int k = 0; k < ring.filled; ++k) {
        SceneSlot &slot = ring.cells[int((r.tail + quint64(k)) % quint64(n))];
        slot.state = k < announced ? SceneSlot::State::Announced : SceneSlot::State::Written;
    }
    if (writingAtHead && ring.filled < n)
        ring.cells[int(r.head % quint64(n))].state = SceneSlot::State::Written;
    // A producer that announces in batches (shm-spsc at full speed) has
    // written, and counted as sent, the slots past head that continue its
    // last announced message: written, not announced, until it moves head
    // (or for good, if it was killed first: the fault log counts them so).
    for (const WorkerSnapshot &w : s.workers) {
        if (w.role != Role::Producer)
            continue;
        const quint64 unannounced = Unannounced::count(r, w.index, w.messages);
        for (quint64 k = 0; k < unannounced && ring.filled + int(k) < n; ++k)
            ring.cells[int((r.head + k) % quint64(n))].state = SceneSlot::State::Written;
    }
    for (SceneSlot &slot : ring.cells) {
        const RingReading::Slot &cell = r.cells[slot.index];
        if (slot.state != SceneSlot::State::Empty && cell.holdsMessage) {
            slot.seq = cell.seq;
            slot.producer = cell.producer;
        }
    }
    if (sampled && m_shares->interval.samples > 0)
        ring.meanFill = m_shares->interval.fillSum / m_shares->interval.samples;
    m_lastRing = ring;
    m.ring = ring;
}

void SceneBuilder::addObjects(SceneModel &m, const RunSnapshot &s)
{
    const MechanismInfo &info = m_mechanism.info();
    SceneObject o;
    o.kind = sceneObjectKind(info);
    for (const char *key : {"shm-key", "shm", "key", "mq", "path", "dir", "ports", "port", "pid"}) {
        const std::string value = param(m_params, key);
        if (!value.empty()) {
            o.id = QString::fromStdString(value);
            o.idKind = QString::fromLatin1(key);
            break;
        }
    }
    for (const char *key : {"shm-id", "id"})
        if (const std::string value = param(m_params, key); !value.empty() && o.kernelId.isEmpty())
            o.kernelId = QString::fromStdString(value);
    // The kernel's own readings of the object, and what the workers see.
    for (const KernelReading &r : s.kernel)
        if (!info.syncObjects.empty() &&
            std::find(info.syncObjects.begin(), info.syncObjects.end(), r.object.toStdString()) !=
                info.syncObjects.end())
            continue; // a semaphore's: in `semaphores`
        else
            o.fields.append({r.field, r.value});
    if (info.scene == SceneKind::Stream || info.scene == SceneKind::Datagrams) {
        quint64 queued = 0;
        quint64 capacity = 0;
        for (const WorkerSnapshot &w : s.workers)
            if (w.role == Role::Consumer) {
                queued = std::max(queued, w.queuedBytes); // all readers see the same buffer
                capacity = std::max(capacity, w.capacityBytes);
            }
        o.fields.append({QStringLiteral("queued"), qint64(queued)});
        if (capacity)
            o.fields.append({QStringLiteral("capacity"), qint64(capacity)});
    }
    // ipcscope itself has the segment attached, read-only, to draw its
    // slots: the kernel counts it in nattch, and the scene says so.
    if (m_ring && o.field(QStringLiteral("nattch")) >= 0)
        o.fields.append({QStringLiteral("viewer_attached"), 1});
    if (info.scene == SceneKind::Signals) {
        o.fields.append({QStringLiteral("sent"), qint64(s.sent)});
        o.fields.append({QStringLiteral("received"), qint64(s.received)});
    }
    m.objects.append(o);
}

} // namespace ipcscope
