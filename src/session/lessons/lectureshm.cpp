// Lesson 9, the lecture's own example: shm_write and shm_read.
#include "lessonlist.h"

#include "session/procinfo.h"

#include "engine/lessons/lessonobjects.h"
#include "engine/objects.h"

#include <QFileInfo>
#include <QProcess>

#include <sys/shm.h>

namespace ipcscope {

namespace {

const QString kGreeting = QStringLiteral("Hello from writer!");

class LectureShmLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("lecture-shm"); }
    QString title() const override { return LessonText::tr("The lecture's example: shm_write and shm_read"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "shm_write creates a System V segment by its key, writes a greeting and exits: the segment "
            "stays, and ipcs -m lists it. shm_read attaches and reads it, then removes it with IPC_RMID "
            "while still attached — which only marks it; it goes with the last detach. The same with POSIX "
            "shared memory: a file in /dev/shm.");
    }
    QString expected() const override
    {
        return LessonText::tr(
            "The segment outlives its writer; the reader reads the greeting; after IPC_RMID it is marked "
            "(key 0, attached once) until the reader detaches; the POSIX file is gone from /dev/shm at once "
            "while still mapped.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-shm"); }

    // What the reader printed while it keeps its mapping open for the lesson
    // to look at: everything up to "waiting=1" (or to its exit).
    static LessonContext::WorkerOutput outputUntilWaiting(LessonContext &c, QProcess &reader)
    {
        QByteArray out;
        c.waitFor(
            [&] {
                reader.waitForReadyRead(20);
                out += reader.readAllStandardOutput();
                return out.contains("waiting=1") || reader.state() == QProcess::NotRunning;
            },
            5000);
        LessonContext::WorkerOutput early;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                early.lines << QString::fromLocal8Bit(line.trimmed());
        return early;
    }

    // Lets the reader detach and returns its last words.
    static LessonContext::WorkerOutput finish(LessonContext &c, QProcess &reader)
    {
        reader.write("go\n");
        c.waitFor([&] { return reader.state() == QProcess::NotRunning; }, 5000);
        return LessonContext::outputOf(reader);
    }

    bool systemV(LessonContext &c) const
    {
        const key_t key = randomSysvKey();
        const QString keyText = QString::fromStdString(formatKey(key));
        // The writer creates the segment (IPC_EXCL: a key someone else holds
        // fails); the reaper knows it by its key and its creator, so that only
        // the segment this writer made is ever removed.
        std::unique_ptr<QProcess> writing = c.startWorker(
            {QStringLiteral("hello-write"), QStringLiteral("--sysv-key"), keyText, QStringLiteral("--text"), kGreeting});
        const pid_t writerPid = pid_t(writing->processId());
        Objects byKey;
        byKey.owned.push_back({ObjectKind::SysvShmKey, formatKey(key), 0, writerPid});
        c.own(byKey);
        const LessonContext::WorkerOutput writer = c.finishWorker(*writing);
        const int shmid = writer.value(QStringLiteral("shmid")).toInt();
        c.observe(LessonText::tr(
                      "shm_write wrote \"%1\" into segment %2 (key %3) and exited (status %4). Its mapping was: %5")
                      .arg(writer.value(QStringLiteral("wrote")))
                      .arg(shmid)
                      .arg(keyText)
                      .arg(writer.exitCode)
                      .arg(writer.value(QStringLiteral("maps"))));
        const SegmentReading afterWriter = readSegment(shmid);
        c.observe(LessonText::tr("ipcs -m still lists it: key %1, attachments: %2, created by pid %3, which is gone.")
                      .arg(QString::fromStdString(formatKey(afterWriter.key)))
                      .arg(afterWriter.attached)
                      .arg(afterWriter.creator));
        std::unique_ptr<QProcess> reader =
            c.startWorker({QStringLiteral("hello-read"), QStringLiteral("--sysv-key"), keyText, QStringLiteral("--creator"),
                           QString::number(writerPid), QStringLiteral("--remove")});
        const LessonContext::WorkerOutput early = outputUntilWaiting(c, *reader);
        c.observe(LessonText::tr("shm_read attached and read \"%1\"; /proc/PID/maps: %2")
                      .arg(early.value(QStringLiteral("read")), early.value(QStringLiteral("maps"))));
        const SegmentReading marked = readSegment(shmid);
        c.observe(LessonText::tr("After IPC_RMID, still attached: key %1, attachments: %2, marked for removal: %3. "
                                 "The reader's mapping now reads: %4")
                      .arg(QString::fromStdString(formatKey(marked.key)))
                      .arg(marked.attached)
                      .arg(marked.markedForRemoval ? LessonText::tr("yes") : LessonText::tr("no"))
                      .arg(early.value(QStringLiteral("maps_after"))));
        const LessonContext::WorkerOutput done = finish(c, *reader);
        const SegmentReading gone = readSegment(shmid);
        c.observe(gone.exists ? LessonText::tr("After the last detach the segment is still there.")
                              : LessonText::tr("After the last detach the kernel removed it: shmctl(IPC_STAT) fails."));
        return writer.exitCode == 0 && afterWriter.exists && afterWriter.attached == 0 &&
               early.value(QStringLiteral("read")) == kGreeting &&
               early.value(QStringLiteral("maps")).contains(QLatin1String("/SYSV")) && marked.exists &&
               marked.markedForRemoval && marked.attached == 1 && marked.key == 0 && done.exitCode == 0 && !gone.exists;
    }

