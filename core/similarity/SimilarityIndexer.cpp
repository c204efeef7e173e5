#include "similarity/SimilarityIndexer.h"

#include "catalog/Catalog.h"
#include "catalog/PerceptualHashRepository.h"
#include "similarity/GridThumbnails.h"
#include "similarity/PerceptualHash.h"

#include <QtConcurrent/QtConcurrentMap>

namespace tintype {

namespace {
constexpr int kBatch = 256;

struct Hashed {
    std::optional<std::uint64_t> hash;
    QString error;
    std::vector<std::uint64_t> cropHashes;
};
} // namespace

SimilarityIndexer::Report SimilarityIndexer::run(const std::function<void(const Progress &)> &progress)
{
    Report report;
    Progress state;
    if (const Status counted =
            m_catalog.read([&] { state.total = PerceptualHashRepository(m_catalog).pendingHashCount(); });
        !counted) {
        report.error = counted.error();
        return report;
    }
    if (progress)
        progress(state);
    const GridThumbnails thumbnails(m_cache);
    std::int64_t after = 0;
    while (!m_cancel) {
        std::vector<PerceptualHashRepository::HashSource> batch;
        if (const Status read =
                m_catalog.read([&] { batch = PerceptualHashRepository(m_catalog).pendingHashes(after, kBatch); });
            !read) {
            report.error = read.error();
            return report;
        }
        if (batch.empty())
            break;
        after = batch.back().fileId;
        const std::vector<Hashed> hashed = QtConcurrent::blockingMapped<std::vector<Hashed>>(
            batch, [&](const PerceptualHashRepository::HashSource &s) {
                if (m_cancel)
                    return Hashed{std::nullopt, QString(), {}};
                auto image = thumbnails.load(s.path, s.fingerprint);
                if (!image)
                    return Hashed{std::nullopt, image.error(), {}};
                const auto hash = PerceptualHash::compute(image.value());
                return Hashed{hash, QString(),
                              hash ? PerceptualHash::cropHashes(image.value()) : std::vector<std::uint64_t>()};
            });
        if (m_cancel)
            break;
        const Status written = m_catalog.write([&] {
            PerceptualHashRepository repository(m_catalog);
            for (std::size_t i = 0; i < batch.size(); ++i)
                repository.storeHash(batch[i].fileId, batch[i].fingerprint, hashed[i].hash, hashed[i].error,
                                     hashed[i].cropHashes);
        });
        if (!written) {
            report.error = written.error();
            return report;
        }
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (hashed[i].hash)
                ++report.hashed;
            else if (hashed[i].error.isEmpty())
                ++report.flat;
            else
                report.failures.push_back({batch[i].path, hashed[i].error});
        }
        state.done += std::int64_t(batch.size());
        if (progress)
            progress(state);
    }
    report.cancelled = m_cancel;
    return report;
}

} // namespace tintype
