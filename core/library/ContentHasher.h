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
// hashing itself runs on a thread pool, whose threads can be put in the idle
// I/O class (IoPriority) so that reading every byte of a big library never
// slows down what the user waits for.
class ContentHasher {
    Q_DECLARE_TR_FUNCTIONS(ContentHasher)

public:
    struct Progress {
        std::int64_t filesDone = 0, filesTotal = 0, bytesDone = 0, bytesTotal = 0;
    };
    struct Options {
        int jobs = 0;        // hashing threads; 0 = one per core
        int batchSize = 64;  // files per transaction
        bool idleIo = false; // hash in the idle I/O class, at low CPU priority
    };
    struct Report {
        std::int64_t hashed = 0, failed = 0, bytes = 0;
        bool idleIo = false; // every file was read in the idle I/O class
        bool cancelled = false;
        QString error;
        double seconds = 0;
    };

    explicit ContentHasher(Catalog &catalog, int jobs = 0) : m_catalog(catalog) { m_options.jobs = jobs; }
    ContentHasher(Catalog &catalog, Options options) : m_catalog(catalog), m_options(options) {}
    Report run(const std::function<void(const Progress &)> &progress = {});
    void cancel() { m_cancel = true; }

private:
    Catalog &m_catalog;
    Options m_options;
    std::atomic_bool m_cancel{false};
};

} // namespace tintype
