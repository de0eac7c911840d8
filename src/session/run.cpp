#include "run.h"

#include "handcommands.h"
#include "pipequeue.h"
#include "socketqueue.h"
#include "procinfo.h"
#include "progresswatch.h"
#include "runrules.h"
#include "sendfloor.h"
#include "session.h"
#include "unannounced.h"
#include "workerprocess.h"

#include "engine/clock.h"
#include "engine/faultcalls.h"
#include "engine/histogram.h"
#include "engine/message.h"
#include "engine/syserror.h"
#include "engine/verifier.h"

#include <QCoreApplication>

#include <signal.h>

#include <algorithm>
#include <cstring>

namespace ipcscope {

namespace {

// How long workers may take to open their objects and report ready.
constexpr int kStartTimeoutMs = 15000;
// After Stop: how long workers may take to finish before they are killed.
constexpr int kStopGraceMs = 2000;
// After a worker died: how long the others may take to notice.
constexpr int kAbortGraceMs = 300;
// After the last producer finished: how long consumers may take to drain.
constexpr int kDrainTimeoutMs = 10000;
constexpr double kSeriesWindowS = 0.1;
// A script's stop without its cont: how long the stopped worker is left so.
constexpr double kHandStopLimitS = 5.0;

// What a producer counts in bytes for each message it sends: the whole
// message, header included, at least a header (MessageBuilder), or what one
// signal carries (sendOne()). Every message of a run is this long.
quint64 producerMessageBytes(const Mechanism *mechanism, const Scenario &scenario)
{
    if (!mechanism)
        return 0;
    const MechanismInfo &info = mechanism->info();
    return info.signalFrames ? info.signalBytes : std::max<quint64>(scenario.shape().size, kHeaderSize);
}

} // namespace

Run::Run(const Scenario &scenario, QObject *parent) : QObject(parent), m_scenario(scenario)
{
    m_pollTimer.setInterval(m_pollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &Run::poll);
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, &Run::killAll);
}

Run::~Run()
{
    for (QProcess *p : m_processes) {
        if (!p)
            continue; // start() failed before this worker was started
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(2000);
        }
    }
    cleanup();
}

QString Run::describeWorker(int slot) const
{
    return workerSaid(slot).text();
}

LessonLine Run::workerSaid(int slot) const
{
    const WorkerSnapshot &w = m_snapshot.workers[slot];
    return LessonLine::later([producer = w.role == Role::Producer, name = w.name(), pid = w.pid] {
        return QStringLiteral("%1 %2 (pid %3)").arg(producer ? tr("producer") : tr("consumer"), name).arg(pid);
    });
}

bool Run::start()
{
    if (m_phase != Phase::Idle) {
        m_error = LessonLine::later([] { return tr("a run starts only once"); });
        return false;
    }
    if (!m_scenario.validate().isEmpty()) {
        // Checked again when said: the reasons are written in the language of that moment.
        m_error = LessonLine::later([scenario = m_scenario] { return scenario.validate(); });
        return false;
    }
    if (!Session::instance().ensureReady(&m_error))
        return false;
    m_result.swept = Session::instance().takeSwept();
    for (const QString &object : m_result.swept) {
        const QString line = tr("removed %1, left behind by a run whose process is gone").arg(object);
        m_result.log << line;
        emit logLine(line);
    }
    m_mechanism = m_scenario.findMechanism();
    const int producers = m_scenario.producers;
    const int workers = producers + m_scenario.consumers;
    m_result.scenario = m_scenario;
    m_snapshot.workers.resize(workers);
    for (int i = 0; i < workers; ++i) {
        WorkerSnapshot &w = m_snapshot.workers[i];
        w.slot = i;
        w.role = i < producers ? Role::Producer : Role::Consumer;
        w.index = i < producers ? i : i - producers;
    }
    m_eventCursor.fill(0, workers);
    m_stateWord.fill(0, workers);
    m_stateSinceNs.fill(0, workers);
    m_seriesMark.messages.fill(0, workers);
    m_seriesMark.bytes.fill(0, workers);
    m_lastStderr.resize(workers);
    m_processes.fill(nullptr, workers);

    // Slots for the workers that may join: as many as the script adds, and
    // the window's allowance, where the mechanism takes them at all.
    int spare[2] = {0, 0};
    QVector<Fault> script;
    if (!m_scenario.faults.trimmed().isEmpty())
        script = parseFaultScript(m_scenario.faults, nullptr); // checked by validate()
    for (const Role role : {Role::Producer, Role::Consumer}) {
        Fault add;
        add.verb = Fault::Verb::Add;
        add.target = role == Role::Producer ? QStringLiteral("producer") : QStringLiteral("consumer");
        if (!add.refusal(*m_mechanism, m_scenario.shape(), m_scenario.pingPong).isEmpty())
            continue;
        int &n = spare[int(role)];
        for (const Fault &f : script)
            n += f.verb == Fault::Verb::Add && f.addedRole() == role ? 1 : 0;
        n += m_sparePerRole;
        const MechanismInfo &info = m_mechanism->info();
        const int max = role == Role::Producer ? info.maxProducers : info.maxConsumers;
        n = std::min(n, max - (role == Role::Producer ? producers : m_scenario.consumers));
    }
    spare[1] = std::min(spare[1], kMaxWorkers - workers - spare[0]);

    ReaperClient &reaper = Session::instance().reaper();
    try {
        const std::string name = uniquePosixName("telemetry");
        m_block = TelemetryBlock::create(name, producers, m_scenario.consumers, kSeenBitsLog2, spare[0], spare[1]);
        reaper.track({ObjectKind::PosixShm, name});
        m_block.setRate(m_scenario.rate);
        // Paused before it started (side by side, waiting its turn): the
        // workers wait at their first call.
        m_block.setPaused(m_paused);
        Params requested;
        if (m_scenario.tweaks.pipeCapacity > 0)
            requested["capacity"] = std::to_string(m_scenario.tweaks.pipeCapacity);
        if (m_scenario.semUndo)
            requested["sem-undo"] = "1";
        Created channel = m_mechanism->create(m_scenario.shape(), requested);
        m_objects = channel.objects;
        m_fds = std::move(channel.fds);
        for (const OwnedObject &o : m_objects.owned)
            reaper.track(o);
        if (m_scenario.pingPong) {
            Created reply = m_mechanism->create(m_scenario.shape(), {});
            m_replyObjects = reply.objects;
            m_replyFds = std::move(reply.fds);
            for (const OwnedObject &o : m_replyObjects.owned)
                reaper.track(o);
        }
    } catch (const SysError &e) {
        m_error = LessonLine::verbatim(QString::fromStdString(e.what()));
        cleanup();
        m_phase = Phase::Finished;
        return false;
    }
    if (m_watchScene) {
        m_sceneBuilder = std::make_unique<SceneBuilder>(m_scenario, *m_mechanism, m_objects.params);
        m_scene = m_sceneBuilder->build(m_snapshot, false, goingPhase(false));
    }
    if (!script.isEmpty()) {
        // Checked by validate(): a script that parses and applies.
        m_faults.schedule(script);
        m_handStopLimitS = kHandStopLimitS;
        m_watchProcesses = true; // the effects: stopped, asleep in the kernel
    }
    m_clock.start();
    // A ping-pong's reply goes to the producer, which starts after the
    // consumer: the consumer finds the producer's PID in telemetry slot 0.
    if (m_mechanism->info().needsConsumerPid && m_scenario.pingPong)
        m_replyObjects.params["pid"] = "slot:0";
    // Consumers first: a signal's producers must be told the consumer's PID.
    for (int c = 0; c < m_scenario.consumers; ++c)
        spawn(Role::Consumer, c, producers + c);
    if (m_mechanism->info().needsConsumerPid)
        m_objects.params["pid"] = std::to_string(m_processes[producers]->processId());
    for (int p = 0; p < producers; ++p)
        spawn(Role::Producer, p, p);
    // The workers hold their inherited ends now; ours would keep a pipe from
    // ever reaching end of file.
    m_fds.clear();
    m_replyFds.clear();
    m_phase = Phase::Starting;
    applyPollInterval();
    m_pollTimer.start();
    return true;
}

