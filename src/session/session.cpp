#include "session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

#include <utility>

namespace ipcscope {

Session &Session::instance()
{
    static Session session;
    return session;
}

bool Session::ensureReady(QString *error)
{
    const QMutexLocker lock(&m_mutex);
    if (m_reaper.isRunning())
        return true;
    // The worker sits beside the program (build/bin, or the install prefix).
    QString path = qEnvironmentVariable("IPCSCOPE_WORKER");
    if (path.isEmpty())
        path = QCoreApplication::applicationDirPath() + QStringLiteral("/ipcscope-worker");
    if (!QFileInfo(path).isExecutable())
        path = QStandardPaths::findExecutable(QStringLiteral("ipcscope-worker"));
    if (path.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Session", "ipcscope-worker was not found beside %1 or on PATH")
                         .arg(QCoreApplication::applicationDirPath());
        return false;
    }
    m_workerPath = path;
    for (const std::string &object : sweepLeftovers())
        m_swept << QString::fromStdString(object);
    std::string reason;
    if (!m_reaper.start(path.toStdString(), reason)) {
        if (error)
            *error = QString::fromStdString(reason);
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
