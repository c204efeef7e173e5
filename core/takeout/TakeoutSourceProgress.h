#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace tintype {

// Progress and cancellation of one TakeoutSource::visit: input bytes done across all
// parts, reported monotonically at least every MiB and exactly at the total at the end.
class TakeoutSourceProgress {
public:
    TakeoutSourceProgress(qint64 totalBytes, std::function<void(qint64, qint64)> callback,
                          const std::atomic_bool *cancel);

    bool cancelled() const { return m_cancel != nullptr && m_cancel->load(std::memory_order_relaxed); }

    // A new part begins; offsets given to reachedOffset() are within it.
    void beginPart(qint64 partBytes);
    // Bytes of the current part read up to `offset` (smaller values than before are ignored).
    void reachedOffset(qint64 offset);
    // The current part is done, whatever was read of it.
    void endPart();
    // All parts done: reports the total.
    void finish();

private:
    void report(bool force);

    qint64 m_total = 0;
    std::function<void(qint64, qint64)> m_callback;
    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_partStart = 0;
    qint64 m_partBytes = 0;
    qint64 m_done = 0;
    qint64 m_reported = -1;
};

} // namespace tintype
