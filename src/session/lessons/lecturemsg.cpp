// The lecture's message-queue example, run twice as printed.
#include "lectureexample.h"
#include "lessonlist.h"
#include "lessonreadings.h"

namespace ipcscope {

namespace {

class LectureMsgLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("lecture-msg"); }
    QString title() const override { return LessonText::tr("The lecture's example: a message queue"); }
    QString group() const override { return LessonText::tr("The lecture's examples"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "The lecture's sender as printed: ftok(\"/tmp\", 'B'), msgget with IPC_CREAT | 0666, msgsnd of "
            "100 bytes, getchar(), exit — msgctl(IPC_RMID) commented out. Run twice, then ipcs -q. Then a "
            "message of type 2, sent last, and msgtyp; then two files with one ftok key.");
    }
    QString expected() const override
    {
        return LessonText::tr("After both runs the queue stays with 2 messages, 200 B; msgtyp 2 takes the newest "
                              "first; two paths share an ftok key.");
    }
    QString control() const override
    {
        return LessonText::tr("The sender calls the msgctl(IPC_RMID) the lecture comments out: nothing stays.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-msg"); }
    QString code() const override { return QStringLiteral("lecture-msg"); }
    QStringList sceneItems() const override { return {QStringLiteral("worker"), QStringLiteral("queue")}; }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        const QJsonObject r = runLectureExample(c, QStringLiteral("lecture-msg"), setup == LessonSetup::Control);
        const auto t = [&](const char *key) { return readings::text(r, key); };
        c.observe(isolationSentence(r));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "ftok(\"/tmp\", 'B') = %1; the queue's key: %2."))
                      .arg(t("ftok_tmp"), t("key")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "First run: «%1»; ipcs -q while it waits: %2; exit %3."))
                      .arg(t("run1.sender"), t("run1.ipcs"), t("run1.status")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "Second run: «%1»; ipcs -q while it waits: %2; exit %3."))
                      .arg(t("run2.sender"), t("run2.ipcs"), t("run2.status")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "Both senders gone; ipcs -q in the namespace: %1."))
                      .arg(t("after.ipcs")));
        if (r.contains(QStringLiteral("order.msgtyp2")))
            c.observe(
                LessonLine(QT_TRANSLATE_NOOP(
                               "Lessons",
                               "A third message of type 2, sent last. msgrcv with msgtyp 2: %1; then msgtyp 0: %2."))
                    .arg(t("order.msgtyp2"), t("order.msgtyp0")));
        c.observe(
            t("ftok_twins") == QLatin1String("none")
                ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "No two of %1 files under /usr/share gave one ftok key."))
                      .arg(t("ftok_scanned"))
                : LessonLine(
                      QT_TRANSLATE_NOOP("Lessons",
                                        "ftok(path, 'B') of %2 and of %3 is the same key %1 (found among %4 files)."))
                      .arg(t("ftok_twins").section(QLatin1Char(' '), 0, 0),
                           t("ftok_twins").section(QLatin1Char(' '), 1, 1),
                           t("ftok_twins").section(QLatin1Char(' '), 2, 2), t("ftok_scanned")));
        return r;
    }

    static bool leftBehind(const QJsonObject &r)
    {
        const QMap<QString, QString> q = objectWithKey(r, QStringLiteral("after.ipcs"), readings::text(r, "key"));
        return q.value(QStringLiteral("qnum")) == QLatin1String("2") && q.value(QStringLiteral("cbytes")) == QLatin1String("200");
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const QString sent = QStringLiteral("Sender: sent message");
        return {
            {LessonText::tr("Each run sent and waited in getchar()"), LessonText::tr("«%1» twice, exit 0").arg(sent),
             LessonText::tr("«%1», «%2»").arg(text(r, "run1.sender"), text(r, "run2.sender")),
             text(r, "run1.sender") == sent && text(r, "run2.sender") == sent && count(r, "run1.status") == 0 &&
                 count(r, "run2.status") == 0},
            {LessonText::tr("ipcs -q after both senders exited"), LessonText::tr("the queue, 2 messages, 200 B"),
             text(r, "after.ipcs"), leftBehind(r)},
            {LessonText::tr("msgrcv with msgtyp 2"), LessonText::tr("the type-2 message sent last"),
             text(r, "order.msgtyp2"), text(r, "order.msgtyp2").startsWith(QLatin1String("type 2"))},
            {LessonText::tr("Two paths with one ftok key"), LessonText::tr("found"), text(r, "ftok_twins"),
             !text(r, "ftok_twins").isEmpty() && text(r, "ftok_twins") != QLatin1String("none")},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("After two runs: %1. msgtyp 2 first took: %2. ftok twins: %3.")
            .arg(text(r, "after.ipcs"), text(r, "order.msgtyp2"), text(r, "ftok_twins"));
    }

    QList<LessonErratum> errata(const QJsonObject &r) const override
    {
        using namespace readings;
        const QString twins = text(r, "ftok_twins");
        const bool found = !twins.isEmpty() && twins != QLatin1String("none");
        return {
            {LessonText::tr("The sender is complete as printed; msgctl(msgid, IPC_RMID, NULL) stays commented out."),
             LessonText::tr("After two runs, with both senders gone, ipcs -q listed: %1.").arg(text(r, "after.ipcs")),
             LessonText::tr("A System V queue lives until IPC_RMID or reboot, whoever created it; nobody removes this "
                            "one. Here it went with the private namespace; on the machine it would stay."),
             !leftBehind(r)},
            {LessonText::tr("How to choose a key without collisions: man 3 ftok — it makes a key from a file name."),
             found ? LessonText::tr("%1 and %2 give the same key %3.")
                         .arg(twins.section(QLatin1Char(' '), 1, 1), twins.section(QLatin1Char(' '), 2, 2),
                              twins.section(QLatin1Char(' '), 0, 0))
                   : LessonText::tr("No two of %1 files gave one key.").arg(text(r, "ftok_scanned")),
             LessonText::tr("ftok keeps 8 bits of the id, 8 of the device and 16 of the inode: files 65 536 inodes "
                            "apart share a key. ftok(3) promises no uniqueness; IPC_PRIVATE or IPC_EXCL does."),
             !found},
            {LessonText::tr("Messages are received one after another (that is why it is a queue)."),
             text(r, "order.msgtyp2").isEmpty()
                 ? LessonText::tr("Not measured: the queue was gone.")
                 : LessonText::tr("msgrcv with msgtyp 2 took «%1», sent after two older messages of type 1.")
                       .arg(text(r, "order.msgtyp2")),
             LessonText::tr("msgrcv chooses by msgtyp: 0 the oldest, > 0 the oldest of that type, < 0 the lowest type; "
                            "a POSIX queue hands out the highest priority first. The order holds within a type."),
             !text(r, "order.msgtyp2").startsWith(QLatin1String("type 2")), r.contains(QStringLiteral("order.msgtyp2"))},
        };
    }
};

} // namespace

const Lesson &lectureMsgLesson()
{
    static const LectureMsgLesson lesson;
    return lesson;
}

} // namespace ipcscope
