#pragma once
// Where the CLI writes: results to stdout, errors to stderr, both UTF-8.
#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace ipcscope {

QTextStream &out();
QTextStream &err();
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);
// The one line a bad input gets before exit status 2.
int badInput(const QString &message);

} // namespace ipcscope
