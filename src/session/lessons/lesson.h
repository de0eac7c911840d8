#pragma once
// A lesson: one of the lecture's phenomena reproduced by real processes. It
// measures (real processes, real kernel objects) and keeps what it measured
// as named readings; its verdict is a pure function of those readings — a
// list of checks, each of which can fail — so that a test can feed it the
// outcomes the lecture does not predict, and a run where the phenomenon
// cannot happen (the control) turns it. The lecture's own examples add
// errata: where the lecture's words and the kernel disagree.
#include "lessoncontext.h"
#include "lessonquestion.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>

namespace ipcscope {

struct LessonCheck {
    QString what;     // "updates lost without the semaphore"
    QString expected; // "more than 0"
    QString measured; // "620 888 189"
    bool passed = false;
    // A claim about time or speed ("ten times the CPU"): the audience's
    // verdict weighs it, a pass/fail test never does (it is benchmarked).
    bool timing = false;
    QJsonObject toJson() const;
};

struct LessonErratum {
    QString claim;    // what the lecture says
    QString observed; // what the kernel did here
    QString why;
    bool lectureHolds = false;
    bool verified = true; // false: not measurable on this machine (the observation says why)
    QJsonObject toJson() const;
};

// As the lecture teaches it, or the control: a run where the phenomenon
// cannot happen, whose verdict must therefore be "not as expected".
enum class LessonSetup { AsTaught, Control };

struct LessonOutcome {
    QString id;
    LessonSetup setup = LessonSetup::AsTaught;
    QString expected;
    QString measured; // one sentence
    bool asExpected = false;
    QList<LessonLine> observations; // what was seen, step by step
    LessonLine error;               // the lesson could not be run, or was cancelled
    QList<LessonCheck> checks;
    QList<LessonErratum> errata;
    QJsonObject readings; // every number measured, by name: what a view draws from
    QJsonObject toJson() const;
    // The checks that failed, as one line: "what: measured (expected …)".
    QString failedChecks() const;
};

class Lesson {
public:
    virtual ~Lesson() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QString group() const = 0;
    virtual QString explanation() const = 0; // a few lines, readable from a projector
    virtual QString expected() const = 0;
    // What the control run changes so that the phenomenon cannot happen.
    virtual QString control() const = 0;
    // The mechanism whose scene fits the lesson best.
    virtual QString mechanism() const = 0;
    // The code the Code dock shows (resources/code/NAME.c): the lesson's own.
    virtual QString code() const = 0;
    // The example scenario (scenarios/NAME.json) the lesson builds on, to
    // watch in the live view; empty when the lesson runs workers of its own.
    virtual QString scenario() const { return {}; }
    // What its scene (lessonstage.h) draws at the verdict, as the inventory
    // names the items: a kind once for each one it must show
    // ({"worker", "counter"}). Its processes by default.
    virtual QStringList sceneItems() const { return {QStringLiteral("worker")}; }

    // Runs the real processes and returns what was measured, by name.
    virtual QJsonObject measure(LessonContext &context, LessonSetup setup) const = 0;
    // Pure functions of the readings.
    virtual QList<LessonCheck> verdict(const QJsonObject &readings) const = 0;
    virtual QString summary(const QJsonObject &readings) const = 0;
    virtual QList<LessonErratum> errata(const QJsonObject &readings) const;
    // Predict, then reveal: the question asked before the run (none by
    // default), and the index of the choice the readings make right, or -1
    // when they do not tell (nothing was measured).
    virtual LessonQuestion question() const { return {}; }
    virtual int answer(const QJsonObject &readings) const;
};

const QList<const Lesson *> &allLessons();
const Lesson *findLesson(const QString &id);
// The outcome of readings measured (or made up, in a test): checks, errata,
// summary, and as expected only when every check passed.
LessonOutcome judge(const Lesson &lesson, const QJsonObject &readings);
// The outcome's words — what was measured, the checks, the errata — in the
// language of now: judged again from its readings, as they are a pure
// function of them; whether it went as expected stays as it was.
LessonOutcome retold(const Lesson &lesson, const LessonOutcome &outcome);
// Runs a lesson here and now; `observer` hears each observation as it is made.
LessonOutcome runLesson(const Lesson &lesson, const LessonContext::Observer &observer,
                        const std::atomic<bool> *cancel = nullptr, LessonSetup setup = LessonSetup::AsTaught,
                        const LessonContext::Publisher &publisher = {});

} // namespace ipcscope
