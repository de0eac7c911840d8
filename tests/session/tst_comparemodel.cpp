// The comparison's one model, without a window: it passes
// QAbstractItemModelTester as rows arrive (also behind a sort proxy), names
// every column, sorts by its numbers, colours by status, and writes the JSON
// contract and the CSV that a saved comparison is read back from.
#include "session/comparefile.h"
#include "session/comparemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ipcscope;

namespace {

CompareRow row(const char *mechanism, int size, double msgs, double lost = 0)
{
    CompareRow r;
    r.point = {QLatin1String(mechanism), size};
    r.repetitions = 3;
    r.msgsPerS = {true, msgs, msgs * 0.9, msgs * 1.1};
    const double mb = msgs * std::max(size, 8) / 1e6;
    r.mbPerS = {true, mb, mb * 0.9, mb * 1.1};
    r.rttP50Us = {true, 20, 19, 21};
    r.rttP99Us = {true, 40, 38, 45};
    r.oneWayP50Us = {true, 300, 250, 350};
    r.cpuUsPerMsg = {true, 1.5, 1.4, 1.6};
    r.ctxtPerMsg = {true, 0.01, 0.009, 0.011};
    r.lost = {true, lost, 0, lost};
    r.complexity = {9, 24, 2};
    r.blocking.send = {20, 15, Op::SemP, QStringLiteral("empty")};
    r.blocking.receive = {20, 1, Op::Receive, {}};
    return r;
}

QVector<CompareRow> someRows()
{
    return {row("sysv-shm", 64, 5e5), row("pipe", 64, 2e6), row("shm-nosync", 64, 9e6, 1000),
            row("signals-rt", 0, 6e5), row("pipe", 4096, 1e6), row("sysv-msg", 4096, 3e5)};
}

CompareResults someResults()
{
    CompareResults r;
    r.machine = QJsonObject{{QStringLiteral("cpus"), 2}, {QStringLiteral("cpu_model"), QStringLiteral("Test CPU")}};
    r.plan.repeat = 3;
    r.limits = SystemLimits();
    r.rows = someRows();
    return r;
}

// The fields of one CSV line, quotes undone.
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"'))
            field += c, ++i;
        else if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted)
            fields << field, field.clear();
        else
            field += c;
    }
    return fields << field;
}

} // namespace

class TestCompareModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void passesTheModelTester();
    void everyColumnNamed();
    void sortsByItsNumbers_data();
    void sortsByItsNumbers();
    void statusOfCells_data();
    void statusOfCells();
    void jsonContract();
    void savedComparisonReadsBack();
    void notAComparisonRefused_data();
    void notAComparisonRefused();
    void csvOneFieldPerColumn();
    void referenceShownBeside();
};

void TestCompareModel::passesTheModelTester()
{
    CompareModel model;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(CompareModel::SortRole);
    sorted.sort(CompareModel::MbPerSColumn, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.begin(someResults().machine, someResults().plan, SystemLimits());
    for (const CompareRow &r : someRows())
        model.appendRow(r);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(CompareModel::ColumnCount));
    model.setReference(someResults());
    model.retranslate();
    model.setResults(someResults());
    model.setReference(std::nullopt);
    QCOMPARE(sorted.rowCount(), 6);
}

void TestCompareModel::everyColumnNamed()
{
    CompareModel model;
    model.setResults(someResults());
    for (int c = 0; c < CompareModel::ColumnCount; ++c) {
        QVERIFY2(!model.headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
        QVERIFY(model.index(0, c).data(CompareModel::SortRole).isValid());
    }
    // The thresholds are shown where the verdict is.
    QVERIFY(model.headerData(CompareModel::VerdictColumn, Qt::Horizontal, Qt::ToolTipRole).toString().contains(
        QLatin1String("40 %")));
}

void TestCompareModel::sortsByItsNumbers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("first");
    QTest::newRow("MB/s, fastest first") << int(CompareModel::MbPerSColumn) << Qt::DescendingOrder << "pipe";
    QTest::newRow("msg/s, fastest first") << int(CompareModel::MsgsPerSColumn) << Qt::DescendingOrder
                                          << "shm-nosync";
    QTest::newRow("size, smallest first") << int(CompareModel::SizeColumn) << Qt::AscendingOrder << "signals-rt";
    QTest::newRow("verdict, best first") << int(CompareModel::VerdictColumn) << Qt::DescendingOrder << "pipe";
    QTest::newRow("lost, most first") << int(CompareModel::LostColumn) << Qt::DescendingOrder << "shm-nosync";
}

