// ftok: keys that collide, keys that change; IPC_PRIVATE and IPC_EXCL.
#include "lessonlist.h"
#include "lessonreadings.h"

#include "engine/lessons/lessonobjects.h"
#include "engine/names.h"
#include "engine/syserror.h"

#include <sys/msg.h>

#include <cerrno>

namespace ipcscope {

namespace {

class FtokLesson : public Lesson {
public:
    QString id() const override { return QStringLiteral("ftok"); }
    QString title() const override { return LessonText::tr("ftok: a key is not a name"); }
    QString group() const override { return LessonText::tr("Keys and shared memory"); }
    QString explanation() const override
    {
        return LessonText::tr(
            "ftok(path, id) makes a key from the id and the file's device and inode — 32 bits, no more. The "
            "file saved anew (a new file renamed over it) gives another key; two different files can give "
            "one. IPC_PRIVATE always makes a new object; IPC_CREAT | IPC_EXCL says EEXIST where IPC_CREAT "
            "alone silently hands back someone's object.");
    }
    QString expected() const override
    {
        return LessonText::tr("The key changes with the file; two paths share a key; IPC_EXCL gets EEXIST, IPC_CREAT "
                              "the existing queue; two IPC_PRIVATE queues differ.");
    }
    QString control() const override
    {
        return LessonText::tr("The file stays as it is, and only its own directory is searched for a twin.");
    }
    QString mechanism() const override { return QStringLiteral("sysv-msg"); }
    QString code() const override { return QStringLiteral("lesson-ftok"); }
    QStringList sceneItems() const override
    {
        return {QStringLiteral("worker"), QStringLiteral("queue"), QStringLiteral("queue"), QStringLiteral("queue")};
    }

    QJsonObject measure(LessonContext &c, LessonSetup setup) const override
    {
        Objects files;
        const std::string dir = makePrivateDirectory();
        files.owned.push_back({ObjectKind::Directory, dir});
        files.owned.push_back({ObjectKind::Path, dir + "/shared.key"});
        c.own(files);
        Objects queue = createSysvQueue();
        c.own(queue);
        // The queue whose key the worker asks for, and the two IPC_PRIVATE
        // ones: each its own id and key, read from the kernel (IPC_STAT),
        // each card saying how it was made.
        c.stage().begin({QT_TRANSLATE_NOOP("Lessons", "one key, and IPC_PRIVATE twice")});
        c.stage().watchQueue(QString::fromLatin1(QT_TRANSLATE_NOOP("Lessons", "made with this key")),
                             std::stoi(param(queue.params, "id")), 0, true);
        // Two queues with IPC_PRIVATE: the key 0 names none of them.
        QJsonArray privateIds;
        for (int i = 0; i < 2; ++i) {
            const int id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
            if (id < 0)
                throw SysError("msgget(IPC_PRIVATE)", errno);
            Objects made;
            made.owned.push_back({ObjectKind::SysvMsg, std::to_string(id), IPC_PRIVATE});
            c.own(made);
            privateIds.append(id);
            c.stage().watchQueue(QString::fromLatin1(i == 0 ? QT_TRANSLATE_NOOP("Lessons", "IPC_PRIVATE, the first")
                                                            : QT_TRANSLATE_NOOP("Lessons", "IPC_PRIVATE, the second")),
                                 id, 0, true);
        }
        QStringList args{QStringLiteral("ftok"), QStringLiteral("--dir"), QString::fromStdString(dir),
                         QStringLiteral("--key"), QString::fromStdString(param(queue.params, "key"))};
        if (setup == LessonSetup::Control)
            args << QStringLiteral("--control");
        const LessonContext::WorkerOutput out = c.runWorker(args);
        if (out.exitCode != 0)
            throw std::runtime_error(out.errorText.toStdString());
        QJsonObject r{{QStringLiteral("queue_id"), QString::fromStdString(param(queue.params, "id"))},
                      {QStringLiteral("queue_key"), QString::fromStdString(param(queue.params, "key"))},
                      {QStringLiteral("private_ids"), privateIds}};
        for (const QString &line : out.lines)
            r.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
        const auto t = [&](const char *key) { return readings::text(r, key); };
        c.observe(
            LessonLine(QT_TRANSLATE_NOOP("Lessons", "ftok(file, 'A') = %1 (inode %2); saved anew: %3 (inode %4)."))
                .arg(t("before").section(QLatin1Char(' '), 0, 0), t("before").section(QLatin1Char(' '), 1),
                     t("after").section(QLatin1Char(' '), 0, 0), t("after").section(QLatin1Char(' '), 1)));
        c.observe(
            t("twins") == QLatin1String("none")
                ? LessonLine(QT_TRANSLATE_NOOP("Lessons", "No two of %1 files gave one key.")).arg(t("twins_scanned"))
                : LessonLine(QT_TRANSLATE_NOOP("Lessons", "%1 and %2 give one key, %3 (found among %4 files)."))
                      .arg(t("twins").section(QLatin1Char(' '), 1, 1), t("twins").section(QLatin1Char(' '), 2, 2),
                           t("twins").section(QLatin1Char(' '), 0, 0), t("twins_scanned")));
        c.observe(LessonLine(QT_TRANSLATE_NOOP(
                                 "Lessons",
                                 "Key %1 is taken by queue %2: IPC_CREAT | IPC_EXCL says «%3»; IPC_CREAT alone returns "
                                 "%4."))
                      .arg(t("queue_key"), t("queue_id"), t("excl"), t("creat")));
        c.observe(
            LessonLine(QT_TRANSLATE_NOOP("Lessons", "msgget(IPC_PRIVATE) twice: queues %1 and %2, both with key 0."))
                .arg(privateIds.at(0).toInteger())
                .arg(privateIds.at(1).toInteger()));
        return r;
    }

