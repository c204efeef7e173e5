#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

namespace tintype {

class Catalog;
class ThumbnailCache;

// Background job: the perceptual hash of every photo that has none for its
// current content (new or changed files), from its grid thumbnail (taken from
// the cache, or made and cached). Resumable by nature: what is stored is
// done. Runs on the catalog's thread; decoding runs on a thread pool.
class SimilarityIndexer {
    Q_DECLARE_TR_FUNCTIONS(SimilarityIndexer)

public:
    struct Progress {
        std::int64_t done = 0, total = 0;
    };
    struct Failure {
        std::filesystem::path path;
        QString reason;
    };
    struct Report {
        std::int64_t hashed = 0, flat = 0;
        std::vector<Failure> failures; // files that gave no thumbnail, with the reason
        bool cancelled = false;
        QString error; // the catalog could not be read or written
    };

    SimilarityIndexer(Catalog &catalog, ThumbnailCache &cache) : m_catalog(catalog), m_cache(cache) {}
    Report run(const std::function<void(const Progress &)> &progress = {});
    void cancel() { m_cancel = true; }

private:
    Catalog &m_catalog;
    ThumbnailCache &m_cache;
    std::atomic_bool m_cancel{false};
};

} // namespace tintype