    bool posix(LessonContext &c) const
    {
        const QString name = QString::fromStdString(uniquePosixName("lecture"));
        Objects file;
        file.owned.push_back({ObjectKind::PosixShm, name.toStdString()});
        c.own(file);
        const QString path = QStringLiteral("/dev/shm") + name;
        const LessonContext::WorkerOutput writer = c.runWorker(
            {QStringLiteral("hello-write"), QStringLiteral("--posix"), name, QStringLiteral("--text"), kGreeting});
        const bool stays = QFileInfo::exists(path);
        const QString wrote = writer.value(QStringLiteral("wrote"));
        c.observe(stays ? LessonText::tr("The POSIX writer wrote \"%1\" and exited; %2 is still there (%3 B).")
                              .arg(wrote, path)
                              .arg(QFileInfo(path).size())
                        : LessonText::tr("The POSIX writer wrote \"%1\" and exited; %2 is gone.").arg(wrote, path));
        std::unique_ptr<QProcess> reader =
            c.startWorker({QStringLiteral("hello-read"), QStringLiteral("--posix"), name, QStringLiteral("--remove")});
        const QString out = outputUntilWaiting(c, *reader).lines.join(QLatin1Char('\n'));
        const bool unlinkedWhileMapped = !QFileInfo::exists(path) && out.contains(QLatin1String("(deleted)"));
        c.observe(
            LessonText::tr("The reader read it and called shm_unlink: %1 is gone from /dev/shm while still mapped "
                           "(its /proc/PID/maps line ends in \"(deleted)\").")
                .arg(path));
        const LessonContext::WorkerOutput done = finish(c, *reader);
        return writer.exitCode == 0 && stays && out.contains(QStringLiteral("read=") + kGreeting) &&
               unlinkedWhileMapped && done.exitCode == 0;
    }

    LessonOutcome run(LessonContext &c) const override
    {
        const bool sysv = systemV(c);
        const bool posixOk = posix(c);
        LessonOutcome o;
        o.measured =
            LessonText::tr("System V: %1. POSIX: %2.")
                .arg(sysv ? LessonText::tr("outlived its writer, read, marked by IPC_RMID while attached, removed "
                                           "at the last detach")
                          : LessonText::tr("not as expected (see the observations)"),
                     posixOk ? LessonText::tr("outlived its writer, read, unlinked while still mapped")
                             : LessonText::tr("not as expected (see the observations)"));
        o.asExpected = sysv && posixOk;
        return o;
    }
};

} // namespace

const Lesson &lectureShmLesson()
{
    static const LectureShmLesson lesson;
    return lesson;
}

} // namespace ipcscope
