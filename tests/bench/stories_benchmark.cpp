// Trips and memories over a generated life of about 100,000 assets (the life
// of tests/support/GeneratedLife with 40 photos a day at home), and highlight
// reel export speed (seconds of 1080p video a second).
//   tintype-bench-stories [--per-day N] [--reel-photos N] [--keep CATALOG]
// Prints: catalog read, home + trips (titles, covers, best photos), memories
// of a day (and of 30 days), the whole `tintype-cli trips --json` and
// `memories --json` commands on the catalog, and the reel.

#include "support/GeneratedLife.h"

#include "catalog/Catalog.h"
#include "catalog/StoryQueries.h"
#include "metadata/MetadataReader.h"
#include "stories/HomeTimeline.h"
#include "stories/MemoryFinder.h"
#include "stories/ReelExporter.h"
#include "stories/Stories.h"
#include "stories/TripFinder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace tintype;

namespace {
double msSince(QElapsedTimer &timer)
{
    const double ms = timer.nsecsElapsed() / 1e6;
    timer.restart();
    return ms;
}

double runCli(const QString &catalog, const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    QProcess cli;
    cli.start(QStringLiteral(TINTYPE_CLI_PATH), QStringList{QStringLiteral("--catalog"), catalog} + args);
    cli.waitForFinished(600'000);
    if (cli.exitCode() != 0)
        std::fprintf(stderr, "cli %s failed: %s\n", qPrintable(args.join(' ')), cli.readAllStandardError().constData());
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int perDay = args.contains(QStringLiteral("--per-day"))
                           ? args.value(args.indexOf(QStringLiteral("--per-day")) + 1).toInt()
                           : 40;
    const int reelPhotos = args.contains(QStringLiteral("--reel-photos"))
                               ? args.value(args.indexOf(QStringLiteral("--reel-photos")) + 1).toInt()
                               : 10;
    MetadataReader::initialize();
    QTemporaryDir dir;
    // --keep FILE: the generated catalog is written there and kept (to look at it in the app).
    const QString catalogPath = args.contains(QStringLiteral("--keep"))
                                    ? args.value(args.indexOf(QStringLiteral("--keep")) + 1)
                                    : dir.filePath(QStringLiteral("catalog.sqlite"));
    auto opened = Catalog::open(catalogPath);
    if (!opened)
        return 1;
    Catalog &catalog = *opened.value();
    QElapsedTimer timer;
    timer.start();
    const test::GeneratedLife life = test::writeGeneratedLife(catalog, perDay);
    std::printf("generated %lld assets in %.0f ms\n", qlonglong(life.assetCount), msSince(timer));

    std::vector<StoryAsset> assets;
    catalog.read([&] { assets = StoryQueries(catalog).assets(); });
    const double readMs = msSince(timer);
    const HomeTimeline homes = HomeTimeline::find(assets);
    const double homesMs = msSince(timer);
    const std::vector<Trip> found = TripFinder::find(assets, homes);
    const double tripsMs = msSince(timer);
    std::printf("catalog read %.0f ms, homes %.0f ms, trips %.0f ms (%zu trips)\n", readMs, homesMs, tripsMs,
                found.size());

    Stories stories(catalog);
    stories.load();
    const double loadMs = msSince(timer);
    std::vector<Memory> memories = stories.memories(QDate(2023, 8, 3));
    const double memoryMs = msSince(timer);
    for (int d = 0; d < 30; ++d)
        stories.memories(QDate(2024, 3, 1).addDays(d));
    const double monthMs = msSince(timer);
    std::printf("Stories::load (read, homes, trips with titles and best photos) %.0f ms; memories of a day %.0f ms "
                "(%zu memories); 30 days %.0f ms\n",
                loadMs, memoryMs, memories.size(), monthMs);
    std::printf("whole command: tintype-cli trips --json %.0f ms, memories --on 2023-08-03 --json %.0f ms\n",
                runCli(catalogPath, {QStringLiteral("trips"), QStringLiteral("--json")}),
                runCli(catalogPath, {QStringLiteral("memories"), QStringLiteral("--on"), QStringLiteral("2023-08-03"),
                                     QStringLiteral("--json")}));

    // Reel: 12 MP JPEGs through decode, render and H.264 encode at 1080p30.
    std::vector<std::filesystem::path> photos;
    QRandomGenerator random(5);
    for (int i = 0; i < reelPhotos; ++i) {
        QImage image(4000, 3000, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(random.bounded(360), 120, 200));
        QPainter p(&image);
        for (int s = 0; s < 200; ++s) {
            p.setBrush(QColor::fromHsv(random.bounded(360), 200, random.bounded(40, 255)));
            p.drawEllipse(QPoint(random.bounded(4000), random.bounded(3000)), random.bounded(20, 400),
                          random.bounded(20, 400));
        }
        p.end();
        const QString path = dir.filePath(QStringLiteral("photo%1.jpg").arg(i));
        image.save(path, "JPEG", 90);
        photos.push_back(path.toStdString());
    }
    {
        std::vector<QImage> images;
        for (const auto &path : photos)
            images.push_back(QImage(QString::fromStdString(path.string())).scaled(1920, 1920, Qt::KeepAspectRatio));
        const ReelRenderer renderer(std::move(images), QSize(1920, 1080), {});
        msSince(timer);
        for (int i = 0; i < 90; ++i)
            renderer.frameAt(i / 30.0 * 2.5);
        std::printf("reel frames drawn (no encoding): %.1f frames a second\n", 90 / (msSince(timer) / 1000));
    }
    msSince(timer);
    const auto reel = ReelExporter::run(photos, dir.filePath(QStringLiteral("reel.mp4")).toStdString(), {});
    const double reelMs = msSince(timer);
    if (!reel) {
        std::printf("reel failed: %s\n", qPrintable(reel.error()));
        return 1;
    }
    std::printf("reel: %d photos, %.1f s of 1920x1080 at 30 fps in %.1f s: %.2f s of video a second\n",
                reel.value().photos, reel.value().seconds, reelMs / 1000, reel.value().seconds / (reelMs / 1000));
    return 0;
}
