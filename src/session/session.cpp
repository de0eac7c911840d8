#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <utility>

namespace ipcscope {

Session &Session::instance()
{
    static Session session;
    return session;
}

bool Session::ensureReady(LessonLine *error)
{
    const QMutexLocker lock(&m_mutex);
    if (m_reaper.isRunning())
        return true;
    // The worker sits beside the program in the build tree, and in its own
    // directory once installed (<prefix>/libexec/ipcscope). That directory is
    // known relative to the program's, from the install layout at build time,
    // so that a package unpacked elsewhere (DESTDIR) finds its own worker.
    const QString programDir = QCoreApplication::applicationDirPath();
    const QString installedDir = QDir::cleanPath(programDir + QStringLiteral("/" IPCSCOPE_WORKER_FROM_BINDIR));
    QString path;
    for (const QString &candidate :
         {qEnvironmentVariable("IPCSCOPE_WORKER"), programDir + QStringLiteral("/ipcscope-worker"),
          installedDir + QStringLiteral("/ipcscope-worker")}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable()) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("ipcscope-worker"));
    if (path.isEmpty()) {
        if (error)
            *error = LessonLine::later([programDir, installedDir] {
                return QCoreApplication::translate("Session",
                                                   "ipcscope-worker was not found beside %1, in %2 or on PATH")
                    .arg(programDir, installedDir);
            });
        return false;
    }
    m_workerPath = path;
    for (const std::string &object : sweepLeftovers())
        m_swept << QString::fromStdString(object);
    std::string reason;
    if (!m_reaper.start(path.toStdString(), reason)) {
        if (error)
            *error = LessonLine::verbatim(QString::fromStdString(reason));
        return false;
    }
    return true;
}

QStringList Session::takeSwept()
{
    const QMutexLocker lock(&m_mutex);
    return std::exchange(m_swept, {});
}

} // namespace ipcscope