void Run::spawn(Role role, int index, int slot)
{
    WorkerCommand command = m_scenario.workerCommand(role, index);
    if (slot >= m_block.workers())
        command.slot = slot;
    command.params = m_objects.params;
    command.telemetry = m_block.name();
    command.cpu = m_scenario.cpuFor(role, index);
    if (m_scenario.pingPong)
        command.replyParams = m_replyObjects.params;
    const std::vector<std::string> arguments = command.arguments();
    QStringList args;
    for (const std::string &a : arguments)
        args << QString::fromStdString(a);

    // The ends this worker inherits: its end of the channel on fd 3 and, in a
    // ping-pong, its end of the reply channel (the other role there) on fd 4.
    const auto endOf = [&](const std::vector<InheritedFd> &fds, Role r) {
        for (const InheritedFd &f : fds)
            if (f.role == r && (f.index < 0 || f.index == index))
                return f.fd.get();
        return -1;
    };
    const int inherit = endOf(m_fds, role);
    const int inheritReply = endOf(m_replyFds, role == Role::Producer ? Role::Consumer : Role::Producer);

    auto *process = new QProcess(this);
    prepareWorkerProcess(*process, args, inherit, inheritReply);
    connect(process, &QProcess::finished, this,
            [this, slot](int code, QProcess::ExitStatus status) { workerExited(slot, code, status); });
    const QString name = m_snapshot.workers[slot].name();
    connect(process, &QProcess::readyReadStandardError, this, [this, process, slot, name] {
        const QByteArray text = process->readAllStandardError();
        for (const QByteArray &line : text.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            m_lastStderr[slot] = line.trimmed();
            const QString entry = QStringLiteral("%1: %2").arg(name, QString::fromLocal8Bit(line.trimmed()));
            m_result.log << entry;
            emit logLine(entry);
        }
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process, name] {
        for (const QByteArray &line : process->readAllStandardOutput().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QString entry = QStringLiteral("%1: %2").arg(name, QString::fromLocal8Bit(line.trimmed()));
            m_result.log << entry;
            emit logLine(entry);
        }
    });
    // Queued: QProcess may report a failed start from within start(),
    // before an added worker's fault record is in the log to be told so.
    connect(
        process, &QProcess::errorOccurred, this,
        [this, slot](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            // QProcess passes on the child's errno text: "execvp: No such file or directory".
            const QString cause = m_processes[slot]->errorString();
            if (FaultRecord *added = m_faults.log().addedWorker(slot)) {
                added->ok = false;
                added->result = cause;
                const QString line = tr("%1 never ran: %2").arg(m_snapshot.workers[slot].name(), cause);
                added->effects << line;
                const QString entry = tr("fault %1: %2").arg(added->fault.text(), line);
                m_result.log << entry;
                emit logLine(entry);
            }
            joinerEnded(slot, false);
            fail(LessonLine::later(
                [who = workerSaid(slot), cause] { return tr("could not start %1: %2").arg(who.text(), cause); }));
        },
        Qt::QueuedConnection);
    m_processes[slot] = process;
    m_commands << shellCommand(process->program(), arguments);
    // No waiting here: the process id is known as soon as it is forked, and a
    // failed exec arrives later as errorOccurred.
    process->start();
    m_snapshot.workers[slot].pid = process->processId();
}

