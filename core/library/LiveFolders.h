#pragma once

#include "catalog/CatalogRecords.h"
#include "library/FolderWatcher.h"
#include "library/ScanScope.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace tintype {

// Live folders: turns the FolderWatcher's stream of events into scan batches
// (ScanScope: the folders that changed) for the one incremental scan
// (LibraryUpdate with Scanner::Options::scope). Files still being written —
// sync tools' temporaries (LitterFilter::isPartialFile) and files open for
// writing — are left out until they are complete; a burst of events (a copy
// of 5,000 photos) becomes one batch once the folder has been quiet for
// `quietMs` (or every `maxDelayMs` while it goes on). A root that cannot be
// watched (no watcher on this platform, watch limit, network share) is
// rescanned every `pollSeconds` instead, its files modified in the last
// `settleMs` left for the next round; `roots()` says which and why.
// Lives on a thread with an event loop (the CLI's main thread, the app's watcher thread).
class LiveFolders : public QObject {
    Q_OBJECT

public:
    struct Options {
        int quietMs = 300;       // a batch once no event came for this long
        int maxDelayMs = 5000;   // ... or this long after its first event, while events go on
        int staleMs = 3000;      // a file written to but not closed, unchanged this long, is taken as complete
        int pollSeconds = 60;    // rescan period of roots that are not watched by events
        int settleMs = 3000;     // polled roots: files modified more recently wait for the next round
        bool watchEvents = true; // false: poll every root (tests, or a user's choice)
    };
    struct RootState {
        std::int64_t rootId = 0;
        std::filesystem::path path;
        bool polled = false; // rescanned every pollSeconds instead of watched
        QString reason;      // why it is polled, for the user
    };

    // `watcher` may be null (no watcher on this platform): every root is polled.
    LiveFolders(std::unique_ptr<FolderWatcher> watcher, Options options);
    explicit LiveFolders(Options options) : LiveFolders(FolderWatcher::create(), options) {}
    ~LiveFolders() override;

    // The roots to keep current: online ones are watched (or polled), the rest forgotten.
    void setRoots(const std::vector<RootRecord> &roots);
    std::vector<RootState> roots() const;
    std::int64_t watchedFolders() const { return m_watcher ? m_watcher->watchCount() : 0; }
    std::int64_t batchesEmitted() const { return m_batches; }

    // Every root in scope at once (a scan now, e.g. at start).
    void rescanAll();

signals:
    // The folders to scan; `scope->hold` leaves out files still being written.
    void batchReady(std::shared_ptr<const tintype::ScanScope> scope);
    void rootsChanged(); // a root went from watched to polled (or back)

private:
    void onEvents(const std::vector<FolderWatcher::Event> &events);
    void fileWritten(std::int64_t rootId, const QByteArray &relPath);
    void poll();
    void checkStale();
    void schedule();
    void emitBatch();
    void fallBackToPolling(std::int64_t rootId, const QString &reason);

    struct Busy {
        std::int64_t rootId;
        QByteArray relPath;
        qint64 lastEventMs;
    };

    std::unique_ptr<FolderWatcher> m_watcher;
    Options m_options;
    std::vector<RootState> m_roots;
    ScanScope m_pending;
    QHash<QByteArray, Busy> m_busy; // files open for writing, by "<root>:<path>"
    QTimer m_quiet, m_maxDelay, m_poll, m_stale;
    std::int64_t m_batches = 0;
};

} // namespace tintype

Q_DECLARE_METATYPE(std::shared_ptr<const tintype::ScanScope>)
