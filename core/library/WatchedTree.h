#pragma once

#include "library/FolderWatcher.h"

#include <QByteArray>
#include <QSet>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <vector>

namespace tintype {

// For watchers whose system reports the changes of a whole tree at once
// (ReadDirectoryChangesW on Windows, FSEvents on macOS): the folders of each
// root known so far, and each change the system reports turned into
// FolderWatcher events. The system no longer says whether a path that went
// was a folder; the tree does. Litter folders (LitterFilter) and what is in
// them are left out, as InotifyFolderWatcher never watches them. Symbolic
// links to folders are not followed: neither system reports changes below them.
class WatchedTree {
public:
    // What is at a changed path now, from the file system (lstat).
    enum class Now { Nothing, File, Folder };

    // Records `folder` as root `rootId` with every folder below it (walks it).
    void add(std::int64_t rootId, const std::filesystem::path &folder);
    void remove(std::int64_t rootId);
    bool contains(std::int64_t rootId) const { return m_roots.count(rootId) > 0; }
    std::filesystem::path path(std::int64_t rootId) const;
    // Folders known, all roots (each root counts as one).
    std::int64_t folderCount() const;

    // A change at `relPath` ('/'-separated native bytes below the root; empty:
    // the root itself) with `now` what is there after it. `movedIn`: the system
    // said it was renamed or moved to that name, so a file there is complete
    // (a sync tool's rename into place); otherwise a file is taken as still
    // being written until LiveFolders sees it quiet.
    std::vector<FolderWatcher::Event> changed(std::int64_t rootId, const QByteArray &relPath, Now now,
                                              bool movedIn = false);

    // The part of `absolute` below root `rootId`'s folder ('/'-separated
    // bytes; the root itself: empty), or nothing when it is not below it.
    std::optional<QByteArray> relativePath(std::int64_t rootId, const std::filesystem::path &absolute) const;

private:
    struct Root {
        std::filesystem::path path;
        QSet<QByteArray> folders; // below the root, '/'-separated
    };
    void addSubtree(Root &root, const QByteArray &relDir);
    static void removeSubtree(Root &root, const QByteArray &relDir);

    std::map<std::int64_t, Root> m_roots;
};

} // namespace tintype
