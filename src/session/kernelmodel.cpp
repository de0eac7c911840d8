#include "kernelmodel.h"

#include "formatter.h"
#include "scenebuilder.h"
#include "scenetext.h"

namespace ipcscope {

namespace {

// The child of `parent` with `key`, made (at the end) when it is not there.
TreeNode &child(TreeNode &parent, const QString &key)
{
    for (TreeNode &n : parent.children)
        if (n.key == key)
            return n;
    parent.children.append({key, {key}, false, {}, {}});
    return parent.children.last();
}

void set(TreeNode &parent, const QString &key, const QString &name, const QString &value)
{
    TreeNode &row = child(parent, key);
    row.cells = {name, value};
}

// The State letter of /proc/PID/stat, and what it means; stopped in the
// scene's own words.
QString processState(char letter)
{
    QString meaning;
    switch (letter) {
    case 'R': meaning = KernelModel::tr("running"); break;
    case 'S': meaning = KernelModel::tr("asleep"); break;
    case 'D': meaning = KernelModel::tr("asleep, uninterruptible"); break;
    case 'T':
    case 't': meaning = SceneText::stopped(); break;
    case 'Z': meaning = KernelModel::tr("zombie: exited, not yet reaped"); break;
    default: return QString(QLatin1Char(letter));
    }
    return KernelModel::tr("%1 (%2)", "State letter (its meaning)").arg(QLatin1Char(letter)).arg(meaning);
}

// A worker's row: its pid, and whether it has exited.
QString pidText(qint64 pid, bool exited)
{
    return exited ? KernelModel::tr("pid %1, exited").arg(pid) : KernelModel::tr("pid %1").arg(pid);
}

} // namespace

KernelModel::KernelModel(QObject *parent) : TreeModel(2, parent)
{
    clearRun();
}

QString KernelModel::header(int column) const
{
    if (column == 0)
        return tr("object");
    // Sampled is said once, here: marked on every value it was cut in the
    // panel's narrow column. Short, for the same column (the dock's title
    // says whose values they are).
    return m_sampled ? tr("sampled", "the kernel panel's values, read at speed") : tr("value");
}

void KernelModel::retranslate()
{
    retranslateHeader();
    if (m_lastScene)
        showScene(*m_lastScene);
    else if (m_lastSnapshot)
        update(*m_lastSnapshot, !m_sampled, m_phase);
    else
        publish();
}

void KernelModel::clearRun()
{
    m_lastSnapshot.reset();
    m_lastScene.reset();
    m_objects = {QStringLiteral("objects"), {}, false, {}, {}};
    m_workers = {QStringLiteral("workers"), {}, false, {}, {}};
    publish();
}

void KernelModel::publish()
{
    // Ended: the section says the values are the last read, each object the
    // one word — a dock a third of 1024 px wide cut the whole phrase to «уда…».
    m_objects.cells = {tr("kernel objects"), isEnded(m_phase) ? tr("last values") : QString()};
    m_workers.cells = {tr("worker processes")};
    TreeNode root;
    root.children = {m_objects, m_workers};
    TreeModel::update(root);
}

void KernelModel::markRemoved()
{
    const bool removed = isEnded(m_phase);
    for (TreeNode &object : m_objects.children) {
        object.cells = {object.cells.value(0), removed ? SceneText::removedBrief() : QString()};
        object.muted = removed;
        for (TreeNode &field : object.children)
            field.muted = removed;
    }
}

void KernelModel::update(const RunSnapshot &snap, bool exact, ScenePhase phase)
{
    m_phase = phase;
    if (!m_lastSnapshot || &snap != &*m_lastSnapshot) { // not retranslate() drawing it again
        m_lastScene.reset();
        m_lastSnapshot = snap;
    }
    // One row per object ("full"), one child per field ("semncnt  1").
    for (const KernelReading &r : snap.kernel) {
        // A process id is a name, not a quantity: 17093, never 17,093.
        const bool pid = r.field.endsWith(QLatin1String("pid"));
        const QString value = pid ? QString::number(r.value) : Formatter::count(r.value);
        set(child(m_objects, r.object), r.field, r.field, value);
    }
    if (m_sampled != !exact) {
        m_sampled = !exact;
        retranslateHeader();
    }
    for (const WorkerSnapshot &w : snap.workers) {
        TreeNode &worker = child(m_workers, w.name());
        worker.cells = {w.name(), pidText(w.pid, w.exited)};
        if (w.exited)
            set(worker, QStringLiteral("state"), tr("process state"), tr("exited"));
        else if (w.procState != '?')
            set(worker, QStringLiteral("state"), tr("process state"), processState(w.procState));
        // Stopped, it is not running, whatever call it was in. Exited, it is
        // in no call: /proc said the last of these while it was alive.
        const QString none = w.exited ? tr("(exited)") : isStopped(w) ? tr("(stopped)") : tr("(running)");
        const auto lastSeen = [&](const QString &value) {
            return value.isEmpty() ? none : w.exited ? tr("%1 (before it exited)").arg(value) : value;
        };
        set(worker, QStringLiteral("syscall"), tr("system call"), lastSeen(w.syscall));
        set(worker, QStringLiteral("wchan"), tr("wchan"), lastSeen(w.wchan));
        set(worker, QStringLiteral("cpu"), tr("CPU time"), Formatter::duration(w.cpuS));
        if (!w.schedPolicy.isEmpty())
            set(worker, QStringLiteral("policy"), tr("scheduling policy"), w.schedPolicy);
        set(worker, QStringLiteral("ctxt"), tr("context switches"),
            tr("%1 voluntary, %2 involuntary")
                .arg(Formatter::count(w.voluntaryCtxt), Formatter::count(w.involuntaryCtxt)));
        if (w.exited)
            set(worker, QStringLiteral("exit"), tr("exit"),
                w.exitSignal.isEmpty() ? QString::number(w.exitCode) : w.exitSignal);
    }
    markRemoved();
    publish();
}

void KernelModel::showScene(const SceneModel &scene)
{
    if (!m_lastScene || &scene != &*m_lastScene) {
        m_lastSnapshot.reset();
        m_lastScene = scene;
    }
    m_phase = scene.phase;
    m_objects.children.clear();
    m_workers.children.clear();
    for (const SceneSemaphore &sem : scene.semaphores) {
        TreeNode &row = child(m_objects, sem.name);
        if (sem.kind != SceneSemaphore::Kind::Condition && sem.value >= 0)
            set(row, QStringLiteral("value"), QStringLiteral("value"), Formatter::count(sem.value));
        set(row, QStringLiteral("waiters"), QStringLiteral("waiters"), Formatter::count(sem.waiters));
        if (sem.lastPid > 0)
            set(row, QStringLiteral("last_pid"), QStringLiteral("last_pid"), QString::number(sem.lastPid));
    }
    if (scene.ring) {
        TreeNode &row = child(m_objects, QStringLiteral("ring"));
        set(row, QStringLiteral("head"), QStringLiteral("head"), Formatter::count(qint64(scene.ring->head)));
        set(row, QStringLiteral("tail"), QStringLiteral("tail"), Formatter::count(qint64(scene.ring->tail)));
        set(row, QStringLiteral("filled"), QStringLiteral("filled"), Formatter::count(scene.ring->filled));
    }
    for (const SceneObject &o : scene.objects) {
        TreeNode &row = child(m_objects, o.kind);
        for (const auto &[field, value] : o.fields)
            set(row, field, field, Formatter::count(value));
    }
    for (const SceneWorker &w : scene.workers) {
        TreeNode &worker = child(m_workers, w.name);
        worker.cells = {SceneText::name(w.name), pidText(w.pid, w.exited)};
        set(worker, QStringLiteral("state"), tr("state"), w.text);
        if (w.exited)
            set(worker, QStringLiteral("exit"), tr("exit"), w.exitSignal.isEmpty() ? QString::number(w.exitCode) : w.exitSignal);
    }
    markRemoved();
    publish();
}

} // namespace ipcscope
