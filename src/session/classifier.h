#pragma once
// The verdict on each row of a comparison, as a pure function of the rows.
//
// A row is judged in the unit that suits it: messages a second for signals
// and below 4 KiB, where the cost of a call decides, MB/s from 4 KiB, where
// copying does. It is compared with the fastest mechanism that lost nothing
// in its group — the same message size and the same number of producers and
// consumers; a signal joins the smallest message size below 4 KiB. A row
// that lost messages gets no class and never counts as the fastest. A row
// whose spread reaches into two classes is undecided. Classes: high from
// `Thresholds::high` of the fastest, medium from `Thresholds::medium`, low
// below.
#include "comparerow.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ipcscope {

struct Thresholds {
    double high = 1 / 2.5;  // of the fastest lossless mechanism
    double medium = 1 / 20.0;
    int bytesFrom = 4096; // judged in MB/s from this message size, in messages a second below

    QJsonObject toJson() const;
};

// One verdict per row, in the rows' order.
QVector<ThroughputVerdict> classify(const QVector<CompareRow> &rows, const Thresholds &thresholds = {});

// What a verdict is called, and says, in the current language.
class VerdictText {
    Q_DECLARE_TR_FUNCTIONS(VerdictText)
public:
    // "high", "medium", "low", "lossy", "undecided", "failed".
    static QString className(ThroughputVerdict::Class c);
    // "msg/s", "MB/s".
    static QString unitName(ThroughputVerdict::Unit u);
    // The table's cell: "high (msg/s, 84 %)", "lossy — 477,000 lost", "undecided (spread)".
    static QString brief(const CompareRow &row);
    // Every figure behind it, for a tooltip or a note.
    static QString full(const CompareRow &row, const Thresholds &thresholds);
    // "agrees", "the lecture says medium", or empty where nothing was judged.
    static QString agreement(const CompareRow &row);
    // How the classes are drawn, in one sentence.
    static QString thresholds(const Thresholds &thresholds);
    // The banner over a comparison of one repetition.
    static QString singleSample();
};

// The words of the --json contract, never translated.
QString classKey(ThroughputVerdict::Class c); // "high" ... "undecided"; empty for a failed row
QString unitKey(ThroughputVerdict::Unit u);   // "msgs_per_s", "mb_per_s"

} // namespace ipcscope
