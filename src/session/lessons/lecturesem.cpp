// The lecture's semaphore example, two instances at once; and its advice to
// prefer a mutex, measured.
#include "lectureexample.h"
#include "lessonerror.h"
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/formatter.h"

namespace ipcscope {

namespace {

const QString kInside = QStringLiteral("Critical section start");

// The mechanisms whose rates answer "semaphores are old: use a mutex".
const char *const kCompared[] = {"shm-mutex", "posix-shm", "sysv-shm"};

class LectureSemLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("lecture-sem"); }
    QString title() const override { return LessonText::tr("The lecture's example: a semaphore"); }
    QString group() const override { return LessonText::tr("The lecture's examples"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "The lecture's program as printed: semget, SETVAL 1, P, «Critical section start», getchar(), V. Two "
            "instances at once: the second's SETVAL undoes the first's P. Then one killed inside (Ctrl-C), "
            "without SEM_UNDO and with it. And the advice to use a mutex instead, measured at 64 B.");
    }
    QString expected() const override
    {
        return LessonText::tr("Both instances are inside at once and the semaphore ends at 2; killed inside, it stays "
                              "taken without SEM_UNDO and is given back with it.");
    }
    QString control() const override
    {
        return LessonText::tr("The fix: only the creator (IPC_CREAT | IPC_EXCL) sets the value, so the second "
                              "instance waits in P.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }
    QString code() const override { return QStringLiteral("lecture-sem"); }
    QStringList sceneItems() const override { return {QStringLiteral("worker"), QStringLiteral("segment"), QStringLiteral("semaphores")}; }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        QJsonObject r = runLectureExample(c, QStringLiteral("lecture-sem"), setup == LessonSetup::Control);
        const auto t = [&](const char *key) { return readings::text(r, key); };
        c.observe(isolationSentence(r));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "First instance: «%1»; the semaphore now %2."))
                      .arg(t("a.first"), t("a.value_first_inside")));
        c.observe(
            t("a.second") == kInside
                ? LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons", "Second instance, while the first is inside: «%1» — its SETVAL 1 undid the "
                                            "first's P. Both are in the critical section."))
                      .arg(t("a.second"))
                : LessonLine(QT_TRANSLATE_NOOP("Lessons", "Second instance: waits in P (wchan %1)."))
                      .arg(t("a.second_wchan")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons",
                                               "Both released: exits %1 and %2; the semaphore reads %3. ipcs -s: %4."))
                      .arg(t("a.first_status"), t("a.second_status"), t("a.value_after"), t("a.ipcs")));
        c.observe(
            LessonLine(QT_TRANSLATE_NOOP("Lessons", "Killed by Ctrl-C inside, no SEM_UNDO: the semaphore stays %1."))
                .arg(t("noundo.value_after")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons",
                                               "Killed by Ctrl-C inside, with SEM_UNDO: the kernel gave it back, %1."))
                      .arg(t("undo.value_after")));
        // The advice, measured: one producer, one consumer, 64 B, half a second each.
        for (const char *mechanism : kCompared) {
            Scenario s;
            s.mechanism = QLatin1String(mechanism);
            s.size = 64;
            s.count = 0;
            s.durationS = 0.5;
            s.telemetry = false;
            const RunResult run = c.run(s);
            if (!run.error.isEmpty())
                throw LessonError(run.errorSaid());
            r.insert(QStringLiteral("rate.%1").arg(QLatin1String(mechanism)), run.msgsPerS);
            c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "%1 at 64 B: %2."))
                          .arg(QLatin1String(mechanism), figure(Formatter::messageRate, run.msgsPerS)));
        }
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        return {
            {LessonText::tr("Both instances inside the critical section at once"), LessonText::tr("yes"),
             LessonText::tr("«%1», «%2»").arg(text(r, "a.first"), text(r, "a.second")),
             text(r, "a.first") == kInside && text(r, "a.second") == kInside},
            {LessonText::tr("The semaphore after both V"), LessonText::tr("2"), text(r, "a.value_after"),
             text(r, "a.value_after") == QLatin1String("2")},
            {LessonText::tr("Killed inside without SEM_UNDO: the semaphore"), LessonText::tr("0 (still taken)"),
             text(r, "noundo.value_after"), text(r, "noundo.value_after") == QLatin1String("0")},
            {LessonText::tr("Killed inside with SEM_UNDO: the semaphore"), LessonText::tr("1 (given back)"),
             text(r, "undo.value_after"), text(r, "undo.value_after") == QLatin1String("1")},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("Second instance: «%1»; the semaphore after both: %2. Killed inside: %3 without "
                              "SEM_UNDO, %4 with it.")
            .arg(text(r, "a.second"), text(r, "a.value_after"), text(r, "noundo.value_after"),
                 text(r, "undo.value_after"));
    }

    QList<LessonErratum> errata(const QJsonObject &r) const override
    {
        using namespace readings;
        const bool both = text(r, "a.first") == kInside && text(r, "a.second") == kInside;
        const double mutex = number(r, "rate.shm-mutex"), posix = number(r, "rate.posix-shm"),
                     sysv = number(r, "rate.sysv-shm");
        return {
            {LessonText::tr("Initialise the semaphore with 1 (SETVAL), then P … V: one process at a time in the "
                            "critical section."),
             both ? LessonText::tr("Two instances printed «%1» together; after both V the semaphore read %2.")
                        .arg(kInside, text(r, "a.value_after"))
                  : LessonText::tr("The second instance waited in P (wchan %1).").arg(text(r, "a.second_wchan")),
             LessonText::tr("Every instance runs SETVAL 1, undoing P of whoever is inside. Set the value once, in the "
                            "process that creates the set (IPC_CREAT | IPC_EXCL); the others find it."),
             !both},
            {LessonText::tr("P and V are enough (sem_flg = 0)."),
             LessonText::tr("An instance killed inside left the semaphore at %1; with SEM_UNDO it was %2.")
                 .arg(text(r, "noundo.value_after"), text(r, "undo.value_after")),
             LessonText::tr("Without SEM_UNDO the kernel does not undo the P of a process that dies inside: everyone "
                            "else waits for ever. With SEM_UNDO it gives the value back at exit."),
             text(r, "noundo.value_after") != QLatin1String("0")},
            {LessonText::tr("But it is a very old way (mutexes are used now)."),
             LessonText::tr("At 64 B, one producer and one consumer: process-shared mutex %1, POSIX semaphores %2, "
                            "System V semaphores %3.")
                 .arg(Formatter::messageRate(mutex), Formatter::messageRate(posix), Formatter::messageRate(sysv)),
             LessonText::tr("A process-shared mutex and a POSIX semaphore both sleep on a futex and make no system call "
                            "when nobody waits; System V semaphores make one for every P and V. Age says nothing of "
                            "speed: measure."),
             mutex >= posix && mutex >= sysv},
        };
    }
};

} // namespace

const Lesson &lectureSemLesson()
{
    static const LectureSemLesson lesson;
    return lesson;
}

} // namespace ipcscope