    QList<LessonCheck> verdict(const QJsonObject &r) const override
    {
        using namespace readings;
        const QString before = text(r, "before").section(QLatin1Char(' '), 0, 0);
        const QString after = text(r, "after").section(QLatin1Char(' '), 0, 0);
        const QJsonArray ids = r.value(QStringLiteral("private_ids")).toArray();
        return {
            {LessonText::tr("The key after the file was saved anew"), LessonText::tr("another key"),
             LessonText::tr("%1, then %2").arg(before, after), !before.isEmpty() && !after.isEmpty() && before != after},
            {LessonText::tr("Two paths with one key"), LessonText::tr("found"), text(r, "twins"),
             !text(r, "twins").isEmpty() && text(r, "twins") != QLatin1String("none")},
            {LessonText::tr("IPC_CREAT | IPC_EXCL on a key in use"), LessonText::tr("EEXIST (File exists)"), text(r, "excl"),
             text(r, "excl") == QLatin1String("File exists")},
            {LessonText::tr("IPC_CREAT alone on a key in use"), LessonText::tr("the existing queue, %1").arg(text(r, "queue_id")),
             text(r, "creat"), !text(r, "creat").isEmpty() && text(r, "creat") == text(r, "queue_id")},
            {LessonText::tr("Two msgget(IPC_PRIVATE)"), LessonText::tr("two different queues"),
             LessonText::tr("%1 and %2").arg(ids.at(0).toInteger()).arg(ids.at(1).toInteger()),
             ids.size() == 2 && ids.at(0).toInteger() != ids.at(1).toInteger()},
        };
    }

    QString summary(const QJsonObject &r) const override
    {
        using namespace readings;
        return LessonText::tr("Key %1, then %2 after saving; twins: %3; IPC_EXCL: %4; IPC_CREAT: queue %5.")
            .arg(text(r, "before").section(QLatin1Char(' '), 0, 0), text(r, "after").section(QLatin1Char(' '), 0, 0),
                 text(r, "twins"), text(r, "excl"), text(r, "creat"));
    }
};

} // namespace

const Lesson &ftokLesson()
{
    static const FtokLesson lesson;
    return lesson;
}

} // namespace ipcscope
