#include "thumbs/ThumbnailScheduler.h"

#include "thumbs/ThumbnailCache.h"
#include "thumbs/Thumbnailer.h"
#include "thumbs/WorkerThumbnailer.h"

#include <QCoreApplication>

#include <chrono>
#include <optional>

namespace tintype {

namespace {
std::pair<QByteArray, int> keyOf(const ThumbnailRequest &r) { return {r.fingerprint + r.edit.tag(), int(r.size)}; }
} // namespace

ThumbnailScheduler::ThumbnailScheduler(ThumbnailCache &cache, int threads) : m_cache(cache)
{
    const int count = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    for (int i = 0; i < count; ++i)
        m_workers.emplace_back([this] { work(); });
}

ThumbnailScheduler::~ThumbnailScheduler()
{
    cancelQueued();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

std::uint64_t ThumbnailScheduler::submit(ThumbnailRequest request, ThumbnailPriority priority, Callback done)
{
    std::unique_lock lock(m_mutex);
    const auto key = keyOf(request);
    if (const auto queued = m_idByKey.find(key); queued != m_idByKey.end() && !request.fingerprint.isEmpty()) {
        // Already waiting: add the callback, and move it up if asked with more urgency.
        const std::uint64_t id = queued->second;
        Order &order = m_orderById[id];
        auto node = m_queue.extract(order);
        if (done)
            node.mapped().callbacks.push_back(std::move(done));
        order.first = std::min(order.first, -int(priority));
        node.key() = order;
        m_queue.insert(std::move(node));
        return id;
    }
    const std::uint64_t id = m_nextId++;
    const Order order{-int(priority), id};
    Job job{id, std::move(request), {}};
    if (done)
        job.callbacks.push_back(std::move(done));
    m_queue.emplace(order, std::move(job));
    m_orderById.emplace(id, order);
    if (!key.first.isEmpty())
        m_idByKey.emplace(key, id);
    lock.unlock();
    m_wake.notify_one();
    return id;
}

bool ThumbnailScheduler::cancel(std::uint64_t id)
{
    std::unique_lock lock(m_mutex);
    const auto found = m_orderById.find(id);
    if (found == m_orderById.end())
        return false;
    auto node = m_queue.extract(found->second);
    m_orderById.erase(found);
    m_idByKey.erase(keyOf(node.mapped().request));
    const bool idle = m_queue.empty() && m_running == 0;
    lock.unlock();
    if (idle)
        m_idle.notify_all();
    for (const Callback &cb : node.mapped().callbacks)
        cb(node.mapped().request, {ThumbnailOutcome::Kind::Cancelled, {}, {}, {}});
    return true;
}

void ThumbnailScheduler::cancelQueued(ThumbnailPriority upTo)
{
    std::vector<Job> dropped;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_queue.begin(); it != m_queue.end();) {
            if (-it->first.first > int(upTo)) {
                ++it;
                continue;
            }
            m_orderById.erase(it->second.id);
            m_idByKey.erase(keyOf(it->second.request));
            dropped.push_back(std::move(it->second));
            it = m_queue.erase(it);
        }
    }
    m_idle.notify_all();
    for (const Job &job : dropped)
        for (const Callback &cb : job.callbacks)
            cb(job.request, {ThumbnailOutcome::Kind::Cancelled, {}, {}, {}});
}

void ThumbnailScheduler::waitForDone()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && m_running == 0; });
}

void ThumbnailScheduler::work()
{
    // This thread's decoding process (setWorker); stopped after a while without work.
    std::optional<WorkerThumbnailer> worker;
    constexpr auto kWorkerIdle = std::chrono::seconds(30);
    for (;;) {
        std::unique_lock lock(m_mutex);
        if (!m_wake.wait_for(lock, kWorkerIdle, [this] { return m_stopping || !m_queue.empty(); })) {
            lock.unlock();
            worker.reset();
            continue;
        }
        if (m_queue.empty())
            return; // stopping
        auto node = m_queue.extract(m_queue.begin());
        m_orderById.erase(node.mapped().id);
        m_idByKey.erase(keyOf(node.mapped().request));
        ++m_running;
        lock.unlock();

        if (!m_workerPath.isEmpty() && !worker)
            worker.emplace(WorkerProcess::Options{m_workerPath, m_workerTimeoutMs});
        const Job &job = node.mapped();
        const ThumbnailOutcome outcome = run(job.request, worker ? &*worker : nullptr);
        if (m_damageListener && !outcome.damage.isEmpty())
            m_damageListener(job.request, outcome.damage);
        for (const Callback &cb : job.callbacks)
            cb(job.request, outcome);

        lock.lock();
        --m_running;
        const bool idle = m_queue.empty() && m_running == 0;
        lock.unlock();
        if (idle)
            m_idle.notify_all();
    }
}

ThumbnailOutcome ThumbnailScheduler::run(const ThumbnailRequest &request, WorkerThumbnailer *worker)
{
    const ThumbnailKey key = request.key();
    if (m_cache.contains(key))
        return {ThumbnailOutcome::Kind::Reused, {}, {}, {}};
    if (auto known = m_cache.failure(key))
        return {ThumbnailOutcome::Kind::Failed, *known, {}, {}};
    QString damage;
    auto jpeg = worker ? worker->make(request.path, request.size, request.edit, &damage)
                       : Thumbnailer::make(request.path, request.size, request.edit, &damage);
    if (!jpeg && worker && worker->startFailed()) // no worker to be had: decode here rather than fail the file
        jpeg = Thumbnailer::make(request.path, request.size, request.edit, &damage);
    if (!jpeg) {
        // Remembered unless the file is merely unreachable now (it may come back).
        const QString &e = jpeg.error();
        const bool transient = e.startsWith(QLatin1String("cannot ")) || e == QLatin1String("file not found") ||
                               e.contains(QLatin1String("out of memory"));
        if (!transient)
            (void)m_cache.putFailure(key, e);
        return {ThumbnailOutcome::Kind::Failed, jpeg.error(), {}, {}};
    }
    if (const Status stored = m_cache.put(key, jpeg.value()); !stored)
        return {ThumbnailOutcome::Kind::Failed, stored.error(), {}, {}};
    return {ThumbnailOutcome::Kind::Made, {}, jpeg.value(), damage};
}

} // namespace tintype
