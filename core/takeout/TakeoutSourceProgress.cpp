#include "takeout/TakeoutSourceProgress.h"

#include <algorithm>
#include <utility>

namespace tintype {

namespace {
constexpr qint64 reportEvery = qint64(1) << 20;
}

TakeoutSourceProgress::TakeoutSourceProgress(qint64 totalBytes, std::function<void(qint64, qint64)> callback,
                                             const std::atomic_bool *cancel)
    : m_total(totalBytes),
      m_callback(std::move(callback)),
      m_cancel(cancel)
{
    report(true);
}

void TakeoutSourceProgress::beginPart(qint64 partBytes)
{
    m_partStart = m_done;
    m_partBytes = std::max<qint64>(0, partBytes);
}

void TakeoutSourceProgress::reachedOffset(qint64 offset)
{
    const qint64 done = m_partStart + std::clamp<qint64>(offset, 0, m_partBytes);
    if (done <= m_done)
        return;
    m_done = done;
    report(false);
}

void TakeoutSourceProgress::endPart()
{
    m_done = m_partStart + m_partBytes;
    report(false);
}

void TakeoutSourceProgress::finish()
{
    m_done = m_total;
    report(true);
}

void TakeoutSourceProgress::report(bool force)
{
    if (!m_callback || m_done == m_reported)
        return;
    if (!force && m_reported >= 0 && m_done - m_reported < reportEvery)
        return;
    m_reported = m_done;
    m_callback(m_done, m_total);
}

} // namespace tintype
