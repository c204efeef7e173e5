#include "FolderTree.h"

#include "common/NativePath.h"

#include <algorithm>
#include <map>

namespace tintype {

namespace {
// Builds the nested folders of one root in a map keyed by path, then flattens it depth-first.
struct Builder {
    struct Folder {
        std::int64_t direct = 0, total = 0;
        std::map<QByteArray, Folder> children; // by name (bytes)
    };
};

// Natural order for people: "2" before "05" before "10", then case-insensitive
// text. Our own, because QCollator's numeric mode does nothing in the C locale.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const qulonglong x = a.mid(i, ei - i).right(18).toULongLong();
            const qulonglong y = b.mid(j, ej - j).right(18).toULongLong();
            if (x != y)
                return x < y;
            i = ei;
            j = ej;
            continue;
        }
        const int c = QString::compare(a.mid(i, 1), b.mid(j, 1), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b;
}

void flatten(FolderTree &tree, const Builder::Folder &folder, const QByteArray &path, const QString &name,
             std::int64_t rootId, bool online, int depth, int parent)
{
    const int index = int(tree.nodes.size());
    FolderTree::Node node;
    node.rootId = rootId;
    node.folder = path;
    node.name = name;
    node.depth = depth;
    node.direct = folder.direct;
    node.total = folder.total;
    node.online = online;
    node.parent = parent;
    tree.nodes.push_back(std::move(node));
    if (parent >= 0)
        tree.nodes[size_t(parent)].children.push_back(index);

    std::vector<std::pair<QString, const QByteArray *>> names;
    for (const auto &[childName, child] : folder.children)
        names.emplace_back(nativepath::display(nativepath::fromBytes(childName)), &childName);
    std::sort(names.begin(), names.end(), [](const auto &a, const auto &b) { return naturalLess(a.first, b.first); });
    for (const auto &[display, childName] : names)
        flatten(tree, folder.children.at(*childName), path.isEmpty() ? *childName : path + '/' + *childName, display,
                rootId, online, depth + 1, index);
}
} // namespace

FolderTree FolderTree::build(const std::vector<RootRecord> &roots,
                             const std::vector<FolderQueries::FolderCount> &counts)
{
    std::map<std::int64_t, Builder::Folder> byRoot;
    for (const auto &c : counts) {
        Builder::Folder *folder = &byRoot[c.rootId];
        folder->total += c.assets;
        if (!c.folder.isEmpty())
            for (const QByteArray &part : c.folder.split('/')) {
                folder = &folder->children[part];
                folder->total += c.assets;
            }
        folder->direct += c.assets;
    }
    FolderTree tree;
    for (const RootRecord &root : roots) {
        tree.roots.push_back(int(tree.nodes.size()));
        flatten(tree, byRoot[root.id], {}, nativepath::display(root.path), root.id, root.online, 0, -1);
    }
    return tree;
}

} // namespace tintype
