#pragma once

#include "thumbs/ThumbnailSize.h"

#include <QString>

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace tintype {

class ThumbnailCache;
class WorkerThumbnailer;

// Which work comes first: what is on screen, then the photo being viewed,
// then background generation of the whole library.
enum class ThumbnailPriority { Background = 0, Viewer = 1, OnScreen = 2 };

struct ThumbnailRequest {
    std::filesystem::path path;
    QByteArray fingerprint; // the catalog's FileHasher::fingerprint of the file
    ThumbnailSize size = ThumbnailSize::Grid;
    ThumbnailEdit edit = {}; // the edit to show; empty: the file as it is
    std::int64_t fileId = 0; // the catalog's file (for the damage listener); 0: not known
    ThumbnailKey key() const { return {fingerprint, size, edit.tag()}; }
};

struct ThumbnailOutcome {
    enum class Kind { Made, Reused, Failed, Cancelled };
    Kind kind = Kind::Failed;
    QString error;   // why, for Failed
    QByteArray jpeg; // the thumbnail just made (Made), so a waiting view needs no disk read
    QString damage;  // Made: the damage the decoder worked around (Thumbnailer::make), empty when whole
};

// A priority queue of thumbnail jobs run by worker threads (all cores by
// default). A job reuses the cached entry when there is one, else decodes,
// encodes and stores it, so work is resumable: what is in the cache is done.
// Asking again for a queued thumbnail at a higher priority moves it up.
// Callbacks run on a worker thread.
class ThumbnailScheduler {
public:
    using Callback = std::function<void(const ThumbnailRequest &, const ThumbnailOutcome &)>;
    // Told of every thumbnail made from damaged data, whoever asked for it (on a
    // worker thread), so the catalog can note damage only the decoder saw.
    using DamageListener = std::function<void(const ThumbnailRequest &, const QString &damage)>;

    explicit ThumbnailScheduler(ThumbnailCache &cache, int threads = 0); // 0: one per core
    ~ThumbnailScheduler();                                               // cancels what is queued, waits for what runs
    ThumbnailScheduler(const ThumbnailScheduler &) = delete;
    ThumbnailScheduler &operator=(const ThumbnailScheduler &) = delete;

    // Set before the first submit (not guarded by the queue's lock).
    void setDamageListener(DamageListener listener) { m_damageListener = std::move(listener); }
    // Decode in tintype-worker processes (WorkerProcess::findWorker), one
    // per thread, so a decoder that crashes or hangs on a file costs only that
    // file (remembered as a failure with its reason, not retried); empty: in
    // this process. Set before the first submit.
    void setWorker(QString workerPath, int timeoutMs = 20000)
    {
        m_workerPath = std::move(workerPath);
        m_workerTimeoutMs = timeoutMs;
    }
    bool usesWorkers() const { return !m_workerPath.isEmpty(); }
    std::uint64_t submit(ThumbnailRequest request, ThumbnailPriority priority, Callback done);
    // Drops a queued job (its callback gets Cancelled); false when it already ran or runs.
    bool cancel(std::uint64_t id);
    // Drops every queued job of `priority` and below.
    void cancelQueued(ThumbnailPriority upTo = ThumbnailPriority::OnScreen);
    void waitForDone(); // until the queue is empty and no job runs
    int threadCount() const { return int(m_workers.size()); }

private:
    struct Job {
        std::uint64_t id;
        ThumbnailRequest request;
        std::vector<Callback> callbacks;
    };
    using Order = std::pair<int, std::uint64_t>; // (-priority, id): map order is run order
    void work();
    ThumbnailOutcome run(const ThumbnailRequest &request, WorkerThumbnailer *worker);

    ThumbnailCache &m_cache;
    DamageListener m_damageListener;
    QString m_workerPath;
    int m_workerTimeoutMs = 20000;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_idle;
    std::map<Order, Job> m_queue;
    std::map<std::uint64_t, Order> m_orderById;
    std::map<std::pair<QByteArray, int>, std::uint64_t> m_idByKey; // queued jobs by (fingerprint + edit, size)
    std::uint64_t m_nextId = 1;
    int m_running = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

} // namespace tintype
