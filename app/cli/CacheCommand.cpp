// cache stats|prune|clear: the library's thumbnail store.
#include "Commands.h"
#include "Output.h"

#include "catalog/Catalog.h"
#include "catalog/ThumbnailSources.h"
#include "common/NativePath.h"
#include "thumbs/ThumbnailCache.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("cache", text); }

int printStats(const ThumbnailCache &cache, bool json)
{
    const ThumbnailCache::Stats s = cache.stats();
    const QString dir = nativepath::display(cache.directory());
    if (json) {
        const QJsonObject o{{QStringLiteral("directory"), dir},
                            {QStringLiteral("formatVersion"), ThumbnailCache::kFormatVersion},
                            {QStringLiteral("gridEntries"), double(s.gridEntries)},
                            {QStringLiteral("gridBytes"), double(s.gridBytes)},
                            {QStringLiteral("previewEntries"), double(s.previewEntries)},
                            {QStringLiteral("previewBytes"), double(s.previewBytes)},
                            {QStringLiteral("failures"), double(s.failures)},
                            {QStringLiteral("staleEntries"), double(s.staleEntries)},
                            {QStringLiteral("staleBytes"), double(s.staleBytes)},
                            {QStringLiteral("diskBytes"), double(s.diskBytes)}};
        out() << QJsonDocument(o).toJson();
        return Ok;
    }
    const QLocale c = QLocale::c();
    const auto average = [](std::int64_t bytes, std::int64_t n) { return n ? bytes / n : 0; };
    out() << tr("Thumbnail cache: %1 (format v%2)\n").arg(dir).arg(ThumbnailCache::kFormatVersion)
          << tr("Grid:     %1 (%2, %3 bytes each)\n")
                 .arg(s.gridEntries)
                 .arg(c.formattedDataSize(s.gridBytes))
                 .arg(average(s.gridBytes, s.gridEntries))
          << tr("Preview:  %1 (%2, %3 bytes each)\n")
                 .arg(s.previewEntries)
                 .arg(c.formattedDataSize(s.previewBytes))
                 .arg(average(s.previewBytes, s.previewEntries))
          << tr("Failed:   %1 files that gave no thumbnail (remembered with their reason)\n").arg(s.failures)
          << tr("Stale:    %1 (%2): old format versions, leftovers; 'cache prune' removes them\n")
                 .arg(s.staleEntries)
                 .arg(c.formattedDataSize(s.staleBytes))
          << tr("On disk:  %1\n").arg(c.formattedDataSize(s.diskBytes));
    return Ok;
}
} // namespace

int runCache(Catalog &catalog, const QStringList &args)
{
    const QString sub = args.value(0);
    ThumbnailCache cache(ThumbnailCache::defaultDirectory(catalog.path()));
    if (sub == QLatin1String("stats"))
        return printStats(cache, args.contains(QLatin1String("--json")));
    if (sub == QLatin1String("prune")) {
        QSet<QByteArray> live;
        const Status read = catalog.read([&] {
            for (QByteArray &f : ThumbnailSources(catalog).knownFingerprints())
                live.insert(std::move(f));
        });
        if (!read) {
            err() << read.error() << "\n";
            return CatalogError;
        }
        auto freed = cache.prune([&](const QByteArray &fingerprint) { return live.contains(fingerprint); });
        if (!freed) {
            err() << freed.error() << "\n";
            return CatalogError;
        }
        out() << tr("Pruned %1 of thumbnails no file in the catalog needs.\n")
                     .arg(QLocale::c().formattedDataSize(freed.value()));
        return Ok;
    }
    if (sub == QLatin1String("clear")) {
        if (const Status cleared = cache.clear(); !cleared) {
            err() << cleared.error() << "\n";
            return CatalogError;
        }
        out() << tr("Removed the thumbnail cache %1.\n").arg(nativepath::display(cache.directory()));
        return Ok;
    }
    err() << tr("Usage: tintype-cli cache stats [--json] | prune | clear\n");
    return UsageError;
}

} // namespace tintype::cli