void Run::readSlots()
{
    const uint64_t now = monotonicNs();
    RunSnapshot &s = m_snapshot;
    s.sent = s.received = s.receivedBytes = s.corrupted = s.duplicated = s.reordered = s.roundTrips = 0;
    LatencyCounts &latency = m_latency;
    latency.fill(0);
    m_latencyRange = {UINT64_MAX, 0};
    uint64_t latencyCount = 0;
    // The consumers' counters first, then the producers': a message is
    // counted received only after it was sent, so read in this order no
    // message received by the first read can be missing from the sends read
    // after it — read the other way, every message that goes between the two
    // reads is received without having been sent.
    QVector<WorkerSnapshot *> order;
    for (WorkerSnapshot &w : s.workers)
        if (w.role != Role::Producer)
            order << &w;
    for (WorkerSnapshot &w : s.workers)
        if (w.role == Role::Producer)
            order << &w;
    for (WorkerSnapshot *each : order) {
        WorkerSnapshot &w = *each;
        const WorkerSlot *slot = m_block.slot(w.slot);
        const uint32_t word = slot->state.load(std::memory_order_relaxed);
        if (word != m_stateWord[w.slot] || !m_stateSinceNs[w.slot]) {
            m_stateWord[w.slot] = word;
            m_stateSinceNs[w.slot] = now;
        }
        w.state = unpackState(word);
        if (w.state.state > WorkerState::Failed || w.state.op > kLastOp)
            w.state = {WorkerState::Failed, Op::None, 0}; // no worker of ours writes that
        w.stateSinceS = double(now - m_stateSinceNs[w.slot]) / 1e9;
        w.error = slot->error.load(std::memory_order_relaxed);
        w.messages = slot->messages.load(std::memory_order_relaxed);
        w.bytes = slot->bytes.load(std::memory_order_relaxed);
        w.corrupted = slot->corrupted.load(std::memory_order_relaxed);
        w.duplicated = slot->duplicated.load(std::memory_order_relaxed);
        w.reordered = slot->reordered.load(std::memory_order_relaxed);
        w.strangers = slot->strangers.load(std::memory_order_relaxed);
        w.foreign = slot->foreign.load(std::memory_order_relaxed);
        w.ownerDead = slot->ownerDead.load(std::memory_order_relaxed);
        w.queuedBytes = slot->queuedBytes.load(std::memory_order_relaxed);
        w.capacityBytes = slot->capacityBytes.load(std::memory_order_relaxed);
        w.kernelDrops = slot->kernelDrops.load(std::memory_order_relaxed);
        w.firstNs = slot->firstNs.load(std::memory_order_relaxed);
        w.lastNs = slot->lastNs.load(std::memory_order_relaxed);
        // Acquire: with it, the producers' counts read after it are at
        // least those they had when they sent these (SlotWriter::taken).
        for (size_t p = 0; p < w.takenFrom.size(); ++p)
            w.takenFrom[p] =
                w.role == Role::Producer ? 0 : slot->takenFrom[p].load(std::memory_order_acquire);
        if (const uint64_t cpu = slot->cpuNs.load(std::memory_order_relaxed)) {
            // Recorded by the worker itself at its end: exact.
            w.cpuS = double(cpu) / 1e9;
            w.voluntaryCtxt = qint64(slot->voluntaryCtxt.load(std::memory_order_relaxed));
            w.involuntaryCtxt = qint64(slot->involuntaryCtxt.load(std::memory_order_relaxed));
        }
        // One-way latency is measured by the consumers; a ping-pong's round
        // trip by its producer.
        const bool measuresLatency = m_scenario.pingPong == (w.role == Role::Producer);
        if (measuresLatency) {
            const LatencyCounts counts = readLatency(*slot);
            for (size_t i = 0; i < counts.size(); ++i)
                latency[i] += counts[i];
            if (const uint64_t count = slot->latencyCount.load(std::memory_order_relaxed)) {
                LatencyRange &r = m_latencyRange;
                latencyCount += count;
                r.minNs = std::min(r.minNs, slot->latencyMinNs.load(std::memory_order_relaxed));
                r.maxNs = std::max(r.maxNs, slot->latencyMaxNs.load(std::memory_order_relaxed));
            }
        }
        if (w.role == Role::Producer) {
            s.roundTrips += slot->echoes.load(std::memory_order_relaxed);
        } else {
            s.received += w.messages;
            s.receivedBytes += w.bytes;
            s.corrupted += w.corrupted;
            s.duplicated += w.duplicated;
            s.reordered += w.reordered;
        }
    }
    // One window is left: a producer counts its message when its send has
    // returned, and the consumer it woke may take it and count it first (on
    // a busy CPU it runs before the producer gets back; tst_scene sees it
    // within a second at full speed). The consumers' sequence numbers tell
    // which producer's count trails, and by how much: each is raised to what
    // they prove it sent (sendfloor.h), and the sends are their sum.
    const quint64 messageBytes = producerMessageBytes(m_mechanism, m_scenario);
    raiseToTaken(s.workers, messageBytes, &m_ignored);
    s.untrusted = m_ignored.count();
    for (const WorkerSnapshot &w : s.workers)
        if (w.role == Role::Producer)
            s.sent += w.messages;
    // A standard signal carries no producer and no number. Every message a
    // consumer counts is still one of the run's own, new, checked
    // (duplicates and strangers are counted apart), so it was sent: the
    // sends are at least the receives, exactly. A lone producer sent every
    // one of them; of several, which one's count trails cannot be told then.
    if (s.received > s.sent) {
        WorkerSnapshot *lone = nullptr;
        int producers = 0;
        for (WorkerSnapshot &w : s.workers)
            if (w.role == Role::Producer && ++producers == 1)
                lone = &w;
        if (producers == 1) {
            lone->messages += s.received - s.sent;
            lone->bytes = std::max(lone->bytes, lone->messages * messageBytes);
        }
        s.sent = s.received;
    }
    if (latencyCount) {
        s.latencyP50Us = latencyPercentile(latency, 0.50, m_latencyRange) / 1000.0;
        s.latencyP99Us = latencyPercentile(latency, 0.99, m_latencyRange) / 1000.0;
        s.latencyMaxUs = double(m_latencyRange.maxNs) / 1000.0;
    } else {
        s.latencyP50Us.reset();
        s.latencyP99Us.reset();
        s.latencyMaxUs = 0;
    }
    s.started = m_goNs != 0;
    s.elapsedS = m_goNs ? double(now - m_goNs) / 1e9 : 0;
}

void Run::readProcesses()
{
    for (WorkerSnapshot &w : m_snapshot.workers) {
        if (w.exited || w.pid <= 0)
            continue;
        std::unique_ptr<ProcFiles> &files = m_procFiles[w.slot];
        if (!files || files->pid() != w.pid)
            files = std::make_unique<ProcFiles>(w.pid);
        const ProcInfo info = files->read();
        if (!info.valid)
            continue;
        // Asleep in the kernel inside the call its state names.
        w.blocked = w.state.state == WorkerState::InCall && !info.running && !info.wchan.isEmpty();
        w.procState = info.state;
        w.wchan = info.wchan;
        w.syscall = info.syscallName;
        w.schedPolicy = info.policy;
        if (w.state.state != WorkerState::Done) {
            w.cpuS = info.cpuS;
            w.voluntaryCtxt = info.voluntaryCtxt;
            w.involuntaryCtxt = info.involuntaryCtxt;
        }
    }
}

