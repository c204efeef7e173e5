#include "DuplicateJobs.h"

#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/TimelineQueries.h"
#include "similarity/DuplicateFinder.h"
#include "similarity/SimilarityIndexer.h"

namespace tintype {

void DuplicateJobs::Control::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_indexer)
        m_indexer->cancel();
    if (m_finder)
        m_finder->cancel();
}

void DuplicateJobs::Control::running(SimilarityIndexer *indexer, DuplicateFinder *finder)
{
    std::lock_guard lock(m_mutex);
    m_indexer = indexer;
    m_finder = finder;
    if (m_cancelled && indexer)
        indexer->cancel();
    if (m_cancelled && finder)
        finder->cancel();
}

DuplicateJobs::Found DuplicateJobs::find(Catalog &catalog, ThumbnailCache &cache, bool near, Control &control)
{
    Found found;
    if (near) {
        SimilarityIndexer indexer(catalog, cache);
        control.running(&indexer, nullptr);
        const auto report = indexer.run([&](const SimilarityIndexer::Progress &p) {
            control.done = p.done;
            control.total = p.total;
        });
        control.running(nullptr, nullptr);
        found.hashFailures = qint64(report.failures.size());
        found.error = report.error;
        found.cancelled = report.cancelled;
        if (found.cancelled || !found.error.isEmpty())
            return found;
    }
    control.stage = int(Control::Stage::Grouping);
    DuplicateFinder finder(catalog, cache);
    control.running(nullptr, &finder);
    DuplicateFinder::Options options;
    options.near = near;
    auto groups = finder.find(options);
    control.running(nullptr, nullptr);
    if (!groups) {
        found.cancelled = control.cancelled();
        found.error = found.cancelled ? QString() : groups.error();
        return found;
    }
    found.groups = std::move(groups).value();
    const Status read = catalog.read([&] {
        TimelineQueries queries(catalog);
        for (const DuplicateGroup &group : found.groups)
            for (const DuplicateMember &member : group.members)
                if (const auto detail = queries.detail(member.facts.assetId))
                    found.details.insert(member.facts.assetId, {detail->metadata.captureTime.isValid()
                                                                    ? detail->metadata.captureTime.wallClock()
                                                                    : QDateTime(),
                                                                detail->userRotation});
        found.withoutContentHash = FileRepository(catalog).pendingContentHashTotals().first;
    });
    if (!read)
        found.error = read.error();
    return found;
}

std::vector<DuplicateJobs::Applied> DuplicateJobs::apply(Catalog &catalog, const DuplicateResolver::Trash &trash,
                                                         const std::vector<std::pair<int, DuplicateGroup>> &groups,
                                                         bool writeXmp, std::atomic<qint64> &done)
{
    DuplicateResolver resolver = trash ? DuplicateResolver(catalog, trash) : DuplicateResolver(catalog);
    std::vector<Applied> results;
    for (const auto &[index, group] : groups) {
        Applied applied;
        applied.group = index;
        applied.keptAssetId = group.members[std::size_t(group.keep)].facts.assetId;
        auto resolution = resolver.apply(group);
        if (resolution) {
            applied.resolution = resolution.value();
            for (std::size_t i = 0; i < group.members.size(); ++i)
                if (int(i) != group.keep && group.members[i].facts.available)
                    applied.removedAssetIds << group.members[i].facts.assetId;
            if (writeXmp)
                if (const Status xmp = resolver.writeXmp(applied.keptAssetId); !xmp)
                    applied.xmpError = xmp.error();
        } else {
            applied.error = resolution.error();
        }
        results.push_back(std::move(applied));
        ++done;
    }
    return results;
}

QStringList DuplicateJobs::undo(Catalog &catalog, const std::vector<std::int64_t> &resolutions)
{
    DuplicateResolver resolver(catalog);
    QStringList problems;
    for (auto it = resolutions.rbegin(); it != resolutions.rend(); ++it)
        if (const Status undone = resolver.undo(*it); !undone)
            problems << undone.error();
    return problems;
}

} // namespace tintype
