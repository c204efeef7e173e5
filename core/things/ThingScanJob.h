#pragma once

#include "common/Result.h"
#include "imaging/DecodeRequest.h"

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

// The background object pass over a library, after thumbnails: every photo
// without a pass of the current model (ThingModels::modelId: none yet, or an
// older model or thresholds; so new photos are picked up by the next run, an
// interrupted run resumes, and a new model runs again) is looked at at 512 px
// (input()), on `jobs` threads (one ThingFinder each), and its things stored in
// batches by this thread, the only writer. A photo that cannot be read gets a
// pass with its reason, and the run goes on. `paused` (checked between photos)
// holds the workers until it is cleared or the run is cancelled.
class ThingScanJob {
    Q_DECLARE_TR_FUNCTIONS(ThingScanJob)

public:
    struct Options {
        QString modelDirectory;
        std::filesystem::path thumbnailCache; // empty: decode the originals
        int jobs = 0;                         // 0: the number of cores
    };
    struct Progress {
        std::int64_t done = 0, total = 0, things = 0, failed = 0;
        std::int64_t fromPreview = 0; // read from the thumbnail cache (preview or grid), not the original
    };
    struct Failure {
        std::filesystem::path path;
        QString reason;
    };
    struct Report {
        Progress progress;
        std::vector<Failure> failures;
        bool cancelled = false;
        double seconds = 0;
    };

    // What the pass looks at for one photo, never less than the detector's 512 px
    // input when the photo has them: the cached 2048 px preview decoded at a
    // quarter (the viewer made it); else the original at 512 px — a JPEG by DCT
    // scaling to the smallest size of at least 512 px (a 12 MP file: 1000 px, an
    // eighth of its pixels), not the 400 px grid thumbnail, with which the
    // detector found 27 of the 32 things of the samples; other formats (HEIC,
    // PNG, RAW), whose originals cost more to read, take the cached grid
    // thumbnail when there is one.
    struct Input {
        DecodedImage decoded;
        bool fromCache = false; // the preview or the grid thumbnail, not the original
    };
    static Result<Input> input(const std::filesystem::path &file, const QByteArray &fingerprint,
                               const ThumbnailCache *cache);

    ThingScanJob(Catalog &catalog, Options options) : m_catalog(catalog), m_options(std::move(options)) {}
    // Runs to the end or until `cancel` is set. Fails only when the model or the catalog cannot be used.
    Result<Report> run(const std::function<void(const Progress &)> &progress, const std::atomic<bool> &cancel,
                       const std::atomic<bool> *paused = nullptr);

private:
    Catalog &m_catalog;
    Options m_options;
};

} // namespace tintype
