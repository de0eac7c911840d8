// SIGPIPE and EPIPE: writing to a pipe nobody reads.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/scenariofile.h"

namespace ipcscope {

namespace {

class SigpipeLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("sigpipe"); }
    QString title() const override { return LessonText::tr("SIGPIPE and EPIPE: the reader is gone"); }
    QString group() const override { return LessonText::tr("Pipes"); }
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
    QString control() const override
    {
        return LessonText::tr("The reader reads to the end: nobody writes to a pipe without a reader.");
    }
    QString mechanism() const override { return QStringLiteral("pipe"); }
    QString code() const override { return QStringLiteral("pipe"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("pipe")};
    }
    QString scenario() const override { return QStringLiteral("sigpipe"); }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        Scenario s = exampleScenario(QStringLiteral("sigpipe"));
        if (setup == LessonSetup::Control) {
            s.tweaks.stopAfter = 0; // the reader stays to the end
            s.count = 200;
        }
        QJsonObject r{{QStringLiteral("reader_leaves_after"), qint64(s.tweaks.stopAfter)}};
        c.observe(s.tweaks.stopAfter
                      ? LessonLine(QT_TRANSLATE_NOOP("Lessons",
                                                     "The reader leaves after %1 messages; the writer keeps writing…"))
                            .arg(s.tweaks.stopAfter)
                      : LessonLine(QT_TRANSLATE_NOOP("Lessons", "The reader reads all %1 messages…")).arg(s.count));
        const RunResult killed = c.run(s);
        const WorkerSnapshot killedWriter = killed.workers.value(0);
        r.insert(QStringLiteral("first_signal"), killedWriter.exitSignal);
        r.insert(QStringLiteral("first_status"), killedWriter.exitCode);
        r.insert(QStringLiteral("first_pid"), killedWriter.pid);
        c.observe(killedWriter.exitSignal.isEmpty()
                      ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "The writer exited with status %1."))
                            .arg(killedWriter.exitCode)
                      : LessonLine(QT_TRANSLATE_NOOP("Lessons", "The writer (pid %1) was killed by %2."))
                            .arg(killedWriter.pid)
                            .arg(killedWriter.exitSignal));
        s.tweaks.ignoreSigpipe = true;
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "Again, with SIGPIPE ignored by the writer…")));
        const RunResult told = c.run(s);
        const WorkerSnapshot toldWriter = told.workers.value(0);
        QString why;
        for (const QString &line : told.log)
            if (line.startsWith(QLatin1String("P1:")) && line.contains(QLatin1String("write")))
                why = line.mid(4);
        r.insert(QStringLiteral("second_signal"), toldWriter.exitSignal);
        r.insert(QStringLiteral("second_status"), toldWriter.exitCode);
        r.insert(QStringLiteral("second_error"), why);
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "The writer exited with status %1: %2"))
                      .arg(toldWriter.exitCode)
                      .arg(why));
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const QString firstEnd = text(r, "first_signal").isEmpty()
                                     ? LessonText::tr("exit status %1").arg(count(r, "first_status"))
                                     : LessonText::tr("killed by %1").arg(text(r, "first_signal"));
        const QString secondEnd = text(r, "second_signal").isEmpty()
                                      ? LessonText::tr("exit status %1: %2").arg(count(r, "second_status")).arg(text(r, "second_error"))
                                      : LessonText::tr("killed by %1").arg(text(r, "second_signal"));
        return {
            {LessonText::tr("The writer, SIGPIPE left as it is"), LessonText::tr("killed by SIGPIPE"), firstEnd,
             text(r, "first_signal") == QLatin1String("SIGPIPE")},
            {LessonText::tr("The writer, SIGPIPE ignored"), LessonText::tr("write() fails with EPIPE, it exits"),
             secondEnd,
             text(r, "second_signal").isEmpty() && count(r, "second_status") != 0 &&
                 text(r, "second_error").contains(QLatin1String("Broken pipe"))},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("First writer: %1. Second writer: exit status %2, %3.")
            .arg(text(r, "first_signal").isEmpty() ? LessonText::tr("not killed")
                                                   : LessonText::tr("killed by %1").arg(text(r, "first_signal")),
                 QString::number(count(r, "second_status")), text(r, "second_error"));
    }
};

} // namespace

const Lesson &sigpipeLesson()
{
    static const SigpipeLesson lesson;
    return lesson;
}

} // namespace ipcscope
