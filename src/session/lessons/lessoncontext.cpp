#include "lessoncontext.h"

#include "lessonerror.h"

#include "session/procinfo.h"
#include "session/session.h"
#include "session/workerprocess.h"

#include "engine/names.h"
#include "engine/objects.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <cstring>

namespace ipcscope {

LessonContext::LessonContext(Observer observer, const std::atomic<bool> *cancel, Publisher publisher)
    : m_observer(std::move(observer)), m_cancel(cancel), m_publisher(std::move(publisher))
{
}

LessonContext::~LessonContext()
{
    ReaperClient &reaper = Session::instance().reaper();
    for (auto it = m_owned.rbegin(); it != m_owned.rend(); ++it) {
        it->removeAll();
        for (const OwnedObject &o : it->owned)
            reaper.untrack(o);
    }
    for (const auto &block : m_blocks) {
        unlinkTelemetry(block->name());
        reaper.untrack({ObjectKind::PosixShm, block->name()});
    }
}

void LessonContext::observe(const LessonLine &line)
{
    m_observations << line;
    if (m_observer)
        m_observer(line);
}

RunResult LessonContext::run(const Scenario &scenario, const std::function<void(Run &)> &watch)
{
    Run run(scenario);
    run.setPollInterval(25);
    run.setWatchProcesses(true);
    run.setKernelInterval(25);
    run.setWatchScene(true);
    QEventLoop loop;
    QObject::connect(&run, &Run::finished, &loop, &QEventLoop::quit);
    QObject::connect(&run, &Run::sampled, &loop, [&] {
        if (watch)
            watch(run);
        m_stage.showRun(run.scene());
        if (m_publisher)
            m_publisher(run.snapshot(), m_stage.read());
    });
    QTimer cancelCheck;
    QObject::connect(&cancelCheck, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            run.kill();
    });
    if (!run.start()) {
        RunResult failed;
        failed.scenario = scenario;
        failed.error = run.error();
        failed.errorLine = run.errorLine();
        return failed;
    }
    cancelCheck.start(50);
    if (run.isActive())
        loop.exec();
    // Its end, drawn now: the objects gone, the last values read after every
    // worker finished. The last picture sent was of the poll before the
    // end (the pipe-buf reader still in read(), its pipe still full), and
    // it stayed until the next part drew over it.
    // Its workers' ends go to the stage too: a picture kept of the run
    // (keepAsFinal) says who has ended since.
    for (const WorkerSnapshot &w : run.snapshot().workers)
        if (w.exited)
            m_stage.ended(w.pid, w.exitCode, w.exitSignal);
    m_stage.showRun(run.scene());
    publish(true);
    return run.result();
}

void LessonContext::own(const Objects &objects)
{
    for (const OwnedObject &o : objects.owned)
        Session::instance().reaper().track(o);
    m_owned.push_back(objects);
}

void LessonContext::release(const Objects &objects)
{
    ReaperClient &reaper = Session::instance().reaper();
    objects.removeAll();
    for (const OwnedObject &o : objects.owned)
        reaper.untrack(o);
    for (Objects &mine : m_owned)
        if (mine.params == objects.params)
            mine.owned.clear();
}

TelemetryBlock &LessonContext::telemetry(int producers, int consumers)
{
    const std::string name = uniquePosixName("lesson");
    m_blocks.push_back(
        std::make_unique<TelemetryBlock>(TelemetryBlock::create(name, producers, consumers, 12)));
    Session::instance().reaper().track({ObjectKind::PosixShm, name});
    m_stage.watchWorkers(*m_blocks.back());
    return *m_blocks.back();
}

bool LessonContext::waitForReady(const TelemetryBlock &block, int timeoutMs)
{
    return waitFor(
        [&] {
            for (int i = 0; i < block.workers(); ++i)
                if (unpackState(block.slot(i)->state.load()).state != WorkerState::Ready)
                    return false;
            return true;
        },
        timeoutMs);
}

void LessonContext::publish(bool now)
{
    if (!m_publisher)
        return;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (!now && ms - m_lastPublishMs < 100)
        return;
    m_lastPublishMs = ms;
    const SceneModel scene = m_stage.read();
    m_publisher(m_stage.workers(), scene);
}

bool LessonContext::noteReading(const QString &line)
{
    if (!line.contains(QLatin1Char('=')))
        return false;
    m_stage.reached(line);
    return true;
}

void LessonContext::finishStage(bool failed)
{
    m_stage.finish(failed);
    publish(true);
}

QString LessonContext::WorkerOutput::value(const QString &key) const
{
    const QStringList all = values(key);
    return all.isEmpty() ? QString() : all.last();
}

