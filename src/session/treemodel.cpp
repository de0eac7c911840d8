#include "treemodel.h"

#include <algorithm>

namespace ipcscope {

struct TreeModel::Node {
    QString key;
    QStringList cells;
    bool emphasised = false;
    QString toolTip;
    bool muted = false;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        return int(std::find_if(siblings.begin(), siblings.end(), [this](const auto &n) { return n.get() == this; }) -
                   siblings.begin());
    }
    bool sameAs(const TreeNode &n) const
    {
        return cells == n.cells && emphasised == n.emphasised && toolTip == n.toolTip && muted == n.muted;
    }
    void take(const TreeNode &n)
    {
        key = n.key;
        cells = n.cells;
        emphasised = n.emphasised;
        toolTip = n.toolTip;
        muted = n.muted;
    }
};

TreeModel::TreeModel(int columns, QObject *parent)
    : QAbstractItemModel(parent), m_columns(columns), m_root(std::make_unique<Node>())
{
}

TreeModel::~TreeModel() = default;

TreeModel::Node *TreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex TreeModel::indexOf(Node *node, int column) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row(), column, node);
}

QModelIndex TreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
}

QModelIndex TreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int TreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int TreeModel::columnCount(const QModelIndex &) const
{
    return m_columns;
}

QVariant TreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return n->cells.value(index.column());
    case Qt::ToolTipRole:
        return n->toolTip.isEmpty() ? QVariant() : n->toolTip;
    case EmphasisRole:
        return n->emphasised;
    case KeyRole:
        return n->key;
    case MutedRole:
        return n->muted;
    default:
        return {};
    }
}

QVariant TreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns)
        return header(section);
    return {};
}

void TreeModel::retranslateHeader()
{
    emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

void TreeModel::update(const TreeNode &root)
{
    merge(m_root.get(), {}, root);
}

void TreeModel::merge(Node *node, const QModelIndex &index, const TreeNode &fresh)
{
    // Gone: removed, from the last so that the rows before keep their numbers.
    for (int i = int(node->children.size()) - 1; i >= 0; --i) {
        const QString &key = node->children[size_t(i)]->key;
        if (std::none_of(fresh.children.begin(), fresh.children.end(),
                         [&key](const TreeNode &n) { return n.key == key; })) {
            beginRemoveRows(index, i, i);
            node->children.erase(node->children.begin() + i);
            endRemoveRows();
        }
    }
    for (int j = 0; j < fresh.children.size(); ++j) {
        const TreeNode &want = fresh.children[j];
        auto &children = node->children;
        const auto found = std::find_if(children.begin() + std::min<qsizetype>(j, qsizetype(children.size())),
                                        children.end(), [&want](const auto &n) { return n->key == want.key; });
        if (found == children.end()) {
            beginInsertRows(index, j, j);
            auto born = std::make_unique<Node>();
            born->take(want);
            born->parent = node;
            children.insert(children.begin() + j, std::move(born));
            endInsertRows();
        } else if (const int at = int(found - children.begin()); at != j) {
            beginMoveRows(index, at, at, index, j);
            std::unique_ptr<Node> moving = std::move(children[size_t(at)]);
            children.erase(children.begin() + at);
            children.insert(children.begin() + j, std::move(moving));
            endMoveRows();
        }
        Node *child = children[size_t(j)].get();
        if (!child->sameAs(want)) {
            child->take(want);
            emit dataChanged(indexOf(child, 0), indexOf(child, m_columns - 1));
        }
        merge(child, indexOf(child), want);
    }
}

QModelIndex TreeModel::find(const QStringList &keys) const
{
    Node *node = m_root.get();
    for (const QString &key : keys) {
        const auto &children = node->children;
        const auto found =
            std::find_if(children.begin(), children.end(), [&key](const auto &n) { return n->key == key; });
        if (found == children.end())
            return {};
        node = found->get();
    }
    return indexOf(node);
}

} // namespace ipcscope
