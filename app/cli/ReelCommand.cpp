// reel: a highlight reel of an album, a trip or a memory as an H.264 MP4 (core/stories/ReelExporter).
#include "Commands.h"
#include "Output.h"
#include "TerminalProgress.h"

#include "catalog/AlbumRepository.h"
#include "catalog/Catalog.h"
#include "catalog/TimelineQueries.h"
#include "stories/ReelExporter.h"
#include "stories/Stories.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("reel", text); }
constexpr int kTripReelPhotos = 20;
constexpr int kTripReelVideos = 3;
} // namespace

int runReel(Catalog &catalog, const QStringList &arguments)
{
    QStringList args = arguments;
    QString album, trip, memory, outPath;
    QDate on = QDate::currentDate();
    ReelExporter::Settings settings;
    bool usage = false;
    while (!args.isEmpty() && !usage) {
        const QString option = args.takeFirst();
        const QString value = args.isEmpty() ? QString() : args.takeFirst();
        if (value.isEmpty())
            usage = true;
        else if (option == QLatin1String("--album"))
            album = value;
        else if (option == QLatin1String("--trip"))
            trip = value;
        else if (option == QLatin1String("--memory"))
            memory = value;
        else if (option == QLatin1String("--on"))
            on = QDate::fromString(value, Qt::ISODate);
        else if (option == QLatin1String("--out"))
            outPath = value;
        else if (option == QLatin1String("--seconds")) {
            bool number = false;
            settings.timing.photoSeconds = value.toDouble(&number);
            usage = !number || settings.timing.photoSeconds < 1;
        } else
            usage = true;
    }
    const int sources = int(!album.isEmpty()) + int(!trip.isEmpty()) + int(!memory.isEmpty());
    if (usage || sources != 1 || outPath.isEmpty() || !on.isValid()) {
        err() << tr("Usage: tintype-cli reel --album ID|--trip N|--memory KEY [--on DATE] --out FILE.mp4 "
                    "[--seconds PER_PHOTO]\n");
        return UsageError;
    }

    std::vector<std::int64_t> assetIds;
    if (!album.isEmpty()) {
        const Status status = catalog.read([&] { assetIds = AlbumRepository(catalog).items(album.toLongLong()); });
        if (!status) {
            err() << status.error() << "\n";
            return CatalogError;
        }
    } else {
        Stories stories(catalog);
        if (const Status loaded = stories.load(); !loaded) {
            err() << loaded.error() << "\n";
            return CatalogError;
        }
        if (!trip.isEmpty()) {
            bool number = false;
            const int n = trip.toInt(&number);
            const Trip *found =
                number ? (n >= 1 && n <= int(stories.trips().size()) ? &stories.trips()[std::size_t(n - 1)] : nullptr)
                       : stories.trip(trip);
            if (found) {
                std::vector<const StoryAsset *> candidates;
                for (const StoryAsset &a : stories.assets())
                    if (std::find(found->assetIds.begin(), found->assetIds.end(), a.assetId) != found->assetIds.end())
                        candidates.push_back(&a);
                assetIds = BestPhotoPicker::withVideos(BestPhotoPicker::pick(candidates, kTripReelPhotos), candidates,
                                                       kTripReelVideos);
            }
        } else {
            for (const Memory &m : stories.memories(on))
                if (m.key == memory)
                    assetIds = m.reelAssetIds;
        }
    }
    if (assetIds.empty()) {
        err() << tr("Nothing to show: no such album, trip or memory, or it has no photos.\n");
        return UsageError;
    }
    std::vector<ReelExporter::Source> paths;
    const Status status = catalog.read([&] {
        TimelineQueries queries(catalog);
        for (std::int64_t id : assetIds)
            if (const auto detail = queries.detail(id); detail && detail->available)
                paths.push_back({detail->path, detail->metadata.kind == MediaKind::Video});
    });
    if (!status) {
        err() << status.error() << "\n";
        return CatalogError;
    }
    TerminalProgress progress(tr("frames"));
    std::atomic<bool> cancel{false};
    QElapsedTimer timer;
    timer.start();
    const Result<ReelExporter::Outcome> result = ReelExporter::run(
        paths, std::filesystem::path(outPath.toStdString()), settings,
        [&](double done) {
            progress.update(tr("Reel"), std::int64_t(done * 1000), 1000);
            if (interrupted())
                cancel = true;
        },
        &cancel);
    progress.finish();
    if (!result) {
        err() << result.error() << "\n";
        return interrupted() ? Interrupted : SomeFilesFailed;
    }
    const double seconds = timer.elapsed() / 1000.0;
    out() << tr("%1: %2 photos and videos, %3 s of video in %4 s (%5 s of video a second)%6\n")
                 .arg(outPath)
                 .arg(result.value().photos)
                 .arg(result.value().seconds, 0, 'f', 1)
                 .arg(seconds, 0, 'f', 1)
                 .arg(result.value().seconds / std::max(seconds, 0.001), 0, 'f', 2)
                 .arg(result.value().unreadable ? tr("; %1 could not be read").arg(result.value().unreadable)
                                                : QString());
    return result.value().unreadable ? SomeFilesFailed : Ok;
}

} // namespace tintype::cli
