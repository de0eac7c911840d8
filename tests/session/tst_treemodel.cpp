// The kernel views' tree, merged in place: rows that stay keep their index
// (a view keeps them open and selected), rows that go are removed, new ones
// inserted where they belong, a moved row moves, a changed cell says so —
// all under QAbstractItemModelTester.
#include "session/treemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ipcscope;

Q_DECLARE_METATYPE(ipcscope::TreeNode)

namespace {

class Tree : public TreeModel {
public:
    Tree() : TreeModel(2) {}

protected:
    QString header(int column) const override { return column ? QStringLiteral("value") : QStringLiteral("name"); }
};

// "a(a1,a2),b" as nodes: keys, their first cell the key, the second "v".
TreeNode parse(const QString &text)
{
    TreeNode root;
    QVector<TreeNode *> stack = {&root};
    QString key;
    const auto flush = [&] {
        if (!key.isEmpty())
            stack.last()->children.append({key, {key, QStringLiteral("v")}, false, {}, {}});
        key.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('(')) {
            flush();
            stack.append(&stack.last()->children.last());
        } else if (c == QLatin1Char(')')) {
            flush();
            stack.removeLast();
        } else if (c == QLatin1Char(',')) {
            flush();
        } else {
            key += c;
        }
    }
    flush();
    return root;
}

QString dump(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList parts;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        const QString below = dump(m, i);
        parts << i.data().toString() + (below.isEmpty() ? QString() : QLatin1Char('(') + below + QLatin1Char(')'));
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

class TestTreeModel : public QObject {
    Q_OBJECT
private slots:
    void merges_data();
    void merges();
    void keepsWhatStays();
    void saysWhatChanged();
};

void TestTreeModel::merges_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("grows") << "a" << "a(a1,a2),b";
    QTest::newRow("shrinks") << "a(a1,a2),b,c" << "a(a2),c";
    QTest::newRow("moves") << "a,b,c" << "c,a,b";
    QTest::newRow("replaces") << "a(x),b" << "c(y),d";
    QTest::newRow("empties") << "a(a1),b" << "";
}

void TestTreeModel::merges()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    Tree tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.update(parse(before));
    QCOMPARE(dump(tree), before);
    tree.update(parse(after));
    QCOMPARE(dump(tree), after);
}

void TestTreeModel::keepsWhatStays()
{
    Tree tree;
    tree.update(parse(QStringLiteral("a(a1,a2),b")));
    const QPersistentModelIndex a2 = tree.find({QStringLiteral("a"), QStringLiteral("a2")});
    QVERIFY(a2.isValid());
    QSignalSpy reset(&tree, &QAbstractItemModel::modelReset);
    tree.update(parse(QStringLiteral("z,a(a0,a2),b")));
    QVERIFY(a2.isValid());
    QCOMPARE(a2.data().toString(), QStringLiteral("a2"));
    QCOMPARE(a2.row(), 1);
    QCOMPARE(a2.parent().row(), 1);
    QCOMPARE(reset.size(), 0); // merged, never reset
    QVERIFY(!tree.find({QStringLiteral("a"), QStringLiteral("a1")}).isValid());
}

void TestTreeModel::saysWhatChanged()
{
    Tree tree;
    TreeNode root = parse(QStringLiteral("a(a1),b"));
    tree.update(root);
    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    tree.update(root);
    QCOMPARE(changed.size(), 0); // nothing changed, nothing redrawn
    root.children[0].children[0].cells[1] = QStringLiteral("w");
    root.children[1].emphasised = true;
    tree.update(root);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(tree.find({QStringLiteral("a"), QStringLiteral("a1")}).siblingAtColumn(1).data().toString(),
             QStringLiteral("w"));
    QVERIFY(tree.find({QStringLiteral("b")}).data(TreeModel::EmphasisRole).toBool());
}

QTEST_GUILESS_MAIN(TestTreeModel)
#include "tst_treemodel.moc"
