#pragma once
// The comparison as a table model: one row per measured point, one column per
// figure or fact, each cell as text (in the current language, through the
// Formatter), as a number to sort by, and as a status the view colours. The
// Compare page's table (through a sort proxy), its CSV and JSON, the command
// line's table and a saved comparison all come from here, so no other place
// lists the columns. A saved comparison set as the reference is shown beside
// each row ("saved") and, by the charts, under the current one.
//
// Rows come from a Comparison as each is measured, or from a file; a live
// view that measures two to four mechanisms side by side can append its rows
// the same way.
#include "classifier.h"
#include "compareplan.h"
#include "decidinglimit.h"

#include <QAbstractTableModel>
#include <QJsonObject>

#include <optional>

namespace ipcscope {

// A comparison as measured (here or on another machine): what the model holds.
struct CompareResults {
    QJsonObject machine;
    ComparePlan plan;
    Thresholds thresholds;
    // The limits its objects had, where known (measured here, or saved with them).
    std::optional<SystemLimits> limits;
    QVector<CompareRow> rows;

    int cpus() const;
    // How its workers were scheduled, in one sentence; empty for a comparison
    // saved before the policy was recorded (its workers ran SCHED_OTHER).
    QString scheduling() const;
    bool singleSample() const; // every row of one repetition
};

class CompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        MechanismColumn,
        WorkersColumn,
        SizeColumn,
        VerdictColumn,
        LectureColumn,
        AgreementColumn,
        MbPerSColumn,
        MsgsPerSColumn,
        RttP50Column,
        RttP99Column,
        OneWayP50Column,
        CpuColumn,
        CtxtColumn,
        LostColumn,
        LimitColumn,
        ComplexityColumn,
        SynchronisationColumn,
        CommunicationColumn,
        LectureComplexityColumn,
        LectureSynchronisationColumn,
        LectureCommunicationColumn,
        SavedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // a number (or text) to sort by
        StatusRole,                  // a Status, for the view's colours
        MechanismRole,               // the mechanism's id, for its colour and name
        JudgedRole,                  // true in the cell of the figure the verdict is drawn from
    };
    enum class Status { Normal, Agrees, Disagrees, Undecided, Lossy, Failed };
    Q_ENUM(Status)

    explicit CompareModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new comparison: its machine and plan, no rows yet.
    void begin(const QJsonObject &machine, const ComparePlan &plan, const std::optional<SystemLimits> &limits);
    // One more row; every verdict is drawn again, since a new row may be the fastest.
    void appendRow(const CompareRow &row);
    // All at once (a file, or a finished comparison).
    void setResults(const CompareResults &results);
    const CompareResults &results() const { return m_results; }
    const QVector<CompareRow> &rows() const { return m_results.rows; }
    // A saved comparison shown beside this one; nullopt removes it.
    void setReference(const std::optional<CompareResults> &reference);
    const std::optional<CompareResults> &reference() const { return m_reference; }
    // The texts in the current language (after a language switch).
    void retranslate();

    // The sentence of a cell for the limit column, said from the results' own
    // machine limits where it has them.
    QString limitText(const CompareRow &row) const;

    // The texts of a row's facts, also for the command line.
    static QString complexityText(const Complexity &c);
    static QString synchronisationText(const Synchronisation &s);
    static QString blockingText(const Blocking &b);
    static QString header(Column column);
    static QString headerTip(Column column);

private:
    QString text(Column column, const CompareRow &row) const;
    QString toolTip(Column column, const CompareRow &row) const;
    QVariant sortKey(Column column, const CompareRow &row) const;
    Status status(Column column, const CompareRow &row) const;
    const CompareRow *referenceRow(const CompareRow &row) const;
    void reclassify();

    CompareResults m_results;
    std::optional<CompareResults> m_reference;
};

} // namespace ipcscope
