#include "library/LiveFolders.h"

#include "common/NativePath.h"
#include "library/DirectoryWalker.h"

#include <QDateTime>

#include <algorithm>

namespace tintype {

namespace {
QByteArray keyOf(std::int64_t rootId, const QByteArray &relPath) { return QByteArray::number(rootId) + ':' + relPath; }

QByteArray folderOf(const QByteArray &relPath)
{
    const qsizetype slash = relPath.lastIndexOf('/');
    return slash < 0 ? QByteArray() : relPath.left(slash);
}

QByteArray nameOf(const QByteArray &relPath) { return relPath.mid(relPath.lastIndexOf('/') + 1); }

bool isCandidate(const QByteArray &relPath) { return DirectoryWalker::isCandidateFile(nameOf(relPath).toStdString()); }
} // namespace

LiveFolders::LiveFolders(std::unique_ptr<FolderWatcher> watcher, Options options)
    : m_watcher(std::move(watcher)),
      m_options(options)
{
    qRegisterMetaType<std::shared_ptr<const ScanScope>>();
    if (m_watcher)
        m_watcher->setSink([this](const std::vector<FolderWatcher::Event> &events) { onEvents(events); });
    m_quiet.setSingleShot(true);
    m_maxDelay.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, &LiveFolders::emitBatch);
    connect(&m_maxDelay, &QTimer::timeout, this, &LiveFolders::emitBatch);
    connect(&m_poll, &QTimer::timeout, this, &LiveFolders::poll);
    m_stale.setInterval(qMax(100, m_options.staleMs / 3));
    connect(&m_stale, &QTimer::timeout, this, &LiveFolders::checkStale);
}

LiveFolders::~LiveFolders()
{
    if (m_watcher)
        m_watcher->setSink({});
}

void LiveFolders::setRoots(const std::vector<RootRecord> &roots)
{
    bool changed = false;
    // Forget roots that went away or offline (or moved: watched again below).
    for (auto it = m_roots.begin(); it != m_roots.end();) {
        const auto now = std::find_if(roots.begin(), roots.end(), [&](const RootRecord &r) {
            return r.id == it->rootId && r.online && r.path == it->path;
        });
        if (now == roots.end()) {
            if (m_watcher && !it->polled)
                m_watcher->unwatch(it->rootId);
            it = m_roots.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    for (const RootRecord &root : roots) {
        if (!root.online ||
            std::any_of(m_roots.begin(), m_roots.end(), [&](const RootState &s) { return s.rootId == root.id; }))
            continue;
        RootState state{root.id, root.path, true, {}};
        if (!m_watcher)
            state.reason = tr("this system gives no change notifications to watch folders with");
        else if (!m_options.watchEvents)
            state.reason = tr("watching folders for changes is turned off");
        else
            state.polled = !m_watcher->watch(root.id, root.path, &state.reason);
        m_roots.push_back(state);
        changed = true;
    }
    const bool anyPolled = std::any_of(m_roots.begin(), m_roots.end(), [](const RootState &s) { return s.polled; });
    if (anyPolled && !m_poll.isActive())
        m_poll.start(qMax(1, m_options.pollSeconds) * 1000);
    else if (!anyPolled)
        m_poll.stop();
    if (changed)
        emit rootsChanged();
}

std::vector<LiveFolders::RootState> LiveFolders::roots() const { return m_roots; }

void LiveFolders::rescanAll()
{
    for (const RootState &root : m_roots)
        m_pending.addRoot(root.rootId);
    emitBatch();
}

void LiveFolders::onEvents(const std::vector<FolderWatcher::Event> &events)
{
    using Kind = FolderWatcher::Event::Kind;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool any = false;
    for (const FolderWatcher::Event &e : events) {
        switch (e.kind) {
        case Kind::Overflow:
            for (const RootState &root : m_roots)
                if (!root.polled && (e.rootId == 0 || e.rootId == root.rootId))
                    m_pending.addRoot(root.rootId);
            any = true;
            break;
        case Kind::Lost:
            fallBackToPolling(e.rootId, e.reason);
            m_pending.addRoot(e.rootId);
            any = true;
            break;
        case Kind::FolderAdded:
        case Kind::FolderRemoved:
            m_pending.add(e.rootId, e.relPath, true);
            any = true;
            break;
        case Kind::Writing:
            if (isCandidate(e.relPath)) {
                m_busy.insert(keyOf(e.rootId, e.relPath), Busy{e.rootId, e.relPath, now});
                if (!m_stale.isActive())
                    m_stale.start();
            }
            break;
        case Kind::Written:
        case Kind::Removed:
            if (isCandidate(e.relPath)) {
                m_busy.remove(keyOf(e.rootId, e.relPath));
                m_pending.add(e.rootId, folderOf(e.relPath), false);
                any = true;
            }
            break;
        }
    }
    if (any)
        schedule();
}

void LiveFolders::schedule()
{
    m_quiet.start(qMax(0, m_options.quietMs));
    if (!m_maxDelay.isActive())
        m_maxDelay.start(qMax(m_options.quietMs, m_options.maxDelayMs));
}

void LiveFolders::checkStale()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool any = false;
    for (auto it = m_busy.begin(); it != m_busy.end();) {
        if (now - it->lastEventMs >= m_options.staleMs) {
            // Written to, never closed, and no write for a while: a writer
            // that keeps its file open, or a close we never saw.
            m_pending.add(it->rootId, folderOf(it->relPath), false);
            it = m_busy.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    if (m_busy.isEmpty())
        m_stale.stop();
    if (any)
        schedule();
}

void LiveFolders::poll()
{
    for (const RootState &root : m_roots)
        if (root.polled)
            m_pending.addRoot(root.rootId);
    emitBatch();
}

void LiveFolders::fallBackToPolling(std::int64_t rootId, const QString &reason)
{
    for (RootState &root : m_roots) {
        if (root.rootId != rootId || root.polled)
            continue;
        root.polled = true;
        root.reason = reason;
        if (!m_poll.isActive())
            m_poll.start(qMax(1, m_options.pollSeconds) * 1000);
        emit rootsChanged();
    }
}

void LiveFolders::emitBatch()
{
    m_quiet.stop();
    m_maxDelay.stop();
    if (m_pending.empty())
        return;
    auto scope = std::make_shared<ScanScope>(std::move(m_pending));
    m_pending = ScanScope();
    QSet<QByteArray> busy;
    for (auto it = m_busy.cbegin(); it != m_busy.cend(); ++it)
        busy.insert(it.key());
    QSet<std::int64_t> polled;
    for (const RootState &root : m_roots)
        if (root.polled)
            polled.insert(root.rootId);
    const qint64 settleNs = qint64(m_options.settleMs) * 1000000;
    scope->hold = [busy, polled, settleNs](std::int64_t rootId, const QByteArray &relPath, std::int64_t,
                                           std::int64_t mtimeNs) {
        if (busy.contains(keyOf(rootId, relPath)))
            return true; // open for writing
        if (!polled.contains(rootId))
            return false;
        // Polled: no event says when a write ends, so a file changed in the
        // last moments may still be growing; the next round takes it.
        const qint64 age = QDateTime::currentMSecsSinceEpoch() * 1000000 - mtimeNs;
        return age >= 0 && age < settleNs;
    };
    ++m_batches;
    emit batchReady(scope);
}

} // namespace tintype
