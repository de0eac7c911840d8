#include "lessonstage.h"

#include "objectreaders.h"

#include "session/procinfo.h"
#include "session/scenebuilder.h"
#include "session/scenetext.h"

#include "engine/lessons/lessonobjects.h"
#include "engine/telemetryblock.h"

#include <sys/sem.h>
#include <unistd.h>

#include <algorithm>
#include <optional>

namespace ipcscope {

namespace {

bool waitsOn(Op op)
{
    return op == Op::SemP || op == Op::Lock || op == Op::CondWait;
}

// Asleep in read() of its standard input, a pipe whose write end ipcscope
// holds (a lesson worker's --hold, until the session has read the picture):
// ipcscope holds it there, not the lesson's IPC.
bool heldByUs(qint64 pid, const ProcInfo &p)
{
    if (p.syscallName != QLatin1String("read") || p.firstArgument != 0)
        return false;
    const QStringList fds = openDescriptors(pid);
    if (fds.isEmpty() || !fds.first().startsWith(QLatin1String("0 -> pipe:[")))
        return false;
    return pipeEnds(getpid(), fds.first().section(QStringLiteral(" -> "), 1)).writers > 0;
}

// What a process without telemetry is doing, from the system call it is in
// (/proc/PID/syscall): a state word the Code dock can place, as the workers
// with telemetry publish theirs. Held by ipcscope it is paused, as a paced
// run's worker held by ipcscope is.
StateWord stateFromSyscall(qint64 pid, const ProcInfo &p)
{
    if (p.running || p.syscall < 0)
        return {WorkerState::Running, Op::None, 0};
    if (heldByUs(pid, p))
        return {WorkerState::Paused, Op::None, 0};
    static const QStringList sends{QStringLiteral("msgsnd"), QStringLiteral("write"), QStringLiteral("sendto"),
                                   QStringLiteral("mq_timedsend"), QStringLiteral("kill"),
                                   QStringLiteral("rt_sigqueueinfo")};
    static const QStringList receives{QStringLiteral("msgrcv"),          QStringLiteral("read"),
                                      QStringLiteral("recvfrom"),        QStringLiteral("mq_timedreceive"),
                                      QStringLiteral("rt_sigtimedwait"), QStringLiteral("pause")};
    if (sends.contains(p.syscallName))
        return {WorkerState::InCall, Op::Send, 0};
    if (receives.contains(p.syscallName))
        return {WorkerState::InCall, Op::Receive, 0};
    if (p.syscallName == QLatin1String("semop") || p.syscallName == QLatin1String("semtimedop"))
        return {WorkerState::InCall, Op::SemP, 0}; // only a P sleeps
    return {WorkerState::InCall, Op::None, 0};
}

} // namespace

LessonStage::LessonStage()
{
    m_clock.start();
}

void LessonStage::begin(const Text &part, bool keepCounters)
{
    m_part = part;
    m_unit.clear();
    m_blocks.clear();
    m_processes.clear();
    m_sets.clear();
    m_lastSemaphores.clear();
    if (keepCounters) {
        for (Counter &c : m_counters) {
            c.expected = {};
            c.actual = {};
            c.last.live = false;
        }
    } else {
        m_counters.clear();
    }
    m_objects.clear();
    m_reported.clear();
    m_run.reset();
    m_ended.reset();
    m_takenKind.clear();
    m_taken.clear();
    m_runSemaphores.clear();
}

void LessonStage::watchWorkers(const TelemetryBlock &block, const QStringList &names, const QVector<QStringList> &objects)
{
    for (Workers &b : m_blocks)
        if (b.block == &block) {
            b = {&block, names, objects};
            return;
        }
    m_blocks.append({&block, names, objects});
}

void LessonStage::watchProcess(const QString &name, qint64 pid, Role role)
{
    m_processes.append({name, pid, role});
}

bool LessonStage::isHeldByUs(qint64 pid)
{
    const ProcInfo info = readProcInfo(pid);
    return info.valid && info.state == 'S' && heldByUs(pid, info);
}

void LessonStage::nameProcess(qint64 pid, const QString &name)
{
    for (Process &p : m_processes)
        if (p.pid == pid)
            p.name = name;
}

void LessonStage::watchSemaphores(int semid, const QStringList &names, bool locks)
{
    m_sets.append({semid, names, locks});
}

void LessonStage::watchCounter(const Text &name, const QString &id, Reading expected, Reading actual,
                               const Text &shortfall)
{
    SceneCounter c;
    c.name = name;
    c.shortfall = shortfall;
    c.id = id;
    m_counters.append({c, std::move(expected), std::move(actual)});
}

void LessonStage::watchQueue(const QString &name, int msqid, long msgtyp, bool withKey)
{
    Watched w;
    w.kind = QStringLiteral("queue");
    w.name = name;
    w.id = msqid;
    w.msgtyp = msgtyp;
    w.withKey = withKey;
    m_objects.append(w);
}

void LessonStage::watchPosixQueue(const QString &name, const std::string &mq)
{
    Watched w;
    w.kind = QStringLiteral("mq");
    w.name = name;
    w.mq = mq;
    m_objects.append(w);
}

void LessonStage::watchSegment(const QString &name, int shmid)
{
    Watched w;
    w.kind = QStringLiteral("segment");
    w.name = name;
    w.id = shmid;
    m_objects.append(w);
}

void LessonStage::watchSignals(const QString &name, qint64 pid, int signo)
{
    Watched w;
    w.kind = QStringLiteral("signals");
    w.name = name;
    w.pid = pid;
    w.signo = signo;
    m_objects.append(w);
}

void LessonStage::report(const QString &kind, const QString &name, const QString &field, qint64 value)
{
    for (SceneObject &o : m_reported) {
        if (o.kind != kind || o.id != name)
            continue;
        o.live = true;
        for (auto &[key, v] : o.fields)
            if (key == field) {
                v = value;
                return;
            }
        o.fields.append({field, value});
        return;
    }
    // Another object of a kind whose last one is gone (the lecture's key
    // given to a new segment): one card, the object there is now. The gone
    // one drew its last values while it was the latest.
    if (!m_keepGone)
        m_reported.removeIf([&](const SceneObject &gone) { return gone.kind == kind && !gone.live; });
    SceneObject o;
    o.kind = kind;
    o.id = name;
    o.fields.append({field, value});
    m_reported.append(o);
}

void LessonStage::reportGone(const QString &kind)
{
    for (SceneObject &o : m_reported)
        if (o.kind == kind)
            o.live = false;
}

void LessonStage::reportTaken(const QString &kind, const QVector<SceneObject::Cell> &cells)
{
    m_takenKind = kind;
    m_taken = cells;
}

void LessonStage::addTaken(SceneModel &m) const
{
    if (m_taken.isEmpty())
        return;
    for (SceneObject &o : m.objects)
        if (o.kind == m_takenKind)
            o.cells = m_taken;
}

void LessonStage::showRun(const SceneModel &scene)
{
    m_run = scene;
}

void LessonStage::keepAsFinal(const Text &moment)
{
    m_final = read();
    m_moment = moment;
}

void LessonStage::ended(qint64 pid, int exitCode, const QString &exitSignal)
{
    if (pid > 0)
        m_exits.insert(pid, {exitCode, exitSignal});
}

void LessonStage::markEnded(SceneModel &m, bool onlyAsleep) const
{
    // As the Live scene's end says it (stateKey()): done, exited with a
    // status, or killed by a signal; in no call and waiting on nothing.
    // In a kept picture (onlyAsleep) only those drawn asleep or held in it,
    // which would otherwise read as asleep or held still (the deadlock's
    // cycle, ended by EIDRM; addresses' workers, let go); a worker drawn
    // at an earlier moment of its work (msg-types' receiver, ready beside
    // the full queue) keeps that moment and its count, where it would read
    // "done" with none taken.
    for (SceneWorker &w : m.workers) {
        const auto exit = m_exits.constFind(w.pid);
        if (w.pid <= 0 || exit == m_exits.cend())
            continue;
        // A run's own picture of its end already says how (stateKey():
        // "ended by ipcscope" for its clean-up's kill, which the exit status
        // alone would call killed).
        if (w.exited)
            continue;
        if (onlyAsleep && w.state != QLatin1String("blocked") && w.state != QLatin1String("in-call") &&
            w.state != QLatin1String("paused"))
            continue;
        w.exited = true;
        w.exitCode = exit->code;
        w.exitSignal = exit->signal;
        w.state = !exit->signal.isEmpty() ? QStringLiteral("killed")
                  : exit->code == 0       ? QStringLiteral("done")
                                          : QStringLiteral("failed");
        w.on.clear();
        w.call.clear();
        w.detail.clear();
        w.shares.clear();
        w.text = SceneText::state(w);
    }
}

void LessonStage::finish(bool failed)
{
    m_ended = failed ? ScenePhase::Failed : ScenePhase::Finished;
}

void LessonStage::readWorkers(SceneModel &m) const
{
    for (const WorkerSnapshot &w : m_lastWorkers.workers) {
        SceneWorker sw;
        sw.name = w.name();
        sw.pid = w.pid;
        sw.role = w.role;
        sw.state = stateKey(w);
        sw.messages = w.messages;
        sw.unit = m_unit;
        sw.exited = w.exited;
        sw.exitSignal = w.exitSignal;
        sw.exitCode = w.exitCode;
        // The object the state names, as this worker's code names it.
        QStringList objects;
        if (w.state.state == WorkerState::InCall || w.state.state == WorkerState::Critical) {
            for (const Workers &b : m_blocks)
                if (w.slot < b.objects.size())
                    objects = b.objects[w.slot];
            if (objects.isEmpty())
                for (const Semaphores &set : m_sets)
                    objects += set.names;
            if (w.state.state == WorkerState::InCall) {
                const QString object = objects.value(w.state.object);
                sw.call = w.syscall.isEmpty() || w.state.op != Op::None
                              ? (object.isEmpty() ? opName(w.state.op)
                                                  : QStringLiteral("%1(%2)").arg(opName(w.state.op), object))
                              : w.syscall;
                if (waitsOn(w.state.op))
                    sw.on = object;
            }
        }
        sw.text = SceneText::state(sw);
        m.workers.append(sw);
    }
}

void LessonStage::readSemaphores(SceneModel &m)
{
    if (m_sets.isEmpty()) {
        keepRunSemaphores(m);
        return;
    }
    QVector<SceneSemaphore> now;
    bool allRead = true;
    for (const Semaphores &set : m_sets) {
        const std::vector<SemaphoreReading> r = ipcscope::readSemaphores(set.semid, int(set.names.size()));
        for (int i = 0; i < set.names.size(); ++i) {
            SceneSemaphore s;
            s.name = set.names[i];
            s.kind = set.locks ? SceneSemaphore::Kind::Lock : SceneSemaphore::Kind::Counter;
            if (r[size_t(i)].value < 0) {
                allRead = false;
                continue;
            }
            s.value = r[size_t(i)].value;
            s.waiters = r[size_t(i)].waiting;
            s.lastPid = r[size_t(i)].lastPid;
            s.lastBy = SceneText::pidOwner(m, s.lastPid);
            for (const SceneWorker &w : m.workers) {
                if (w.pid == s.lastPid && s.lastPid > 0 && set.locks && s.value == 0)
                    s.holder = w.name; // a worker's, not this process's
                if (w.on == s.name && w.state == QLatin1String("blocked"))
                    s.waiting << w.name;
            }
            now.append(s);
        }
    }
    // A removed set shows its last values; nobody waits on it or holds it.
    if (allRead) {
        m_lastSemaphores = now;
    } else {
        for (SceneSemaphore &s : m_lastSemaphores) {
            s.waiters = 0;
            s.waiting.clear();
            s.holder.clear();
        }
    }
    m.semaphores = m_lastSemaphores;
}

void LessonStage::showSemaphores(const QStringList &names)
{
    m_runSemaphores = names;
    // Called before each run: a set of this run that reads no value yet is
    // not drawn with the last run's (sem-undo runs twice in one part).
    m_lastSemaphores.clear();
}

void LessonStage::keepRunSemaphores(SceneModel &m)
{
    // A run's own (showRun()) that the lesson names (showSemaphores()), as
    // the run's scene read them from the kernel. One
    // whose set is gone (eidrm's IPC_RMID, or the run's end) reads no value:
    // it shows the last one read, nobody waiting on it or holding it, as the
    // lesson's own sets do.
    QVector<SceneSemaphore> shown;
    for (const QString &name : m_runSemaphores)
        for (const SceneSemaphore &s : m.semaphores)
            if (s.name == name)
                shown.append(s);
    m.semaphores = shown;
    for (SceneSemaphore &s : m.semaphores) {
        const auto last = std::find_if(m_lastSemaphores.begin(), m_lastSemaphores.end(),
                                       [&](const SceneSemaphore &l) { return l.name == s.name; });
        if (s.value >= 0 || s.kind == SceneSemaphore::Kind::Condition) {
            if (last == m_lastSemaphores.end())
                m_lastSemaphores.append(s);
            else
                *last = s;
        } else if (last != m_lastSemaphores.end()) {
            s = *last;
            s.waiters = 0;
            s.waiting.clear();
            s.holder.clear();
            s.meanWaiters = -1;
        }
    }
}

void LessonStage::readObjects(SceneModel &m)
{
    for (Watched &w : m_objects) {
        const std::optional<SceneObject> read =
            w.kind == QLatin1String("queue")     ? readQueue(w.name, w.id, w.msgtyp, w.withKey)
            : w.kind == QLatin1String("mq")      ? readPosixQueue(w.name, w.mq)
            : w.kind == QLatin1String("segment") ? readSegmentObject(w.name, w.id)
                                                 : readSignals(w.name, w.pid, w.signo);
        SceneObject o;
        o.kind = w.kind == QLatin1String("mq") ? QStringLiteral("queue") : w.kind;
        o.id = w.name;
        if (read) {
            o = *read;
            w.last = o;
        } else if (w.last) {
            o = *w.last;
            o.live = false;
        } else {
            o.live = false;
        }
        m.objects.append(o);
    }
    m.objects += m_reported;
    for (Counter &c : m_counters) {
        if (!c.actual)
            continue; // an earlier part's: its last values
        const qint64 expected = c.expected ? c.expected() : -1;
        const qint64 actual = c.actual();
        if (expected >= 0)
            c.last.expected = expected;
        if (actual >= 0)
            c.last.actual = actual;
        c.last.live = actual >= 0;
    }
    for (const Counter &c : m_counters)
        m.counters.append(c.last);
}

void LessonStage::addEdges(SceneModel &m)
{
    for (const SceneWorker &w : m.workers)
        if (!w.on.isEmpty() && w.state == QLatin1String("blocked"))
            m.edges.append({w.name, w.on, QStringLiteral("waits")});
    for (const SceneSemaphore &s : m.semaphores)
        if (!s.holder.isEmpty())
            m.edges.append({s.name, s.holder, QStringLiteral("held")});
}

SceneModel LessonStage::read()
{
    // The workers first: the semaphores name their waiters and holder.
    RunSnapshot snapshot;
    for (const Workers &b : m_blocks) {
        for (int i = 0; i < b.block->workers(); ++i) {
            const WorkerSlot *s = b.block->slot(i);
            WorkerSnapshot w;
            w.slot = i;
            w.role = Role(s->role.load());
            w.index = int(s->index.load());
            w.pid = s->pid.load();
            w.state = unpackState(s->state.load());
            w.messages = s->messages.load();
            if (w.pid > 0) {
                const ProcInfo p = readProcInfo(w.pid);
                w.blocked = w.state.state == WorkerState::InCall && p.valid && !p.wchan.isEmpty() && !p.running;
                w.wchan = p.wchan;
                w.procState = p.state; // 'T': stopped, the kernel's word over the telemetry's
            }
            snapshot.workers << w;
        }
    }
    const int withTelemetry = int(snapshot.workers.size());
    for (const Process &p : m_processes) {
        WorkerSnapshot w;
        w.slot = int(snapshot.workers.size());
        w.role = p.role;
        w.pid = p.pid;
        const ProcInfo info = readProcInfo(p.pid);
        if (!info.valid || info.state == 'Z') {
            w.exited = true;
            w.state = {WorkerState::Done, Op::None, 0};
        } else {
            w.state = stateFromSyscall(p.pid, info);
            w.blocked = w.state.state == WorkerState::InCall && !info.wchan.isEmpty();
            w.syscall = info.syscallName;
            w.wchan = info.wchan;
            w.procState = info.state;
        }
        snapshot.workers << w;
    }
    snapshot.started = true;
    snapshot.readings = m_readings;
    m_lastWorkers = snapshot;

    if (m_ended && m_final) {
        // The picture that tells the lesson, with its last values; its
        // workers as they ended since.
        SceneModel m = *m_final;
        m.tS = double(m_clock.elapsed()) / 1000.0;
        m.phase = *m_ended;
        if (m_moment.empty()) {
            markEnded(m, true);
        } else {
            // A moment, said as one: a process drawn asleep in it is never
            // read as asleep now, as the caption names who has ended since.
            // Ended: collected by its parent here, or gone from /proc (one
            // a lesson process forked and reaped: pipe-eof's reader). One
            // drawn ended already (msg-types' sender, persistence's process)
            // ended before it, not since.
            static const QStringList endedThen{QStringLiteral("done"), QStringLiteral("failed"),
                                               QStringLiteral("killed"), QStringLiteral("ended")};
            const auto gone = [&](qint64 pid) {
                if (m_exits.contains(pid))
                    return true;
                const ProcInfo p = readProcInfo(pid);
                return !p.valid || p.state == 'Z';
            };
            // Each by the lesson's name for it, in the language its card
            // says it in ("writer": «писатель»), not verbatim.
            std::optional<Text> since;
            for (const SceneWorker &w : m.workers)
                if (w.pid > 0 && !w.exited && !endedThen.contains(w.state) && gone(w.pid)) {
                    const Text name{w.name.toStdString()};
                    since = since ? Text{QT_TRANSLATE_NOOP("Lessons", "%1, %2"), {*since, name}} : name;
                }
            m.part = since ? Text{QT_TRANSLATE_NOOP("Lessons", "%1 — ended since: %2"), {m_moment, *since}} : m_moment;
        }
        addTaken(m);
        return m;
    }
    SceneModel m;
    m.tS = double(m_clock.elapsed()) / 1000.0;
    m.part = m_part;
    m.exact = true; // every number is read now, none is a share of an interval
    m.phase = m_ended.value_or(ScenePhase::Running);
    if (m_run) {
        m.workers = m_run->workers;
        m.semaphores = m_run->semaphores;
        m.ring = m_run->ring;
        m.objects = m_run->objects;
        m.exact = m_run->exact;
    }
    readWorkers(m);
    // Names: the lesson's, else P1, P2… for the telemetry slots.
    for (int i = 0, offset = int(m.workers.size()) - int(snapshot.workers.size()); i < snapshot.workers.size(); ++i) {
        SceneWorker &w = m.workers[offset + i];
        if (i >= withTelemetry) {
            w.name = m_processes[i - withTelemetry].name;
            w.counted = false;
            if (w.state == QLatin1String("paused")) {
                w.detail = QStringLiteral("ipcscope"); // who holds it (stateFromSyscall())
                w.text = SceneText::state(w, w.detail);
            }
            continue;
        }
        int slot = i;
        for (const Workers &b : m_blocks) {
            if (slot < b.block->workers()) {
                if (slot < b.names.size())
                    w.name = b.names[slot];
                break;
            }
            slot -= b.block->workers();
        }
    }
    markEnded(m);
    readSemaphores(m);
    readObjects(m);
    addTaken(m);
    addEdges(m);
    // Exact only when every worker is at rest (asleep in the kernel, held by
    // ipcscope, at the start line or ended): one that runs has moved on
    // since it was read.
    static const QStringList atRest{QStringLiteral("blocked"),  QStringLiteral("paused"), QStringLiteral("ready"),
                                    QStringLiteral("starting"), QStringLiteral("done"),   QStringLiteral("failed"),
                                    QStringLiteral("killed")};
    if (!m_run)
        for (const SceneWorker &w : m.workers)
            m.exact = m.exact && atRest.contains(w.state);
    return m;
}

RunSnapshot LessonStage::workers() const
{
    RunSnapshot s = m_lastWorkers;
    s.readings = m_readings; // one made since the last read counts too
    return s;
}

void LessonStage::reached(const QString &reading)
{
    // A lesson prints a few dozen at most; a runaway one is kept to its last.
    constexpr int kKept = 256;
    m_readings << reading;
    if (m_readings.size() > kKept)
        m_readings.remove(0, m_readings.size() - kKept);
}

void LessonStage::retranslate(SceneModel &model)
{
    // Who holds a paused one (held by ipcscope) is its detail.
    for (SceneWorker &w : model.workers)
        w.text = SceneText::state(w, w.state == QLatin1String("paused") ? w.detail : QString());
}

} // namespace ipcscope
