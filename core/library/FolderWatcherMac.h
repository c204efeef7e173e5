#pragma once

#include "library/FolderWatcher.h"
#include "library/WatchedTree.h"

#include <QObject>

#include <map>
#include <memory>

namespace tintype {

// FolderWatcher on macOS: one FSEvents stream per root, with file-level events
// (kFSEventStreamCreateFlagFileEvents), delivered on a dispatch queue and
// handed to the watcher's thread. FSEvents coalesces the flags of one path
// (created, modified and removed within the latency), so what is there is
// read from the disk (lstat); a file renamed into place is complete, one
// created or written to waits in LiveFolders until it is quiet. Dropped events
// and a moved or deleted root ask for a rescan. A network volume (no
// MNT_LOCAL) is refused: FSEvents sees only the changes made on this Mac.
// Built on macOS only (CMake selects it; untested here).
class FolderWatcherMac : public FolderWatcher {
public:
    FolderWatcherMac();
    ~FolderWatcherMac() override;

    bool watch(std::int64_t rootId, const std::filesystem::path &folder, QString *reason) override;
    void unwatch(std::int64_t rootId) override;
    std::int64_t watchCount() const override { return m_tree.folderCount(); }

    struct RawChange {
        QByteArray path; // absolute, as FSEvents gives it
        std::uint32_t flags = 0;
    };
    // On the watcher's thread: a batch of one stream's changes.
    void handle(std::int64_t rootId, const std::vector<RawChange> &changes);

private:
    struct Stream;

    QObject m_context;       // lives on the watcher's thread: the changes are queued to it
    void *m_queue = nullptr; // dispatch_queue_t
    std::map<std::int64_t, std::unique_ptr<Stream>> m_streams;
    WatchedTree m_tree;
};

} // namespace tintype
