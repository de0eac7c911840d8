#include "output.h"

#include "commands.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

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

} // namespace ipcscope
