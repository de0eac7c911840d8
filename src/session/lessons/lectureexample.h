#pragma once
// The session's side of the lecture's examples: runs a host worker
// (`ipcscope-worker lesson lecture-…`, engine/lessons/lecturehost.h) to its
// end and keeps each of its "key=value" findings as a reading (a key printed
// more than once keeps every value, one a line). Objects it names with own=
// (only where nothing could be made private) are the lesson's from then on.
#include "lessoncontext.h"

#include <QJsonObject>
#include <QMap>

namespace ipcscope {

// `names`: the lesson's words for the object a part of the run reports, by
// the part its readings are of ("fix" of "fix.sem"), where the objects'
// keys do not tell them apart (init-race: one key, two sets); otherwise an
// object is named by its id.
QJsonObject runLectureExample(LessonContext &context, const QString &worker, bool control,
                              const QMap<QString, QString> &names = {});
// Where the example ran, in a sentence: a private namespace, or fresh names.
LessonLine isolationSentence(const QJsonObject &readings);
// "key 0x00002fbe id 0 perms 666 nattch 1" → {key: 0x00002fbe, id: 0, …}.
QMap<QString, QString> describedFields(const QString &described);
// Of the objects a reading lists (one a line), the one with `key`; empty if none.
QMap<QString, QString> objectWithKey(const QJsonObject &readings, const QString &reading, const QString &key);

} // namespace ipcscope
