#include "library/Scanner.h"

#include "catalog/Catalog.h"
#include "catalog/LivePhotoRepository.h"
#include "catalog/RootRepository.h"
#include "common/NativePath.h"
#include "library/AssetGrouper.h"
#include "library/CatalogUpdater.h"
#include "library/Library.h"
#include "library/ScanScope.h"
#include "metadata/WorkerMetadataReader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <iterator>
#include <map>
#include <memory>

namespace tintype {

namespace {
// This reading thread's worker process (Options::workerPath): it lives as long
// as the thread, which ends with the scan's pool; null when reading in-process.
WorkerMetadataReader *threadWorker(const QString &workerPath, int timeoutMs)
{
    thread_local std::unique_ptr<WorkerMetadataReader> worker;
    thread_local std::pair<QString, int> startedWith;
    if (workerPath.isEmpty())
        return nullptr;
    if (!worker || startedWith != std::pair(workerPath, timeoutMs)) {
        worker = std::make_unique<WorkerMetadataReader>(WorkerProcess::Options{workerPath, timeoutMs});
        startedWith = {workerPath, timeoutMs};
    }
    return worker.get();
}

struct Work {
    std::int64_t rootId;
    FileGroupReader::Input input;
};
} // namespace

Scanner::Scanner(Catalog &catalog) : Scanner(catalog, Options{}) {}
Scanner::Scanner(Catalog &catalog, Options options) : m_catalog(catalog), m_options(std::move(options)) {}

ScanReport Scanner::run(const std::function<void(const ScanProgress &)> &progress)
{
    auto roots = Library(m_catalog).refreshRoots();
    if (!roots) {
        ScanReport report;
        report.error = roots.error();
        return report;
    }
    return run(roots.value(), progress);
}

ScanReport Scanner::run(const std::vector<RootRecord> &roots, const std::function<void(const ScanProgress &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    ScanReport report;
    ScanProgress state;
    auto tell = [&] {
        if (progress)
            progress(state);
    };
    auto finish = [&]() -> ScanReport {
        report.cancelled = report.cancelled || m_cancel;
        report.seconds = double(timer.nsecsElapsed()) / 1e9;
        return report;
    };

    // 1. Walk every online root once (or, scoped, the folders in scope).
    const ScanScope *scope = m_options.scope.get();
    std::vector<std::pair<RootRecord, DirectoryWalker::Result>> walked;
    std::map<std::int64_t, std::vector<ScanScope::Folder>> scopeFolders;
    for (const RootRecord &root : roots) {
        if (scope && !scope->roots.count(root.id))
            continue;
        if (!root.online) {
            report.offlineRoots.push_back(nativepath::display(root.path));
            continue;
        }
        const auto folders = scope ? scope->foldersOf(root.id) : std::vector<ScanScope::Folder>{{QByteArray(), true}};
        DirectoryWalker::Result result;
        for (const ScanScope::Folder &folder : folders) {
            const std::int64_t before = state.filesFound;
            auto part =
                DirectoryWalker::walk(root.path, folder.relPath, folder.recursive, m_cancel, [&](std::int64_t files) {
                    state.filesFound = before + files;
                    tell();
                });
            if (part.cancelled)
                return finish();
            std::move(part.folders.begin(), part.folders.end(), std::back_inserter(result.folders));
            std::move(part.unreadable.begin(), part.unreadable.end(), std::back_inserter(result.unreadable));
            result.fileCount += part.fileCount;
        }
        for (const auto &f : result.unreadable)
            report.failures.push_back({nativepath::display(root.path / nativepath::fromBytes(f.relPath)), f.reason});
        scopeFolders[root.id] = folders;
        walked.emplace_back(root, std::move(result));
    }

    // 2. Compare with the catalog: only new or changed shots are read.
    std::vector<Work> work;
    std::optional<CatalogUpdater> updater;
    Status loaded = m_catalog.read([&] {
        updater.emplace(m_catalog, report);
        for (const auto &[root, walk] : walked) {
            if (scope)
                updater->loadFolders(root, scopeFolders[root.id]);
            else
                updater->loadRoot(root);
        }
    });
    if (!loaded) {
        report.error = loaded.error();
        return finish();
    }
    for (const auto &[root, walk] : walked) {
        for (const DirectoryWalker::Folder &folder : walk.folders) {
            std::map<QByteArray, std::vector<DirectoryWalker::Entry>> shots;
            for (const auto &entry : folder.files) {
                if (scope && scope->hold) {
                    const QByteArray rel = folder.relPath.isEmpty() ? entry.name : folder.relPath + '/' + entry.name;
                    if (scope->hold(root.id, rel, entry.size, entry.mtimeNs)) {
                        updater->keep(root.id, rel); // still being written: next time
                        continue;
                    }
                }
                shots[AssetGrouper::stemKey(entry.name)].push_back(entry);
            }
            for (auto &[stem, entries] : shots) {
                bool dirty = false;
                for (const auto &entry : entries) {
                    const QByteArray rel = folder.relPath.isEmpty() ? entry.name : folder.relPath + '/' + entry.name;
                    dirty = updater->needsReading(root.id, rel, entry) || dirty;
                }
                report.filesSeen += std::int64_t(entries.size());
                if (!dirty) {
                    report.unchanged += std::int64_t(entries.size());
                    continue;
                }
                state.filesToRead += std::int64_t(entries.size());
                const auto folderPath =
                    folder.relPath.isEmpty() ? root.path : root.path / nativepath::fromBytes(folder.relPath);
                work.push_back({root.id, {folderPath, folder.relPath, std::move(entries)}});
            }
        }
        updater->collectVanished(root.id, walk.unreadable);
    }
    walked.clear();
    state.phase = ScanProgress::Phase::Reading;
    tell();

    // 3. Read on the pool, commit on this thread, one transaction per batch;
    //    the next batch is read while this one is written.
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.jobs > 0 ? m_options.jobs : QThread::idealThreadCount());
    const std::size_t batch = std::size_t(qMax(1, m_options.batchSize));
    auto readBatch = [&](std::size_t from) {
        std::vector<Work> slice(
            std::make_move_iterator(work.begin() + std::ptrdiff_t(from)),
            std::make_move_iterator(work.begin() + std::ptrdiff_t(qMin(work.size(), from + batch))));
        return QtConcurrent::mapped(&pool, std::move(slice), [this](const Work &w) {
            return std::make_pair(w.rootId, FileGroupReader::read(w.input, threadWorker(m_options.workerPath,
                                                                                        m_options.workerTimeoutMs)));
        });
    };
    QFuture<std::pair<std::int64_t, FileGroupReader::Output>> next;
    if (!work.empty())
        next = readBatch(0);
    for (std::size_t from = 0; from < work.size(); from += batch) {
        auto current = next;
        current.waitForFinished();
        if (from + batch < work.size() && !m_cancel)
            next = readBatch(from + batch);
        const auto results = current.results();
        const Status written = m_catalog.write([&] {
            for (const auto &[rootId, output] : results)
                updater->apply(rootId, output);
        });
        if (!written) {
            report.error = written.error();
            return finish();
        }
        for (const auto &[rootId, output] : results)
            state.filesRead += std::int64_t(output.files.size());
        tell();
        if (m_cancel) {
            if (next.isValid())
                next.waitForFinished();
            break;
        }
    }

    // 4. What vanished is missing (moves were taken out above); files that
    //    came back are present again. Valid even after a cancel.
    state.phase = ScanProgress::Phase::Finishing;
    tell();
    const bool complete = !m_cancel;
    const Status finished = m_catalog.write([&] {
        updater->markVanishedMissing();
        updater->commitRestored();
        // Live Photos whose still and clip have different names (renamed, Takeout).
        LivePhotoRepository(m_catalog).pairByIdentifier(AssetGrouper::kMaxMotionClipSeconds);
        AssetRepository(m_catalog).removeWithoutFiles();
        if (complete && !scope) {
            RootRepository roots(m_catalog);
            const std::int64_t now = QDateTime::currentSecsSinceEpoch();
            for (const RootRecord &root : roots.all())
                if (root.online)
                    roots.setLastScan(root.id, now);
        }
    });
    if (!finished)
        report.error = finished.error();
    return finish();
}

} // namespace tintype
