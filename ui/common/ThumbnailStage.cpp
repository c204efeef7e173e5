#include "ThumbnailStage.h"

#include "catalog/Catalog.h"
#include "catalog/ThumbnailSources.h"
#include "thumbs/ThumbnailScheduler.h"

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace tintype {

ThumbnailStage::ThumbnailStage(ThumbnailScheduler &scheduler, ThumbnailSize size) : m_scheduler(scheduler), m_size(size)
{}

LibraryStage::Outcome ThumbnailStage::run(Context &context)
{
    m_made = 0;
    m_reused = 0;
    Outcome outcome;
    std::vector<ThumbnailSources::Source> sources;
    if (const Status read = context.catalog.read([&] { sources = ThumbnailSources(context.catalog).all(); }); !read) {
        outcome.error = read.error();
        return outcome;
    }
    const auto total = std::int64_t(sources.size());
    const std::int64_t window = 4 * std::max(1, m_scheduler.threadCount());
    std::mutex mutex;
    std::condition_variable changed;
    std::int64_t queued = 0, finished = 0, made = 0, failed = 0;
    auto done = [&](const ThumbnailRequest &, const ThumbnailOutcome &result) {
        std::lock_guard lock(mutex);
        made += result.kind == ThumbnailOutcome::Kind::Made ? 1 : 0;
        m_made = made;
        m_reused += result.kind == ThumbnailOutcome::Kind::Reused ? 1 : 0;
        failed += result.kind == ThumbnailOutcome::Kind::Failed ? 1 : 0;
        ++finished;
        changed.notify_all();
    };
    auto report = [&] {
        std::int64_t now;
        {
            std::lock_guard lock(mutex);
            now = finished;
        }
        if (context.progress)
            context.progress(now, total);
    };

    report();
    std::unique_lock lock(mutex);
    for (const auto &s : sources) {
        while (queued - finished >= window && !context.cancel.load())
            changed.wait_for(lock, std::chrono::milliseconds(100));
        if (context.cancel.load())
            break;
        ++queued;
        lock.unlock();
        m_scheduler.submit(
            {s.path, s.fingerprint, m_size, {s.editStack, s.editFingerprint, s.userQuarterTurns}, s.fileId},
            ThumbnailPriority::Background, done);
        report();
        lock.lock();
    }
    if (context.cancel.load()) {
        // Only background jobs: one an on-screen request joined has moved up and still runs.
        lock.unlock();
        m_scheduler.cancelQueued(ThumbnailPriority::Background);
        lock.lock();
    }
    changed.wait(lock, [&] { return finished == queued; }); // `done` refers to this frame
    outcome.cancelled = context.cancel.load();
    outcome.summary = tr("Thumbnails: %1 made, %2 could not be made").arg(made).arg(failed);
    lock.unlock();
    report();
    return outcome;
}

} // namespace tintype
