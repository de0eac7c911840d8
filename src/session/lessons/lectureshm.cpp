// The lecture's own example: shm_write and shm_read as printed.
#include "lectureexample.h"
#include "lessonlist.h"
#include "lessonreadings.h"

namespace ipcscope {

namespace {

const QString kGreeting = QStringLiteral("Hello from writer!");

class LectureShmLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("lecture-shm"); }
    QString title() const override { return LessonText::tr("The lecture's example: shm_write and shm_read"); }
    QString group() const override { return LessonText::tr("The lecture's examples"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "The lecture's programs as printed: key 12222, 1 000 000 B, mode 0666. shm_write writes a greeting "
            "and waits in getchar(); shm_read reads it, detaches and removes the segment. Then shm_write "
            "without getchar(), which the lecture says loses the segment; then shm_read started first.");
    }
    QString expected() const override
    {
        return LessonText::tr("Read while the writer waits; IPC_RMID only marks the segment until the writer "
                              "detaches; without getchar() it is still there and read; a reader first gets ENOENT.");
    }
    QString control() const override
    {
        return LessonText::tr("The writer without getchar() removes the segment before it exits — what the lecture "
                              "fears its exit does: the reader finds nothing.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }
    QString code() const override { return QStringLiteral("lecture-shm"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("segment")};
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        const QJsonObject r = runLectureExample(c, QStringLiteral("lecture-shm"), setup == LessonSetup::Control);
        const auto t = [&](const char *key) { return readings::text(r, key); };
        c.observe(isolationSentence(r));
        c.observe(
            LessonLine(QT_TRANSLATE_NOOP(
                           "Lessons", "shm_write (pid %1): «%2»; it waits in getchar(). Its /proc/PID/maps line: %3"))
                .arg(t("a.writer_pid"), t("a.writer"), t("a.writer_maps")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "ipcs -m: %1")).arg(t("a.ipcs")));
        c.observe(
            LessonLine(QT_TRANSLATE_NOOP("Lessons",
                                         "shm_read: «%1» (exit status %2); it detached and called shmctl(IPC_RMID)."))
                .arg(t("a.reader"), t("a.reader_status")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons",
                                 "ipcs -m now: %1 — marked for removal (IPC_RMID) while shm_write is still attached; "
                                 "the key reads 0."))
                      .arg(t("a.after_reader")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
            "Lessons", "Its maps line already ended in “(deleted)” before IPC_RMID: a System V segment's "
                       "file is never in any directory, so “(deleted)” proves nothing here.")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "Enter for shm_write: shmdt, exit %1. ipcs -m: %2."))
                      .arg(t("a.writer_status"), t("a.after_writer")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "shm_write without getchar(): «%1», exit %2. ipcs -m: %3."))
                      .arg(t("b.writer"), t("b.writer_status"), t("b.after_writer")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "shm_read after it: «%1» (exit status %2)."))
                      .arg(t("b.reader"), t("b.reader_status")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "shm_read with no writer before it: «%1» (exit status %2)."))
                      .arg(t("c.reader"), t("c.reader_status")));
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const QString key = text(r, "shm_key");
        const QMap<QString, QString> created = objectWithKey(r, QStringLiteral("a.ipcs"), key);
        const QMap<QString, QString> marked = objectWithKey(r, QStringLiteral("a.after_reader"), QStringLiteral("0x00000000"));
        const QMap<QString, QString> outlived = objectWithKey(r, QStringLiteral("b.after_writer"), key);
        const QString reads = QStringLiteral("Reader: Read from shared memory: ") + kGreeting;
        const bool isolated = text(r, "isolation") != QLatin1String("none");
        const QString mode = isolated ? QStringLiteral("666") : QStringLiteral("600");
        return {
            {LessonText::tr("shm_write's segment, while it waits in getchar()"),
             LessonText::tr("key %1, 1000000 B, mode %2, attached once").arg(key, mode), text(r, "a.ipcs"),
             text(r, "a.writer").startsWith(QLatin1String("Writer: Wrote")) &&
                 created.value(QStringLiteral("bytes")) == QLatin1String("1000000") &&
                 created.value(QStringLiteral("perms")) == mode && created.value(QStringLiteral("nattch")) == QLatin1String("1")},
            {LessonText::tr("What shm_read printed"), reads, text(r, "a.reader"),
             text(r, "a.reader") == reads && count(r, "a.reader_status") == 0},
            {LessonText::tr("After shm_read's IPC_RMID, shm_write still attached"),
             LessonText::tr("key 0, attached once, marked for removal"), text(r, "a.after_reader"),
             marked.value(QStringLiteral("nattch")) == QLatin1String("1") && marked.value(QStringLiteral("dest")) == QLatin1String("1")},
            {LessonText::tr("After shm_write's shmdt"), LessonText::tr("none"), text(r, "a.after_writer"),
             text(r, "a.after_writer") == QLatin1String("none")},
            {LessonText::tr("Without getchar(): the segment after the writer's exit, then shm_read"),
             LessonText::tr("still there, attached 0 times; the greeting read"),
             LessonText::tr("%1; «%2»").arg(text(r, "b.after_writer"), text(r, "b.reader")),
             outlived.value(QStringLiteral("nattch")) == QLatin1String("0") && text(r, "b.reader") == reads},
            {LessonText::tr("shm_read with no writer before it"), LessonText::tr("shmget fails: ENOENT"),
             text(r, "c.reader"),
             text(r, "c.reader").contains(QLatin1String("No such file or directory")) && count(r, "c.reader_status") == 1},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("As printed: read «%1», IPC_RMID marked it until shm_write detached. Without getchar(): "
                              "%2. Reader first: «%3».")
            .arg(text(r, "a.reader").section(QStringLiteral(": "), -1),
                 objectWithKey(r, QStringLiteral("b.after_writer"), text(r, "shm_key")).isEmpty()
                     ? LessonText::tr("the segment was gone")
                     : LessonText::tr("the segment stayed and was read"),
                 text(r, "c.reader"));
    }

    QList<LessonErratum> errata(const QJsonObject &r) const override
    {
        using namespace readings;
        const bool outlived = !objectWithKey(r, QStringLiteral("b.after_writer"), text(r, "shm_key")).isEmpty() &&
                              text(r, "b.reader").endsWith(kGreeting);
        const QString maps = text(r, "a.writer_maps");
        return {
            {LessonText::tr("Without getchar(), shm_write may exit before shm_read reads the data. This leads to "
                            "shmctl(shm_id, IPC_RMID, NULL) and the removal of the segment before it is read."),
             flag(r, "control")
                 ? LessonText::tr("In the control the writer called IPC_RMID itself before exiting: then shm_read "
                                  "printed «%1».")
                       .arg(text(r, "b.reader"))
                 : LessonText::tr("Without getchar() shm_write exited; ipcs -m still listed the segment (%1), and "
                                  "shm_read then printed «%2».")
                       .arg(text(r, "b.after_writer"), text(r, "b.reader")),
             LessonText::tr("A segment lives until IPC_RMID and its last detach; exit only detaches. IPC_RMID is "
                            "shm_read's own call, after it has read. The real risks are a reader that starts first "
                            "(ENOENT) and a reader that removes the segment for everyone after it."),
             !outlived},
            {LessonText::tr("The memory map of shm_write shows a /SYSV0… range: that is the shared segment."),
             maps.section(QLatin1Char(' '), -2),
             LessonText::tr("The name is /SYSV and the key in hex (12222 = 0x2fbe); it ends in “(deleted)” from the "
                            "start, because the segment's file is in no directory."),
             maps.contains(QLatin1String("/SYSV"))},
        };
    }
};

} // namespace

const Lesson &lectureShmLesson()
{
    static const LectureShmLesson lesson;
    return lesson;
}

} // namespace ipcscope
