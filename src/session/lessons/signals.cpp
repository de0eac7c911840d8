// Lesson 2, signals: standard ones merge, real-time ones queue.
#include "lessonlist.h"

#include "session/formatter.h"
#include "session/scenariofile.h"

namespace ipcscope {

namespace {

class SignalsLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("signals"); }
    QString title() const override { return LessonText::tr("Signals: merged or queued"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "Four processes send signals to one as fast as they can. A standard signal (SIGUSR1, sent "
            "with kill) is a single pending bit: those sent while it is pending merge into it. Real-time "
            "signals (SIGRTMIN, sent with sigqueue) queue, each with its value.");
    }
    QString expected() const override
    {
        return LessonText::tr("Fewer SIGUSR1 arrive than were sent; every SIGRTMIN arrives, in order, with its value.");
    }
    QString mechanism() const override { return QStringLiteral("signals-std"); }
    QString scenario() const override { return QStringLiteral("signals-std"); }

    LessonOutcome run(LessonContext &c) const override
    {
        const Scenario standardSignals = exampleScenario(QStringLiteral("signals-std"));
        c.observe(LessonText::tr("%1 × %2 SIGUSR1 with kill()…")
                      .arg(standardSignals.producers)
                      .arg(Formatter::count(standardSignals.count)));
        const RunResult standard = c.run(standardSignals);
        c.observe(LessonText::tr("SIGUSR1: %1 sent, %2 arrived, %3 merged away.")
                      .arg(Formatter::count(standard.sent), Formatter::count(standard.messages),
                           Formatter::count(standard.lost)));
        const Scenario realtimeSignals = exampleScenario(QStringLiteral("signals-rt"));
        c.observe(LessonText::tr("%1 × %2 SIGRTMIN with sigqueue()…")
                      .arg(realtimeSignals.producers)
                      .arg(Formatter::count(realtimeSignals.count)));
        const RunResult realtime = c.run(realtimeSignals);
        c.observe(LessonText::tr("SIGRTMIN: %1 sent, %2 arrived, %3 out of order, %4 duplicated; every value checked.")
                      .arg(Formatter::count(realtime.sent), Formatter::count(realtime.messages),
                           Formatter::count(realtime.reordered), Formatter::count(realtime.duplicated)));
        LessonOutcome o;
        if (!standard.error.isEmpty() || !realtime.error.isEmpty())
            o.error = standard.error.isEmpty() ? realtime.error : standard.error;
        o.measured = LessonText::tr("SIGUSR1: %1 of %2 arrived. SIGRTMIN: %3 of %4 arrived, %5 out of order.")
                         .arg(Formatter::count(standard.messages), Formatter::count(standard.sent),
                              Formatter::count(realtime.messages), Formatter::count(realtime.sent),
                              Formatter::count(realtime.reordered));
        o.asExpected = standard.messages < standard.sent && realtime.messages == realtime.sent &&
                       realtime.reordered == 0 && realtime.duplicated == 0 && realtime.corrupted == 0;
        return o;
    }
};

} // namespace

const Lesson &signalsLesson()
{
    static const SignalsLesson lesson;
    return lesson;
}

} // namespace ipcscope
