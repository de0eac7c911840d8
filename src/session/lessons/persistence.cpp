// Kernel persistence: IPC objects outlive every process that used them,
// until they are removed.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "session/formatter.h"
#include "session/leftovers.h"
#include "session/procinfo.h"

#include "engine/lessons/lessonobjects.h"
#include "engine/objects.h"

#include <QFileInfo>
#include <QProcess>

#include <sys/msg.h>

namespace ipcscope {

namespace {

// A queue as IPC_STAT reports it: its message count, or -1 when no queue
// with this id holds our key any more.
qint64 queuedMessages(int msqid, qint64 key)
{
    msqid_ds ds{};
    if (msgctl(msqid, IPC_STAT, &ds) != 0 || qint64(ds.msg_perm.__key) != key)
        return -1;
    return qint64(ds.msg_qnum);
}

// A segment's attach count, or -1 when no segment with this id holds our key.
qint64 attached(int shmid, qint64 key)
{
    const SegmentReading s = readSegment(shmid);
    return s.exists && qint64(s.key) == key ? s.attached : -1;
}

// The size of /dev/shm/NAME, or -1 when it is not there.
qint64 devShmBytes(const QString &name)
{
    const QFileInfo f(QStringLiteral("/dev/shm") + name);
    return f.exists() ? f.size() : -1;
}

class PersistenceLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("persistence"); }
    QString title() const override { return LessonText::tr("Kernel persistence: objects outlive their processes"); }
    QString group() const override { return LessonText::tr("Message queues"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "A process creates a System V message queue, a System V segment and a POSIX segment, sends three "
            "messages, writes into both segments and exits without removing anything. The kernel keeps all three: "
            "ipcs still lists the queue with its messages and the segment, /dev/shm the POSIX segment — until "
            "someone removes them (ipcrm, i.e. IPC_RMID; shm_unlink). The lesson then removes its own three.");
    }
    QString expected() const override
    {
        return LessonText::tr("With every process gone: the queue holds its 3 messages, the segment is there with "
                              "shm_nattch 0, /dev/shm keeps the POSIX segment; after removal none is left.");
    }
    QString control() const override
    {
        return LessonText::tr("The process removes all three itself before it exits: nothing outlives it.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-msg"); }
    QString code() const override { return QStringLiteral("lesson-persistence"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("queue"), QStringLiteral("segment")};
    }
    LessonQuestion question() const override
    {
        return {LessonText::tr("The process that made the queue exits without removing it. What does ipcs show?"),
                {LessonText::tr("Nothing: the queue went with its process"),
                 LessonText::tr("The queue, with its 3 messages")}};
    }
    int answer(const QJsonObject &r) const override
    {
        using namespace readings;
        if (!flag(r, "writer_exited"))
            return -1;
        return count(r, "queue_after_exit") > 0 ? 1 : 0;
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        const bool control = setup == LessonSetup::Control;
        QStringList args{QStringLiteral("persistence")};
        if (control)
            args << QStringLiteral("--control");
        c.observe(control ? LessonLine(QT_TRANSLATE_NOOP(
                                "Lessons", "A process makes a queue and two segments, uses them and removes them…"))
                          : LessonLine(QT_TRANSLATE_NOOP(
                                "Lessons", "A process makes a queue and two segments, uses them and exits…")));
        std::unique_ptr<QProcess> worker = c.startWorker(args);
        LessonContext::WorkerOutput head;
        head.lines = c.linesUntil(*worker, QStringLiteral("created"), 10000);
        // Each object is the session's (and its reaper's) before the process may drop its own journal.
        Objects mine;
        for (const QString &described : head.values(QStringLiteral("own"))) {
            OwnedObject o;
            if (parseObject(described.toStdString(), o))
                mine.owned.push_back(o);
        }
        c.own(mine);
        const qint64 pid = head.value(QStringLiteral("pid")).toLongLong();
        const int msqid = head.value(QStringLiteral("msqid")).toInt();
        const int shmid = head.value(QStringLiteral("shmid")).toInt();
        const QString posix = head.value(QStringLiteral("posix"));
        if (head.value(QStringLiteral("created")).isEmpty() || mine.owned.size() != 3 || posix.isEmpty()) {
            const LessonContext::WorkerOutput out = c.finishWorker(*worker, 5000);
            throw std::runtime_error(QStringLiteral("persistence: %1").arg(out.errorText).toStdString());
        }
        qint64 queueKey = 0, segmentKey = 0;
        for (const OwnedObject &o : mine.owned) {
            if (o.kind == ObjectKind::SysvMsg)
                queueKey = o.key;
            else if (o.kind == ObjectKind::SysvShm)
                segmentKey = o.key;
        }
        c.stage().begin({QT_TRANSLATE_NOOP("Lessons", "after the process")});
        c.stage().watchProcess(QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "writer")), pid, Role::Producer);
        c.stage().watchQueue(QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "queue")), msqid);
        c.stage().watchSegment(QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "segment")), shmid);
        worker->write("owned\n");
        const LessonContext::WorkerOutput out = c.finishWorker(*worker, 10000);
        if (out.exitCode != 0)
            throw std::runtime_error(QStringLiteral("persistence: %1").arg(out.errorText).toStdString());

        QJsonObject r{{QStringLiteral("sent"), out.value(QStringLiteral("sent")).toLongLong()},
                      {QStringLiteral("writer_exited"), !readProcInfo(pid).valid}};
        const auto look = [&](const char *when) {
            const QString w = QLatin1String(when);
            r.insert(QStringLiteral("queue_after_%1").arg(w), queuedMessages(msqid, queueKey));
            r.insert(QStringLiteral("segment_after_%1").arg(w), attached(shmid, segmentKey));
            const qint64 posixBytes = devShmBytes(posix);
            r.insert(QStringLiteral("posix_after_%1").arg(w), posixBytes);
            if (posixBytes >= 0)
                c.stage().report(QStringLiteral("segment"), QStringLiteral("/dev/shm") + posix, QStringLiteral("bytes"),
                                 posixBytes);
            else
                c.stage().reportGone(QStringLiteral("segment"));
        };
        look("exit");
        // What ipcs lists (/proc/sysvipc), with every process it names gone.
        int leftOver = 0;
        for (const Leftover &l : Leftovers::find())
            leftOver += (l.kind == QLatin1String("msg") && l.id == msqid && l.key == queueKey) ||
                                (l.kind == QLatin1String("shm") && l.id == shmid && l.key == segmentKey)
                            ? 1
                            : 0;
        r.insert(QStringLiteral("left_over_in_ipcs"), leftOver);
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons", "The process (pid %1) has exited. Queue %2: %3; segment %4: %5; %6: %7."))
                      .arg(pid)
                      .arg(msqid)
                      .arg(figure(said, r.value(QStringLiteral("queue_after_exit")).toInteger(), Kind::Queue))
                      .arg(shmid)
                      .arg(figure(said, r.value(QStringLiteral("segment_after_exit")).toInteger(), Kind::Segment))
                      .arg(QStringLiteral("/dev/shm") + posix,
                           figure(said, r.value(QStringLiteral("posix_after_exit")).toInteger(), Kind::Posix)));
        c.wait(600); // the scene: the process gone, the objects still there
        c.showNow();
        c.stage().keepAsFinal({QT_TRANSLATE_NOOP("Lessons", "At the moment the process had exited")});
        const bool anyLeft = r.value(QStringLiteral("queue_after_exit")).toInteger() >= 0 ||
                             r.value(QStringLiteral("segment_after_exit")).toInteger() >= 0 ||
                             r.value(QStringLiteral("posix_after_exit")).toInteger() >= 0;
        c.observe(anyLeft
                      ? LessonLine(QT_TRANSLATE_NOOP(
                                       "Lessons",
                                       "Removing the lesson's own three: msgctl(%1, IPC_RMID), shmctl(%2, "
                                       "IPC_RMID), shm_unlink(\"%3\") — as ipcrm -q %1 -m %2 and rm /dev/shm%3 do…"))
                            .arg(msqid)
                            .arg(shmid)
                            .arg(posix)
                      : LessonLine(QT_TRANSLATE_NOOP("Lessons",
                                                     "Nothing to remove: the process removed its objects itself.")));
        c.release(mine);
        look("removal");
        c.showNow();
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const qint64 sent = count(r, "sent");
        const bool exited = flag(r, "writer_exited");
        return {
            {LessonText::tr("The System V queue, every process gone"),
             LessonText::tr("still there, holding the %1 messages").arg(sent),
             said(count(r, "queue_after_exit"), Kind::Queue),
             exited && sent > 0 && count(r, "queue_after_exit") == sent},
            {LessonText::tr("The System V segment, every process gone"), LessonText::tr("still there, shm_nattch 0"),
             said(count(r, "segment_after_exit"), Kind::Segment), exited && count(r, "segment_after_exit") == 0},
            {LessonText::tr("Listed by ipcs as left over (creator and last user gone)"), LessonText::tr("both"),
             LessonText::tr("%1 of 2").arg(count(r, "left_over_in_ipcs")), count(r, "left_over_in_ipcs") == 2},
            {LessonText::tr("The POSIX segment, every process gone"), LessonText::tr("still in /dev/shm"),
             said(count(r, "posix_after_exit"), Kind::Posix), exited && count(r, "posix_after_exit") > 0},
            {LessonText::tr("After IPC_RMID and shm_unlink"), LessonText::tr("none of the three left"),
             LessonText::tr("%n left", "", int((count(r, "queue_after_removal") >= 0 ? 1 : 0) +
                                               (count(r, "segment_after_removal") >= 0 ? 1 : 0) +
                                               (count(r, "posix_after_removal") >= 0 ? 1 : 0))),
             r.contains(QStringLiteral("queue_after_removal")) && count(r, "queue_after_removal") < 0 &&
                 count(r, "segment_after_removal") < 0 && count(r, "posix_after_removal") < 0},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("After the process exited: queue %1; segment %2; POSIX segment %3. After removal: %4.")
            .arg(said(count(r, "queue_after_exit"), Kind::Queue), said(count(r, "segment_after_exit"), Kind::Segment),
                 said(count(r, "posix_after_exit"), Kind::Posix),
                 count(r, "queue_after_removal") < 0 && count(r, "segment_after_removal") < 0 &&
                         count(r, "posix_after_removal") < 0
                     ? LessonText::tr("nothing left")
                     : LessonText::tr("something left"));
    }

private:
    enum class Kind { Queue, Segment, Posix };
    static QString said(qint64 value, Kind kind)
    {
        if (value < 0)
            return LessonText::tr("gone");
        switch (kind) {
        case Kind::Queue:
            return LessonText::tr("there, %n message(s) (msg_qnum)", "", int(value));
        case Kind::Segment:
            return LessonText::tr("there, shm_nattch %1").arg(value);
        case Kind::Posix:
            return LessonText::tr("there, %1").arg(Formatter::size(value));
        }
        return {};
    }
};

} // namespace

const Lesson &persistenceLesson()
{
    static const PersistenceLesson lesson;
    return lesson;
}

} // namespace ipcscope
