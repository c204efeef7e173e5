#include "Commands.h"
#include "Output.h"

#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/RootRepository.h"
#include "library/Library.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tintype::cli {

int runStats(Catalog &catalog, const QStringList &args)
{
    FileRepository::Counts files;
    std::int64_t assets = 0, roots = 0, offline = 0;
    const Status status = catalog.read([&] {
        files = FileRepository(catalog).counts();
        assets = AssetRepository(catalog).count();
        for (const RootRecord &r : RootRepository(catalog).all()) {
            ++roots;
            offline += r.online ? 0 : 1;
        }
    });
    if (!status) {
        err() << status.error() << "\n";
        return CatalogError;
    }
    const qint64 catalogBytes =
        QFileInfo(catalog.path()).size() + QFileInfo(catalog.path() + QStringLiteral("-wal")).size();
    if (args.contains(QLatin1String("--json"))) {
        const QJsonObject o{{QStringLiteral("catalog"), catalog.path()},
                            {QStringLiteral("catalogBytes"), double(catalogBytes)},
                            {QStringLiteral("roots"), double(roots)},
                            {QStringLiteral("offlineRoots"), double(offline)},
                            {QStringLiteral("assets"), double(assets)},
                            {QStringLiteral("files"), double(files.files)},
                            {QStringLiteral("missingFiles"), double(files.missing)},
                            {QStringLiteral("unreadableFiles"), double(files.failed)},
                            {QStringLiteral("hashedFiles"), double(files.hashed)},
                            {QStringLiteral("bytes"), double(files.bytes)}};
        out() << QJsonDocument(o).toJson();
        return Ok;
    }
    const QLocale c = QLocale::c();
    out() << QCoreApplication::translate("stats",
                                         "Catalog:      %1 (%2)\nFolders:      %3 (%4 offline)\nAssets:       %5\n"
                                         "Files:        %6 (%7), %8 missing, %9 unreadable, %10 hashed\n")
                 .arg(catalog.path(), c.formattedDataSize(catalogBytes))
                 .arg(roots)
                 .arg(offline)
                 .arg(assets)
                 .arg(files.files)
                 .arg(c.formattedDataSize(files.bytes))
                 .arg(files.missing)
                 .arg(files.failed)
                 .arg(files.hashed);
    return Ok;
}

int runPurge(Catalog &catalog, const QStringList &args)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("purge", text); };
    FileRepository::Counts files;
    const Status status = catalog.read([&] { files = FileRepository(catalog).counts(); });
    if (!status) {
        err() << status.error() << "\n";
        return CatalogError;
    }
    if (!args.contains(QLatin1String("--yes"))) {
        out() << tr("%1 files are marked missing. Files of offline folders are never purged.\n"
                    "Run 'tintype-cli purge --yes' to forget the missing files of online folders.\n")
                     .arg(files.missing);
        return Ok;
    }
    auto removed = Library(catalog).purgeMissing();
    if (!removed) {
        err() << removed.error() << "\n";
        return CatalogError;
    }
    out() << tr("Forgot %1 missing files.\n").arg(removed.value());
    return Ok;
}

} // namespace tintype::cli
