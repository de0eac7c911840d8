// The kernel panel fits its names' column to their words when rows come: once
// per insertion. Opening the new rows' parent (expand) emits `expanded`,
// which fits the names too for a row the user opens: the old panel fitted
// twice for every new object or worker — each fit measures every row shown.
#include "kernelpanel.h"

#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTest>

using namespace ipcscope;

namespace {

RunSnapshot snapshot()
{
    RunSnapshot s;
    s.kernel = {{QStringLiteral("full"), QStringLiteral("semval"), 3},
                {QStringLiteral("full"), QStringLiteral("semncnt"), 1},
                {QStringLiteral("segment"), QStringLiteral("nattch"), 2},
                {QStringLiteral("segment"), QStringLiteral("bytes"), 65536}};
    WorkerSnapshot p;
    p.role = Role::Producer;
    p.pid = 4242;
    p.wchan = QStringLiteral("do_semtimedop");
    p.syscall = QStringLiteral("semtimedop");
    WorkerSnapshot c = p;
    c.role = Role::Consumer;
    c.slot = 1;
    c.pid = 4243;
    s.workers = {p, c};
    return s;
}

// Counts what the names' column measures: a fit measures each row shown once.
class Counting : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == 0)
            ++measured;
        return QStyledItemDelegate::sizeHint(option, index);
    }
    mutable int measured = 0;
};

} // namespace

class TestKernelPanel : public QObject {
    Q_OBJECT
private slots:
    void fitsTheNamesOncePerInsertion();
};

void TestKernelPanel::fitsTheNamesOncePerInsertion()
{
    KernelPanel panel;
    panel.resize(400, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *counting = new Counting(&panel);
    panel.setItemDelegate(counting);
    QSignalSpy opened(&panel, &QTreeView::expanded);
    QStringList twice;
    int insertions = 0;
    // Connected after the panel's own handler, so called after it: what the
    // panel measured for this insertion against one fit of the rows now
    // shown, made here.
    connect(&panel.kernelModel(), &QAbstractItemModel::rowsInserted, &panel,
            [&](const QModelIndex &parent, int first, int last) {
                const int byPanel = counting->measured;
                counting->measured = 0;
                panel.resizeColumnToContents(0);
                const int oneFit = counting->measured;
                counting->measured = 0;
                ++insertions;
                // One more: the row height, measured at the layout the fit brings on.
                if (byPanel > oneFit + 1)
                    twice << QStringLiteral("%1 row(s) under '%2': %3 measured, one fit %4")
                                 .arg(last - first + 1)
                                 .arg(parent.data().toString())
                                 .arg(byPanel)
                                 .arg(oneFit);
            });
    counting->measured = 0;
    panel.kernelModel().update(snapshot());
    // Rows came, and some under a parent the panel opened for them (the
    // case that fitted twice).
    QVERIFY(insertions > 0);
    QVERIFY(opened.count() > 0);
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestKernelPanel)
#include "tst_kernelpanel.moc"
