#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

namespace tintype {

// Tells which files and folders of the roots change, from the operating
// system's change notifications: inotify on Linux (InotifyFolderWatcher),
// ReadDirectoryChangesW on Windows (FolderWatcherWin), FSEvents on macOS
// (FolderWatcherMac; the last two share WatchedTree, CMake builds the one of
// the platform). Where there is none, or a root cannot be watched (watch limit,
// network share whose remote changes raise no events), LiveFolders falls back
// to a periodic rescan. Lives on a thread with an event loop; events arrive
// through the sink on that thread.
class FolderWatcher {
public:
    struct Event {
        enum class Kind {
            Writing,       // a file was created or written to and may still be open
            Written,       // a file was closed after writing, or renamed into place: complete
            Removed,       // a file was deleted or moved away
            FolderAdded,   // a folder was made or moved in (now watched, with its subfolders)
            FolderRemoved, // a folder was deleted or moved away
            Overflow,      // events were lost (the queue overflowed): rescan `rootId`, or every root when 0
            Lost,          // `rootId` can no longer be watched (`reason`): rescan it periodically
        };
        Kind kind = Kind::Written;
        std::int64_t rootId = 0;
        QByteArray relPath; // native bytes relative to the root, '/'-separated
        QString reason;     // Lost
    };
    using Sink = std::function<void(const std::vector<Event> &)>;

    virtual ~FolderWatcher() = default;
    void setSink(Sink sink) { m_sink = std::move(sink); }

    // Watches `folder` and every folder below it (litter folders excepted).
    // False, with a reason the user can read, when it cannot be watched by
    // events: then nothing of it is watched.
    virtual bool watch(std::int64_t rootId, const std::filesystem::path &folder, QString *reason) = 0;
    virtual void unwatch(std::int64_t rootId) = 0;
    virtual std::int64_t watchCount() const = 0; // folders watched, all roots

    // The platform's watcher, or null where there is none.
    static std::unique_ptr<FolderWatcher> create();

protected:
    void deliver(const std::vector<Event> &events)
    {
        if (m_sink && !events.empty())
            m_sink(events);
    }

private:
    Sink m_sink;
};

} // namespace tintype