QStringList LessonContext::WorkerOutput::values(const QString &key) const
{
    QStringList out;
    const QString prefix = key + QLatin1Char('=');
    for (const QString &line : lines)
        if (line.startsWith(prefix))
            out << line.mid(prefix.size());
    return out;
}

std::unique_ptr<QProcess> LessonContext::startWorker(const QStringList &args)
{
    auto process = std::make_unique<QProcess>();
    prepareWorkerProcess(*process, QStringList{QStringLiteral("lesson")} + args);
    process->start();
    process->waitForStarted(5000);
    if (process->processId() > 0)
        m_pids.insert(process.get(), process->processId());
    // One without telemetry is watched through /proc, named by what it runs.
    if (!args.contains(QStringLiteral("--telemetry")) && !args.isEmpty() && process->processId() > 0) {
        const int n = ++m_processNames[args.first()];
        const bool sends = args.first().contains(QLatin1String("send")) || args.first().contains(QLatin1String("write"));
        m_stage.watchProcess(n > 1 ? QStringLiteral("%1 #%2").arg(args.first()).arg(n) : args.first(),
                             process->processId(), sends ? Role::Producer : Role::Consumer);
    }
    return process;
}

LessonContext::WorkerOutput LessonContext::outputOf(QProcess &process)
{
    WorkerOutput out;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            out.lines << QString::fromLocal8Bit(line.trimmed());
    out.errorText = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.state() == QProcess::NotRunning) {
        if (process.exitStatus() == QProcess::CrashExit) {
            out.exitSignal = QStringLiteral("SIG%1").arg(QLatin1String(sigabbrev_np(process.exitCode())));
            out.exitCode = 128 + process.exitCode();
        } else {
            out.exitCode = process.exitCode();
        }
    }
    return out;
}

LessonContext::WorkerOutput LessonContext::runWorker(const QStringList &args, int timeoutMs)
{
    return finishWorker(*startWorker(args), timeoutMs);
}

LessonContext::WorkerOutput LessonContext::runWorkerAtGo(TelemetryBlock &block, const QStringList &args,
                                                         const std::function<void()> &beforeGo, int timeoutMs)
{
    std::unique_ptr<QProcess> process =
        startWorker(args + QStringList{QStringLiteral("--telemetry"), QString::fromStdString(block.name()),
                                       QStringLiteral("--slot"), QStringLiteral("0")});
    if (!waitForReady(block)) {
        finishWorker(*process, 0);
        throw LessonError(LessonLine(QT_TRANSLATE_NOOP("Lessons", "the lesson worker %1 did not reach its start line"))
                              .arg(LessonLine::verbatim(args.value(0))));
    }
    if (beforeGo)
        beforeGo();
    block.setGo();
    return finishWorker(*process, timeoutMs);
}

LessonContext::WorkerOutput LessonContext::finishWorker(QProcess &process, int timeoutMs,
                                                        const std::function<void(const QString &)> &onLine)
{
    QStringList lines;
    const auto takeLines = [&] {
        process.setReadChannel(QProcess::StandardOutput);
        bool read = false;
        while (process.canReadLine()) {
            const QString line = QString::fromLocal8Bit(process.readLine().trimmed());
            if (line.isEmpty())
                continue;
            lines << line;
            read = noteReading(line) || read;
            if (onLine)
                onLine(line);
        }
        if (read)
            publish(true);
    };
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && !cancelled() && clock.elapsed() < timeoutMs) {
        process.waitForFinished(50);
        takeLines();
        publish();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    }
    takeLines();
    WorkerOutput out = outputOf(process);
    if (const qint64 pid = m_pids.take(&process); pid > 0 && process.state() == QProcess::NotRunning)
        m_stage.ended(pid, out.exitCode, out.exitSignal);
    bool read = false;
    for (const QString &rest : out.lines) {
        read = noteReading(rest) || read;
        if (onLine)
            onLine(rest);
    }
    if (read)
        publish(true);
    out.lines = lines + out.lines;
    return out;
}

QStringList LessonContext::linesUntil(QProcess &process, const QString &marker, int timeoutMs)
{
    QStringList lines;
    waitFor(
        [&] {
            process.waitForReadyRead(20);
            process.setReadChannel(QProcess::StandardOutput);
            while (process.canReadLine()) {
                const QString line = QString::fromLocal8Bit(process.readLine().trimmed());
                if (line.isEmpty())
                    continue;
                lines << line;
                if (noteReading(line))
                    publish(true);
                if (line.startsWith(marker))
                    return true;
            }
            return process.state() == QProcess::NotRunning && !process.canReadLine();
        },
        timeoutMs);
    return lines;
}

bool LessonContext::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (cancelled() || clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        publish();
        QThread::msleep(10);
    }
    return true;
}

void LessonContext::wait(int ms)
{
    waitFor([] { return false; }, ms);
}

} // namespace ipcscope
