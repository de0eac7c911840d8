// Lesson 8, priorities: a POSIX message queue hands out the highest first.
#include "lessonlist.h"

#include "engine/lessons/lessonobjects.h"

namespace ipcscope {

namespace {

class PrioritiesLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("priorities"); }
    QString title() const override { return LessonText::tr("Priorities: the highest first"); }
    QString explanation() const override
    {
        return LessonText::tr("A sender puts six messages into a POSIX queue with priorities 2, 0, 5, 1, 5, 3; then a "
                              "receiver takes them. mq_receive always hands out the oldest message of the highest "
                              "priority present.");
    }
    QString expected() const override
    {
        return LessonText::tr(
            "Received in the order of priority 5 (#2), 5 (#4), 3, 2, 1, 0 — equal priorities in the order sent.");
    }
    QString mechanism() const override { return QStringLiteral("posix-mq"); }

    LessonOutcome run(LessonContext &c) const override
    {
        Objects queue = createPosixQueue(6, 64);
        c.own(queue);
        const QString name = QString::fromStdString(param(queue.params, "mq"));
        const LessonContext::WorkerOutput sender =
            c.runWorker({QStringLiteral("mq-send"), QStringLiteral("--mq"), name, QStringLiteral("--priorities"),
                         QStringLiteral("2,0,5,1,5,3")});
        c.observe(LessonText::tr("Sent, in this order: %1.")
                      .arg(sender.values(QStringLiteral("sent")).join(QStringLiteral("; "))));
        const LessonContext::WorkerOutput receiver =
            c.runWorker({QStringLiteral("mq-receive"), QStringLiteral("--mq"), name, QStringLiteral("--count"),
                         QStringLiteral("6")});
        const QStringList got = receiver.values(QStringLiteral("got"));
        c.observe(LessonText::tr("Received, in this order: %1.").arg(got.join(QStringLiteral("; "))));
        LessonOutcome o;
        o.measured = LessonText::tr("Received: %1").arg(got.join(QStringLiteral("; ")));
        o.asExpected = got == QStringList{QStringLiteral("#2, priority 5"), QStringLiteral("#4, priority 5"),
                                          QStringLiteral("#5, priority 3"), QStringLiteral("#0, priority 2"),
                                          QStringLiteral("#3, priority 1"), QStringLiteral("#1, priority 0")};
        return o;
    }
};

} // namespace

const Lesson &prioritiesLesson()
{
    static const PrioritiesLesson lesson;
    return lesson;
}

} // namespace ipcscope
