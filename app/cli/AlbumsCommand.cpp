#include "Commands.h"
#include "Output.h"

#include "catalog/AlbumRepository.h"
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("albums", text); }

const char *const kUsage = "Usage: tintype-cli albums [list] [--json]\n"
                           "       tintype-cli albums create NAME [ASSET_ID...]\n"
                           "       tintype-cli albums add ALBUM_ID ASSET_ID...\n"
                           "       tintype-cli albums rename ALBUM_ID NAME\n"
                           "       tintype-cli albums delete ALBUM_ID   (the album only; its photos stay)\n"
                           "Asset ids are those of 'tintype-cli ls --json'.\n";

int usage()
{
    err() << tr(kUsage);
    return UsageError;
}

// Whole positive numbers, or nullopt (with a message naming the bad one).
std::optional<std::vector<std::int64_t>> ids(const QStringList &args)
{
    std::vector<std::int64_t> out;
    for (const QString &a : args) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0) {
            err() << tr("Not an id: %1\n").arg(a);
            return std::nullopt;
        }
        out.push_back(id);
    }
    return out;
}

int listAlbums(Catalog &catalog, bool json)
{
    std::vector<AlbumRecord> albums;
    const Status status = catalog.read([&] { albums = AlbumRepository(catalog).all(); });
    if (!status) {
        err() << status.error() << "\n";
        return CatalogError;
    }
    if (json) {
        QJsonArray array;
        for (const AlbumRecord &a : albums)
            array.append(QJsonObject{{QStringLiteral("id"), double(a.id)},
                                     {QStringLiteral("name"), a.name},
                                     {QStringLiteral("origin"), a.origin},
                                     {QStringLiteral("items"), double(a.itemCount)}});
        out() << QJsonDocument(array).toJson();
        return Ok;
    }
    if (albums.empty())
        out() << tr("No albums yet.\n");
    for (const AlbumRecord &a : albums)
        out() << QStringLiteral("%1  %2  %3\n").arg(a.id, 4).arg(a.itemCount, 6).arg(a.name);
    return Ok;
}

// Adds the assets to the album (creating it first when albumId is 0); the
// album's id, or a message when an id names no album or asset.
Result<std::int64_t> fill(Catalog &catalog, std::int64_t albumId, const QString &name,
                          const std::vector<std::int64_t> &assetIds)
{
    QString problem;
    std::int64_t id = albumId;
    const Status status = catalog.write([&] {
        AlbumRepository albums(catalog);
        AssetRepository assets(catalog);
        if (id != 0 && !albums.byId(id)) {
            problem = tr("No album with id %1").arg(id);
            return;
        }
        for (std::int64_t asset : assetIds)
            if (!assets.byId(asset)) {
                problem = tr("No asset with id %1").arg(asset);
                return;
            }
        if (id == 0)
            id = albums.create(name, {}, QDateTime::currentSecsSinceEpoch());
        for (std::int64_t asset : assetIds)
            albums.addItem(id, asset);
    });
    if (!status)
        return Result<std::int64_t>::failure(status.error());
    if (!problem.isEmpty())
        return Result<std::int64_t>::failure(problem);
    return id;
}
} // namespace

int runAlbums(Catalog &catalog, const QStringList &args)
{
    const QString action = args.value(0);
    if (action.isEmpty() || action == QLatin1String("list") || action == QLatin1String("--json"))
        return listAlbums(catalog, args.contains(QLatin1String("--json")));

    if (action == QLatin1String("create") && args.size() >= 2) {
        const QString name = args[1].simplified();
        const auto assetIds = ids(args.mid(2));
        if (name.isEmpty() || !assetIds)
            return usage();
        const auto id = fill(catalog, 0, name, *assetIds);
        if (!id) {
            err() << id.error() << "\n";
            return UsageError;
        }
        out() << tr("Made the album %1 (id %2) with %3 item(s).\n").arg(name).arg(id.value()).arg(assetIds->size());
        return Ok;
    }
    if (action == QLatin1String("add") && args.size() >= 3) {
        const auto albumId = ids(args.mid(1, 1));
        const auto assetIds = ids(args.mid(2));
        if (!albumId || !assetIds)
            return usage();
        const auto id = fill(catalog, albumId->front(), {}, *assetIds);
        if (!id) {
            err() << id.error() << "\n";
            return UsageError;
        }
        out() << tr("Added %1 item(s) to album %2.\n").arg(assetIds->size()).arg(id.value());
        return Ok;
    }
    if ((action == QLatin1String("rename") && args.size() == 3) ||
        (action == QLatin1String("delete") && args.size() == 2)) {
        const auto albumId = ids(args.mid(1, 1));
        const QString name = args.value(2).simplified();
        if (!albumId || (action == QLatin1String("rename") && name.isEmpty()))
            return usage();
        bool found = false;
        const Status status = catalog.write([&] {
            AlbumRepository albums(catalog);
            found = albums.byId(albumId->front()).has_value();
            if (found && action == QLatin1String("rename"))
                albums.rename(albumId->front(), name);
            else if (found)
                albums.remove(albumId->front());
        });
        if (!status) {
            err() << status.error() << "\n";
            return CatalogError;
        }
        if (!found) {
            err() << tr("No album with id %1\n").arg(albumId->front());
            return UsageError;
        }
        out() << (action == QLatin1String("rename") ? tr("Renamed album %1.\n")
                                                    : tr("Deleted album %1; its photos stay.\n"))
                     .arg(albumId->front());
        return Ok;
    }
    return usage();
}

} // namespace tintype::cli
