#include "library/InotifyFolderWatcher.h"

#ifdef __linux__

#include "common/NativePath.h"
#include "library/LitterFilter.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <set>
#include <system_error>

#include <linux/magic.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace tintype {

namespace fs = std::filesystem;

namespace {
constexpr std::uint32_t kFolderMask = IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE |
                                      IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_EXCL_UNLINK;

QByteArray join(const QByteArray &dir, const QByteArray &name) { return dir.isEmpty() ? name : dir + '/' + name; }

bool under(const QByteArray &path, const QByteArray &folder)
{
    return folder.isEmpty() || path == folder || (path.startsWith(folder) && path.at(folder.size()) == '/');
}
} // namespace

InotifyFolderWatcher::InotifyFolderWatcher(std::int64_t maxWatches) : m_maxWatches(maxWatches)
{
    m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] { readEvents(); });
}

InotifyFolderWatcher::~InotifyFolderWatcher()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

QString InotifyFolderWatcher::networkFileSystem(const fs::path &folder)
{
    struct statfs st {};
    if (::statfs(folder.c_str(), &st) != 0)
        return {};
    switch (static_cast<unsigned long>(st.f_type)) {
    case NFS_SUPER_MAGIC: return QStringLiteral("NFS");
    case SMB_SUPER_MAGIC:
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
        return QStringLiteral("SMB");
    case V9FS_MAGIC: return QStringLiteral("9p");
    case CODA_SUPER_MAGIC: return QStringLiteral("Coda");
    case AFS_SUPER_MAGIC: return QStringLiteral("AFS");
    case 0x00C36400UL: return QStringLiteral("Ceph");
    default: return {};
    }
}

QString InotifyFolderWatcher::limitReason() const
{
    QFile limit(QStringLiteral("/proc/sys/fs/inotify/max_user_watches"));
    const QByteArray value = limit.open(QIODevice::ReadOnly) ? limit.readAll().trimmed() : QByteArray("?");
    if (m_maxWatches > 0 && watchCount() >= m_maxWatches)
        return tr("more folders than the %1 this app may watch").arg(m_maxWatches);
    return tr("the system's limit of watched folders is reached (fs.inotify.max_user_watches = %1)")
        .arg(QString::fromLatin1(value));
}

bool InotifyFolderWatcher::watch(std::int64_t rootId, const fs::path &folder, QString *reason)
{
    unwatch(rootId);
    auto fail = [&](const QString &why) {
        unwatch(rootId);
        if (reason)
            *reason = why;
        return false;
    };
    if (m_fd < 0)
        return fail(tr("the system allows no more change notifications (fs.inotify.max_user_instances)"));
    const QString network = networkFileSystem(folder);
    if (!network.isEmpty())
        return fail(tr("a network share (%1): changes made on other machines raise no event here").arg(network));
    m_roots[rootId] = Root{folder, -1};
    QString why;
    if (addTree(rootId, QByteArray(), &why) == Added::LimitReached)
        return fail(why);
    if (m_roots[rootId].topWatch < 0)
        return fail(tr("the folder cannot be watched"));
    return true;
}

void InotifyFolderWatcher::unwatch(std::int64_t rootId)
{
    if (!m_roots.count(rootId))
        return;
    removeTree(rootId, QByteArray());
    m_roots.erase(rootId);
}

