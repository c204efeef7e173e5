#include "TripListModel.h"

#include "AppServices.h"
#include "CatalogWorker.h"
#include "SlideshowSlides.h"
#include "TimelineModel.h"

#include "catalog/Catalog.h"
#include "catalog/TimelineQueries.h"
#include "stories/Stories.h"
#include "stories/ThumbnailSharpness.h"

#include <QLocale>

#include <map>

namespace tintype {

namespace {
// Every trip, newest first, with its cover's thumbnail.
std::vector<TripListModel::Row> rowsOf(Catalog &catalog, const Stories &stories, bool showHidden)
{
    std::vector<std::int64_t> covers;
    for (const Trip &t : stories.trips()) {
        covers.push_back(t.coverAssetId);
        covers.insert(covers.end(), t.reelAssetIds.begin(), t.reelAssetIds.end());
    }
    std::map<std::int64_t, TimelineEntry> coverEntries;
    catalog.read([&] {
        for (const TimelineEntry &e : TimelineQueries(catalog).byIds(covers))
            coverEntries.emplace(e.assetId, e);
    });
    const QLocale locale;
    std::vector<TripListModel::Row> rows;
    for (auto t = stories.trips().rbegin(); t != stories.trips().rend(); ++t) {
        if (t->hidden && !showHidden)
            continue;
        TripListModel::Row row;
        row.key = t->key;
        row.title = t->title;
        row.dates = t->start == t->end ? locale.toString(t->start, QLocale::ShortFormat)
                                       : QStringLiteral("%1 – %2").arg(locale.toString(t->start, QLocale::ShortFormat),
                                                                       locale.toString(t->end, QLocale::ShortFormat));
        row.itemCount = int(t->assetIds.size());
        row.places = t->places.join(QStringLiteral(", "));
        for (std::int64_t id : t->assetIds)
            row.assetIds << qint64(id);
        row.hidden = t->hidden;
        row.albumId = t->albumId;
        if (const auto cover = coverEntries.find(t->coverAssetId); cover != coverEntries.end())
            row.cover = TimelineModel::thumbnailSource(cover->second, "grid");
        catalog.read([&] { row.slides = slideshowSlides(catalog, t->reelAssetIds, coverEntries); });
        for (std::int64_t id : t->reelAssetIds)
            if (coverEntries.count(id))
                row.bestAssetIds << qint64(id);
        rows.push_back(std::move(row));
    }
    return rows;
}
} // namespace

TripListModel::TripListModel(QObject *parent) : ServicesListModel(parent) {}

int TripListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QHash<int, QByteArray> TripListModel::roleNames() const
{
    return {{KeyRole, "key"},
            {TitleRole, "title"},
            {DatesRole, "dates"},
            {ItemCountRole, "itemCount"},
            {CoverRole, "cover"},
            {HiddenRole, "hidden"},
            {AlbumIdRole, "albumId"},
            {SlidesRole, "slides"},
            {BestAssetIdsRole, "bestAssetIds"},
            {PlacesRole, "places"},
            {AssetIdsRole, "assetIds"}};
}

QVariantMap TripListModel::trip(const QString &key) const
{
    QVariantMap out;
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[std::size_t(row)].key == key) {
            const QHash<int, QByteArray> roles = roleNames();
            for (auto role = roles.begin(); role != roles.end(); ++role)
                out.insert(QString::fromLatin1(role.value()), data(index(row), role.key()));
        }
    return out;
}

QVariant TripListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case KeyRole: return r.key;
    case TitleRole: return r.title;
    case DatesRole: return r.dates;
    case ItemCountRole: return r.itemCount;
    case CoverRole: return r.cover;
    case HiddenRole: return r.hidden;
    case AlbumIdRole: return r.albumId;
    case SlidesRole: return r.slides;
    case BestAssetIdsRole: return r.bestAssetIds;
    case PlacesRole: return r.places;
    case AssetIdsRole: return r.assetIds;
    default: return {};
    }
}

void TripListModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    emit showHiddenChanged();
    reload();
}

void TripListModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::libraryChanged, this, &TripListModel::reload);
    connect(&services, &AppServices::placesChanged, this, &TripListModel::reload);
    connect(&services, &AppServices::homesChanged, this, &TripListModel::reload);
    connect(&services, &AppServices::assetsRemoved, this, &TripListModel::reload);
}

void TripListModel::servicesReplaced() { reload(); }

void TripListModel::show(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit loaded();
}

void TripListModel::reload() { change({}); }

void TripListModel::change(std::function<Change(Stories &)> work, bool albumsChanged)
{
    if (!services())
        return;
    const int generation = ++m_generation;
    const bool showHidden = m_showHidden;
    struct Outcome {
        std::vector<Row> rows;
        QString error;
        Change made;
    };
    services()->catalog().run<Outcome>(
        [work, showHidden, cache = &services()->cache()](Catalog &catalog) {
            // Best photos by sharpness too, measured on the grid thumbnails already made.
            ThumbnailSharpness sharpness(catalog, *cache, true);
            Stories::Options options;
            options.sharpness = [&sharpness](const StoryAsset &asset) { return sharpness(asset); };
            Stories stories(catalog, options);
            Outcome outcome;
            if (const Status loaded = stories.load(); !loaded) {
                outcome.error = loaded.error();
                return outcome;
            }
            if (work) {
                outcome.made = work(stories);
                outcome.error = outcome.made.error;
            }
            outcome.rows = rowsOf(catalog, stories, showHidden);
            return outcome;
        },
        this,
        [this, generation, albumsChanged](Result<Outcome> result) {
            const QString error = result ? result.value().error : result.error();
            if (!error.isEmpty())
                emit failed(error);
            if (albumsChanged && services())
                emit services()->albumsChanged();
            if (result && result.value().made.albumId)
                emit albumReady(result.value().made.albumId, result.value().made.albumName);
            if (result && generation == m_generation)
                show(std::move(result.value().rows));
        });
}

void TripListModel::rename(const QString &key, const QString &title)
{
    change([key, title](Stories &s) {
        const Status status = s.renameTrip(key, title);
        return Change{status ? QString() : status.error(), 0, {}};
    });
}

void TripListModel::setHidden(const QString &key, bool hidden)
{
    change([key, hidden](Stories &s) {
        const Status status = s.hideTrip(key, hidden);
        return Change{status ? QString() : status.error(), 0, {}};
    });
}

void TripListModel::merge(const QString &keyA, const QString &keyB)
{
    change([keyA, keyB](Stories &s) {
        const Status status = s.mergeTrips(keyA, keyB);
        return Change{status ? QString() : status.error(), 0, {}};
    });
}

void TripListModel::toAlbum(const QString &key)
{
    change(
        [key](Stories &s) {
            const Result<std::int64_t> album = s.tripToAlbum(key);
            if (!album)
                return Change{album.error(), 0, {}};
            const Trip *trip = s.trip(key);
            return Change{QString(), album.value(), trip ? trip->title : QString()};
        },
        true);
}

} // namespace tintype