// A pipe's or a socket's bytes waiting, as the scene shows them, are the
// kernel's at this poll, not the consumer's last sample: held or blocked, it
// samples no more.
void Run::readPipeQueue()
{
    const MechanismInfo &info = m_mechanism->info();
    if (info.group == Group::Sockets) {
        for (WorkerSnapshot &w : m_snapshot.workers)
            if (w.role == Role::Consumer && !w.exited)
                if (const std::optional<quint64> queued = socketQueued(w.pid))
                    w.queuedBytes = *queued;
        return;
    }
    if (info.group != Group::PipesAndFifos || info.scene != SceneKind::Stream)
        return;
    // An anonymous pipe's consumer reads the end it inherited, on fd 3; a
    // FIFO's opens it by its path.
    const QString fifo = QString::fromStdString(param(m_objects.params, "path"));
    for (WorkerSnapshot &w : m_snapshot.workers)
        if (w.role == Role::Consumer && !w.exited)
            if (const std::optional<quint64> queued = pipeQueued(w.pid, 3, fifo))
                w.queuedBytes = *queued;
}

// A UDP socket's drops, the kernel's count: as /proc/net/udp lists them, or
// as its consumers last read them at the socket (SO_MEMINFO), whichever is
// newer. The socket goes with its last consumer, and the run's last look then
// found no socket: it drew "0 datagrams dropped by the kernel" beside 317,775
// lost. Without the socket, its rx_queue is not read either, nor its drops
// where no consumer read any (a ping-pong's replier does not): no reading is
// drawn then, rather than a 0 nobody read.
void Run::addConsumersDrops()
{
    const MechanismInfo &info = m_mechanism->info();
    if (info.scene != SceneKind::Datagrams || !info.lossy)
        return;
    qint64 drops = 0;
    for (const WorkerSnapshot &w : m_snapshot.workers)
        if (w.role == Role::Consumer)
            drops = std::max(drops, qint64(w.kernelDrops));
    for (KernelReading &r : m_snapshot.kernel)
        if (r.field == QLatin1String("drops")) {
            r.value = std::max(r.value, drops);
            return;
        }
    if (drops > 0)
        m_snapshot.kernel.append({QStringLiteral("socket"), QStringLiteral("drops"), drops});
}

void Run::readKernel(bool record)
{
    std::vector<KernelValue> values;
    try {
        if (!m_kernelReader)
            m_kernelReader = m_mechanism->kernelReader();
        values = m_kernelReader->read(m_objects.params);
    } catch (const std::exception &) {
        // The objects may be going away at this very moment.
    }
    m_snapshot.kernel.clear();
    for (const KernelValue &v : values) {
        if (v.value < 0)
            continue; // a semctl on a set already removed
        m_snapshot.kernel.append({QString::fromStdString(v.object), QString::fromStdString(v.field), v.value});
    }
    addConsumersDrops();
    if (!record)
        return;
    KernelSample sample;
    sample.tS = m_snapshot.elapsedS;
    sample.values = m_snapshot.kernel;
    for (const WorkerSnapshot &w : m_snapshot.workers) {
        if (w.blocked)
            sample.blockedIn.append({w.name(), QStringLiteral("%1 (wchan %2)").arg(w.syscall, w.wchan)});
    }
    m_result.kernel.append(sample);
}

void Run::recordSeries(SeriesWindow window)
{
    const bool last = window == SeriesWindow::Last;
    recordWindow(last);
    if (last) {
        m_series.close();
        m_result.series = m_series.points(); // what --series and --json print
    }
}

void Run::recordWindow(bool last)
{
    if (!m_goNs)
        return;
    // The series keeps the producers first, then the consumers; a worker
    // that joined stands after the others of its role.
    QVector<const WorkerSnapshot *> order;
    for (const Role role : {Role::Producer, Role::Consumer})
        for (const WorkerSnapshot &w : m_snapshot.workers)
            if (w.role == role)
                order << &w;
    if (m_series.workers() == 0) {
        QStringList names;
        int producers = 0;
        for (const WorkerSnapshot *w : order) {
            names << w->name();
            producers += w->role == Role::Producer ? 1 : 0;
        }
        m_series.setWorkers(names, producers);
    }
    // A window is full a little early rather than a poll late: polled every
    // 100 ms (at no limit) a poll that came 2 ms soon would make it 200 ms.
    const double slackS = std::min(m_pollTimer.interval() / 2000.0, kSeriesWindowS / 2);
    const bool full = m_snapshot.elapsedS - m_seriesMark.tS >= kSeriesWindowS - slackS;
    if (!full) {
        // The run's last, shorter window counts too when messages moved in
        // it: the series folds it into the window before, so no rate rests on
        // a sliver of time.
        bool moved = false;
        for (const WorkerSnapshot &w : m_snapshot.workers)
            moved = moved || w.messages != m_seriesMark.messages[w.slot];
        if (!last || !moved || m_snapshot.elapsedS <= m_seriesMark.tS)
            return;
    }
    SeriesCounts w;
    w.startS = m_seriesMark.tS;
    w.endS = m_snapshot.elapsedS;
    for (size_t i = 0; i < w.latency.size(); ++i)
        w.latency[i] = m_latency[i] - m_seriesMark.latency[i];
    w.latencyRange = m_latencyRange;
    m_seriesMark.latency = m_latency;
    for (const WorkerSnapshot *each : order) {
        const WorkerSnapshot &worker = *each;
        w.messages.append(worker.messages - m_seriesMark.messages[worker.slot]);
        w.bytes.append(worker.bytes - m_seriesMark.bytes[worker.slot]);
        m_seriesMark.messages[worker.slot] = worker.messages;
        m_seriesMark.bytes[worker.slot] = worker.bytes;
    }
    m_seriesMark.tS = m_snapshot.elapsedS;
    if (full)
        m_series.append(w);
    else
        m_series.extendLast(w);
}

double Run::sinceGoS() const
{
    return m_goNs ? double(monotonicNs() - m_goNs) / 1e9 : 0;
}

void Run::setPollInterval(int ms)
{
    m_pollMs = ms;
    // Unchanged, the poll keeps its time: QTimer::setInterval restarts an
    // active timer, and a caller that says the same often would starve it.
    // Changed on a running timer (the run held or let go), it is read at
    // once rather than a whole new interval later: a run let go at no limit
    // would otherwise be drawn at rest for up to 100 ms.
    if (applyPollInterval() && m_pollTimer.isActive())
        QMetaObject::invokeMethod(this, &Run::poll, Qt::QueuedConnection);
}

