#pragma once

#include "similarity/DuplicateGroup.h"
#include "similarity/DuplicateResolver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <atomic>
#include <mutex>
#include <vector>

namespace tintype {

class Catalog;
class DuplicateFinder;
class SimilarityIndexer;
class ThumbnailCache;

// The work behind the duplicate review, run on its worker thread with its
// own catalog connection (DuplicateReview posts it; nothing here touches the
// window): hash what is new, find the groups, apply, undo, dismiss.
class DuplicateJobs {
    Q_DECLARE_TR_FUNCTIONS(DuplicateJobs)

public:
    // A running find() as the window sees it: progress to poll, cancel from any thread.
    class Control {
    public:
        enum class Stage { Hashing, Grouping };
        std::atomic<int> stage{int(Stage::Hashing)};
        std::atomic<qint64> done{0}, total{0};
        void cancel();
        bool cancelled() const { return m_cancelled; }
        // The job says what it runs now, so cancel() can reach it (nullptr: nothing).
        void running(SimilarityIndexer *indexer, DuplicateFinder *finder);

    private:
        std::mutex m_mutex;
        bool m_cancelled = false;
        SimilarityIndexer *m_indexer = nullptr;
        DuplicateFinder *m_finder = nullptr;
    };

    // What the cards show beyond the group's facts.
    struct CopyDetails {
        QDateTime captured; // on the camera's clock; invalid when unknown
        int userRotation = 0;
    };
    struct Found {
        std::vector<DuplicateGroup> groups;
        QHash<qint64, CopyDetails> details; // by asset id
        qint64 hashFailures = 0;            // photos that gave no thumbnail to hash
        qint64 withoutContentHash = 0;      // files not hashed by the scan yet: exact copies unknown
        QString error;
        bool cancelled = false;
    };
    // Near: hashes the photos without a perceptual hash first (the grid thumbnails).
    static Found find(Catalog &catalog, ThumbnailCache &cache, bool near, Control &control);

    struct Applied {
        int group = -1; // the caller's index
        std::int64_t resolution = 0;
        qint64 keptAssetId = 0;
        QList<qint64> removedAssetIds;
        QString error, xmpError;
    };
    // Each group's choice carried out (files to `trash`); `done` counts groups.
    static std::vector<Applied> apply(Catalog &catalog, const DuplicateResolver::Trash &trash,
                                      const std::vector<std::pair<int, DuplicateGroup>> &groups, bool writeXmp,
                                      std::atomic<qint64> &done);
    // Newest first; returns the problems, empty when everything came back.
    static QStringList undo(Catalog &catalog, const std::vector<std::int64_t> &resolutions);
};

} // namespace tintype
