#pragma once
// The comparison table the lecture closes with, as data: for each kind of
// mechanism its claimed throughput, complexity, synchronisation and kind of
// communication. ipcscope puts measurements beside these words.
#include <QString>
#include <QStringList>

namespace ipcscope {

enum class ThroughputClass { Low, Medium, High };

struct LectureRow {
    QString kind;                      // the lecture's row: Signals, Pipes, FIFO, Shared memory, ...
    QList<ThroughputClass> throughput; // "medium/high" allows both
    QString complexity;
    QString synchronisation;
    QString communication;
};

// The lecture's row for one of ipcscope's mechanisms.
LectureRow lectureRow(const QString &mechanism);
QString className(ThroughputClass c);
// The lecture's footnote to "synchronous / asynchronous*".
QString lectureFootnote();
QString classNames(const QList<ThroughputClass> &classes); // "medium/high"

} // namespace ipcscope
