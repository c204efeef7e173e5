#include "AlbumActions.h"

#include "AssetActions.h"
#include "CatalogWorker.h"

#include "catalog/AlbumRepository.h"
#include "catalog/Catalog.h"

#include <QDateTime>

namespace tintype {

AlbumActions::AlbumActions(QObject *parent) : ServicesClient(parent) {}

QString AlbumActions::cleanName(const QString &name) { return name.simplified(); }

void AlbumActions::announce(const QString &message)
{
    if (services())
        services()->actions()->announce(message);
}

void AlbumActions::createAlbum(const QString &name, const QList<qint64> &assetIds)
{
    const QString clean = cleanName(name);
    if (!services())
        return;
    if (clean.isEmpty()) {
        announce(tr("An album needs a name"));
        emit finished(false);
        return;
    }
    services()->catalog().write<std::int64_t>(
        [clean, assetIds](Catalog &c) {
            AlbumRepository albums(c);
            const std::int64_t id = albums.create(clean, {}, QDateTime::currentSecsSinceEpoch());
            for (qint64 asset : assetIds)
                albums.addItem(id, asset);
            return id;
        },
        this,
        [this, clean, assetIds](Result<std::int64_t> r) {
            if (r) {
                announce(tr("Made the album “%1” with %n item(s)", nullptr, int(assetIds.size())).arg(clean));
                emit services()->albumsChanged();
                emit albumCreated(r.value(), clean);
            } else {
                announce(tr("Could not make the album: %1").arg(r.error()));
            }
            emit finished(bool(r));
        });
}

void AlbumActions::addToAlbum(qint64 albumId, const QList<qint64> &assetIds)
{
    if (!services() || assetIds.isEmpty())
        return;
    struct Outcome {
        bool found = false;
        QString name;
    };
    services()->catalog().write<Outcome>(
        [albumId, assetIds](Catalog &c) {
            AlbumRepository albums(c);
            const auto album = albums.byId(albumId);
            if (!album)
                return Outcome{};
            for (qint64 asset : assetIds)
                albums.addItem(albumId, asset); // one already in the album stays where it is
            return Outcome{true, album->name};
        },
        this,
        [this, assetIds](Result<Outcome> r) {
            const bool ok = r && r->found;
            if (ok)
                announce(tr("Added %n item(s) to “%1”", nullptr, int(assetIds.size())).arg(r->name));
            else
                announce(r ? tr("That album no longer exists") : tr("Could not add to the album: %1").arg(r.error()));
            if (ok)
                emit services()->albumsChanged();
            emit finished(ok);
        });
}

void AlbumActions::renameAlbum(qint64 albumId, const QString &name)
{
    const QString clean = cleanName(name);
    if (!services())
        return;
    if (clean.isEmpty()) {
        announce(tr("An album needs a name"));
        emit finished(false);
        return;
    }
    services()->catalog().write<bool>(
        [albumId, clean](Catalog &c) {
            AlbumRepository albums(c);
            if (!albums.byId(albumId))
                return false;
            albums.rename(albumId, clean);
            return true;
        },
        this,
        [this, clean](Result<bool> r) {
            const bool ok = r && r.value();
            announce(ok  ? tr("Renamed the album to “%1”").arg(clean)
                     : r ? tr("That album no longer exists")
                         : tr("Could not rename the album: %1").arg(r.error()));
            if (ok)
                emit services()->albumsChanged();
            emit finished(ok);
        });
}

void AlbumActions::deleteAlbum(qint64 albumId)
{
    if (!services())
        return;
    services()->catalog().write<QString>(
        [albumId](Catalog &c) {
            AlbumRepository albums(c);
            const auto album = albums.byId(albumId);
            if (!album)
                return QString();
            albums.remove(albumId); // the album and its item list; the photos stay
            return album->name;
        },
        this,
        [this](Result<QString> r) {
            const bool ok = r && !r->isNull();
            announce(ok  ? tr("Deleted the album “%1”; its photos are still in your library").arg(r.value())
                     : r ? tr("That album no longer exists")
                         : tr("Could not delete the album: %1").arg(r.error()));
            if (ok)
                emit services()->albumsChanged();
            emit finished(ok);
        });
}

void AlbumActions::removeFromAlbum(qint64 albumId, const QList<qint64> &assetIds)
{
    if (!services() || assetIds.isEmpty())
        return;
    using Positions = std::vector<std::pair<std::int64_t, std::int64_t>>; // asset, position
    services()->catalog().write<Positions>(
        [albumId, assetIds](Catalog &c) {
            AlbumRepository albums(c);
            Positions removed;
            for (qint64 asset : assetIds)
                if (const auto position = albums.positionOf(albumId, asset)) {
                    albums.removeItem(albumId, asset);
                    removed.emplace_back(asset, *position);
                }
            return removed;
        },
        this,
        [this, albumId, assetIds](Result<Positions> r) {
            if (!r) {
                announce(tr("Could not remove from the album: %1").arg(r.error()));
                emit finished(false);
                return;
            }
            // Undo puts them back where they stood (the first one is the cover).
            services()->actions()->announce(tr("Removed %n item(s) from the album", nullptr, int(assetIds.size())),
                                            [this, albumId, removed = r.value()] { putBack(albumId, removed); });
            emit services()->albumsChanged();
            emit finished(true);
        });
}

void AlbumActions::putBack(qint64 albumId, const std::vector<std::pair<std::int64_t, std::int64_t>> &items)
{
    services()->catalog().write<bool>(
        [albumId, items](Catalog &c) {
            AlbumRepository albums(c);
            if (!albums.byId(albumId))
                return false;
            for (const auto &[asset, position] : items)
                albums.addItemAt(albumId, asset, position);
            return true;
        },
        this,
        [this, n = int(items.size())](Result<bool> r) {
            const bool ok = r && r.value();
            announce(ok  ? tr("Put %n item(s) back in the album", nullptr, n)
                     : r ? tr("That album no longer exists")
                         : tr("Could not put the photos back: %1").arg(r.error()));
            if (ok)
                emit services()->albumsChanged();
            emit finished(ok);
        });
}

} // namespace tintype