bool Run::applyPollInterval()
{
    const bool eager = m_phase == Phase::Starting || m_faults.catching();
    const int ms = eager ? std::min(m_pollMs, kEagerPollMs) : m_pollMs;
    if (m_pollTimer.interval() == ms)
        return false;
    m_pollTimer.setInterval(ms);
    return true;
}

void Run::poll()
{
    if (!m_block.isValid())
        return;
    Session::instance().reaper().ensureAlive();
    readSlots();
    m_fifoHold.release(m_snapshot.workers);
    if (m_sceneBuilder)
        readPipeQueue();
    if (m_watchProcesses)
        readProcesses();
    const qint64 ms = m_clock.elapsed();
    // The scene is one sample: the kernel is read in the same poll as the
    // telemetry, every time.
    if ((m_kernelIntervalMs > 0 && (m_lastKernelMs < 0 || ms - m_lastKernelMs >= m_kernelIntervalMs)) ||
        m_sceneBuilder) {
        m_lastKernelMs = ms;
        readKernel(m_recordKernel && m_goNs);
    }

    if (m_phase == Phase::Starting) {
        bool allReady = true;
        for (const WorkerSnapshot &w : m_snapshot.workers)
            allReady = allReady && w.state.state != WorkerState::Starting;
        if (allReady) {
            m_goNs = monotonicNs();
            m_block.setGo();
            m_phase = Phase::Running;
            if (m_sceneBuilder)
                m_sceneBuilder->attach(m_block);
            emit started();
        } else if (ms > kStartTimeoutMs) {
            fail(LessonLine::later(
                [] { return tr("the workers did not get ready within %1 s").arg(kStartTimeoutMs / 1000); }));
        }
    }
    recordSeries();
    if (m_sceneBuilder)
        m_scene = m_sceneBuilder->build(m_snapshot, m_paused, goingPhase(m_paused && !m_paced));

    if (m_phase == Phase::Running && m_eventSampling.update(m_snapshot, monotonicNs()))
        m_block.setEventEvery(m_eventSampling.every());
    if (m_phase == Phase::Running)
        makeFaults();
    if (m_phase == Phase::Running)
        m_faults.log().observe(m_snapshot, m_mechanism->info().syncObjects);
    if (m_phase == Phase::Running) {
        bool producersDone = true;
        for (const WorkerSnapshot &w : m_snapshot.workers)
            if (w.role == Role::Producer)
                producersDone = producersDone && (w.exited || w.state.state == WorkerState::Done);
        if (producersDone && m_producersDoneMs < 0)
            m_producersDoneMs = ms;
        if (m_producersDoneMs >= 0 && ms - m_producersDoneMs > kDrainTimeoutMs)
            stall(LessonLine::later([] {
                return tr("the consumers did not finish within %1 s after the last producer")
                    .arg(kDrainTimeoutMs / 1000);
            }));
        // Workers stopped by a fault are held on purpose, as by Pause, for
        // as long as someone may still continue them: a script's stop until
        // its cont or for kHandStopLimitS, but not past the run's planned
        // end, when nothing is left to show.
        const bool pastEnd = m_scenario.byDuration() && m_snapshot.elapsedS > m_scenario.durationS;
        QSet<int> handStopped;
        for (const WorkerSnapshot &w : m_snapshot.workers) {
            const double since = m_faults.log().handStoppedSince(w.slot);
            if (since >= 0 && (m_handStopLimitS < 0 || (m_snapshot.elapsedS - since < m_handStopLimitS && !pastEnd)))
                handStopped.insert(w.slot);
        }
        const double silentS =
            pastEnd && m_faults.log().explainsStall() ? ProgressWatch::kSilentAfterEndS : ProgressWatch::kSilentS;
        const LessonLine stuck =
            m_progress.check(m_snapshot, double(ms) / 1000.0, m_paused || m_faults.catching() || !handStopped.isEmpty(),
                             m_scenario.rate, m_mechanism->info().syncObjects, handStopped, silentS);
        if (!stuck.isEmpty() && m_phase == Phase::Running)
            stall(stuck);
    }
    applyPollInterval();
    emit sampled();
}

void Run::workerExited(int slot, int exitCode, QProcess::ExitStatus status)
{
    WorkerSnapshot &w = m_snapshot.workers[slot];
    w.exited = true;
    if (status == QProcess::CrashExit) {
        // QProcess reports the terminating signal's number as the exit code.
        w.exitSignal = QString::fromStdString(signalName(exitCode));
        w.exitCode = 128 + exitCode;
    } else {
        w.exitCode = exitCode;
    }
    const LessonLine said = LessonLine::later([who = workerSaid(slot), code = w.exitCode, signal = w.exitSignal,
                                               byUs = w.endedByUs] {
        return signal.isEmpty() ? tr("%1 exited with status %2").arg(who.text()).arg(code)
               : byUs           ? tr("%1 was ended by ipcscope (%2) as the run ended").arg(who.text(), signal)
                                : tr("%1 was killed by %2").arg(who.text(), signal);
    });
    const QString entry = said.text();
    m_result.log << entry;
    emit logLine(entry);
    // The kernel's answer to a fault made (the signal sent to it, EIDRM, a
    // SIGPIPE): the run goes on without this worker.
    const int error = m_block.isValid() ? m_block.slot(slot)->error.load(std::memory_order_relaxed) : 0;
    const QString caused = w.exitCode != 0 && !m_killed ? m_faults.log().explainEnd(w, error) : QString();
    bool countedOut = false;
    if (!caused.isEmpty()) {
        m_result.log << caused;
        emit logLine(caused);
        countedOut = w.role == Role::Producer && m_block.isValid() && w.state.state != WorkerState::Done;
        if (countedOut)
            m_block.producerGone();
    }
    // Before the run fails for it: the producers told to stop then end the
    // stream for the workers that are really there.
    joinerEnded(slot, countedOut);
    if (caused.isEmpty() && w.exitCode != 0 && !m_killed) {
        const QString stderrLine = QString::fromLocal8Bit(m_lastStderr[slot]);
        fail(LessonLine::later([said, stderrLine] {
            return stderrLine.isEmpty() ? said.text() : said.text() + QStringLiteral(": ") + stderrLine;
        }));
    }
    if (allExited())
        finish();
}

