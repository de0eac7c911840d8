// EINTR: a signal handler interrupts a blocking call; SA_RESTART restarts some.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/procinfo.h"

#include "engine/lessons/lessonobjects.h"

#include <QProcess>

#include <signal.h>

namespace ipcscope {

namespace {

// "EINTR 200 1": what the call did, after how many ms, how often the handler ran.
struct Outcome {
    QString result;
    int ms = 0;
    int handled = 0;
};

Outcome outcome(const QJsonObject &r, const char *key)
{
    const QStringList w = readings::text(r, key).split(QLatin1Char(' '));
    return {w.value(0), w.value(1).toInt(), w.value(2).toInt()};
}

QString said(const QJsonObject &r, const char *key)
{
    const Outcome o = outcome(r, key);
    if (o.result.isEmpty())
        return LessonText::tr("not measured");
    return o.result == QLatin1String("EINTR")
               ? LessonText::tr("EINTR after %1 ms (handler ran %2×)").arg(o.ms).arg(o.handled)
               : LessonText::tr("%1 after %2 ms (handler ran %3×)")
                     .arg(o.result == QLatin1String("returned") ? LessonText::tr("returned") : o.result)
                     .arg(o.ms)
                     .arg(o.handled);
}

class EintrLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("eintr"); }
    QString title() const override { return LessonText::tr("EINTR: a signal interrupts a blocking call"); }
    QString group() const override { return LessonText::tr("Signals"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "A process blocks in read() on an empty pipe, in semop() P on a semaphore at 0, in msgrcv() on an "
            "empty queue. After 200 ms SIGALRM runs a handler; after 400 ms a child makes the call succeed. "
            "Without SA_RESTART the call fails with EINTR; with it read() is restarted — semop() and "
            "msgrcv() never are (signal(7)).");
    }
    QString expected() const override
    {
        return LessonText::tr("read(): EINTR without SA_RESTART, data with it; semop() and msgrcv(): EINTR even with "
                              "SA_RESTART.");
    }
    QString control() const override { return LessonText::tr("No signal comes: every call waits and succeeds."); }
    QString mechanism() const override { return QStringLiteral("pipe"); }
    QString code() const override { return QStringLiteral("lesson-eintr"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("semaphore"), QStringLiteral("queue"), QStringLiteral("signal")};
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        Objects sem = createSysvSemaphores(1, 0);
        Objects queue = createSysvQueue();
        c.own(sem);
        c.own(queue);
        QStringList args{QStringLiteral("eintr"),
                         QStringLiteral("--sem-key"),
                         QString::fromStdString(param(sem.params, "sem-key")),
                         QStringLiteral("--msg-key"),
                         QString::fromStdString(param(queue.params, "key"))};
        if (setup == LessonSetup::Control)
            args << QStringLiteral("--control");
        c.observe(setup == LessonSetup::Control
                      ? LessonLine(QT_TRANSLATE_NOOP("Lessons",
                                                     "Each call blocks; no signal, a child ends the wait at 400 ms…"))
                      : LessonLine(QT_TRANSLATE_NOOP(
                            "Lessons", "Each call blocks; SIGALRM at 200 ms, a child ends the wait at 400 ms…")));
        // The waiter, its semaphore and queue, and the signal sent to it, read from the kernel as it waits.
        c.stage().begin({QT_TRANSLATE_NOOP("Lessons", "the waiter's blocking calls")});
        c.stage().watchSemaphores(std::stoi(param(sem.params, "sem-id")),
                                  {QStringLiteral("semid")}, false); // as the code names it
        c.stage().watchQueue(QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "queue")),
                             std::stoi(param(queue.params, "id")));
        std::unique_ptr<QProcess> worker = c.startWorker(args);
        const qint64 pid = worker->processId();
        c.stage().nameProcess(pid, QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "waiter")));
        c.stage().watchSignals(QStringLiteral("SIGALRM"), pid, SIGALRM);
        // The picture the lesson is about: the waiter asleep in semop() with
        // SA_RESTART (GETNCNT 1), the call the signal will not let it resume,
        // said as that moment: SIGALRM has not come yet (it would have ended
        // the semop() with EINTR). No pipe is drawn: each read() had its own,
        // closed before the semop() began.
        LessonContext::WorkerOutput out;
        out.lines = c.linesUntil(*worker, QStringLiteral("semop.norestart="), 10000);
        // glibc's semop() is the semtimedop system call.
        const auto asleepInSemop = [&] {
            const ProcInfo info = readProcInfo(pid);
            return info.valid && info.state == 'S' &&
                   (info.syscallName == QLatin1String("semop") || info.syscallName == QLatin1String("semtimedop"));
        };
        if (c.waitFor([&] { return asleepInSemop() || worker->state() == QProcess::NotRunning; }, 2000) &&
            asleepInSemop()) {
            c.showNow();
            c.stage().keepAsFinal(
                {setup == LessonSetup::Control
                     ? QT_TRANSLATE_NOOP("Lessons", "The waiter asleep in semop() with SA_RESTART; no signal comes")
                     : QT_TRANSLATE_NOOP("Lessons", "The waiter asleep in semop() with SA_RESTART, before SIGALRM")});
        }
        const LessonContext::WorkerOutput rest = c.finishWorker(*worker);
        out.lines += rest.lines;
        if (rest.exitCode != 0)
            throw std::runtime_error(rest.errorText.toStdString());
        QJsonObject r;
        for (const QString &line : out.lines)
            r.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
        for (const char *call : {"read", "semop", "msgrcv"})
            c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "%1: without SA_RESTART %2; with SA_RESTART %3."))
                          .arg(QLatin1String(call), LessonLine::later([r, key = QByteArray(call) + ".norestart"] {
                                   return said(r, key.constData());
                               }),
                               LessonLine::later(
                                   [r, key = QByteArray(call) + ".restart"] { return said(r, key.constData()); })));
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        const auto interrupted = [&](const char *key) {
            const Outcome o = outcome(r, key);
            return o.result == QLatin1String("EINTR") && o.handled == 1;
        };
        const Outcome restarted = outcome(r, "read.restart");
        return {
            {LessonText::tr("read(), no SA_RESTART"), LessonText::tr("EINTR"), said(r, "read.norestart"),
             interrupted("read.norestart")},
            {LessonText::tr("read(), SA_RESTART"), LessonText::tr("restarted: the data, after the handler"),
             said(r, "read.restart"), restarted.result == QLatin1String("returned") && restarted.handled == 1},
            {LessonText::tr("semop(), SA_RESTART"), LessonText::tr("EINTR: never restarted"), said(r, "semop.restart"),
             interrupted("semop.restart")},
            {LessonText::tr("msgrcv(), SA_RESTART"), LessonText::tr("EINTR: never restarted"), said(r, "msgrcv.restart"),
             interrupted("msgrcv.restart")},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        return LessonText::tr("read(): %1 / %2 with SA_RESTART. semop() with SA_RESTART: %3. msgrcv() with SA_RESTART: %4.")
            .arg(said(r, "read.norestart"), said(r, "read.restart"), said(r, "semop.restart"), said(r, "msgrcv.restart"));
    }
};

} // namespace

const Lesson &eintrLesson()
{
    static const EintrLesson lesson;
    return lesson;
}

} // namespace ipcscope
