// The lecture's POSIX shared-memory writer, run as printed, and compiled as
// the C++ the lecture calls it.
#include "lectureexample.h"
#include "lessonlist.h"
#include "lessonreadings.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace ipcscope {

namespace {

const QString kGreeting = QStringLiteral("Hello from writer!");

struct Compiled {
    bool tried = false;
    bool ok = false;
    QString diagnostic; // the first error, or empty
};

// The system's compiler on `source`, syntax only: real diagnostics, no files.
Compiled compile(const QString &compiler, const QString &language, const QByteArray &source)
{
    Compiled c;
    const QString path = QStandardPaths::findExecutable(compiler);
    if (path.isEmpty())
        return c;
    QProcess p;
    p.start(path, {QStringLiteral("-fsyntax-only"), QStringLiteral("-x"), language, QStringLiteral("-")});
    if (!p.waitForStarted(5000))
        return c;
    p.write(source);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(2000);
        return c;
    }
    c.tried = true;
    c.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    for (const QString &line : QString::fromLocal8Bit(p.readAllStandardError()).split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("error:"))) {
            c.diagnostic = line.section(QStringLiteral("error: "), 1).trimmed();
            break;
        }
    return c;
}

class LecturePosixShmLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("lecture-posix-shm"); }
    QString title() const override { return LessonText::tr("The lecture's example: POSIX shared memory"); }
    QString group() const override { return LessonText::tr("The lecture's examples"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "The lecture's writer as printed: shm_open(\"/my_shm\", O_CREAT | O_RDWR, 0666), ftruncate to 256 B, "
            "mmap, write, getchar(), then munmap, close, shm_unlink — in a /dev/shm of the lesson's own. While "
            "it waits: ls -l /dev/shm and the file's bytes. And the listing given to the C++ compiler.");
    }
    QString expected() const override
    {
        return LessonText::tr("/dev/shm/my_shm holds 256 B with the greeting while the writer waits and is gone after "
                              "shm_unlink; as C++ the listing does not compile (void * to char *).");
    }
    QString control() const override
    {
        return LessonText::tr("The listing compiled with the cast it lacks, (char *)mmap(…): C++ accepts it.");
    }
    QString mechanism() const override { return QStringLiteral("posix-shm"); }
    QString code() const override { return QStringLiteral("lecture-posix-shm"); }
    QStringList sceneItems() const override { return {QStringLiteral("worker"), QStringLiteral("segment")}; }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        QJsonObject r = runLectureExample(c, QStringLiteral("lecture-posix-shm"), false);
        const auto t = [&](const char *key) { return readings::text(r, key); };
        c.observe(isolationSentence(r));
        // The POSIX segment as the host found it (its /dev/shm may be the
        // lesson's own, where the session cannot look): while the writer
        // waited, its size from lstat; after shm_unlink, gone.
        const QMap<QString, QString> listed = describedFields(t("ls"));
        if (listed.contains(QStringLiteral("bytes"))) {
            c.stage().report(QStringLiteral("segment"), t("path"), QStringLiteral("bytes"),
                             listed.value(QStringLiteral("bytes")).toLongLong());
            if (t("after") == QLatin1String("none"))
                c.stage().reportGone(QStringLiteral("segment"));
        }
        c.observe(r.value(QStringLiteral("private_dev_shm")).toString() == QLatin1String("1")
                      ? LessonLine(QT_TRANSLATE_NOOP(
                            "Lessons", "/dev/shm is a tmpfs of the lesson's own (a mount namespace): \"/my_shm\" is "
                                       "nobody else's."))
                      : LessonLine(QT_TRANSLATE_NOOP(
                                       "Lessons", "No /dev/shm of our own: the writer uses %1, created with O_EXCL."))
                            .arg(t("posix_name")));
        c.observe(
            LessonLine(QT_TRANSLATE_NOOP("Lessons", "The writer: «%1»; it waits in getchar().")).arg(t("writer")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons",
                                 "ls -l %1: %2 (the mode asked for, less the umask). Its bytes, read as a file: «%3»."))
                      .arg(t("path"), t("ls"), t("contents")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons",
                                               "The writer's maps line: %1 — no “(deleted)” while the file is there."))
                      .arg(t("writer_maps")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP("Lessons", "Enter: munmap, close, shm_unlink, exit %1. ls -l %2: %3."))
                      .arg(t("writer_status"), t("path"), t("after")));
        QFile listing(QStringLiteral(":/code/lecture-posix-shm.c"));
        listing.open(QIODevice::ReadOnly);
        QByteArray source = listing.readAll();
        if (setup == LessonSetup::Control)
            source.replace("ptr = mmap(", "ptr = (char *)mmap(");
        const Compiled asCpp = compile(QStringLiteral("c++"), QStringLiteral("c++"), source);
        const Compiled asC = compile(QStringLiteral("cc"), QStringLiteral("c"), source);
        r.insert(QStringLiteral("cxx_tried"), asCpp.tried);
        r.insert(QStringLiteral("cxx_ok"), asCpp.ok);
        r.insert(QStringLiteral("cxx_error"), asCpp.diagnostic);
        r.insert(QStringLiteral("c_tried"), asC.tried);
        r.insert(QStringLiteral("c_ok"), asC.ok);
        c.observe(!asCpp.tried ? LessonLine(QT_TRANSLATE_NOOP(
                                     "Lessons", "No C++ compiler (c++) here: the listing was not compiled."))
                  : asCpp.ok   ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "c++ -fsyntax-only accepts the listing."))
                               : LessonLine(QT_TRANSLATE_NOOP("Lessons", "c++ -fsyntax-only refuses the listing: %1"))
                                   .arg(asCpp.diagnostic));
        if (asC.tried)
            c.observe(asC.ok ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "As C (cc -fsyntax-only) it compiles."))
                             : LessonLine(QT_TRANSLATE_NOOP("Lessons",
                                                            "As C (cc -fsyntax-only) it does not compile either.")));
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        QList<LessonCheck> checks = {
            {LessonText::tr("ls -l of the object while the writer waits"), LessonText::tr("256 B"), text(r, "ls"),
             text(r, "ls").startsWith(QLatin1String("bytes 256 "))},
            {LessonText::tr("Its bytes, read as a file"), kGreeting, text(r, "contents"), text(r, "contents") == kGreeting},
            {LessonText::tr("The writer's maps line"), text(r, "path"), text(r, "writer_maps"),
             !text(r, "path").isEmpty() && text(r, "writer_maps").endsWith(text(r, "path"))},
            {LessonText::tr("After shm_unlink"), LessonText::tr("none"), text(r, "after"),
             text(r, "after") == QLatin1String("none") && count(r, "writer_status") == 0},
        };
        // Only where a C++ compiler could be asked.
        if (flag(r, "cxx_tried"))
            checks.append({LessonText::tr("The listing as C++"), LessonText::tr("refused: void * to char *"),
                           flag(r, "cxx_ok") ? LessonText::tr("compiles") : text(r, "cxx_error"),
                           !flag(r, "cxx_ok") && text(r, "cxx_error").contains(QLatin1String("void*"))});
        return checks;
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("%1: %2 with «%3», after shm_unlink: %4. As C++: %5.")
            .arg(text(r, "path"), text(r, "ls"), text(r, "contents"), text(r, "after"),
                 !flag(r, "cxx_tried") ? LessonText::tr("not tried")
                 : flag(r, "cxx_ok")   ? LessonText::tr("compiles")
                                       : text(r, "cxx_error"));
    }

    QList<LessonErratum> errata(const QJsonObject &r) const override
    {
        using namespace readings;
        return {{LessonText::tr("The POSIX example is C++ (the lecture's code is marked cpp)."),
                 !flag(r, "cxx_tried") ? LessonText::tr("Not compiled here: no c++ found.")
                 : flag(r, "cxx_ok")   ? LessonText::tr("c++ accepts it.")
                                       : LessonText::tr("c++ refuses it: %1; %2")
                                           .arg(text(r, "cxx_error"),
                                                flag(r, "c_ok") ? LessonText::tr("as C it compiles.")
                                                                : LessonText::tr("as C it does not compile either.")),
                 LessonText::tr("C converts void * to any pointer silently; C++ does not: ptr = (char *)mmap(…) "
                                "compiles in both."),
                 flag(r, "cxx_ok"), flag(r, "cxx_tried")}};
    }
};

} // namespace

const Lesson &lecturePosixShmLesson()
{
    static const LecturePosixShmLesson lesson;
    return lesson;
}

} // namespace ipcscope
