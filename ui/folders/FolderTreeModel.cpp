#include "FolderTreeModel.h"

#include "AppServices.h"
#include "CatalogWorker.h"

#include "catalog/Catalog.h"
#include "catalog/RootRepository.h"

#include <algorithm>

namespace tintype {

namespace {
QString keyOf(const FolderTree::Node &n)
{
    return QString::number(n.rootId) + QLatin1Char('/') + QString::fromLatin1(n.folder.toHex());
}
} // namespace

FolderTreeModel::FolderTreeModel(QObject *parent) : ServicesListModel(parent) {}

int FolderTreeModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_visible.size()); }

QHash<int, QByteArray> FolderTreeModel::roleNames() const
{
    return {{NameRole, "name"},
            {DepthRole, "depth"},
            {DirectRole, "direct"},
            {TotalRole, "total"},
            {OnlineRole, "online"},
            {ExpandedRole, "expanded"},
            {HasChildrenRole, "hasChildren"},
            {RootIdRole, "rootId"},
            {FolderKeyRole, "folderKey"},
            {IsRootRole, "isRoot"}};
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_visible.size()))
        return {};
    const FolderTree::Node &n = m_tree.nodes[size_t(m_visible[size_t(index.row())])];
    switch (role) {
    case NameRole: return n.name;
    case DepthRole: return n.depth;
    case DirectRole: return qint64(n.direct);
    case TotalRole: return qint64(n.total);
    case OnlineRole: return n.online;
    case ExpandedRole:
        return n.parent < 0 ? !m_expanded.contains(QStringLiteral("closed:") + keyOf(n))
                            : m_expanded.contains(keyOf(n));
    case HasChildrenRole: return !n.children.empty();
    case RootIdRole: return qint64(n.rootId);
    case FolderKeyRole: return QString::fromLatin1(n.folder.toHex());
    case IsRootRole: return n.parent < 0;
    default: return {};
    }
}

void FolderTreeModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::libraryChanged, this, &FolderTreeModel::reload);
    connect(&services, &AppServices::assetsRemoved, this, &FolderTreeModel::reload);
}

void FolderTreeModel::servicesReplaced() { reload(); }

void FolderTreeModel::reload()
{
    if (!services())
        return;
    services()->catalog().read<FolderTree>(
        [](Catalog &c) { return FolderTree::build(RootRepository(c).all(), FolderQueries(c).counts()); }, this,
        [this](Result<FolderTree> tree) {
            if (tree)
                setTree(std::move(tree.value()));
            emit loaded();
        });
}

void FolderTreeModel::setTree(FolderTree tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    rebuildVisible();
    endResetModel();
}

void FolderTreeModel::rebuildVisible()
{
    m_visible.clear();
    std::function<void(int)> visit = [&](int i) {
        m_visible.push_back(i);
        const FolderTree::Node &n = m_tree.nodes[size_t(i)];
        const bool open =
            n.parent < 0 ? !m_expanded.contains(QStringLiteral("closed:") + keyOf(n)) : m_expanded.contains(keyOf(n));
        if (open)
            for (int c : n.children)
                visit(c);
    };
    for (int r : m_tree.roots)
        visit(r);
}

int FolderTreeModel::revealFirstFolderWithPhotos()
{
    int found = -1;
    for (size_t i = 0; i < m_tree.nodes.size() && found < 0; ++i)
        if (m_tree.nodes[i].direct > 0)
            found = int(i);
    if (found < 0)
        return -1;
    for (int p = m_tree.nodes[size_t(found)].parent; p >= 0; p = m_tree.nodes[size_t(p)].parent) {
        const FolderTree::Node &n = m_tree.nodes[size_t(p)];
        if (n.parent < 0)
            m_expanded.remove(QStringLiteral("closed:") + keyOf(n));
        else
            m_expanded.insert(keyOf(n));
    }
    beginResetModel();
    rebuildVisible();
    endResetModel();
    const auto it = std::find(m_visible.begin(), m_visible.end(), found);
    return it == m_visible.end() ? -1 : int(it - m_visible.begin());
}

void FolderTreeModel::toggle(int row)
{
    if (row < 0 || row >= int(m_visible.size()))
        return;
    const FolderTree::Node &n = m_tree.nodes[size_t(m_visible[size_t(row)])];
    const QString key = n.parent < 0 ? QStringLiteral("closed:") + keyOf(n) : keyOf(n);
    if (!m_expanded.remove(key))
        m_expanded.insert(key);
    beginResetModel();
    rebuildVisible();
    endResetModel();
}

} // namespace tintype
