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
// Why a file an option names cannot take what the command will write there
// after measuring (empty when it can), so that a typo costs no measurement.
// Creates nothing: the file is made only when there is something to write.
QString outputFileProblem(const QString &fileName);

} // namespace ipcscope
