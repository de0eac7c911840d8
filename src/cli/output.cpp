#include "output.h"

#include "commands.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ipcscope {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out().flush();
}

void printJson(const QJsonArray &array)
{
    out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    out().flush();
}

int badInput(const QString &message)
{
    err() << "ipcscope-cli: " << message << Qt::endl;
    return kExitBadInput;
}

QString outputFileProblem(const QString &fileName)
{
    if (fileName.isEmpty())
        return QStringLiteral("give a file name");
    const auto why = [&fileName](const QString &what) { return QStringLiteral("%1: %2").arg(fileName, what); };
    // access() rather than the mode bits: it answers for this user, root
    // included, and knows a read-only file system.
    struct stat st {};
    const QByteArray path = QFile::encodeName(fileName);
    if (stat(path.constData(), &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return why(QStringLiteral("not a regular file"));
        if (access(path.constData(), W_OK) != 0)
            return why(QString::fromLocal8Bit(strerror(errno)));
        return {};
    }
    if (errno != ENOENT)
        return why(QString::fromLocal8Bit(strerror(errno)));
    const QString dirName = QFileInfo(fileName).absolutePath();
    const QByteArray dir = QFile::encodeName(dirName);
    const auto dirProblem = [&](const QString &what) { return why(QStringLiteral("%1: %2").arg(dirName, what)); };
    if (stat(dir.constData(), &st) != 0)
        return dirProblem(QString::fromLocal8Bit(strerror(errno)));
    if (!S_ISDIR(st.st_mode))
        return dirProblem(QStringLiteral("not a directory"));
    if (access(dir.constData(), W_OK | X_OK) != 0)
        return dirProblem(QString::fromLocal8Bit(strerror(errno)));
    return {};
}

} // namespace ipcscope
