#pragma once

#include "catalog/PerceptualHashRepository.h"
#include "common/Result.h"
#include "similarity/DuplicateGroup.h"
#include "similarity/ImageTransform.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;
class ThumbnailCache;

// Finds the library's duplicate groups, each with a proposal (BestCopyChooser).
// Exact: assets with a file of the same full-content hash. Near (optional):
// photos whose perceptual hashes (SimilarityIndexer) are within
// maxHashDistance under a turn or mirror (HashNeighbourIndex, never all
// pairs), or one photo's whole hash near a centre hash of the other (a copy
// cropped by up to ~6 % a side), confirmed on their grid thumbnails
// (StructuralSimilarity, the crop taken first), so the frames of a burst stay
// apart. Pairs the user dismissed never join.
class DuplicateFinder {
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    struct Options {
        bool near = false;
        int maxHashDistance = 10; // of 64 bits; generated copies measure <= 8, other pictures >= 16
        bool centreHashes = true; // also look for cropped copies (off: whole hashes only, for comparison)
    };
    // The similarity of two candidates when they are the same picture: b = the
    // centre `cropOfA` of a's width and height (1 = all of it), turned by
    // `transform`.
    using PairVerifier = std::function<std::optional<double>(const PerceptualHashRepository::HashSource &a,
                                                             const PerceptualHashRepository::HashSource &b,
                                                             ImageTransform transform, double cropOfA)>;
    struct Statistics {
        std::int64_t hashedPhotos = 0, candidatePairs = 0, cropCandidatePairs = 0, verifiedPairs = 0, exactGroups = 0,
                     nearGroups = 0;
        double searchSeconds = 0, verifySeconds = 0, totalSeconds = 0;
    };

    // Verifies with the grid thumbnails of `cache`.
    DuplicateFinder(Catalog &catalog, ThumbnailCache &cache);
    // Verifies with `verifier` (benchmarks, tests).
    DuplicateFinder(Catalog &catalog, PairVerifier verifier);

    // Largest groups first. Fails when the catalog cannot be read, or with
    // cancelledMessage() once cancel() was called.
    Result<std::vector<DuplicateGroup>> find(const Options &options);
    const Statistics &statistics() const { return m_statistics; }
    // From any thread: a running find() skips the verifications left and fails.
    void cancel() { m_cancel = true; }
    static QString cancelledMessage() { return tr("Cancelled."); }

private:
    Catalog &m_catalog;
    PairVerifier m_verifier;
    Statistics m_statistics;
    std::atomic_bool m_cancel{false};
};

} // namespace tintype
