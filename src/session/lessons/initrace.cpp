// The start-up race of the lecture's semaphore program, and its fix.
#include "lectureexample.h"
#include "lessonlist.h"
#include "lessonreadings.h"

namespace ipcscope {

namespace {

class InitRaceLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("init-race"); }
    QString title() const override { return LessonText::tr("Start-up race: who sets the semaphore"); }
    QString group() const override { return LessonText::tr("Synchronisation"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "Eight instances of the lecture's semaphore program start 5 ms apart and stay 20 ms inside. Each "
            "does semget(IPC_CREAT) and SETVAL 1: one that starts while another is inside lets itself in. The "
            "fix: only the instance whose semget(IPC_CREAT | IPC_EXCL) made the set sets the value. A shared "
            "counter records the most inside at once.");
    }
    QString expected() const override
    {
        return LessonText::tr("The lecture's start-up: several inside at once, the value ends above 1; the fix: one at a "
                              "time, the value ends at 1.");
    }
    QString control() const override { return LessonText::tr("Both runs use the fix: one at a time, always."); }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }
    QString code() const override { return QStringLiteral("lesson-init-race"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("semaphores"), QStringLiteral("semaphores")};
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        c.stage().keepGoneObjects(); // the lecture's set and the fix's, side by side at the end
        // One key for both: each card says whose set it is (the control runs the fix twice).
        const bool control = setup == LessonSetup::Control;
        const QMap<QString, QString> names{
            {QStringLiteral("lecture"),
             QString::fromLatin1(control ? QT_TRANSLATE_NOOP("Lessons", "the first run's set: the fix too")
                                         : QT_TRANSLATE_NOOP("Lessons", "the lecture's set: SETVAL in each"))},
            {QStringLiteral("fix"), QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "the fix's set: IPC_EXCL"))}};
        const QJsonObject r = runLectureExample(c, QStringLiteral("init-race"), control, names);
        const auto t = [&](const char *key) { return readings::text(r, key); };
        c.observe(isolationSentence(r));
        c.observe(LessonLine(
                      QT_TRANSLATE_NOOP(
                          "Lessons",
                          "%1 instances, each with SETVAL 1 at its start: %2 inside at most; the value after all: %3."))
                      .arg(t("lecture.instances"), t("lecture.most_inside"), t("lecture.value_after")));
        c.observe(
            LessonLine(QT_TRANSLATE_NOOP(
                           "Lessons",
                           "%1 instances, SETVAL by the creator only (IPC_EXCL): %2 inside at most; the value after "
                           "all: %3."))
                .arg(t("fix.instances"), t("fix.most_inside"), t("fix.value_after")));
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const auto allThrough = [&](const char *stage) {
            const QString s = QLatin1String(stage);
            return r.value(s + QStringLiteral(".failed")).toString() == QLatin1String("0") &&
                   r.value(s + QStringLiteral(".entered")).toString() == r.value(s + QStringLiteral(".instances")).toString();
        };
        return {
            {LessonText::tr("The lecture's start-up: most inside at once"), LessonText::tr("more than 1"),
             text(r, "lecture.most_inside"), count(r, "lecture.most_inside") > 1},
            {LessonText::tr("The fix: most inside at once"), LessonText::tr("1, every instance through"),
             text(r, "fix.most_inside"), count(r, "fix.most_inside") == 1 && allThrough("fix")},
            {LessonText::tr("The fix: the semaphore after all left"), LessonText::tr("1"), text(r, "fix.value_after"),
             text(r, "fix.value_after") == QLatin1String("1")},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("SETVAL in every instance: %1 inside at once, the value ends at %2. The fix: %3 at once, "
                              "%4 at the end.")
            .arg(text(r, "lecture.most_inside"), text(r, "lecture.value_after"), text(r, "fix.most_inside"),
                 text(r, "fix.value_after"));
    }
};

} // namespace

const Lesson &initRaceLesson()
{
    static const InitRaceLesson lesson;
    return lesson;
}

} // namespace ipcscope