// A worker added to the run that ends without finishing its part — its exec
// failed, or it died before opening the channel or after, with no fault to
// explain it — is counted out of the run's members, so that the last producer
// still going ends the stream without waiting for it. The FIFO's write end
// held for it is let go at once: until then no reader would see end of file,
// and a run that fails for the joiner would wait to be killed.
void Run::joinerEnded(int slot, bool countedOut)
{
    // Once: a failed start is reported, and an exit would be too.
    if (!m_block.isValid() || slot < m_block.workers() || m_joinersEnded.contains(slot))
        return;
    m_joinersEnded.insert(slot);
    const WorkerSnapshot &w = m_snapshot.workers[slot];
    // What is let go is said, in the log and under the step that added it.
    FaultRecord *added = m_faults.log().addedWorker(slot);
    const auto say = [&](const QString &entry) {
        m_result.log << entry;
        emit logLine(entry);
        if (added)
            added->effects << entry;
    };
    if (m_fifoHold.drop(slot))
        say(tr("ipcscope lets go of the FIFO's write end it held for %1: %1 ended before it opened the FIFO")
                .arg(w.name()));
    const WorkerState state = unpackState(m_block.slot(slot)->state.load(std::memory_order_acquire)).state;
    if (!countedOut && state != WorkerState::Done) {
        m_block.leave(w.role);
        const quint64 members = m_block.control()->members.load(std::memory_order_acquire);
        say(tr("%1 is counted out of the run's members: producers still sending: %2; the last of them ends the "
               "stream for %n consumer(s)",
               nullptr, int(members >> 32))
                .arg(w.name())
                .arg(members & 0xffffffffu));
    }
}

bool Run::allExited() const
{
    for (const QProcess *p : m_processes)
        if (p && p->state() != QProcess::NotRunning)
            return false;
    return true;
}

void Run::setError(const LessonLine &reason)
{
    if (!m_result.error.isEmpty())
        return;
    m_result.error = reason.text();
    m_result.errorLine = reason;
}

void Run::fail(const LessonLine &reason)
{
    setError(reason);
    if (m_phase == Phase::Finished)
        return;
    // The others may be blocked on the one that died: stop them, then kill.
    m_phase = Phase::Stopping;
    if (m_block.isValid())
        m_block.setStop();
    if (!m_graceTimer.isActive() || m_graceTimer.remainingTime() > kAbortGraceMs)
        m_graceTimer.start(kAbortGraceMs);
}

void Run::stall(const LessonLine &reason)
{
    if (m_faults.log().explainsStall())
        endByFault(LessonLine::later(
            [reason, step = m_faults.log().lastStep()] { return tr("%1, after %2").arg(reason.text(), step); }));
    else
        fail(reason);
}

void Run::endByFault(const LessonLine &reason)
{
    if (m_phase == Phase::Finished || m_endedByFault)
        return;
    m_endedByFault = true;
    const QString said = reason.text();
    m_faults.log().addCaused(said);
    m_result.log << said;
    emit logLine(said);
    m_phase = Phase::Stopping;
    if (m_block.isValid())
        m_block.setStop();
    if (!m_graceTimer.isActive() || m_graceTimer.remainingTime() > kAbortGraceMs)
        m_graceTimer.start(kAbortGraceMs);
}

void Run::makeFaults()
{
    if (!m_faults.busy())
        return;
    const QVector<FaultRecord> made =
        m_faults.poll(*m_mechanism, m_objects, m_snapshot, m_block, m_paused, [this] { stepAny(); },
                      [this](const Fault &f, FaultRecord &r) { addWorker(f, r); });
    for (const FaultRecord &r : made) {
        const QString line = tr("fault %1: %2").arg(r.fault.text(), r.call.isEmpty() ? r.result : r.call);
        m_result.log << line;
        emit logLine(line);
        emit faultMade(r);
    }
}

int Run::spareLeft(Role role) const
{
    if (!m_block.isValid())
        return 0;
    const int spare = role == Role::Producer ? m_block.spareProducers() : m_block.spareConsumers();
    return spare - m_added[int(role)];
}

QString Run::refusal(const Fault &fault) const
{
    if (!isActive())
        return tr("the run is not going");
    // The workers it has now, those that joined included.
    Shape shape = m_scenario.shape();
    shape.producers = shape.consumers = 0;
    for (const WorkerSnapshot &w : m_snapshot.workers)
        ++(w.role == Role::Producer ? shape.producers : shape.consumers);
    QString why = fault.refusal(*m_mechanism, shape, m_scenario.pingPong);
    if (!why.isEmpty() || fault.verb != Fault::Verb::Add)
        return why;
    const Role role = fault.addedRole();
    const QString step = fault.text().section(QLatin1Char(':'), 1);
    if (spareLeft(role) <= 0)
        return tr("'%1': the run kept no more spare telemetry slots for it (%2 reserved at its start)")
            .arg(step)
            .arg(role == Role::Producer ? m_block.spareProducers() : m_block.spareConsumers());
    if (m_block.producersActive() == 0)
        return tr("'%1': every producer has finished; the stream has ended").arg(step);
    return {};
}

