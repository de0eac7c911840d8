#include "lesson.h"

#include "lessonlist.h"

#include "session/session.h"
#include "session/workerprocess.h"

#include "engine/objects.h"
#include "engine/syserror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QThread>
#include <QTimer>

namespace ipcscope {

QJsonObject LessonOutcome::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("expected"), expected},
            {QStringLiteral("measured"), measured},
            {QStringLiteral("as_expected"), asExpected},
            {QStringLiteral("observations"), QJsonArray::fromStringList(observations)},
            {QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)}};
}

LessonContext::LessonContext(Observer observer, const std::atomic<bool> *cancel)
    : m_observer(std::move(observer)), m_cancel(cancel)
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

void LessonContext::observe(const QString &line)
{
    m_observations << line;
    if (m_observer)
        m_observer(line);
}

RunResult LessonContext::run(const Scenario &scenario, const std::function<void(const Run &)> &watch)
{
    Run run(scenario);
    run.setPollInterval(25);
    run.setWatchProcesses(true);
    run.setKernelInterval(25);
    QEventLoop loop;
    QObject::connect(&run, &Run::finished, &loop, &QEventLoop::quit);
    if (watch)
        QObject::connect(&run, &Run::sampled, &loop, [&] { watch(run); });
    QTimer cancelCheck;
    QObject::connect(&cancelCheck, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            run.kill();
    });
    if (!run.start()) {
        RunResult failed;
        failed.scenario = scenario;
        failed.error = run.error();
        return failed;
    }
    cancelCheck.start(50);
    if (run.isActive())
        loop.exec();
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

TelemetryBlock &LessonContext::telemetry(int workers)
{
    const std::string name = uniquePosixName("lesson");
    m_blocks.push_back(std::make_unique<TelemetryBlock>(TelemetryBlock::create(name, workers, 0, 12)));
    Session::instance().reaper().track({ObjectKind::PosixShm, name});
    return *m_blocks.back();
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

LessonContext::WorkerOutput LessonContext::finishWorker(QProcess &process, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && !cancelled() && clock.elapsed() < timeoutMs)
        process.waitForFinished(50);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    }
    return outputOf(process);
}

bool LessonContext::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (cancelled() || clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(10);
    }
    return true;
}

void LessonContext::wait(int ms)
{
    waitFor([] { return false; }, ms);
}

const QList<const Lesson *> &allLessons()
{
    static const QList<const Lesson *> lessons = {
        &raceLesson(),     &signalsLesson(),      &pipeBufLesson(),    &backPressureLesson(), &sigpipeLesson(),
        &deadlockLesson(), &messageTypesLesson(), &prioritiesLesson(), &lectureShmLesson(),
    };
    return lessons;
}

const Lesson *findLesson(const QString &id)
{
    for (const Lesson *l : allLessons())
        if (l->id() == id)
            return l;
    return nullptr;
}

LessonOutcome runLesson(const Lesson &lesson, const LessonContext::Observer &observer, const std::atomic<bool> *cancel)
{
    LessonOutcome outcome;
    QString error;
    if (!Session::instance().ensureReady(&error)) {
        outcome.id = lesson.id();
        outcome.expected = lesson.expected();
        outcome.error = error;
        return outcome;
    }
    LessonContext context(observer, cancel);
    try {
        outcome = lesson.run(context);
    } catch (const std::exception &e) {
        outcome.error = QString::fromLocal8Bit(e.what());
    }
    outcome.id = lesson.id();
    outcome.expected = lesson.expected();
    outcome.observations = context.observations();
    if (context.cancelled() && outcome.error.isEmpty())
        outcome.error = QCoreApplication::translate("Lessons", "cancelled");
    if (!outcome.error.isEmpty())
        outcome.asExpected = false;
    return outcome;
}

} // namespace ipcscope
