#include "library/FolderWatcherMac.h"

#ifdef Q_OS_MACOS

#include "common/NativePath.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <CoreServices/CoreServices.h>
#include <dispatch/dispatch.h>
#include <sys/mount.h>
#include <sys/stat.h>

namespace tintype {

namespace fs = std::filesystem;

namespace {
constexpr CFTimeInterval kLatencySeconds = 0.2; // LiveFolders batches them anyway

// The reasons in the words InotifyFolderWatcher uses: one translation for both.
QString cannotWatch() { return QCoreApplication::translate("InotifyFolderWatcher", "the folder cannot be watched"); }

dispatch_queue_t queueOf(void *queue) { return static_cast<dispatch_queue_t>(queue); }

WatchedTree::Now nowAt(const QByteArray &path)
{
    struct stat st {};
    if (::lstat(path.constData(), &st) != 0)
        return WatchedTree::Now::Nothing;
    return S_ISDIR(st.st_mode) ? WatchedTree::Now::Folder : WatchedTree::Now::File;
}
} // namespace

// What the callback reads (its `info`): freed only after the stream is
// invalidated and the queue has run out (unwatch).
struct FolderWatcherMac::Stream {
    FolderWatcherMac *watcher = nullptr;
    QObject *context = nullptr;
    std::int64_t rootId = 0;
    FSEventStreamRef ref = nullptr;

    static void callback(ConstFSEventStreamRef, void *info, size_t count, void *paths,
                         const FSEventStreamEventFlags flags[], const FSEventStreamEventId[])
    {
        auto *stream = static_cast<Stream *>(info);
        std::vector<RawChange> changes;
        changes.reserve(count);
        const auto *const *cPaths = static_cast<const char *const *>(paths);
        for (size_t i = 0; i < count; ++i)
            changes.push_back({QByteArray(cPaths[i]), flags[i]});
        // On the dispatch queue: hand the batch to the watcher's thread.
        FolderWatcherMac *watcher = stream->watcher;
        const std::int64_t rootId = stream->rootId;
        QMetaObject::invokeMethod(
            stream->context, [watcher, rootId, changes] { watcher->handle(rootId, changes); }, Qt::QueuedConnection);
    }
};

FolderWatcherMac::FolderWatcherMac()
    : m_queue(dispatch_queue_create("org.tintype.folderwatcher", DISPATCH_QUEUE_SERIAL))
{}

FolderWatcherMac::~FolderWatcherMac()
{
    while (!m_streams.empty())
        unwatch(m_streams.begin()->first);
    // The batches already posted to m_context die with it, unhandled.
    dispatch_sync_f(queueOf(m_queue), nullptr, [](void *) {});
    dispatch_release(queueOf(m_queue));
}

bool FolderWatcherMac::watch(std::int64_t rootId, const fs::path &folder, QString *reason)
{
    unwatch(rootId);
    auto fail = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    struct statfs st {};
    if (::statfs(folder.c_str(), &st) != 0)
        return fail(cannotWatch());
    if (!(st.f_flags & MNT_LOCAL))
        return fail(
            QCoreApplication::translate("InotifyFolderWatcher",
                                        "a network share (%1): changes made on other machines raise no event here")
                .arg(QString::fromUtf8(st.f_fstypename)));
    // FSEvents reports real paths (/private/var/..., not /var/...): compare with the canonical folder.
    std::error_code ec;
    const fs::path canonical = fs::canonical(folder, ec);
    const fs::path watched = ec ? folder : canonical;

    auto stream = std::make_unique<Stream>();
    stream->watcher = this;
    stream->context = &m_context;
    stream->rootId = rootId;
    FSEventStreamContext context{0, stream.get(), nullptr, nullptr, nullptr};
    CFStringRef path = nativepath::display(watched).toCFString();
    CFArrayRef paths =
        CFArrayCreate(kCFAllocatorDefault, reinterpret_cast<const void **>(&path), 1, &kCFTypeArrayCallBacks);
    stream->ref = FSEventStreamCreate(
        kCFAllocatorDefault, &Stream::callback, &context, paths, kFSEventStreamEventIdSinceNow, kLatencySeconds,
        kFSEventStreamCreateFlagFileEvents | kFSEventStreamCreateFlagNoDefer | kFSEventStreamCreateFlagWatchRoot);
    CFRelease(paths);
    CFRelease(path);
    if (!stream->ref)
        return fail(cannotWatch());
    FSEventStreamSetDispatchQueue(stream->ref, queueOf(m_queue));
    if (!FSEventStreamStart(stream->ref)) {
        FSEventStreamInvalidate(stream->ref); // never started: no callback can be running
        FSEventStreamRelease(stream->ref);
        return fail(cannotWatch());
    }
    m_tree.add(rootId, watched);
    m_streams[rootId] = std::move(stream);
    return true;
}

void FolderWatcherMac::unwatch(std::int64_t rootId)
{
    const auto it = m_streams.find(rootId);
    if (it == m_streams.end())
        return;
    std::unique_ptr<Stream> stream = std::move(it->second);
    m_streams.erase(it);
    m_tree.remove(rootId);
    FSEventStreamStop(stream->ref);
    FSEventStreamInvalidate(stream->ref);
    // A callback running now still reads `stream`: wait until the queue has run
    // out. What it posted is dropped by handle() (the root is no longer in m_tree).
    dispatch_sync_f(queueOf(m_queue), nullptr, [](void *) {});
    FSEventStreamRelease(stream->ref);
}

void FolderWatcherMac::handle(std::int64_t rootId, const std::vector<RawChange> &changes)
{
    using Kind = Event::Kind;
    if (!m_tree.contains(rootId))
        return; // unwatched meanwhile
    std::vector<Event> events;
    for (const RawChange &c : changes) {
        if (c.flags & (kFSEventStreamEventFlagMustScanSubDirs | kFSEventStreamEventFlagUserDropped |
                       kFSEventStreamEventFlagKernelDropped | kFSEventStreamEventFlagRootChanged)) {
            events.push_back({Kind::Overflow, rootId, {}, {}}); // events lost, or the root moved: rescan it
            continue;
        }
        if (c.flags &
            (kFSEventStreamEventFlagHistoryDone | kFSEventStreamEventFlagMount | kFSEventStreamEventFlagUnmount))
            continue;
        const std::optional<QByteArray> rel = m_tree.relativePath(rootId, nativepath::fromBytes(c.path));
        if (!rel)
            continue;
        const WatchedTree::Now now = nowAt(c.path);
        const bool movedIn = (c.flags & kFSEventStreamEventFlagItemRenamed) && now != WatchedTree::Now::Nothing;
        const auto translated = m_tree.changed(rootId, *rel, now, movedIn);
        events.insert(events.end(), translated.begin(), translated.end());
    }
    deliver(events);
}

} // namespace tintype

#endif // Q_OS_MACOS