void TestCompareModel::sortsByItsNumbers()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, first);
    CompareModel model;
    model.setResults(someResults());
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(CompareModel::SortRole);
    sorted.sort(column, order);
    QCOMPARE(sorted.index(0, CompareModel::MechanismColumn).data().toString(), first);
}

void TestCompareModel::statusOfCells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<CompareModel::Status>("status");
    QTest::newRow("what a lossy row lost") << 2 << int(CompareModel::LostColumn) << CompareModel::Status::Lossy;
    QTest::newRow("a lossy verdict") << 2 << int(CompareModel::VerdictColumn) << CompareModel::Status::Lossy;
    QTest::newRow("nothing lost") << 1 << int(CompareModel::LostColumn) << CompareModel::Status::Normal;
    QTest::newRow("the lecture disagrees") << 1 << int(CompareModel::AgreementColumn)
                                           << CompareModel::Status::Disagrees;
    QTest::newRow("the lecture agrees") << 5 << int(CompareModel::AgreementColumn) << CompareModel::Status::Agrees;
}

void TestCompareModel::statusOfCells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(CompareModel::Status, status);
    CompareModel model;
    model.setResults(someResults());
    QCOMPARE(model.index(row, column).data(CompareModel::StatusRole).value<CompareModel::Status>(), status);
}

void TestCompareModel::jsonContract()
{
    CompareModel model;
    model.setResults(someResults());
    const QJsonObject o = compareJson(model);
    QCOMPARE(o.value(QStringLiteral("repeat")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("cpus")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("high")).toDouble(), 0.4);
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 6);
    const QJsonObject pipe = rows[1].toObject();
    QCOMPARE(pipe.value(QStringLiteral("unit")).toString(), QStringLiteral("msgs_per_s"));
    QCOMPARE(pipe.value(QStringLiteral("class")).toString(), QStringLiteral("high"));
    const QJsonObject spread = pipe.value(QStringLiteral("spread")).toObject();
    QCOMPARE(spread.value(QStringLiteral("min")).toDouble(), 1.8e6);
    QCOMPARE(spread.value(QStringLiteral("max")).toDouble(), 2.2e6);
    QVERIFY(spread.value(QStringLiteral("mb_per_s")).isObject()); // each figure's spread stays
    QVERIFY(pipe.value(QStringLiteral("limit")).toString().contains(QLatin1String("pipe capacity")));
    const QJsonObject complexity = pipe.value(QStringLiteral("complexity")).toObject();
    QCOMPARE(complexity.value(QStringLiteral("calls")).toInt(), 9);
    QCOMPARE(complexity.value(QStringLiteral("lines")).toInt(), 24);
    QCOMPARE(complexity.value(QStringLiteral("objects")).toInt(), 2);
    for (const char *key : {"row", "throughput", "complexity", "synchronisation", "communication"})
        QVERIFY2(pipe.value(QStringLiteral("lecture")).toObject().contains(QLatin1String(key)), key);
    QCOMPARE(rows[2].toObject().value(QStringLiteral("class")).toString(), QStringLiteral("lossy"));
    QCOMPARE(rows[4].toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("mb_per_s"));
    QVERIFY(rows[3].toObject().value(QStringLiteral("size")).isNull()); // a signal
}

