#include "things/ThingScanJob.h"

#include "catalog/Catalog.h"
#include "catalog/ThingRepository.h"
#include "imaging/ImageDecoder.h"
#include "things/ThingFinder.h"
#include "things/ThingModels.h"
#include "thumbs/ThumbnailCache.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <chrono>
#include <optional>
#include <set>
#include <thread>

namespace tintype {

namespace {
constexpr int kBatch = 32;
constexpr int kLongEdge = 512;

// As in the face pass: N workers each fanning out to every core through OpenCV's
// pool oversubscribe the machine; OpenCV gets the cores the workers leave free.
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

struct Outcome {
    ThingRepository::PendingAsset asset;
    std::vector<FoundThing> things;
    bool fromPreview = false;
    std::int64_t stored = 0; // things recorded (a label the user removed is not)
    QString error;
};

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
// A JPEG by its name (what the decoder can reduce by DCT scaling while reading).
bool isJpeg(const std::filesystem::path &file)
{
    const QString extension = QString::fromStdString(file.extension().string()).toLower();
    return extension == QLatin1String(".jpg") || extension == QLatin1String(".jpeg") ||
           extension == QLatin1String(".jpe");
}

// The cache's entry of this size, decoded at the detector's input size, when there is one.
std::optional<DecodedImage> fromCache(const ThumbnailCache &cache, const QByteArray &fingerprint, ThumbnailSize size)
{
    const std::filesystem::path entry = cache.entryPath({fingerprint, size});
    std::error_code error;
    if (!std::filesystem::is_regular_file(entry, error))
        return std::nullopt;
    auto decoded = ImageDecoder::decode({entry, kLongEdge});
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.value());
}
} // namespace

Result<ThingScanJob::Input> ThingScanJob::input(const std::filesystem::path &file, const QByteArray &fingerprint,
                                                const ThumbnailCache *cache)
{
    if (cache) {
        if (auto preview = fromCache(*cache, fingerprint, ThumbnailSize::Preview))
            return Input{std::move(*preview), true};
        if (!isJpeg(file))
            if (auto grid = fromCache(*cache, fingerprint, ThumbnailSize::Grid))
                return Input{std::move(*grid), true};
    }
    auto decoded = ImageDecoder::decode({file, kLongEdge});
    if (!decoded)
        return Result<Input>::failure(decoded.error());
    return Input{std::move(decoded.value()), false};
}

Result<ThingScanJob::Report> ThingScanJob::run(const std::function<void(const Progress &)> &progress,
                                               const std::atomic<bool> &cancel, const std::atomic<bool> *paused)
{
    QElapsedTimer timer;
    timer.start();
    const int jobs = std::max(1, m_options.jobs > 0 ? m_options.jobs : int(std::thread::hardware_concurrency()));
    const OpenCvThreads openCvThreads(jobs);
    std::vector<std::unique_ptr<ThingFinder>> finders;
    for (int i = 0; i < jobs; ++i) {
        auto finder = ThingFinder::load(m_options.modelDirectory);
        if (!finder)
            return Result<Report>::failure(finder.error());
        finders.push_back(std::move(finder.value()));
    }
    const QString model = ThingModels::modelId();
    Report report;
    if (const Status counted =
            m_catalog.read([&] { report.progress.total = ThingRepository(m_catalog).pendingCount(model); });
        !counted)
        return Result<Report>::failure(counted.error());
    std::optional<ThumbnailCache> cache;
    if (!m_options.thumbnailCache.empty())
        cache.emplace(m_options.thumbnailCache);
    std::set<std::int64_t> skip; // recorded or tried in this run (never loop on them)
    while (!cancel.load()) {
        while (paused && paused->load() && !cancel.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        std::vector<ThingRepository::PendingAsset> batch;
        if (const Status read =
                m_catalog.read([&] { batch = ThingRepository(m_catalog).pendingAssets(model, kBatch, skip); });
            !read)
            return Result<Report>::failure(read.error());
        if (batch.empty() || cancel.load())
            break;
        std::vector<Outcome> outcomes(batch.size());
        onWorkers(jobs, batch.size(), cancel, [&](std::size_t i, int worker) {
            while (paused && paused->load() && !cancel.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (cancel.load())
                return;
            Outcome &o = outcomes[i];
            o.asset = batch[i];
            auto input = ThingScanJob::input(batch[i].path, batch[i].fingerprint, cache ? &*cache : nullptr);
            if (!input) {
                o.error = input.error();
                return;
            }
            o.fromPreview = input->fromCache;
            o.things = finders[std::size_t(worker)]->find(input->decoded.image);
        });

        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        const Status stored = m_catalog.write([&] {
            ThingRepository things(m_catalog);
            for (Outcome &o : outcomes) {
                if (o.asset.assetId == 0)
                    continue; // cancelled before this photo
                std::vector<ThingRecord> records;
                for (const FoundThing &t : o.things)
                    records.push_back({0, o.asset.assetId, t.label, t.score, t.box});
                things.recordPass(o.asset.assetId, model, records, o.error, now);
                o.stored =
                    std::count_if(records.begin(), records.end(), [](const ThingRecord &r) { return r.id != 0; });
            }
        });
        if (!stored)
            return Result<Report>::failure(stored.error());
        for (const Outcome &o : outcomes) {
            if (o.asset.assetId == 0)
                continue;
            skip.insert(o.asset.assetId);
            ++report.progress.done;
            report.progress.things += o.stored;
            report.progress.fromPreview += o.fromPreview ? 1 : 0;
            if (!o.error.isEmpty()) {
                ++report.progress.failed;
                report.failures.push_back({o.asset.path, o.error});
            }
        }
        for (const auto &a : batch)
            skip.insert(a.assetId);
        if (progress)
            progress(report.progress);
    }
    report.cancelled = cancel.load();
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace tintype
