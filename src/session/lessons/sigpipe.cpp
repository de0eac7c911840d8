// Lesson 5, SIGPIPE and EPIPE: writing to a pipe nobody reads.
#include "lessonlist.h"

#include "session/scenariofile.h"

namespace ipcscope {

namespace {

class SigpipeLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("sigpipe"); }
    QString title() const override { return LessonText::tr("SIGPIPE and EPIPE: the reader is gone"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "The reader takes 50 messages and exits; the writer writes on. Writing to a pipe with no "
            "reader sends the writer SIGPIPE, which kills it. A writer that ignores SIGPIPE lives, and "
            "its write() fails with EPIPE instead.");
    }
    QString expected() const override
    {
        return LessonText::tr("The first writer is killed by SIGPIPE; the second gets EPIPE (Broken pipe) and exits.");
    }
    QString mechanism() const override { return QStringLiteral("pipe"); }
    QString scenario() const override { return QStringLiteral("sigpipe"); }

    LessonOutcome run(LessonContext &c) const override
    {
        Scenario s = exampleScenario(QStringLiteral("sigpipe"));
        c.observe(
            LessonText::tr("The reader leaves after %1 messages; the writer keeps writing…").arg(s.tweaks.stopAfter));
        const RunResult killed = c.run(s);
        const WorkerSnapshot killedWriter = killed.workers.value(0);
        c.observe(killedWriter.exitSignal.isEmpty()
                      ? LessonText::tr("The writer exited with status %1.").arg(killedWriter.exitCode)
                      : LessonText::tr("The writer (pid %1) was killed by %2.")
                            .arg(killedWriter.pid)
                            .arg(killedWriter.exitSignal));
        s.tweaks.ignoreSigpipe = true;
        c.observe(LessonText::tr("Again, with SIGPIPE ignored by the writer…"));
        const RunResult told = c.run(s);
        const WorkerSnapshot toldWriter = told.workers.value(0);
        QString why;
        for (const QString &line : told.log)
            if (line.startsWith(QLatin1String("P1:")) && line.contains(QLatin1String("write")))
                why = line.mid(4);
        c.observe(LessonText::tr("The writer exited with status %1: %2").arg(toldWriter.exitCode).arg(why));
        LessonOutcome o;
        o.measured =
            LessonText::tr("First writer: %1. Second writer: exit status %2, %3.")
                .arg(killedWriter.exitSignal.isEmpty() ? LessonText::tr("not killed")
                                                       : LessonText::tr("killed by %1").arg(killedWriter.exitSignal),
                     QString::number(toldWriter.exitCode), why);
        o.asExpected = killedWriter.exitSignal == QLatin1String("SIGPIPE") && toldWriter.exitSignal.isEmpty() &&
                       toldWriter.exitCode != 0 && why.contains(QLatin1String("Broken pipe"));
        return o;
    }
};

} // namespace

const Lesson &sigpipeLesson()
{
    static const SigpipeLesson lesson;
    return lesson;
}

} // namespace ipcscope
