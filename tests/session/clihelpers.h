#pragma once
// Running the real ipcscope-cli from a test.
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace ipcscope::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline QString cliPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/ipcscope-cli");
}

inline CliResult runCli(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(cliPath(), args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace ipcscope::test