void TestCompareModel::savedComparisonReadsBack()
{
    CompareModel model;
    model.setResults(someResults());
    QString error;
    const auto read = readCompareJson(QJsonDocument(compareJson(model)).toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->rows.size(), model.rows().size());
    QCOMPARE(read->machine.value(QStringLiteral("cpu_model")).toString(), QStringLiteral("Test CPU"));
    QVERIFY(read->limits.has_value());
    // Saved before the policy was recorded: nothing said of it (those workers
    // ran SCHED_OTHER); recorded, one sentence for each policy.
    QCOMPARE(read->scheduling(), QString());
    CompareResults batch = *read;
    batch.machine.insert(QStringLiteral("sched"), QStringLiteral("batch"));
    QVERIFY2(batch.scheduling().contains(QLatin1String("SCHED_BATCH")), qPrintable(batch.scheduling()));
    batch.machine.insert(QStringLiteral("sched"), QStringLiteral("normal"));
    QVERIFY2(batch.scheduling().contains(QLatin1String("SCHED_OTHER")), qPrintable(batch.scheduling()));
    CompareModel again;
    again.setResults(*read);
    for (int i = 0; i < model.rowCount(); ++i) {
        const CompareRow &a = model.rows()[i];
        const CompareRow &b = again.rows()[i];
        QCOMPARE(b.point, a.point);
        QCOMPARE(b.mbPerS.median, std::round(a.mbPerS.median * 1000) / 1000);
        QCOMPARE(b.msgsPerS.max, a.msgsPerS.max);
        QCOMPARE(b.rttP99Us.min, a.rttP99Us.min);
        QCOMPARE(b.complexity.calls, a.complexity.calls);
        QCOMPARE(b.blocking.send.op, a.blocking.send.op);
        QCOMPARE(b.blocking.send.object, a.blocking.send.object);
        QCOMPARE(b.verdict.cls, a.verdict.cls); // drawn again, the same
        for (int c = 0; c < CompareModel::ColumnCount; ++c)
            QCOMPARE(again.index(i, c).data().toString(), model.index(i, c).data().toString());
    }
}

void TestCompareModel::notAComparisonRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{rows: 1");
    QTest::newRow("a scenario") << QByteArray(R"({"mechanism": "pipe", "size": 64})");
    QTest::newRow("a row without its mechanism") << QByteArray(R"({"machine": {}, "rows": [{"size": 64}]})");
}

void TestCompareModel::notAComparisonRefused()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!readCompareJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestCompareModel::csvOneFieldPerColumn()
{
    CompareModel model;
    model.setResults(someResults());
    const QStringList lines = compareCsv(model).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 7);
    const QStringList header = csvFields(lines.first());
    QVERIFY(header.startsWith(QStringLiteral("mechanism")));
    for (const char *field : {"class", "unit", "spread_min", "spread_max", "limit", "complexity_calls",
                              "complexity_lines", "complexity_objects", "lecture_throughput"})
        QVERIFY2(header.contains(QLatin1String(field)), field);
    for (const QString &line : lines)
        QCOMPARE(csvFields(line).size(), header.size());
    QCOMPARE(csvFields(lines[2]).value(int(header.indexOf(QStringLiteral("class")))), QStringLiteral("high"));
}

void TestCompareModel::referenceShownBeside()
{
    CompareModel model;
    model.setResults(someResults());
    QVERIFY(model.index(1, CompareModel::SavedColumn).data().toString().isEmpty());
    CompareResults saved = someResults();
    saved.rows[1].msgsPerS = {true, 1e6, 1e6, 1e6}; // the pipe at 64 B, half as fast there
    model.setReference(saved);
    const QString beside = model.index(1, CompareModel::SavedColumn).data().toString();
    QVERIFY2(beside.contains(QStringLiteral("×2.00")), qPrintable(beside));
}

QTEST_GUILESS_MAIN(TestCompareModel)
#include "tst_comparemodel.moc"
