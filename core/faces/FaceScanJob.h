#pragma once

#include "common/Result.h"
#include "faces/FaceAnalysis.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

namespace tintype {

class Catalog;

// The background face pass over a library: every photo without a face pass
// (so new photos are picked up by the next run, and an interrupted run resumes)
// is decoded at `analysisSize` (core/imaging: upright, sRGB), analysed on
// `jobs` threads (one FaceAnalyzer each), and its faces stored in batches by
// this thread, the only writer; round face crops go to the cache folder. A photo
// that cannot be read gets a face pass with its reason, and the run goes on.
// Then new faces are clustered incrementally (People::clusterNewFaces).
// While it runs, OpenCV's (process-wide) thread count is lowered so that the
// workers and OpenCV's pool together do not oversubscribe the cores.
class FaceScanJob {
    Q_DECLARE_TR_FUNCTIONS(FaceScanJob)

public:
    struct Options {
        QString modelDirectory;
        FaceDetectionSettings detection;
        int jobs = 0;                    // 0: the number of cores
        std::filesystem::path cropCache; // empty: no crops
        bool cluster = true;
    };
    struct Progress {
        std::int64_t done = 0, total = 0, faces = 0, failed = 0;
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
        std::int64_t clusteredFaces = 0, newClusters = 0;
    };

    FaceScanJob(Catalog &catalog, Options options) : m_catalog(catalog), m_options(std::move(options)) {}
    // Runs to the end or until `cancel` is set (checked between photos). Fails
    // only when the models or the catalog cannot be used.
    Result<Report> run(const std::function<void(const Progress &)> &progress, const std::atomic<bool> &cancel);

    // The models' identity stored with each pass.
    static QString modelsId();

private:
    Catalog &m_catalog;
    Options m_options;
};

} // namespace tintype
