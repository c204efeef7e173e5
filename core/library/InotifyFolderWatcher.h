#pragma once

#include "library/FolderWatcher.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <memory>

class QSocketNotifier;

namespace tintype {

// FolderWatcher on Linux: one inotify watch per folder (inotify is not
// recursive), added for new folders as they appear. When the system's watch
// limit (fs.inotify.max_user_watches) or `maxWatches` runs out, or the root is
// on a network file system (NFS, SMB/CIFS, 9p, ...: a change made on the
// server raises no event here), watch() says so and watches nothing of that
// root, and a root that runs out later is reported Lost.
class InotifyFolderWatcher : public FolderWatcher {
    Q_DECLARE_TR_FUNCTIONS(InotifyFolderWatcher)

public:
    // `maxWatches`: at most this many folders in all (0: as many as the system allows).
    explicit InotifyFolderWatcher(std::int64_t maxWatches = 0);
    ~InotifyFolderWatcher() override;

    bool watch(std::int64_t rootId, const std::filesystem::path &folder, QString *reason) override;
    void unwatch(std::int64_t rootId) override;
    std::int64_t watchCount() const override { return std::int64_t(m_watches.size()); }

    // Why a folder on this kind of file system cannot be watched, or empty.
    static QString networkFileSystem(const std::filesystem::path &folder);

private:
    struct Watch {
        std::int64_t rootId = 0;
        QByteArray relDir;
    };
    struct Root {
        std::filesystem::path path;
        int topWatch = -1;
    };
    enum class Added { Ok, LimitReached };
    Added addTree(std::int64_t rootId, const QByteArray &relDir, QString *reason);
    void removeTree(std::int64_t rootId, const QByteArray &relDir);
    void readEvents();
    QString limitReason() const;

    int m_fd = -1;
    std::int64_t m_maxWatches = 0;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QHash<int, Watch> m_watches;
    std::map<std::int64_t, Root> m_roots;
};

} // namespace tintype
