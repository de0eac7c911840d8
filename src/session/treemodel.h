#pragma once
// A read-only tree of text rows, for the kernel's views: the run's objects and
// workers, and the inspector. It is updated from a whole new tree, merged in
// place by each node's key: a row that stays keeps its index (a view keeps it
// expanded and selected), only the cells that changed are redrawn, and rows
// come and go with the proper signals.
#include <QAbstractItemModel>
#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

namespace ipcscope {

struct TreeNode {
    QString key;       // who it is among its siblings, from one update to the next
    QStringList cells; // one per column
    bool emphasised = false;
    QString toolTip;
    QVector<TreeNode> children;
    // Drawn greyed: what the row shows is gone (a removed object's last values).
    bool muted = false;
};

class TreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        EmphasisRole = Qt::UserRole + 1, // bool: the view sets the row in bold
        KeyRole,                         // the node's key
        MutedRole,                       // bool: the view greys the row
    };

    explicit TreeModel(int columns, QObject *parent = nullptr);
    ~TreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The tree becomes `root`'s children.
    void update(const TreeNode &root);
    // The row with this key path ({"objects", "full"}), or an invalid index.
    QModelIndex find(const QStringList &keys) const;

protected:
    // The column titles, in the current language.
    virtual QString header(int column) const = 0;
    // After a language switch: the titles anew (the cells come with the next update).
    void retranslateHeader();

private:
    struct Node;
    void merge(Node *node, const QModelIndex &index, const TreeNode &fresh);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = 0) const;

    int m_columns;
    std::unique_ptr<Node> m_root;
};

} // namespace ipcscope