void Run::addWorker(const Fault &fault, FaultRecord &record)
{
    const Role role = fault.addedRole();
    record.result = refusal(fault); // as the run is now, not as when it was asked
    if (!record.result.isEmpty())
        return;
    const int slot = int(m_snapshot.workers.size());
    // A FIFO's readers see end of file when its last write end closes: held
    // open here until the joiner has opened it.
    const MechanismInfo &info = m_mechanism->info();
    std::string held;
    if (info.pipeBuffer && !info.inheritsEnds) {
        try {
            held = m_fifoHold.hold(slot, param(m_objects.params, "path"));
        } catch (const SysError &e) {
            record.call = QString::fromStdString(e.what());
            record.result = tr("no reader has the FIFO open any more; nobody joins a run that is over");
            return;
        }
    }
    // A datagram socket's consumers share one socket, bound once: a consumer
    // that joins inherits that very socket, copied from a consumer that has
    // it, and reads the same queue. The copy is ours only until the fork.
    std::string copied;
    QString sharerName;
    if (info.scene == SceneKind::Datagrams && role == Role::Consumer) {
        const WorkerSnapshot *sharer = nullptr;
        for (const WorkerSnapshot &w : m_snapshot.workers)
            if (!sharer && w.role == Role::Consumer && !w.exited && w.pid > 0 &&
                w.state.state != WorkerState::Done && w.state.state != WorkerState::Failed)
                sharer = &w;
        if (!sharer) {
            record.result = tr("no consumer has the socket open any more; nobody joins a run that is over");
            return;
        }
        UniqueFd socket;
        const FaultCall copy = copySocket(pid_t(sharer->pid), kInheritedFd, socket);
        copied = copy.text();
        if (!copy.ok()) {
            record.call = QString::fromStdString(copied);
            record.result = QString::fromStdString(errnoName(copy.error));
            return;
        }
        m_fds.push_back({std::move(socket), Role::Consumer, -1});
        sharerName = QStringLiteral("%1 (pid %2)").arg(sharer->name()).arg(sharer->pid);
    }
    // Counted in before it starts: the last producer to finish ends the
    // stream for it too, or, when that already happened, it is not started.
    if (!m_block.join(role)) {
        m_fifoHold.drop(slot);
        m_fds.clear();
        record.result = tr("every producer had finished; nobody joins a run that is over");
        return;
    }
    int index = 0;
    for (const WorkerSnapshot &w : m_snapshot.workers)
        index += w.role == role ? 1 : 0;
    m_block.claimSlot(slot, role, index);
    WorkerSnapshot joined;
    joined.slot = slot;
    joined.role = role;
    joined.index = index;
    m_snapshot.workers.append(joined);
    m_eventCursor.append(0);
    m_stateWord.append(0);
    m_stateSinceNs.append(0);
    m_seriesMark.messages.append(0);
    m_seriesMark.bytes.append(0);
    m_lastStderr.append(QByteArray());
    m_processes.append(nullptr);
    if (m_series.workers() > 0)
        m_series.addWorker(joined.name(), role == Role::Producer);
    ++m_added[int(role)];
    record.joinedSlot = slot;
    spawn(role, index, slot);
    m_fds.clear(); // the joiner has its copy, if it was forked at all
    const WorkerSnapshot &w = m_snapshot.workers[slot];
    // The call as made, untranslated like every other: QProcess forks, and
    // the child execs the worker with these arguments.
    record.call = QStringLiteral("fork() and execve(): %1").arg(m_commands.last());
    for (const std::string &before : {copied, held})
        if (!before.empty())
            record.call = QString::fromStdString(before) + QStringLiteral("; ") + record.call;
    record.ok = w.pid > 0;
    record.result = record.ok ? QString::number(w.pid) : tr("not started");
    const quint64 members = m_block.control()->members.load(std::memory_order_acquire);
    record.effects << tr("%1 (pid %2) takes spare telemetry slot %3 and opens the run's objects as the first workers did")
                          .arg(w.name())
                          .arg(w.pid)
                          .arg(slot)
                   << tr("producers still sending: %1; the last of them ends the stream for %n consumer(s)", nullptr,
                         int(members >> 32))
                          .arg(members & 0xffffffffu);
    if (!held.empty())
        record.effects << tr("ipcscope holds a write end of the FIFO until %1 has opened it: until then no reader "
                             "sees end of file")
                              .arg(w.name());
    if (!copied.empty())
        record.effects << tr("%1 inherits the consumers' one socket as fd %2, copied from %3: one more reader of "
                             "the same queue, each datagram read by one of them")
                              .arg(w.name())
                              .arg(kInheritedFd)
                              .arg(sharerName);
}

bool Run::inject(const Fault &fault, QString *error)
{
    QString why = refusal(fault);
    if (why.isEmpty()) {
        m_watchProcesses = true;
        m_faults.injectNow(fault);
    }
    if (error)
        *error = why;
    return why.isEmpty();
}

void Run::stop()
{
    if (!isActive() || m_stopRequested)
        return;
    m_stopRequested = true;
    m_result.stopped = true;
    m_phase = Phase::Stopping;
    m_block.setStop();
    m_graceTimer.start(kStopGraceMs);
}

void Run::kill()
{
    if (!isActive())
        return;
    m_result.stopped = true;
    setError(LessonLine::later([] { return tr("the workers were killed on request"); }));
    m_phase = Phase::Stopping;
    killAll();
}

void Run::killAll()
{
    bool any = false;
    for (int slot = 0; slot < m_processes.size(); ++slot) {
        QProcess *p = m_processes[slot];
        if (p && p->state() != QProcess::NotRunning) {
            any = true;
            // Our own kill, at the end: its picture says ipcscope ended it,
            // not that it was lost to a kill (an injected one, or another's).
            m_snapshot.workers[slot].endedByUs = true;
            p->kill();
        }
    }
    // After faults that stop workers or take away what they wait on, the
    // ones still stuck are killed as part of ending that run.
    if (any && m_faults.log().explainsStall())
        m_killedAfterFaults = true;
    else if (any)
        setError(LessonLine::later(
            [] { return tr("the workers did not stop within %1 s and were killed").arg(kStopGraceMs / 1000); }));
    m_killed = m_killed || any;
    if (!any && allExited() && m_phase != Phase::Finished && m_phase != Phase::Idle)
        finish();
}

void Run::setPaused(bool paused)
{
    m_paused = paused;
    if (m_block.isValid())
        m_block.setPaused(paused);
    m_series.hold(paused, sinceGoS());
}

int Run::stepAny()
{
    const int workers = int(m_snapshot.workers.size());
    for (int k = 1; k <= workers; ++k) {
        const int slot = (m_lastStepped + k) % workers;
        const StateWord state = unpackState(m_block.slot(slot)->state.load(std::memory_order_acquire));
        if (state.state == WorkerState::Paused && m_block.control()->stepTokens[slot].load() == 0) {
            m_lastStepped = slot;
            m_block.grantStep(slot);
            m_series.hold(false, sinceGoS()); // a call let through: the run moves again
            return slot;
        }
    }
    return -1;
}

QString Run::step()
{
    if (!m_block.isValid() || !m_paused)
        return {};
    const int slot = stepAny();
    return slot < 0 ? QString() : m_snapshot.workers[slot].name();
}

void Run::setRate(double messagesPerSecond)
{
    m_scenario.rate = messagesPerSecond;
    if (m_block.isValid())
        m_block.setRate(messagesPerSecond);
}

bool Run::plausible(const EventRecord &e) const
{
    // The views index by these: a value none of this run's workers can
    // write (the slots are shared memory) is not drawn.
    switch (e.kind) {
    case EventKind::OpDone:
        return e.place < m_mechanism->info().syncObjects.size();
    case EventKind::Sent:
    case EventKind::Received:
    case EventKind::Duplicated:
        return e.producer < m_block.producerCapacity() && e.place < std::max(m_scenario.ringSlots, 1);
    default:
        return true; // a corrupted message's producer is whatever its bytes say
    }
}

