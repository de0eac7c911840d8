// Priorities: a POSIX message queue hands out the highest first.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "engine/lessons/lessonobjects.h"

namespace ipcscope {

namespace {

const QStringList kExpectedOrder = {QStringLiteral("#2, priority 5"), QStringLiteral("#4, priority 5"),
                                    QStringLiteral("#5, priority 3"), QStringLiteral("#0, priority 2"),
                                    QStringLiteral("#3, priority 1"), QStringLiteral("#1, priority 0")};

class PrioritiesLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("priorities"); }
    QString title() const override { return LessonText::tr("Priorities: the highest first"); }
    QString group() const override { return LessonText::tr("Message queues"); }
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
    QString control() const override
    {
        return LessonText::tr("All six are sent with priority 0: they come out in the order sent.");
    }
    QString mechanism() const override { return QStringLiteral("posix-mq"); }
    QString code() const override { return QStringLiteral("lesson-priorities"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("worker"), QStringLiteral("queue")};
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        Objects queue = createPosixQueue(6, 64);
        c.own(queue);
        const QString name = QString::fromStdString(param(queue.params, "mq"));
        const QString priorities =
            setup == LessonSetup::Control ? QStringLiteral("0,0,0,0,0,0") : QStringLiteral("2,0,5,1,5,3");
        // Each process publishes its state in a block of its own: the sender
        // stays on the scene, done, while the receiver has its turn.
        const QString sender = QStringLiteral("P1");
        TelemetryBlock &sent = c.telemetry(1);
        c.stage().begin({QT_TRANSLATE_NOOP("Lessons", "mq_send, priorities %1"), {verbatim(priorities.toStdString())}});
        c.stage().watchWorkers(sent, {sender});
        c.stage().watchPosixQueue(QStringLiteral("queue"), param(queue.params, "mq"));
        const LessonContext::WorkerOutput out = c.runWorkerAtGo(
            sent, {QStringLiteral("mq-send"), QStringLiteral("--mq"), name, QStringLiteral("--priorities"), priorities});
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "Sent, in this order: %1."))
                      .arg(out.values(QStringLiteral("sent")).join(QStringLiteral("; "))));
        TelemetryBlock &receiver = c.telemetry(0, 1);
        c.stage().begin({QT_TRANSLATE_NOOP("Lessons", "mq_receive: the highest priority first")});
        c.stage().watchWorkers(sent, {sender});
        c.stage().watchWorkers(receiver, {QStringLiteral("C1")});
        c.stage().watchPosixQueue(QStringLiteral("queue"), param(queue.params, "mq"));
        const LessonContext::WorkerOutput in = c.runWorkerAtGo(
            receiver,
            {QStringLiteral("mq-receive"), QStringLiteral("--mq"), name, QStringLiteral("--count"), QStringLiteral("6")},
            [&] {
                c.wait(300); // the full queue and the receiver at its start line, seen before it drains it
                c.stage().keepAsFinal({QT_TRANSLATE_NOOP("Lessons", "The full queue, in the order C1 then took it")});
            });
        const QStringList got = in.values(QStringLiteral("got"));
        // The queued messages' priorities: the kernel shows a POSIX queue's
        // only by taking them (mq_curmsgs is all it counts), so these are the
        // priorities mq_receive gave the receiver, in the order it took them,
        // the first marked as the one it took next from the full queue of
        // the picture kept.
        QVector<SceneObject::Cell> taken;
        for (const QString &priority : in.values(QStringLiteral("priority")))
            taken.append({priority, taken.isEmpty() ? QStringLiteral("next") : QString()});
        c.stage().reportTaken(QStringLiteral("queue"), taken);
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "Received, in this order: %1."))
                      .arg(got.join(QStringLiteral("; "))));
        return {{QStringLiteral("priorities"), priorities},
                {QStringLiteral("received"), QJsonArray::fromStringList(got)}};
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        const QStringList got = readings::texts(r, "received");
        return {{LessonText::tr("The order mq_receive handed them out"), kExpectedOrder.join(QStringLiteral("; ")),
                 got.join(QStringLiteral("; ")), got == kExpectedOrder}};
    }

    QString summary(const QJsonObject &r) const override
    {
        return LessonText::tr("Received: %1").arg(readings::texts(r, "received").join(QStringLiteral("; ")));
    }
};

} // namespace

const Lesson &prioritiesLesson()
{
    static const PrioritiesLesson lesson;
    return lesson;
}

} // namespace ipcscope
