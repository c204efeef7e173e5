#include "library/WatchedTree.h"

#include "common/NativePath.h"
#include "library/LitterFilter.h"

#include <system_error>

namespace tintype {

namespace fs = std::filesystem;

namespace {
using Kind = FolderWatcher::Event::Kind;

QByteArray join(const QByteArray &dir, const QByteArray &name) { return dir.isEmpty() ? name : dir + '/' + name; }

// A path with a litter folder on the way: nothing of it is watched.
bool inLitter(const QByteArray &relPath, bool lastIsFolder)
{
    const QList<QByteArray> parts = relPath.split('/');
    const qsizetype folders = lastIsFolder ? parts.size() : parts.size() - 1;
    for (qsizetype i = 0; i < folders; ++i)
        if (LitterFilter::isLitterFolder(parts.at(i).toStdString()))
            return true;
    return false;
}
} // namespace

void WatchedTree::add(std::int64_t rootId, const fs::path &folder)
{
    Root &root = m_roots[rootId];
    root = Root{folder, {}};
    addSubtree(root, QByteArray());
}

void WatchedTree::remove(std::int64_t rootId) { m_roots.erase(rootId); }

fs::path WatchedTree::path(std::int64_t rootId) const
{
    const auto it = m_roots.find(rootId);
    return it == m_roots.end() ? fs::path() : it->second.path;
}

std::int64_t WatchedTree::folderCount() const
{
    std::int64_t n = 0;
    for (const auto &[id, root] : m_roots)
        n += 1 + root.folders.size();
    return n;
}

void WatchedTree::addSubtree(Root &root, const QByteArray &relDir)
{
    std::vector<QByteArray> pending{relDir};
    while (!pending.empty()) {
        const QByteArray rel = pending.back();
        pending.pop_back();
        if (!rel.isEmpty())
            root.folders.insert(rel);
        const fs::path dir = rel.isEmpty() ? root.path : root.path / nativepath::fromBytes(rel);
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            std::error_code typeEc;
            if (it->is_symlink(typeEc) || !it->is_directory(typeEc))
                continue;
            const QByteArray name = nativepath::toBytes(it->path().filename());
            if (!LitterFilter::isLitterFolder(name.toStdString()))
                pending.push_back(join(rel, name));
        }
    }
}

void WatchedTree::removeSubtree(Root &root, const QByteArray &relDir)
{
    const QByteArray prefix = relDir + '/';
    for (auto it = root.folders.begin(); it != root.folders.end();) {
        if (*it == relDir || it->startsWith(prefix))
            it = root.folders.erase(it);
        else
            ++it;
    }
}

std::vector<FolderWatcher::Event> WatchedTree::changed(std::int64_t rootId, const QByteArray &relPath, Now now,
                                                       bool movedIn)
{
    const auto found = m_roots.find(rootId);
    if (found == m_roots.end())
        return {};
    Root &root = found->second;
    if (relPath.isEmpty()) // the root itself went or changed: LibraryUpdate finds out where it went
        return now == Now::Folder ? std::vector<FolderWatcher::Event>{}
                                  : std::vector<FolderWatcher::Event>{{Kind::Overflow, rootId, {}, {}}};
    if (inLitter(relPath, now == Now::Folder))
        return {};

    std::vector<FolderWatcher::Event> events;
    const bool wasFolder = root.folders.contains(relPath);
    if (wasFolder && now != Now::Folder) {
        removeSubtree(root, relPath);
        events.push_back({Kind::FolderRemoved, rootId, relPath, {}});
    }
    switch (now) {
    case Now::Folder:
        if (!wasFolder) {
            addSubtree(root, relPath);
            events.push_back({Kind::FolderAdded, rootId, relPath, {}});
        }
        break; // a known folder whose contents or attributes changed: its files report themselves
    case Now::File: events.push_back({movedIn ? Kind::Written : Kind::Writing, rootId, relPath, {}}); break;
    case Now::Nothing:
        if (!wasFolder)
            events.push_back({Kind::Removed, rootId, relPath, {}});
        break;
    }
    return events;
}

std::optional<QByteArray> WatchedTree::relativePath(std::int64_t rootId, const fs::path &absolute) const
{
    const auto found = m_roots.find(rootId);
    if (found == m_roots.end())
        return std::nullopt;
    const QByteArray rootBytes = nativepath::toBytes(found->second.path.lexically_normal());
    const QByteArray path = nativepath::toBytes(absolute.lexically_normal());
    const QByteArray base = rootBytes.endsWith('/') ? rootBytes.chopped(1) : rootBytes;
    if (path == base || path == rootBytes)
        return QByteArray();
    if (!path.startsWith(base + '/'))
        return std::nullopt;
    return path.mid(base.size() + 1);
}

} // namespace tintype