InotifyFolderWatcher::Added InotifyFolderWatcher::addTree(std::int64_t rootId, const QByteArray &relDir,
                                                          QString *reason)
{
    Root &root = m_roots[rootId];
    std::vector<QByteArray> pending{relDir};
    while (!pending.empty()) {
        const QByteArray rel = pending.back();
        pending.pop_back();
        const fs::path path = rel.isEmpty() ? root.path : root.path / nativepath::fromBytes(rel);
        if (m_maxWatches > 0 && watchCount() >= m_maxWatches) {
            *reason = limitReason();
            return Added::LimitReached;
        }
        const int wd = inotify_add_watch(m_fd, path.c_str(), kFolderMask);
        if (wd < 0) {
            if (errno == ENOSPC) {
                *reason = limitReason();
                return Added::LimitReached;
            }
            continue; // gone meanwhile, or unreadable: the scan reports it
        }
        if (m_watches.contains(wd))
            continue; // a second way into a folder already watched (symlink, bind mount, loop)
        m_watches.insert(wd, Watch{rootId, rel});
        if (rel.isEmpty())
            root.topWatch = wd;
        std::error_code ec;
        for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
            std::error_code typeEc;
            if (!it->is_directory(typeEc))
                continue;
            const std::string name = it->path().filename().string();
            if (!LitterFilter::isLitterFolder(name))
                pending.push_back(join(rel, nativepath::toBytes(it->path().filename())));
        }
    }
    return Added::Ok;
}

void InotifyFolderWatcher::removeTree(std::int64_t rootId, const QByteArray &relDir)
{
    for (auto it = m_watches.begin(); it != m_watches.end();) {
        if (it->rootId == rootId && under(it->relDir, relDir)) {
            inotify_rm_watch(m_fd, it.key());
            it = m_watches.erase(it);
        } else {
            ++it;
        }
    }
}

void InotifyFolderWatcher::readEvents()
{
    using Kind = Event::Kind;
    std::vector<Event> events;
    alignas(struct inotify_event) char buffer[64 * 1024];
    for (;;) {
        const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
        if (length <= 0)
            break; // EAGAIN: all read
        for (ssize_t offset = 0; offset < length;) {
            const auto *e = reinterpret_cast<const struct inotify_event *>(buffer + offset);
            offset += ssize_t(sizeof(struct inotify_event) + e->len);
            if (e->mask & IN_Q_OVERFLOW) {
                events.push_back({Kind::Overflow, 0, {}, {}});
                continue;
            }
            const auto found = m_watches.constFind(e->wd);
            if (found == m_watches.constEnd())
                continue;
            // A copy: adding a subfolder's watch below may rehash m_watches.
            const Watch watch = found.value(); // NOLINT(performance-unnecessary-copy-initialization)
            if (e->mask & IN_IGNORED) {
                m_watches.remove(e->wd);
                continue;
            }
            if (e->mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
                if (watch.relDir.isEmpty()) // the root itself: LibraryUpdate finds out where it went
                    events.push_back({Kind::Overflow, watch.rootId, {}, {}});
                continue; // a subfolder: its parent reports it
            }
            if (e->len == 0)
                continue;
            const QByteArray name(e->name, qsizetype(std::strlen(e->name)));
            const QByteArray rel = join(watch.relDir, name);
            if (e->mask & IN_ISDIR) {
                if (LitterFilter::isLitterFolder(name.toStdString()))
                    continue;
                if (e->mask & (IN_CREATE | IN_MOVED_TO)) {
                    QString why;
                    if (addTree(watch.rootId, rel, &why) == Added::LimitReached) {
                        unwatch(watch.rootId);
                        events.push_back({Kind::Lost, watch.rootId, {}, why});
                        continue;
                    }
                    events.push_back({Kind::FolderAdded, watch.rootId, rel, {}});
                } else if (e->mask & (IN_DELETE | IN_MOVED_FROM)) {
                    removeTree(watch.rootId, rel);
                    events.push_back({Kind::FolderRemoved, watch.rootId, rel, {}});
                }
                continue;
            }
            if (e->mask & (IN_CLOSE_WRITE | IN_MOVED_TO))
                events.push_back({Kind::Written, watch.rootId, rel, {}});
            else if (e->mask & (IN_CREATE | IN_MODIFY))
                events.push_back({Kind::Writing, watch.rootId, rel, {}});
            else if (e->mask & (IN_DELETE | IN_MOVED_FROM))
                events.push_back({Kind::Removed, watch.rootId, rel, {}});
        }
    }
    deliver(events);
}

} // namespace tintype

#endif // __linux__
