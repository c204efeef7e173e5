#include "library/ContentHasher.h"

#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "library/FileHasher.h"
#include "library/IoPriority.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace tintype {

ContentHasher::Report ContentHasher::run(const std::function<void(const Progress &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    Progress state;
    FileRepository files(m_catalog);

    const Status counted =
        m_catalog.read([&] { std::tie(state.filesTotal, state.bytesTotal) = files.pendingContentHashTotals(); });
    if (!counted) {
        report.error = counted.error();
        return report;
    }

    QThreadPool pool;
    pool.setMaxThreadCount(m_options.jobs > 0 ? m_options.jobs : QThread::idealThreadCount());
    if (m_options.idleIo)
        pool.setThreadPriority(QThread::LowPriority);
    std::atomic_bool allIdle{m_options.idleIo};
    std::int64_t afterId = 0;
    while (!m_cancel) {
        std::vector<FileRepository::PendingHash> pending;
        const Status fetched =
            m_catalog.read([&] { pending = files.pendingContentHashes(afterId, qMax(1, m_options.batchSize)); });
        if (!fetched) {
            report.error = fetched.error();
            break;
        }
        if (pending.empty())
            break;
        afterId = pending.back().id;
        const auto hashes = QtConcurrent::blockingMapped(&pool, pending, [&](const FileRepository::PendingHash &p) {
            if (m_options.idleIo && !iopriority::currentThreadIsIdle() && !iopriority::lowerCurrentThread())
                allIdle = false;
            return FileHasher::contentHash(p.path, &m_cancel);
        });
        const Status written = m_catalog.write([&] {
            for (std::size_t i = 0; i < pending.size(); ++i) {
                if (hashes[i]) {
                    files.setContentHash(pending[i].id, hashes[i].value());
                    ++report.hashed;
                    report.bytes += pending[i].size;
                } else if (!m_cancel) {
                    ++report.failed;
                }
            }
        });
        if (!written) {
            report.error = written.error();
            break;
        }
        state.filesDone += std::int64_t(pending.size());
        for (const auto &p : pending)
            state.bytesDone += p.size;
        if (progress)
            progress(state);
    }
    report.idleIo = allIdle && (report.hashed > 0 || report.failed > 0);
    report.cancelled = m_cancel;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace tintype
