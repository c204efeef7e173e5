// things: what is in the photos, without a window — find things in every photo
// (resumable), list the labels with their photo counts, the photos a word names,
// and remove a wrong label from a photo (remembered).
#include "Commands.h"
#include "Output.h"
#include "TerminalProgress.h"

#include "catalog/Catalog.h"
#include "catalog/ThingRepository.h"
#include "common/NativePath.h"
#include "things/ThingLabels.h"
#include "things/ThingModels.h"
#include "things/ThingScanJob.h"
#include "thumbs/ThumbnailCache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <thread>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("things", text); }

const char *const kUsage = R"(Usage: tintype-cli things [COMMAND]
  [--json]             the things found, each with its number of photos
  scan [--jobs N] [--originals]
                       find things in every photo without a pass of the current
                       model (on its cached preview when there is one, else on
                       the file at 512 px: a JPEG by DCT scaling, other formats
                       on their grid thumbnail when there is one; --originals:
                       always decode the files); Ctrl+C stops, run again to resume
  find WORD [--json]   the photos showing what WORD names ("dogs", "puppy", "bike"),
                       or of the kind it names ("screenshots", "selfie", "panorama")
  remove ASSET_ID LABEL
                       "not on this photo": the label goes, and stays gone
)";

int usage()
{
    err() << QString::fromUtf8(kUsage);
    return UsageError;
}

int fail(const QString &message, int code = CatalogError)
{
    err() << message << "\n";
    return code;
}

int runThingScan(Catalog &catalog, const QStringList &args)
{
    ThingScanJob::Options options;
    options.modelDirectory = ThingModels::directory();
    options.thumbnailCache = ThumbnailCache::defaultDirectory(catalog.path());
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        bool ok = true;
        if (a == QLatin1String("--jobs") && i + 1 < args.size())
            options.jobs = args.at(++i).toInt(&ok);
        else if (a == QLatin1String("--originals"))
            options.thumbnailCache.clear();
        else
            ok = false;
        if (!ok || options.jobs < 0)
            return usage();
    }
    if (!ThingModels::present(options.modelDirectory))
        return fail(ThingModels::installHint(options.modelDirectory), SomeFilesFailed);
    std::atomic<bool> cancel{false};
    std::atomic<bool> finished{false};
    std::thread watcher([&] {
        while (!finished.load()) {
            if (interrupted())
                cancel = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    TerminalProgress bar(tr("photos"));
    auto result = ThingScanJob(catalog, options)
                      .run([&](const ThingScanJob::Progress &p) { bar.update(tr("things"), p.done, p.total); }, cancel);
    finished = true;
    watcher.join();
    bar.finish();
    if (!result)
        return fail(result.error(), SomeFilesFailed);
    const auto &r = result.value();
    out() << tr("%1 photos (%2 from their cached thumbnail): %3 things, %4 unreadable in %5 s (%6 photos/s)\n")
                 .arg(r.progress.done)
                 .arg(r.progress.fromPreview)
                 .arg(r.progress.things)
                 .arg(r.progress.failed)
                 .arg(r.seconds, 0, 'f', 1)
                 .arg(r.progress.done / std::max(0.001, r.seconds), 0, 'f', 1);
    for (const auto &f : r.failures)
        out() << "  " << nativepath::display(f.path) << ": " << f.reason << "\n";
    if (r.cancelled)
        return Interrupted;
    return r.failures.empty() ? Ok : SomeFilesFailed;
}

int runThingList(Catalog &catalog, bool json)
{
    std::vector<ThingRepository::LabelCount> counts;
    if (const Status read = catalog.read([&] { counts = ThingRepository(catalog).labelCounts(); }); !read)
        return fail(read.error());
    if (json) {
        QJsonArray array;
        for (const auto &c : counts)
            array.append(QJsonObject{{QStringLiteral("label"), c.label},
                                     {QStringLiteral("name"), ThingLabels::displayName(c.label)},
                                     {QStringLiteral("count"), double(c.assets)},
                                     {QStringLiteral("coverAssetId"), double(c.coverAssetId)}});
        out() << QJsonDocument(array).toJson();
        return Ok;
    }
    if (counts.empty())
        out() << tr("No things found yet; run 'tintype-cli things scan'.\n");
    for (const auto &c : counts)
        out() << QStringLiteral("%1\t%2\n").arg(c.assets, 6).arg(ThingLabels::displayName(c.label));
    return Ok;
}

int runThingFind(Catalog &catalog, const QStringList &args)
{
    const bool json = args.contains(QLatin1String("--json"));
    QStringList words = args;
    words.removeAll(QStringLiteral("--json"));
    if (words.isEmpty())
        return usage();
    const QString word = words.join(QLatin1Char(' '));
    std::vector<QString> labels = ThingLabels::resolve(word);
    const QString kind = labels.empty() ? ThingLabels::kindOf(word) : QString();
    if (!kind.isEmpty())
        labels.push_back(kind);
    std::vector<std::int64_t> assets;
    if (const Status read = catalog.read([&] {
            ThingRepository things(catalog);
            assets = kind.isEmpty() ? things.assetsWithLabels(labels) : things.assetsOfKind(kind);
        });
        !read)
        return fail(read.error());
    if (json) {
        QJsonArray labelArray, assetArray;
        for (const QString &l : labels)
            labelArray.append(l);
        for (const std::int64_t id : assets)
            assetArray.append(double(id));
        out() << QJsonDocument(
                     QJsonObject{{QStringLiteral("labels"), labelArray}, {QStringLiteral("assets"), assetArray}})
                     .toJson();
        return Ok;
    }
    if (labels.empty()) {
        out() << tr("'%1' names no thing Tintype knows.\n").arg(words.join(QLatin1Char(' ')));
        return Ok;
    }
    for (const std::int64_t id : assets)
        out() << id << "\n";
    return Ok;
}

int runThingRemove(Catalog &catalog, const QStringList &args)
{
    bool ok = false;
    const qint64 assetId = args.size() == 2 ? args.at(0).toLongLong(&ok) : 0;
    if (!ok || assetId <= 0 || !ThingLabels::isLabel(args.at(1)))
        return usage();
    bool removed = false;
    if (const Status write =
            catalog.write([&] { removed = ThingRepository(catalog).removeLabel(assetId, args.at(1)); });
        !write)
        return fail(write.error());
    if (!removed)
        return fail(tr("Asset %1 has no %2.").arg(assetId).arg(args.at(1)), UsageError);
    out() << tr("Removed %1 from asset %2; it will not come back.\n").arg(args.at(1)).arg(assetId);
    return Ok;
}
} // namespace

int runThings(Catalog &catalog, const QStringList &args)
{
    if (args.isEmpty() || args == QStringList{QStringLiteral("--json")})
        return runThingList(catalog, !args.isEmpty());
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("scan"))
        return runThingScan(catalog, rest);
    if (command == QLatin1String("find"))
        return runThingFind(catalog, rest);
    if (command == QLatin1String("remove"))
        return runThingRemove(catalog, rest);
    return usage();
}

} // namespace tintype::cli
