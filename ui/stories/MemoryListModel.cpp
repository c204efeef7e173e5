#include "MemoryListModel.h"

#include "AppServices.h"
#include "CatalogWorker.h"
#include "SlideshowSlides.h"
#include "TimelineModel.h"

#include "catalog/Catalog.h"
#include "catalog/TimelineQueries.h"
#include "stories/Stories.h"
#include "stories/ThumbnailSharpness.h"

#include <map>

namespace tintype {

MemoryListModel::MemoryListModel(QObject *parent) : ServicesListModel(parent) {}

int MemoryListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QHash<int, QByteArray> MemoryListModel::roleNames() const
{
    return {{KeyRole, "key"},      {TitleRole, "title"},         {KindRole, "kind"},
            {CoverRole, "cover"},  {ItemCountRole, "itemCount"}, {AssetIdsRole, "assetIds"},
            {SlidesRole, "slides"}};
}

QVariant MemoryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case KeyRole: return r.key;
    case TitleRole: return r.title;
    case KindRole: return r.kind;
    case CoverRole: return r.cover;
    case ItemCountRole: return int(r.assetIds.size());
    case AssetIdsRole: return r.assetIds;
    case SlidesRole: return r.slides;
    default: return {};
    }
}

void MemoryListModel::setDate(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    emit dateChanged();
    reload();
}

void MemoryListModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::libraryChanged, this, &MemoryListModel::reload);
    connect(&services, &AppServices::assetsRemoved, this, &MemoryListModel::reload);
    connect(&services, &AppServices::homesChanged, this, &MemoryListModel::reload);
    connect(&services, &AppServices::placesChanged, this, &MemoryListModel::reload); // trips' titles
}

void MemoryListModel::servicesReplaced() { reload(); }

void MemoryListModel::reload()
{
    if (!services())
        return;
    const int generation = ++m_generation;
    const QDate date = m_date;
    services()->catalog().run<std::vector<Row>>(
        [date, cache = &services()->cache()](Catalog &catalog) {
            // Best photos by sharpness too, measured on the grid thumbnails already made.
            ThumbnailSharpness sharpness(catalog, *cache, true);
            Stories::Options options;
            options.sharpness = [&sharpness](const StoryAsset &asset) { return sharpness(asset); };
            Stories stories(catalog, options);
            std::vector<Row> rows;
            if (!stories.load())
                return rows;
            const std::vector<Memory> memories = stories.memories(date);
            std::vector<std::int64_t> covers;
            for (const Memory &m : memories)
                covers.insert(covers.end(), m.reelAssetIds.begin(), m.reelAssetIds.end());
            std::map<std::int64_t, TimelineEntry> coverEntries;
            catalog.read([&] {
                for (const TimelineEntry &e : TimelineQueries(catalog).byIds(covers))
                    coverEntries.emplace(e.assetId, e);
            });
            for (const Memory &m : memories) {
                Row row{m.key, m.title, Memory::kindName(m.kind), {}, {}, {}};
                if (const auto cover = coverEntries.find(m.coverAssetId); cover != coverEntries.end())
                    row.cover = TimelineModel::thumbnailSource(cover->second, "grid");
                for (std::int64_t id : m.reelAssetIds)
                    row.assetIds.append(qint64(id));
                catalog.read([&] { row.slides = slideshowSlides(catalog, m.reelAssetIds, coverEntries); });
                rows.push_back(std::move(row));
            }
            return rows;
        },
        this,
        [this, generation](Result<std::vector<Row>> result) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_rows = result ? std::move(result.value()) : std::vector<Row>{};
            endResetModel();
            emit loaded();
        });
}

void MemoryListModel::dismiss(const QString &key)
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key) { // hidden at once; the catalog keeps it hidden
            beginRemoveRows({}, int(i), int(i));
            m_rows.erase(m_rows.begin() + std::ptrdiff_t(i));
            endRemoveRows();
            emit loaded();
            break;
        }
    if (!services())
        return;
    services()->catalog().run<bool>(
        [key](Catalog &catalog) {
            Stories stories(catalog);
            return bool(stories.dismissMemory(key));
        },
        this, {});
}

} // namespace tintype
