#include "ThingListModel.h"

#include "AppServices.h"
#include "CatalogWorker.h"
#include "TimelineModel.h"

#include "catalog/Catalog.h"
#include "catalog/ThingRepository.h"
#include "things/ThingLabels.h"
#include "things/ThingModels.h"

#include <unordered_map>

namespace tintype {

ThingListModel::ThingListModel(QObject *parent) : ServicesListModel(parent) {}

bool ThingListModel::modelInstalled() const { return ThingModels::present(ThingModels::directory()); }

std::vector<ThingListModel::Tile> ThingListModel::read(Catalog &catalog)
{
    std::vector<Tile> tiles;
    std::vector<std::int64_t> ids;
    for (const ThingRepository::LabelCount &c : ThingRepository(catalog).labelCounts()) {
        TimelineEntry cover;
        cover.assetId = c.coverAssetId;
        tiles.push_back({c.label, c.assets, cover});
        ids.push_back(c.coverAssetId);
    }
    // The covers' thumbnails.
    std::unordered_map<std::int64_t, TimelineEntry> entries;
    for (TimelineEntry &e : TimelineModel::withEditedShapes(catalog, TimelineQueries(catalog).byIds(ids)))
        entries.emplace(e.assetId, std::move(e));
    for (Tile &t : tiles) {
        const auto found = entries.find(t.cover->assetId);
        if (found == entries.end())
            t.cover.reset();
        else
            t.cover = found->second;
    }
    return tiles;
}

int ThingListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_tiles.size()); }

QHash<int, QByteArray> ThingListModel::roleNames() const
{
    return {{CodeRole, "code"},         {CityRole, "city"},           {NameRole, "name"},
            {SubtitleRole, "subtitle"}, {ItemCountRole, "itemCount"}, {CoverRole, "cover"}};
}

QVariant ThingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_tiles.size()))
        return {};
    const Tile &t = m_tiles[size_t(index.row())];
    switch (role) {
    case CodeRole: return t.label;
    case CityRole: return QString();
    case NameRole: {
        const QString name = ThingLabels::displayName(t.label);
        return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
    }
    case SubtitleRole: return QString();
    case ItemCountRole: return qint64(t.itemCount);
    case CoverRole: return t.cover ? TimelineModel::thumbnailSource(*t.cover, "grid") : QString();
    default: return {};
    }
}

void ThingListModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::thingsChanged, this, &ThingListModel::reload);
    connect(&services, &AppServices::libraryChanged, this, &ThingListModel::reload);
    connect(&services, &AppServices::assetsRemoved, this, &ThingListModel::reload);
}

void ThingListModel::servicesReplaced() { reload(); }

void ThingListModel::reload()
{
    if (!services())
        return;
    const int generation = ++m_generation;
    m_loading = true;
    emit loadingChanged();
    services()->catalog().read<std::vector<Tile>>([](Catalog &catalog) { return read(catalog); }, this,
                                                  [this, generation](Result<std::vector<Tile>> result) {
                                                      if (generation != m_generation)
                                                          return;
                                                      m_loading = false;
                                                      beginResetModel();
                                                      m_tiles =
                                                          result ? std::move(result.value()) : std::vector<Tile>{};
                                                      endResetModel();
                                                      emit loadingChanged();
                                                      emit loaded();
                                                  });
}

} // namespace tintype