QVector<RunEvent> Run::takeEvents()
{
    QVector<RunEvent> out;
    if (!m_block.isValid())
        return out;
    std::vector<EventRecord> records;
    for (int slot = 0; slot < m_snapshot.workers.size(); ++slot) {
        records.clear();
        m_eventCursor[slot] = readEvents(*m_block.slot(slot), m_eventCursor[slot], records);
        for (const EventRecord &r : records)
            if (plausible(r))
                out.append({slot, r});
    }
    return out;
}

void Run::finish()
{
    if (m_phase == Phase::Finished)
        return;
    m_pollTimer.stop();
    m_graceTimer.stop();
    bool pictured = false;
    if (m_block.isValid()) {
        readSlots();
        recordSeries(SeriesWindow::Last);
        // A last look for the views, while the block is still there to read:
        // the picture from the same sample as the counts, the kernel read
        // with them (the poll's picture before it showed a worker that had
        // exited since as running, beside its final count).
        if (m_sceneBuilder) {
            readPipeQueue();
            readKernel(false);
            m_scene = m_sceneBuilder->build(m_snapshot, m_paused, goingPhase(m_paused && !m_paced));
            pictured = true;
        }
        emit sampled();
    }
    RunResult &r = m_result;
    const RunSnapshot &s = m_snapshot;
    r.workers = s.workers;
    r.sent = s.sent;
    r.messages = s.received;
    r.bytes = s.receivedBytes;
    r.duplicated = s.duplicated;
    r.reordered = s.reordered;
    r.corrupted = s.corrupted;
    r.roundTrips = s.roundTrips;
    r.untrusted = s.untrusted;
    for (const WorkerSnapshot &w : s.workers) {
        r.strangers += w.strangers;
        r.foreign += w.foreign;
    }
    if (r.strangers)
        r.log << tr("refused %n connection(s) that did not come from the run's processes", nullptr, int(r.strangers));
    if (r.foreign)
        r.log << tr("refused %n datagram(s) that did not come from the run's processes", nullptr, int(r.foreign));
    // In a ping-pong a message is lost unless it came all the way back.
    const quint64 arrived = m_scenario.pingPong ? s.roundTrips : s.received;
    r.lost = s.sent > arrived ? s.sent - arrived : 0;
    uint64_t first = 0;
    uint64_t last = 0;
    for (const WorkerSnapshot &w : s.workers) {
        if (w.role == Role::Producer && w.firstNs && (!first || w.firstNs < first))
            first = w.firstNs;
        if (w.role == Role::Consumer && w.lastNs > last)
            last = w.lastNs;
    }
    r.seconds = first && last > first ? double(last - first) / 1e9 : 0;
    r.mbPerS = r.seconds > 0 ? double(r.bytes) / r.seconds / 1e6 : 0;
    r.msgsPerS = r.seconds > 0 ? double(r.messages) / r.seconds : 0;
    r.latencyP50Us = s.latencyP50Us;
    r.latencyP99Us = s.latencyP99Us;
    if (s.latencyP50Us)
        r.latencyMaxUs = s.latencyMaxUs;

    FaultLog &faults = m_faults.log();
    for (const FaultRecord &f : m_faults.unmade(s.elapsedS))
        faults.add(f, s);
    bool exitsOk = true;
    for (const WorkerSnapshot &w : s.workers)
        exitsOk = exitsOk && w.exited &&
                  (w.exitCode == 0 || faults.explained(w.slot) ||
                   (m_killedAfterFaults && w.exitSignal == QLatin1String("SIGKILL")));
    const bool lossless = r.lost == 0 && r.duplicated == 0 && r.corrupted == 0;
    // Messages lost or torn by a fault (a producer killed, a lock given
    // twice) are its effect, counted and named, not the mechanism's failure.
    const bool lossAllowed = (m_mechanism && m_mechanism->info().lossy) || faults.explainsStall();
    if (!lossless && faults.explainsStall())
        faults.addCaused(tr("%1 lost, %2 duplicated, %3 corrupted after the faults")
                             .arg(r.lost)
                             .arg(r.duplicated)
                             .arg(r.corrupted));
    // Where a killed producer's lost messages went, read from the ring while
    // its segment is still there (cleanup() below removes it).
    if (m_mechanism)
        for (const QString &line : Unannounced::lines(*m_mechanism, m_objects.params, m_scenario.shape(), s))
            faults.addCaused(line);
    r.faults = faults.records();
    r.faultsCaused = faults.caused();
    r.faultEndings = faults.endings();
    if (r.error.isEmpty() && !lossless && !lossAllowed) {
        r.errorLine = LessonLine::later(
            [lost = r.lost, duplicated = r.duplicated, corrupted = r.corrupted, mechanism = m_scenario.mechanism] {
                return tr("%1 lost, %2 duplicated, %3 corrupted on %4, which should lose nothing")
                    .arg(lost)
                    .arg(duplicated)
                    .arg(corrupted)
                    .arg(mechanism);
            });
        r.error = r.errorLine.text();
    }
    r.ok = r.error.isEmpty() && exitsOk;
    if (m_sceneBuilder) {
        // The last picture while the objects are there, then they go: drawn
        // as removed, with their last values.
        if (!pictured) {
            readKernel(false);
            m_sceneBuilder->build(m_snapshot, m_paused, goingPhase(m_paused && !m_paced));
        }
        m_sceneBuilder->detach();
        m_scene = m_sceneBuilder->build(m_snapshot, m_paused, endedPhase(r));
    }
    cleanup();
    m_phase = Phase::Finished;
    emit finished();
}

void Run::cleanup()
{
    if (m_sceneBuilder)
        m_sceneBuilder->detach(); // its mapping and sampler go before the objects
    m_kernelReader.reset(); // what it keeps open goes before the objects
    m_procFiles.clear();
    ReaperClient &reaper = Session::instance().reaper();
    m_fds.clear();
    m_replyFds.clear();
    m_fifoHold.clear();
    for (Objects *objects : {&m_objects, &m_replyObjects}) {
        objects->removeAll();
        for (const OwnedObject &o : objects->owned)
            reaper.untrack(o);
        objects->owned.clear();
    }
    if (m_block.isValid()) {
        unlinkTelemetry(m_block.name());
        reaper.untrack({ObjectKind::PosixShm, m_block.name()});
        m_block = TelemetryBlock();
    }
}

} // namespace ipcscope
