#include "library/ScanScope.h"

#include <algorithm>

namespace tintype {

namespace {
bool inside(const QByteArray &path, const QByteArray &folder)
{
    return folder.isEmpty() || path == folder || (path.startsWith(folder) && path.at(folder.size()) == '/');
}
} // namespace

void ScanScope::add(std::int64_t rootId, const QByteArray &relPath, bool recursive)
{
    roots[rootId].push_back({relPath, recursive});
}

void ScanScope::merge(const ScanScope &other)
{
    for (const auto &[rootId, folders] : other.roots)
        for (const Folder &f : folders)
            add(rootId, f.relPath, f.recursive);
}

std::vector<ScanScope::Folder> ScanScope::foldersOf(std::int64_t rootId) const
{
    const auto it = roots.find(rootId);
    if (it == roots.end())
        return {};
    std::vector<Folder> folders = it->second;
    // By path, the recursive one first among equals: each folder is then
    // checked against the recursive folders kept before it.
    std::sort(folders.begin(), folders.end(), [](const Folder &a, const Folder &b) {
        return a.relPath != b.relPath ? a.relPath < b.relPath : a.recursive > b.recursive;
    });
    std::vector<Folder> kept;
    std::vector<QByteArray> reach; // recursive folders kept
    for (const Folder &f : folders) {
        if (std::any_of(reach.begin(), reach.end(), [&](const QByteArray &r) { return inside(f.relPath, r); }))
            continue;
        if (!kept.empty() && kept.back().relPath == f.relPath)
            continue; // the same folder again, not recursive
        kept.push_back(f);
        if (f.recursive)
            reach.push_back(f.relPath);
    }
    return kept;
}

bool ScanScope::coversWholeRoot(std::int64_t rootId) const
{
    const auto folders = foldersOf(rootId);
    return folders.size() == 1 && folders.front().relPath.isEmpty() && folders.front().recursive;
}

} // namespace tintype
