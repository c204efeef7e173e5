#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace tintype {

class Catalog;

// Background job: computes the full-content XXH3-128 of every present file
// that has none yet (for exact duplicate detection). Resumable by nature: the
// catalog's empty hashes are the to-do list. Run on the catalog's thread;
// hashing itself runs on a thread pool.
class ContentHasher {
    Q_DECLARE_TR_FUNCTIONS(ContentHasher)

public:
    struct Progress {
        std::int64_t filesDone = 0, filesTotal = 0, bytesDone = 0, bytesTotal = 0;
    };
    struct Report {
        std::int64_t hashed = 0, failed = 0, bytes = 0;
        bool cancelled = false;
        QString error;
        double seconds = 0;
    };

    explicit ContentHasher(Catalog &catalog, int jobs = 0) : m_catalog(catalog), m_jobs(jobs) {}
    Report run(const std::function<void(const Progress &)> &progress = {});
    void cancel() { m_cancel = true; }

private:
    Catalog &m_catalog;
    int m_jobs;
    std::atomic_bool m_cancel{false};
};

} // namespace tintype
