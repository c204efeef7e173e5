#pragma once

#include "library/FolderWatcher.h"
#include "library/WatchedTree.h"

#include <map>
#include <memory>

namespace tintype {

// FolderWatcher on Windows: one ReadDirectoryChangesW per root, watching its
// whole tree (overlapped I/O, completion seen by a QWinEventNotifier on the
// watcher's thread). Windows tells neither whether a removed name was a folder
// nor when a writer closes its file: WatchedTree knows the folders, and a file
// created or written to waits in LiveFolders until it has been quiet (a rename
// into place is complete at once). Network shares are watched too: the SMB
// server sends the changes made on it. An overflowing buffer asks for a rescan
// of the root. Built on Windows only (CMake selects it; untested here).
class FolderWatcherWin : public FolderWatcher {
public:
    FolderWatcherWin();
    ~FolderWatcherWin() override;

    bool watch(std::int64_t rootId, const std::filesystem::path &folder, QString *reason) override;
    void unwatch(std::int64_t rootId) override;
    std::int64_t watchCount() const override { return m_tree.folderCount(); }

private:
    struct Root;
    void readChanges(Root &root);

    std::map<std::int64_t, std::unique_ptr<Root>> m_roots;
    WatchedTree m_tree;
};

} // namespace tintype
