#include "lectureexample.h"

#include "lessonlist.h"

#include "engine/objects.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace ipcscope {

QJsonObject runLectureExample(LessonContext &c, const QString &worker, bool control)
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
        const QString before = r.value(key).toString();
        r.insert(key, before.isEmpty() ? value : before + QLatin1Char('\n') + value);
    });
    if (out.exitCode != 0)
        throw std::runtime_error(QStringLiteral("%1: %2").arg(worker, out.errorText).toStdString());
    return r;
}

QString isolationSentence(const QJsonObject &r)
{
    const QString level = r.value(QStringLiteral("isolation")).toString();
    if (level == QLatin1String("ipc"))
        return LessonText::tr("In a private IPC namespace (unshare(CLONE_NEWIPC)): the lecture's keys and names, and "
                              "nothing of the machine's can be touched.");
    if (level == QLatin1String("user+ipc"))
        return LessonText::tr("In a private IPC namespace of a user namespace of ours (CLONE_NEWUSER | CLONE_NEWIPC): "
                              "the lecture's keys and names, and nothing of the machine's can be touched.");
    return LessonText::tr("No private namespace here (%1): fresh keys and names created exclusively (IPC_EXCL, "
                          "O_EXCL, mode 0600) stand in for the lecture's — the only change to its calls.")
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
