#include "lesson.h"

#include "lessonerror.h"
#include "lessonlist.h"

#include "session/session.h"

#include <QJsonArray>

namespace ipcscope {

QJsonObject LessonCheck::toJson() const
{
    return {{QStringLiteral("what"), what},
            {QStringLiteral("expected"), expected},
            {QStringLiteral("measured"), measured},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("timing"), timing}};
}

QJsonObject LessonErratum::toJson() const
{
    return {{QStringLiteral("claim"), claim},
            {QStringLiteral("observed"), observed},
            {QStringLiteral("why"), why},
            {QStringLiteral("lecture_holds"), lectureHolds},
            {QStringLiteral("verified"), verified}};
}

QJsonObject LessonOutcome::toJson() const
{
    QJsonArray checkArray;
    for (const LessonCheck &c : checks)
        checkArray.append(c.toJson());
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("setup"), setup == LessonSetup::Control ? QStringLiteral("control")
                                                                           : QStringLiteral("as-taught")},
                  {QStringLiteral("expected"), expected},
                  {QStringLiteral("measured"), measured},
                  {QStringLiteral("as_expected"), asExpected},
                  {QStringLiteral("checks"), checkArray},
                  {QStringLiteral("readings"), readings},
                  {QStringLiteral("observations"), QJsonArray::fromStringList(textsOf(observations))},
                  {QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error.text())}};
    if (!errata.isEmpty()) {
        QJsonArray errataArray;
        for (const LessonErratum &e : errata)
            errataArray.append(e.toJson());
        o.insert(QStringLiteral("errata"), errataArray);
    }
    return o;
}

QString LessonOutcome::failedChecks() const
{
    QStringList failed;
    for (const LessonCheck &c : checks)
        if (!c.passed)
            failed << LessonText::tr("%1: %2 (expected %3)").arg(c.what, c.measured, c.expected);
    return failed.join(QStringLiteral("; "));
}

QList<LessonErratum> Lesson::errata(const QJsonObject &) const
{
    return {};
}

int Lesson::answer(const QJsonObject &) const
{
    return -1;
}

const QList<const Lesson *> &allLessons()
{
    static const QList<const Lesson *> lessons = {
        // Grouped: synchronisation, signals, pipes, message queues, keys and
        // addresses, the lecture's examples. Ctrl+1 to Ctrl+9: the first nine.
        &raceLesson(),         &deadlockLesson(),     &initRaceLesson(),     &signalsLesson(),
        &eintrLesson(),        &pipeBufLesson(),      &backPressureLesson(), &sigpipeLesson(),
        &boundariesLesson(),   &messageTypesLesson(), &prioritiesLesson(),   &ftokLesson(),
        &addressesLesson(),    &busyWaitLesson(),     &lectureShmLesson(),   &lectureMsgLesson(),
        &lectureSemLesson(),   &lecturePosixShmLesson(), &semUndoLesson(),    &robustMutexLesson(),
        &eidrmLesson(),        &holderStoppedLesson(), &pipeEofLesson(),      &persistenceLesson(),
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

LessonOutcome judge(const Lesson &lesson, const QJsonObject &readings)
{
    LessonOutcome o;
    o.id = lesson.id();
    o.expected = lesson.expected();
    o.readings = readings;
    o.checks = lesson.verdict(readings);
    o.errata = lesson.errata(readings);
    o.measured = lesson.summary(readings);
    o.asExpected = !o.checks.isEmpty();
    for (const LessonCheck &c : o.checks)
        o.asExpected = o.asExpected && c.passed;
    return o;
}

LessonOutcome retold(const Lesson &lesson, const LessonOutcome &outcome)
{
    LessonOutcome o = outcome;
    if (o.checks.isEmpty())
        return o; // nothing was judged: nothing to say again
    const LessonOutcome now = judge(lesson, o.readings);
    o.expected = now.expected;
    o.measured = now.measured;
    o.checks = now.checks;
    o.errata = now.errata;
    return o;
}

LessonOutcome runLesson(const Lesson &lesson, const LessonContext::Observer &observer, const std::atomic<bool> *cancel,
                        LessonSetup setup, const LessonContext::Publisher &publisher)
{
    LessonOutcome outcome;
    LessonLine error;
    if (!Session::instance().ensureReady(&error)) {
        outcome.id = lesson.id();
        outcome.expected = lesson.expected();
        outcome.error = error;
        outcome.setup = setup;
        return outcome;
    }
    LessonContext context(observer, cancel, publisher);
    try {
        outcome = judge(lesson, lesson.measure(context, setup));
    } catch (const LessonError &e) {
        outcome.id = lesson.id();
        outcome.expected = lesson.expected();
        outcome.error = e.line();
    } catch (const std::exception &e) {
        // What a process or the kernel said, as it said it.
        outcome.id = lesson.id();
        outcome.expected = lesson.expected();
        outcome.error = LessonLine::verbatim(QString::fromLocal8Bit(e.what()));
    }
    outcome.setup = setup;
    context.finishStage(!outcome.error.isEmpty() || context.cancelled());
    outcome.observations = context.observations();
    // Cancelled is the reason, whatever the run it cut short then said
    // ("the workers were killed on request").
    if (context.cancelled())
        outcome.error = LessonLine(QT_TRANSLATE_NOOP("Lessons", "cancelled"));
    if (!outcome.error.isEmpty())
        outcome.asExpected = false;
    return outcome;
}

} // namespace ipcscope
