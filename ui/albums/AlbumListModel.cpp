#include "AlbumListModel.h"

#include "CatalogWorker.h"
#include "TimelineModel.h"

#include "catalog/AlbumRepository.h"
#include "catalog/Catalog.h"

#include <algorithm>

namespace tintype {

AlbumListModel::AlbumListModel(QObject *parent) : ServicesListModel(parent) {}

std::vector<AlbumListModel::Album> AlbumListModel::read(Catalog &catalog)
{
    std::vector<Album> out;
    TimelineQueries queries(catalog);
    for (const AlbumRecord &record : AlbumRepository(catalog).all()) {
        Album album;
        album.id = record.id;
        album.name = record.name;
        album.origin = record.origin;
        TimelineQueries::Scope scope;
        scope.kind = TimelineQueries::Scope::Kind::Album;
        scope.albumId = record.id;
        // What opening the album shows: photos whose files are gone are not counted.
        const std::vector<TimelineEntry> entries = queries.entries(scope);
        album.itemCount = int(entries.size());
        if (!entries.empty()) {
            auto first = std::find_if(entries.begin(), entries.end(), [&](const TimelineEntry &e) {
                return record.coverAssetId && e.assetId == *record.coverAssetId;
            });
            album.cover = first != entries.end() ? *first : entries.front();
        }
        out.push_back(std::move(album));
    }
    return out;
}

int AlbumListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_albums.size()); }

QHash<int, QByteArray> AlbumListModel::roleNames() const
{
    return {{AlbumIdRole, "albumId"},
            {NameRole, "name"},
            {ItemCountRole, "itemCount"},
            {CoverRole, "cover"},
            {OriginRole, "origin"}};
}

QVariant AlbumListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_albums.size()))
        return {};
    const Album &a = m_albums[size_t(index.row())];
    switch (role) {
    case AlbumIdRole: return qint64(a.id);
    case NameRole: return a.name;
    case ItemCountRole: return a.itemCount;
    case CoverRole: return a.cover ? TimelineModel::thumbnailSource(*a.cover, "grid") : QString();
    case OriginRole: return a.origin;
    default: return {};
    }
}

void AlbumListModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::albumsChanged, this, &AlbumListModel::reload);
    connect(&services, &AppServices::libraryChanged, this, &AlbumListModel::reload);
    connect(&services, &AppServices::assetsRemoved, this, &AlbumListModel::reload);
    connect(&services, &AppServices::assetsChanged, this, &AlbumListModel::reload); // a rotated cover
}

void AlbumListModel::servicesReplaced() { reload(); }

void AlbumListModel::reload()
{
    if (!services())
        return;
    const int generation = ++m_generation;
    m_loading = true;
    emit loadingChanged();
    services()->catalog().read<std::vector<Album>>([](Catalog &catalog) { return read(catalog); }, this,
                                                   [this, generation](Result<std::vector<Album>> result) {
                                                       if (generation != m_generation)
                                                           return; // a newer load is on its way
                                                       m_loading = false;
                                                       m_error = result ? QString() : result.error();
                                                       beginResetModel();
                                                       m_albums =
                                                           result ? std::move(result.value()) : std::vector<Album>{};
                                                       endResetModel();
                                                       emit loadingChanged();
                                                       emit loaded();
                                                   });
}

int AlbumListModel::rowOfAlbum(qint64 albumId) const
{
    for (size_t i = 0; i < m_albums.size(); ++i)
        if (m_albums[i].id == albumId)
            return int(i);
    return -1;
}

QString AlbumListModel::nameOf(qint64 albumId) const
{
    const int row = rowOfAlbum(albumId);
    return row < 0 ? QString() : m_albums[size_t(row)].name;
}

} // namespace tintype
