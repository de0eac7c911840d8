// Message types: msgrcv's msgtyp chooses among queued messages.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "engine/lessons/lessonobjects.h"

namespace ipcscope {

namespace {

// msgtyp of each receiver in turn, and the message it should get.
const QList<std::pair<int, QString>> kReceives = {{0, QStringLiteral("#0")},  {2, QStringLiteral("#2")},
                                                  {-2, QStringLiteral("#1")}, {-2, QStringLiteral("#3")},
                                                  {-2, QStringLiteral("#5")}, {0, QStringLiteral("#4")}};

class MessageTypesLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("msg-types"); }
    QString title() const override { return LessonText::tr("Message types: msgrcv chooses"); }
    QString group() const override { return LessonText::tr("Message queues"); }
    QString explanation() const override
    {
        return LessonText::tr("Six messages go into one System V queue with mtypes 3, 1, 2, 1, 3, 2. Then separate "
                              "processes receive with different msgtyp: 0 takes the first message, a positive type the "
                              "first of that type, a negative one the first message with the lowest type ≤ |msgtyp|.");
    }
    QString expected() const override
    {
        return LessonText::tr("msgtyp 0 → #0 (type 3); 2 → #2; −2 → #1, then #3 (type 1), then #5 (type 2); 0 → #4.");
    }
    QString control() const override
    {
        return LessonText::tr("All six messages have type 1: msgtyp has nothing to choose between.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-msg"); }
    QString code() const override { return QStringLiteral("lesson-msg-types"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("worker"), QStringLiteral("queue")};
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        Objects queue = createSysvQueue();
        c.own(queue);
        const QString key = QString::fromStdString(param(queue.params, "key"));
        const QString types =
            setup == LessonSetup::Control ? QStringLiteral("1,1,1,1,1,1") : QStringLiteral("3,1,2,1,3,2");
        const int msqid = std::stoi(param(queue.params, "id"));
        // Each process publishes its state in a block of its own: the sender
        // stays on the scene, done, while each receiver has its turn.
        const QString sender = QStringLiteral("P1");
        TelemetryBlock &sent = c.telemetry(1);
        c.stage().begin({QT_TRANSLATE_NOOP("Lessons", "msgsnd: types %1"), {verbatim(types.toStdString())}});
        c.stage().watchWorkers(sent, {sender});
        c.stage().watchQueue(QStringLiteral("queue"), msqid);
        const LessonContext::WorkerOutput out = c.runWorkerAtGo(
            sent, {QStringLiteral("msg-send"), QStringLiteral("--key"), key, QStringLiteral("--types"), types});
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "A sender queued: %1."))
                      .arg(out.values(QStringLiteral("sent")).join(QStringLiteral("; "))));
        QJsonArray got;
        for (const auto &[msgtyp, want] : kReceives) {
            // The queue as the kernel holds it, the message this msgrcv takes
            // marked, and the receiver at its start line.
            TelemetryBlock &receiver = c.telemetry(0, 1);
            c.stage().begin({QT_TRANSLATE_NOOP("Lessons", "msgrcv, msgtyp %1"), {verbatim(std::to_string(msgtyp))}});
            c.stage().watchWorkers(sent, {sender});
            c.stage().watchWorkers(receiver, {QStringLiteral("C%1").arg(got.size() + 1)});
            c.stage().watchQueue(QStringLiteral("queue"), msqid, msgtyp);
            const LessonContext::WorkerOutput r = c.runWorkerAtGo(
                receiver,
                {QStringLiteral("msg-receive"), QStringLiteral("--key"), key, QStringLiteral("--msgtyp"),
                 QString::number(msgtyp)},
                [&] {
                    c.wait(300); // long enough to be seen before it is taken
                    if (got.isEmpty())
                        // All queued, the one the first msgrcv takes marked: the
                        // picture of the lesson, said as that moment.
                        c.stage().keepAsFinal({QT_TRANSLATE_NOOP("Lessons", "At the moment all were queued")});
                });
            const QString text = r.value(QStringLiteral("text"));
            got.append(text);
            c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "A receiver with msgtyp %1 got %2 (type %3)."))
                          .arg(msgtyp)
                          .arg(text.isEmpty() ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "nothing"))
                                              : LessonLine::verbatim(text),
                               r.value(QStringLiteral("type"))));
        }
        return {{QStringLiteral("types"), types}, {QStringLiteral("received"), got}};
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        const QStringList got = readings::texts(r, "received");
        QList<LessonCheck> checks;
        for (int i = 0; i < kReceives.size(); ++i) {
            const QString text = got.value(i);
            checks.append({LessonText::tr("Receiver %1, msgtyp %2").arg(i + 1).arg(kReceives[i].first),
                           kReceives[i].second, text.isEmpty() ? LessonText::tr("nothing") : text,
                           text.startsWith(kReceives[i].second + QLatin1Char(','))});
        }
        return checks;
    }

    QString summary(const QJsonObject &r) const override
    {
        const QStringList got = readings::texts(r, "received");
        QStringList pairs;
        for (int i = 0; i < kReceives.size(); ++i)
            pairs << QStringLiteral("%1 → %2").arg(kReceives[i].first).arg(got.value(i));
        return pairs.join(QStringLiteral("; "));
    }
};

} // namespace

const Lesson &messageTypesLesson()
{
    static const MessageTypesLesson lesson;
    return lesson;
}

} // namespace ipcscope
