#include "MapClusterModel.h"

#include "CatalogWorker.h"
#include "MapProjection.h"
#include "TimelineModel.h"

#include "catalog/Catalog.h"
#include "catalog/PlaceRepository.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tintype {

MapClusterModel::MapClusterModel(QObject *parent) : ServicesListModel(parent) {}

int MapClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clusters.clusters().size());
}

QHash<int, QByteArray> MapClusterModel::roleNames() const
{
    return {{WorldXRole, "worldX"},
            {WorldYRole, "worldY"},
            {CountRole, "count"},
            {SourceRole, "source"},
            {AssetIdRole, "assetId"}};
}

QVariant MapClusterModel::data(const QModelIndex &index, int role) const
{
    const auto &clusters = m_clusters.clusters();
    if (!index.isValid() || index.row() >= int(clusters.size()))
        return {};
    const PhotoClusters::Cluster &c = clusters[size_t(index.row())];
    switch (role) {
    case WorldXRole: return c.x;
    case WorldYRole: return c.y;
    case CountRole: return c.count;
    case SourceRole: return TimelineModel::thumbnailSource(m_photos[size_t(c.cover)].entry, "grid");
    case AssetIdRole: return qint64(m_photos[size_t(c.cover)].assetId);
    default: return {};
    }
}

void MapClusterModel::setLevel(int level)
{
    if (level == m_level)
        return;
    m_level = level;
    emit levelChanged();
    regroup();
}

void MapClusterModel::regroup()
{
    beginResetModel();
    m_clusters.update(m_level);
    endResetModel();
}

void MapClusterModel::setPhotos(std::vector<Photo> photos)
{
    m_photos = std::move(photos);
    std::vector<QPointF> points;
    points.reserve(m_photos.size());
    double left = 1, top = 1, right = 0, bottom = 0;
    for (const Photo &p : m_photos) {
        const QPointF w = mapprojection::toWorld(p.latitude, p.longitude);
        points.push_back(w);
        left = std::min(left, w.x());
        right = std::max(right, w.x());
        top = std::min(top, w.y());
        bottom = std::max(bottom, w.y());
    }
    m_extent = m_photos.empty() ? QRectF() : QRectF(QPointF(left, top), QPointF(right, bottom));
    beginResetModel();
    m_clusters.setPhotos(std::move(points));
    m_clusters.update(m_level);
    endResetModel();
    emit loaded();
}

std::vector<MapClusterModel::Photo> MapClusterModel::read(Catalog &catalog)
{
    std::unordered_map<std::int64_t, std::pair<double, double>> positions;
    for (const AssetPosition &p : PlaceRepository(catalog).positions()) {
        // A position no place on Earth has (a broken GPS tag) is not drawn.
        if (std::isfinite(p.latitude) && std::isfinite(p.longitude) && std::abs(p.latitude) <= 90 &&
            std::abs(p.longitude) <= 180)
            positions.emplace(p.assetId, std::make_pair(p.latitude, p.longitude));
    }
    std::vector<Photo> out;
    if (positions.empty())
        return out;
    TimelineQueries::Scope scope;
    for (TimelineEntry &e : TimelineQueries(catalog).entries(scope)) {
        const auto it = positions.find(e.assetId);
        if (it == positions.end())
            continue;
        out.push_back({e.assetId, it->second.first, it->second.second, std::move(e)});
    }
    return out;
}

void MapClusterModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::libraryChanged, this, &MapClusterModel::reload);
    connect(&services, &AppServices::assetsChanged, this, &MapClusterModel::reload);
    connect(&services, &AppServices::assetsRemoved, this, &MapClusterModel::reload);
    connect(&services, &AppServices::placesChanged, this, &MapClusterModel::reload);
}

void MapClusterModel::servicesReplaced() { reload(); }

void MapClusterModel::reload()
{
    if (!services())
        return;
    const int generation = ++m_generation;
    m_loading = true;
    emit loadingChanged();
    services()->catalog().read<std::vector<Photo>>([](Catalog &catalog) { return read(catalog); }, this,
                                                   [this, generation](Result<std::vector<Photo>> result) {
                                                       if (generation != m_generation)
                                                           return;
                                                       m_loading = false;
                                                       if (result)
                                                           setPhotos(std::move(result.value()));
                                                       emit loadingChanged();
                                                   });
}

int MapClusterModel::clusterAt(double worldX, double worldY, double radius) const
{
    return m_clusters.clusterAt(QPointF(worldX, worldY), radius);
}

QVariantList MapClusterModel::assetIdsOf(int row) const
{
    QVariantList ids;
    for (int i : m_clusters.members(row))
        ids.append(qint64(m_photos[size_t(i)].assetId));
    return ids;
}

QVariantList MapClusterModel::assetIdsIn(double left, double top, double right, double bottom) const
{
    QVariantList ids;
    // A box across the date line: its points a world east too.
    const QRectF box = QRectF(QPointF(left, top), QPointF(right, bottom)).normalized();
    for (int shift : {-1, 0, 1}) {
        for (int i : m_clusters.photosIn(box.translated(shift, 0)))
            ids.append(qint64(m_photos[size_t(i)].assetId));
    }
    return ids;
}

} // namespace tintype
