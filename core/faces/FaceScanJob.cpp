#include "faces/FaceScanJob.h"

#include "catalog/Catalog.h"
#include "catalog/FaceRepository.h"
#include "faces/FaceAnalyzer.h"
#include "faces/FaceCropCache.h"
#include "faces/People.h"
#include "imaging/ImageDecoder.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <mutex>
#include <set>
#include <thread>

namespace tintype {

namespace {
constexpr int kBatch = 32;

// While the workers run, OpenCV's own thread pool gets only the cores they leave
// free: N workers each fanning out to every core oversubscribes the machine (and
// OpenCV's idle threads spin), ~10-15% of the CPU time of a scan. Restored after.
class OpenCvThreads {
public:
    explicit OpenCvThreads(int workers) : m_previous(cv::getNumThreads())
    {
        const int cores = std::max(1, int(std::thread::hardware_concurrency()));
        cv::setNumThreads(workers >= cores ? 1 : std::max(1, cores / workers));
    }
    ~OpenCvThreads() { cv::setNumThreads(m_previous); }
    OpenCvThreads(const OpenCvThreads &) = delete;
    OpenCvThreads &operator=(const OpenCvThreads &) = delete;

private:
    int m_previous;
};

// What a worker keeps of a photo: its faces and their round crops, not the
// decoded preview (32 previews of ~3 MB each were most of a scan's memory).
struct Outcome {
    FaceRepository::PendingAsset asset;
    QSize imageSize;
    std::vector<AnalyzedFace> faces;
    std::vector<QImage> crops; // FaceCropCache::roundCrop of each face, when crops are kept
    QString error;
};

// Runs `work(i, worker)` for i in [0, count) on `workers` threads (the calling one
// included), each index once, stopping early when `cancel` is set.
template <typename Work>
void onWorkers(int workers, std::size_t count, const std::atomic<bool> &cancel, Work work)
{
    std::atomic<std::size_t> next{0};
    auto loop = [&](int worker) {
        for (std::size_t i = next++; i < count && !cancel.load(); i = next++)
            work(i, worker);
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < workers; ++t)
        threads.emplace_back(loop, t);
    loop(0);
    for (auto &t : threads)
        t.join();
}

FaceRecord toRecord(const AnalyzedFace &face, QSizeF size)
{
    FaceRecord r;
    r.box = QRectF(face.box.x() / size.width(), face.box.y() / size.height(), face.box.width() / size.width(),
                   face.box.height() / size.height());
    for (const QPointF &p : face.landmarks)
        r.landmarks.emplace_back(p.x() / size.width(), p.y() / size.height());
    r.embedding = face.embedding;
    r.score = face.score;
    r.sharpness = face.sharpness;
    return r;
}
} // namespace

QString FaceScanJob::modelsId() { return QStringLiteral("face-api-1.7.15:ssd_mobilenetv1+landmark68+recognition"); }

Result<FaceScanJob::Report> FaceScanJob::run(const std::function<void(const Progress &)> &progress,
                                             const std::atomic<bool> &cancel)
{
    QElapsedTimer timer;
    timer.start();
    const int jobs = std::max(1, m_options.jobs > 0 ? m_options.jobs : int(std::thread::hardware_concurrency()));
    const OpenCvThreads openCvThreads(jobs);
    std::vector<std::unique_ptr<FaceAnalyzer>> analyzers;
    for (int i = 0; i < jobs; ++i) {
        auto analyzer = FaceAnalyzer::load(m_options.modelDirectory);
        if (!analyzer)
            return Result<Report>::failure(analyzer.error());
        analyzers.push_back(std::move(analyzer.value()));
    }
    Report report;
    if (const Status counted =
            m_catalog.read([&] { report.progress.total = FaceRepository(m_catalog).pendingCount(); });
        !counted)
        return Result<Report>::failure(counted.error());
    const FaceCropCache crops(m_options.cropCache);
    std::set<std::int64_t> skip; // failed to record in this run (never loop on them)
    while (!cancel.load()) {
        std::vector<FaceRepository::PendingAsset> batch;
        if (const Status read = m_catalog.read([&] { batch = FaceRepository(m_catalog).pendingAssets(kBatch, skip); });
            !read)
            return Result<Report>::failure(read.error());
        if (batch.empty())
            break;
        std::vector<Outcome> outcomes(batch.size());
        onWorkers(jobs, batch.size(), cancel, [&](std::size_t i, int worker) {
            Outcome &o = outcomes[i];
            o.asset = batch[i];
            auto decoded = ImageDecoder::decode({batch[i].path, m_options.detection.analysisSize});
            if (!decoded) {
                o.error = decoded.error();
                return;
            }
            const QImage &image = decoded->image;
            o.imageSize = image.size();
            auto faces = analyzers[std::size_t(worker)]->analyze(image, m_options.detection);
            if (!faces) {
                o.error = faces.error();
                return;
            }
            o.faces = std::move(faces.value());
            if (!m_options.cropCache.empty())
                for (const AnalyzedFace &f : o.faces)
                    o.crops.push_back(FaceCropCache::roundCrop(image, f.box));
        });

        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        std::vector<std::pair<std::vector<FaceRecord>, const Outcome *>> written;
        const Status stored = m_catalog.write([&] {
            FaceRepository faces(m_catalog);
            written.clear();
            for (const Outcome &o : outcomes) {
                if (o.asset.assetId == 0)
                    continue; // cancelled before this photo
                std::vector<FaceRecord> records;
                for (const AnalyzedFace &f : o.faces)
                    records.push_back(toRecord(f, o.imageSize));
                faces.recordPass(o.asset.assetId, modelsId(), records, o.error, now);
                written.emplace_back(std::move(records), &o);
            }
        });
        if (!stored)
            return Result<Report>::failure(stored.error());
        for (const auto &[records, o] : written) {
            ++report.progress.done;
            report.progress.faces +=
                std::count_if(records.begin(), records.end(), [](const FaceRecord &r) { return r.id != 0; });
            if (!o->error.isEmpty()) {
                ++report.progress.failed;
                report.failures.push_back({o->asset.path, o->error});
            }
        }
        if (!m_options.cropCache.empty()) { // PNG-encoding the crops is ~7% of the CPU: on the workers too
            struct Crop {
                std::int64_t faceId;
                const QImage *crop;
            };
            std::vector<Crop> faces;
            for (const auto &[records, o] : written)
                for (std::size_t i = 0; i < records.size() && i < o->crops.size(); ++i)
                    faces.push_back({records[i].id, &o->crops[i]});
            const std::atomic<bool> never{false}; // recorded faces get their crops, even when cancelled now
            onWorkers(jobs, faces.size(), never, [&](std::size_t i, int /*worker*/) {
                (void)crops.storeRound(faces[i].faceId, *faces[i].crop); // a crop is optional
            });
        }
        for (const Outcome &o : outcomes)
            if (o.asset.assetId != 0)
                skip.insert(o.asset.assetId);
        if (progress)
            progress(report.progress);
    }
    report.cancelled = cancel.load();
    if (m_options.cluster && !report.cancelled) {
        auto clustered = People(m_catalog).clusterNewFaces();
        if (!clustered)
            return Result<Report>::failure(clustered.error());
        report.clusteredFaces = clustered->faces;
        report.newClusters = clustered->newClusters;
    }
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace tintype
