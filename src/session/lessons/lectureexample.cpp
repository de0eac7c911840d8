#include "lectureexample.h"

#include "lessonlist.h"

#include "engine/objects.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace ipcscope {

namespace {

// What the host read where the session cannot look (its private namespace):
// an object as /proc/sysvipc lists it ("key 0x… id 3 … nattch 1 … dest 0"),
// "none" when none is left, and the pids of the lecture's programs. An
// object is named by its id, or as `names` says for the part of the run its
// reading is of ("fix" of "fix.sem").
void showOnStage(LessonStage &stage, const QString &key, const QString &value, const QMap<QString, QString> &names)
{
    if (key.endsWith(QLatin1String("_pid"))) {
        stage.watchProcess(key.section(QLatin1Char('.'), -1).chopped(4), value.toLongLong());
        return;
    }
    const QMap<QString, QString> fields = describedFields(value);
    const QString id = fields.value(QStringLiteral("id"));
    const auto kindOf = [&]() -> QString {
        if (fields.contains(QStringLiteral("nattch")))
            return QStringLiteral("segment");
        if (fields.contains(QStringLiteral("qnum")))
            return QStringLiteral("queue");
        if (fields.contains(QStringLiteral("nsems")))
            return QStringLiteral("semaphores");
        return {};
    };
    if (value == QLatin1String("none")) {
        // Which kind is gone, the host's key says: "a.after_reader" of the segment lesson lists shm.
        for (const QString &kind : {QStringLiteral("segment"), QStringLiteral("queue"), QStringLiteral("semaphores")})
            stage.reportGone(kind);
        return;
    }
    const QString kind = kindOf();
    if (kind.isEmpty() || id.isEmpty())
        return;
    const QString name = names.value(key.section(QLatin1Char('.'), 0, 0), QStringLiteral("id %1").arg(id));
    stage.report(kind, name, QStringLiteral("key"), fields.value(QStringLiteral("key")).toLongLong(nullptr, 16));
    const QList<QPair<QString, QString>> kernelNames = {
        {QStringLiteral("nattch"), QStringLiteral("shm_nattch")}, {QStringLiteral("dest"), QStringLiteral("ipc_rmid")},
        {QStringLiteral("bytes"), QStringLiteral("shm_segsz")},   {QStringLiteral("qnum"), QStringLiteral("msg_qnum")},
        {QStringLiteral("cbytes"), QStringLiteral("msg_cbytes")}, {QStringLiteral("nsems"), QStringLiteral("sem_nsems")},
        // semctl's readings of a set's first semaphore (init-race): GETVAL, GETNCNT, GETPID.
        {QStringLiteral("semval"), QStringLiteral("semval")},     {QStringLiteral("semncnt"), QStringLiteral("semncnt")},
        {QStringLiteral("sempid"), QStringLiteral("sempid")}};
    for (const auto &[field, kernel] : kernelNames)
        if (fields.contains(field) && !(field == QLatin1String("bytes") && kind != QLatin1String("segment")))
            stage.report(kind, name, kernel, fields.value(field).toLongLong());
}

} // namespace

QJsonObject runLectureExample(LessonContext &c, const QString &worker, bool control,
                              const QMap<QString, QString> &names)
{
    QStringList args{worker};
    if (control)
        args << QStringLiteral("--control");
    // Tests try the fallbacks a machine may impose ("user", "none").
    const QString atMost = QProcessEnvironment::systemEnvironment().value(QStringLiteral("IPCSCOPE_LESSON_ISOLATION"));
    if (!atMost.isEmpty())
        args << QStringLiteral("--isolation") << atMost;
    QJsonObject r{{QStringLiteral("control"), control}};
    std::unique_ptr<QProcess> host = c.startWorker(args);
    const LessonContext::WorkerOutput out = c.finishWorker(*host, 60000, [&](const QString &line) {
        const QString key = line.section(QLatin1Char('='), 0, 0);
        const QString value = line.section(QLatin1Char('='), 1);
        if (key == QLatin1String("own")) {
            OwnedObject object;
            if (parseObject(value.toStdString(), object)) {
                Objects objects;
                objects.owned.push_back(object);
                c.own(objects);
            }
            return;
        }
        showOnStage(c.stage(), key, value, names);
        const QString before = r.value(key).toString();
        r.insert(key, before.isEmpty() ? value : before + QLatin1Char('\n') + value);
    });
    if (out.exitCode != 0)
        throw std::runtime_error(QStringLiteral("%1: %2").arg(worker, out.errorText).toStdString());
    return r;
}

LessonLine isolationSentence(const QJsonObject &r)
{
    const QString level = r.value(QStringLiteral("isolation")).toString();
    if (level == QLatin1String("ipc"))
        return LessonLine(QT_TRANSLATE_NOOP(
            "Lessons", "In a private IPC namespace (unshare(CLONE_NEWIPC)): the lecture's keys and names, and "
                       "nothing of the machine's can be touched."));
    if (level == QLatin1String("user+ipc"))
        return LessonLine(QT_TRANSLATE_NOOP(
            "Lessons", "In a private IPC namespace of a user namespace of ours (CLONE_NEWUSER | CLONE_NEWIPC): "
                       "the lecture's keys and names, and nothing of the machine's can be touched."));
    return LessonLine(
               QT_TRANSLATE_NOOP("Lessons",
                                 "No private namespace here (%1): fresh keys and names created exclusively (IPC_EXCL, "
                                 "O_EXCL, mode 0600) stand in for the lecture's — the only change to its calls."))
        .arg(r.value(QStringLiteral("isolation_refused")).toString());
}

QMap<QString, QString> describedFields(const QString &described)
{
    QMap<QString, QString> fields;
    const QStringList words = described.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i + 1 < words.size(); i += 2)
        fields.insert(words[i], words[i + 1]);
    return fields;
}

QMap<QString, QString> objectWithKey(const QJsonObject &r, const QString &reading, const QString &key)
{
    for (const QString &line : r.value(reading).toString().split(QLatin1Char('\n'))) {
        const QMap<QString, QString> fields = describedFields(line);
        if (fields.value(QStringLiteral("key")) == key)
            return fields;
    }
    return {};
}

} // namespace ipcscope
