// Lesson 7, message types: msgrcv's msgtyp chooses among queued messages.
#include "lessonlist.h"

#include "engine/lessons/lessonobjects.h"

namespace ipcscope {

namespace {

class MessageTypesLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("msg-types"); }
    QString title() const override { return LessonText::tr("Message types: msgrcv chooses"); }
    QString explanation() const override
    {
        return LessonText::tr("Six messages go into one System V queue with mtypes 3, 1, 2, 1, 3, 2. Then separate "
                              "processes receive with different msgtyp: 0 takes the first message, a positive type the "
                              "first of that type, a negative one the lowest type up to its absolute value.");
    }
    QString expected() const override
    {
        return LessonText::tr("msgtyp 0 → #0 (type 3); 2 → #2; −2 → #1, then #3 (type 1), then #5 (type 2); 0 → #4.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-msg"); }

    LessonOutcome run(LessonContext &c) const override
    {
        Objects queue = createSysvQueue();
        c.own(queue);
        const QString key = QString::fromStdString(param(queue.params, "key"));
        const LessonContext::WorkerOutput sender =
            c.runWorker({QStringLiteral("msg-send"), QStringLiteral("--key"), key, QStringLiteral("--types"),
                         QStringLiteral("3,1,2,1,3,2")});
        c.observe(LessonText::tr("A sender queued: %1.")
                      .arg(sender.values(QStringLiteral("sent")).join(QStringLiteral("; "))));
        const QList<std::pair<int, QString>> receives = {{0, QStringLiteral("#0")},  {2, QStringLiteral("#2")},
                                                         {-2, QStringLiteral("#1")}, {-2, QStringLiteral("#3")},
                                                         {-2, QStringLiteral("#5")}, {0, QStringLiteral("#4")}};
        bool allAsExpected = true;
        QStringList got;
        for (const auto &[msgtyp, want] : receives) {
            const LessonContext::WorkerOutput r =
                c.runWorker({QStringLiteral("msg-receive"), QStringLiteral("--key"), key, QStringLiteral("--msgtyp"),
                             QString::number(msgtyp)});
            const QString text = r.value(QStringLiteral("text"));
            got << QStringLiteral("%1 → %2").arg(msgtyp).arg(text);
            c.observe(LessonText::tr("A receiver with msgtyp %1 got %2 (type %3).")
                          .arg(msgtyp)
                          .arg(text, r.value(QStringLiteral("type"))));
            allAsExpected = allAsExpected && text.startsWith(want + QLatin1Char(','));
        }
        LessonOutcome o;
        o.measured = got.join(QStringLiteral("; "));
        o.asExpected = allAsExpected;
        return o;
    }
};

} // namespace

const Lesson &messageTypesLesson()
{
    static const MessageTypesLesson lesson;
    return lesson;
}

} // namespace ipcscope
