#include "TimelineModel.h"

#include "AppServices.h"
#include "CatalogWorker.h"

#include "catalog/Catalog.h"
#include "catalog/EditRepository.h"
#include "edit/EditedShape.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tintype {

namespace {
constexpr int kFirstScreen = 300; // photos shown before the whole timeline is read
} // namespace

TimelineModel::TimelineModel(QObject *parent) : ServicesListModel(parent) {}

int TimelineModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{KindRole, "rowKind"}, {TitleRole, "title"},      {SubtitleRole, "subtitle"}, {RowHeightRole, "rowHeight"},
            {ItemsRole, "items"},  {FirstRole, "firstIndex"}, {CountRole, "itemCount"}};
}

QString TimelineModel::thumbnailSource(const TimelineEntry &e, const char *kind)
{
    const QString source = QStringLiteral("image://thumb/%1/%2/%3/%4")
                               .arg(QLatin1String(kind))
                               .arg(e.fileId)
                               .arg(QString::fromLatin1(e.fingerprint.toHex()))
                               .arg(e.userRotation);
    // An edited photo: its edit too, so a new edit (or a revert) is a new image.
    return e.editFingerprint.isEmpty()
               ? source
               : source + QLatin1Char('/') + QString::fromLatin1(e.editFingerprint.toByteArray());
}

QString TimelineModel::headerTitle(const TimelineLayout::Row &row) const
{
    const QLocale locale;
    if (!row.date.isValid())
        return tr("Date unknown");
    if (row.kind == TimelineLayout::Row::Kind::MinorHeader) {
        const QString day = locale.toString(row.date, tr("ddd, d MMM", "day header"));
        const QString places = m_dayPlaces.text(m_entries, row.first, row.count);
        return places.isEmpty() ? day : tr("%1 · %2", "day header: date · places").arg(day, places);
    }
    if (m_density == Density::Year)
        return QString::number(row.date.year());
    return locale.toString(row.date, tr("MMMM yyyy", "month header"));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const TimelineLayout::Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case KindRole:
        return row.kind == TimelineLayout::Row::Kind::Photos        ? QStringLiteral("photos")
               : row.kind == TimelineLayout::Row::Kind::MajorHeader ? QStringLiteral("major")
                                                                    : QStringLiteral("minor");
    case TitleRole: return row.kind == TimelineLayout::Row::Kind::Photos ? QString() : headerTitle(row);
    case SubtitleRole:
        return row.kind == TimelineLayout::Row::Kind::Photos ? QString() : tr("%n item(s)", nullptr, row.count);
    case RowHeightRole: return row.height;
    case FirstRole: return row.first;
    case CountRole: return row.count;
    case ItemsRole: {
        QVariantList items;
        if (row.kind != TimelineLayout::Row::Kind::Photos)
            return items;
        items.reserve(row.count);
        for (int i = 0; i < row.count; ++i) {
            const TimelineEntry &e = m_entries[size_t(row.first) + size_t(i)];
            items.append(QVariantMap{{QStringLiteral("index"), row.first + i},
                                     {QStringLiteral("assetId"), qint64(e.assetId)},
                                     {QStringLiteral("x"), m_tileX[size_t(row.first) + size_t(i)]},
                                     {QStringLiteral("w"), m_tileWidth[size_t(row.first) + size_t(i)]},
                                     {QStringLiteral("source"), thumbnailSource(e, "grid")},
                                     {QStringLiteral("favorite"), e.favorite},
                                     {QStringLiteral("video"), e.kind == MediaKind::Video},
                                     {QStringLiteral("motion"), e.moving},
                                     {QStringLiteral("stack"), e.stackCount},
                                     {QStringLiteral("available"), e.available},
                                     {QStringLiteral("damaged"), e.damaged},
                                     {QStringLiteral("fresh"), e.fresh}});
        }
        return items;
    }
    default: return {};
    }
}

void TimelineModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::libraryChanged, this, &TimelineModel::reload);
    connect(&services, &AppServices::assetsChanged, this, &TimelineModel::applyChanged);
    connect(&services, &AppServices::assetsRemoved, this, [this](const QList<qint64> &ids) {
        if (m_scope == Scope::Trash)
            reload(); // they arrive here
        else
            applyRemoved(ids);
    });
    connect(&services, &AppServices::placesChanged, this, [this] { loadDayPlaces(m_generation); });
    connect(&services, &AppServices::albumsChanged, this, [this] {
        if (m_scope == Scope::Album)
            reload(); // photos joined or left the open album
    });
}

void TimelineModel::servicesReplaced() { reload(); }

void TimelineModel::setScope(Scope scope)
{
    if (m_scope == scope)
        return;
    m_scope = scope;
    emit scopeChanged();
    reload();
}

void TimelineModel::setFolderRootId(qint64 id)
{
    if (m_folderRootId == id)
        return;
    m_folderRootId = id;
    emit scopeChanged();
    if (m_scope == Scope::Folder)
        reload();
}

void TimelineModel::setFolderKey(const QString &key)
{
    if (m_folderKey == key)
        return;
    m_folderKey = key;
    emit scopeChanged();
    if (m_scope == Scope::Folder)
        reload();
}

QVariantList TimelineModel::personIds() const
{
    QVariantList ids;
    for (std::int64_t id : m_personIds)
        ids.append(qint64(id));
    return ids;
}

void TimelineModel::setPersonIds(const QVariantList &ids)
{
    std::vector<std::int64_t> personIds;
    for (const QVariant &id : ids)
        personIds.push_back(id.toLongLong());
    if (personIds == m_personIds)
        return;
    m_personIds = std::move(personIds);
    emit scopeChanged();
    if (m_scope == Scope::People)
        reload();
}

QVariantList TimelineModel::searchIds() const
{
    QVariantList ids;
    for (std::int64_t id : m_searchIds)
        ids.append(qint64(id));
    return ids;
}

void TimelineModel::setSearchIds(const QVariantList &ids)
{
    std::vector<std::int64_t> searchIds;
    searchIds.reserve(std::size_t(ids.size()));
    for (const QVariant &id : ids)
        searchIds.push_back(id.toLongLong());
    if (searchIds == m_searchIds)
        return;
    m_searchIds = std::move(searchIds);
    emit scopeChanged();
    if (m_scope == Scope::Search)
        reload();
}

void TimelineModel::setKeepOrder(bool keep)
{
    if (m_keepOrder == keep)
        return;
    m_keepOrder = keep;
    emit scopeChanged();
    if (m_scope == Scope::Search)
        reload();
}

void TimelineModel::setAlbumId(qint64 id)
{
    if (m_albumId == id)
        return;
    m_albumId = id;
    emit scopeChanged();
    if (m_scope == Scope::Album)
        reload();
}

void TimelineModel::setPlaceCountry(const QString &code)
{
    if (m_placeCountry == code)
        return;
    m_placeCountry = code;
    emit scopeChanged();
    if (m_scope == Scope::Place)
        reload();
}

void TimelineModel::setThingLabel(const QString &label)
{
    if (m_thingLabel == label)
        return;
    m_thingLabel = label;
    emit scopeChanged();
    if (m_scope == Scope::Thing)
        reload();
}

void TimelineModel::setPlaceCity(const QString &city)
{
    if (m_placeCity == city)
        return;
    m_placeCity = city;
    emit scopeChanged();
    if (m_scope == Scope::Place)
        reload();
}

QVariantList TimelineModel::assetIds() const
{
    QVariantList ids;
    for (std::int64_t id : m_assetIds)
        ids.append(qint64(id));
    return ids;
}

void TimelineModel::setAssetIds(const QVariantList &ids)
{
    std::vector<std::int64_t> assetIds;
    for (const QVariant &id : ids)
        assetIds.push_back(id.toLongLong());
    if (assetIds == m_assetIds)
        return;
    m_assetIds = std::move(assetIds);
    emit scopeChanged();
    if (m_scope == Scope::Assets)
        reload();
}

void TimelineModel::setDensity(Density density)
{
    if (m_density == density)
        return;
    m_density = density;
    emit densityChanged();
    relayout();
}

void TimelineModel::setViewWidth(double width)
{
    if (qFuzzyCompare(m_width, width))
        return;
    m_width = width;
    emit viewWidthChanged();
    relayout();
}

void TimelineModel::reload()
{
    if (!services())
        return;
    if ((m_scope == Scope::Folder && m_folderRootId == 0) || (m_scope == Scope::Album && m_albumId == 0) ||
        (m_scope == Scope::Place && m_placeCountry.isEmpty()) || (m_scope == Scope::Thing && m_thingLabel.isEmpty()) ||
        (m_scope == Scope::Search && m_searchIds.empty()) || (m_scope == Scope::Assets && m_assetIds.empty())) {
        setEntries({});
        return;
    }
    TimelineQueries::Scope scope;
    scope.kind = m_scope == Scope::All         ? TimelineQueries::Scope::Kind::All
                 : m_scope == Scope::Favorites ? TimelineQueries::Scope::Kind::Favorites
                 : m_scope == Scope::People    ? TimelineQueries::Scope::Kind::People
                 : m_scope == Scope::Album     ? TimelineQueries::Scope::Kind::Album
                 : m_scope == Scope::Archive   ? TimelineQueries::Scope::Kind::Archive
                 : m_scope == Scope::Trash     ? TimelineQueries::Scope::Kind::Trash
                 : m_scope == Scope::Place     ? TimelineQueries::Scope::Kind::Place
                 : m_scope == Scope::Thing     ? TimelineQueries::Scope::Kind::Thing
                 : m_scope == Scope::Search    ? TimelineQueries::Scope::Kind::Assets
                 : m_scope == Scope::Recent    ? TimelineQueries::Scope::Kind::Recent
                 : m_scope == Scope::Assets    ? TimelineQueries::Scope::Kind::Assets
                                               : TimelineQueries::Scope::Kind::Folder;
    // Recently added: the last 30 days' imports, like Google Photos.
    scope.addedSince = QDateTime::currentSecsSinceEpoch() - 30 * 24 * 3600;
    scope.personIds = m_personIds;
    scope.rootId = m_folderRootId;
    scope.folder = QByteArray::fromHex(m_folderKey.toLatin1());
    scope.albumId = m_albumId;
    scope.countryCode = m_placeCountry;
    scope.city = m_placeCity;
    scope.thingLabel = m_thingLabel;
    if (m_scope == Scope::Search)
        scope.assetIds = m_searchIds;
    if (m_scope == Scope::Assets)
        scope.assetIds = m_assetIds;
    const int generation = ++m_generation;
    m_loading = true;
    emit loadingChanged();
    if (m_entries.empty() && m_scope != Scope::Folder && m_scope != Scope::Album && m_scope != Scope::Trash &&
        m_scope != Scope::Place && m_scope != Scope::Thing && m_scope != Scope::Search && m_scope != Scope::Assets) {
        // First load: the newest photos through the capture-time index, so the
        // first screen does not wait for the whole library to be read.
        services()->catalog().read<std::vector<TimelineEntry>>(
            [scope](Catalog &catalog) {
                return withEditedShapes(catalog, TimelineQueries(catalog).newest(scope, kFirstScreen));
            },
            this,
            [this, generation](Result<std::vector<TimelineEntry>> result) {
                if (generation == m_generation && m_loading && m_entries.empty() && result)
                    setEntries(std::move(result.value()));
            });
    }
    const std::vector<std::int64_t> order =
        m_scope == Scope::Search && m_keepOrder ? m_searchIds : std::vector<std::int64_t>{};
    services()->catalog().read<std::vector<TimelineEntry>>(
        [scope, order](Catalog &catalog) {
            auto entries = withEditedShapes(catalog, TimelineQueries(catalog).entries(scope));
            if (!order.empty()) { // best matches first: the search's order, not the dates'
                std::unordered_map<std::int64_t, std::size_t> rank;
                for (std::size_t i = 0; i < order.size(); ++i)
                    rank.emplace(order[i], i);
                std::stable_sort(entries.begin(), entries.end(), [&](const TimelineEntry &a, const TimelineEntry &b) {
                    return rank[a.assetId] < rank[b.assetId];
                });
            }
            return entries;
        },
        this,
        [this, generation](Result<std::vector<TimelineEntry>> result) {
            if (generation != m_generation)
                return; // a newer load is on its way
            m_loading = false;
            m_error = result ? QString() : result.error();
            if (result)
                setEntries(std::move(result.value()));
            emit loadingChanged();
            emit loaded();
            loadDayPlaces(generation);
        });
}

void TimelineModel::loadDayPlaces(int generation)
{
    // After the entries: the photos show first, the headers name their places a moment later.
    services()->catalog().read<DayPlaces>(
        [language = QLocale().name()](Catalog &catalog) { return DayPlaces::load(catalog, language); }, this,
        [this, generation](Result<DayPlaces> result) {
            if (generation == m_generation && result)
                setDayPlaces(std::move(result.value()));
        });
}

void TimelineModel::setDayPlaces(DayPlaces places)
{
    if (places.isEmpty() && m_dayPlaces.isEmpty())
        return;
    m_dayPlaces = std::move(places);
    if (!m_rows.empty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {TitleRole});
}

std::vector<TimelineEntry> TimelineModel::withEditedShapes(Catalog &catalog, std::vector<TimelineEntry> entries)
{
    if (std::none_of(entries.begin(), entries.end(),
                     [](const TimelineEntry &e) { return !e.editFingerprint.isEmpty(); }))
        return entries;
    QHash<std::int64_t, QByteArray> stacks;
    for (auto &[assetId, stack] : EditRepository(catalog).currentStacks())
        stacks.insert(assetId, std::move(stack));
    for (TimelineEntry &e : entries) {
        if (e.editFingerprint.isEmpty())
            continue;
        if (const auto shown =
                editedshape::shownSize(QSize(e.width, e.height), e.userRotation, stacks.value(e.assetId)))
            e.editedAspect = float(shown->width()) / float(shown->height());
    }
    return entries;
}

void TimelineModel::applyChanged(const QList<qint64> &) { reload(); }

void TimelineModel::applyRemoved(const QList<qint64> &) { reload(); }

void TimelineModel::setEntries(std::vector<TimelineEntry> entries)
{
    const bool sameAssets =
        entries.size() == m_entries.size() &&
        std::equal(entries.begin(), entries.end(), m_entries.begin(),
                   [](const TimelineEntry &a, const TimelineEntry &b) { return a.assetId == b.assetId; });
    m_entries = std::move(entries);
    if (sameAssets && !m_rows.empty()) {
        // Same photos in the same order (a favourite, a rotation): update in
        // place so the view keeps its position.
        TimelineLayout::Options options;
        options.density = TimelineDensity(int(m_density));
        options.width = m_width;
        auto layout = TimelineLayout::build(m_entries, options);
        if (layout.rows.size() == m_rows.size()) {
            m_rows = std::move(layout.rows);
            m_tileX = std::move(layout.x);
            m_tileWidth = std::move(layout.width);
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
            emit rowsLaidOut();
            return;
        }
    }
    relayout();
}

void TimelineModel::relayout()
{
    beginResetModel();
    m_rows.clear();
    m_tileX.clear();
    m_tileWidth.clear();
    m_rowOfEntry.assign(m_entries.size(), 0);
    if (m_width > 0) {
        TimelineLayout::Options options;
        options.density = TimelineDensity(int(m_density));
        options.width = m_width;
        auto layout = TimelineLayout::build(m_entries, options);
        m_rows = std::move(layout.rows);
        m_tileX = std::move(layout.x);
        m_tileWidth = std::move(layout.width);
        for (size_t r = 0; r < m_rows.size(); ++r)
            if (m_rows[r].kind == TimelineLayout::Row::Kind::Photos)
                for (int i = 0; i < m_rows[r].count; ++i)
                    m_rowOfEntry[size_t(m_rows[r].first) + size_t(i)] = int(r);
    }
    endResetModel();
    emit rowsLaidOut();
}

double TimelineModel::contentHeight() const { return m_rows.empty() ? 0 : m_rows.back().y + m_rows.back().height; }

QVariantList TimelineModel::years() const
{
    QVariantList out;
    const double total = contentHeight();
    int lastYear = -1;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const auto &row = m_rows[r];
        if (row.kind != TimelineLayout::Row::Kind::MajorHeader || !row.date.isValid() || row.date.year() == lastYear)
            continue;
        lastYear = row.date.year();
        out.append(QVariantMap{{QStringLiteral("year"), lastYear},
                               {QStringLiteral("row"), int(r)},
                               {QStringLiteral("fraction"), total > 0 ? row.y / total : 0.0}});
    }
    return out;
}

int TimelineModel::rowOfIndex(int entryIndex) const
{
    if (entryIndex < 0 || entryIndex >= int(m_rowOfEntry.size()))
        return -1;
    return m_rowOfEntry[size_t(entryIndex)];
}

int TimelineModel::rowOfYear(int year) const
{
    // Newest first: the first header of that year, else the first one older.
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const auto &row = m_rows[r];
        if (row.kind == TimelineLayout::Row::Kind::MajorHeader && row.date.isValid() && row.date.year() <= year)
            return int(r);
    }
    return m_rows.empty() ? -1 : int(m_rows.size()) - 1;
}

int TimelineModel::rowAtY(double y) const
{
    auto it = std::upper_bound(m_rows.begin(), m_rows.end(), y,
                               [](double value, const TimelineLayout::Row &row) { return value < row.y; });
    return it == m_rows.begin() ? 0 : int(it - m_rows.begin()) - 1;
}

int TimelineModel::nearestInRow(const TimelineLayout::Row &row, double centre) const
{
    int best = row.first;
    for (int k = row.first + 1; k < row.first + row.count; ++k)
        if (std::abs(tileCentre(k) - centre) < std::abs(tileCentre(best) - centre))
            best = k;
    return best;
}

int TimelineModel::verticalNeighbour(int entryIndex, int rows) const
{
    const int r = rowOfIndex(entryIndex);
    if (r < 0 || rows == 0)
        return entryIndex;
    const auto &from = m_rows[size_t(r)];
    const double centre = tileCentre(entryIndex);
    const int step = rows > 0 ? 1 : -1;
    int target = r;
    for (int i = r + step, left = std::abs(rows); left > 0 && i >= 0 && i < int(m_rows.size()); i += step) {
        if (m_rows[size_t(i)].kind == TimelineLayout::Row::Kind::Photos && m_rows[size_t(i)].count > 0) {
            target = i;
            --left;
        }
    }
    return target == r ? entryIndex : nearestInRow(m_rows[size_t(target)], centre);
}

int TimelineModel::pageNeighbour(int entryIndex, double dy) const
{
    const int r = rowOfIndex(entryIndex);
    if (r < 0)
        return entryIndex;
    const double wanted = m_rows[size_t(r)].y + dy;
    int rows = 0; // photo rows between here and there
    const int step = dy > 0 ? 1 : -1;
    for (int i = r + step; i >= 0 && i < int(m_rows.size()); i += step) {
        const auto &row = m_rows[size_t(i)];
        if (row.kind != TimelineLayout::Row::Kind::Photos || row.count == 0)
            continue;
        if (rows > 0 && (dy > 0 ? row.y > wanted : row.y < wanted))
            break;
        ++rows;
    }
    return verticalNeighbour(entryIndex, step * std::max(1, rows));
}

qint64 TimelineModel::assetIdAt(int entryIndex) const
{
    if (entryIndex < 0 || entryIndex >= int(m_entries.size()))
        return 0;
    return m_entries[size_t(entryIndex)].assetId;
}

int TimelineModel::indexOfAsset(qint64 assetId) const
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].assetId == assetId)
            return int(i);
    return -1;
}

QVariantMap TimelineModel::entry(int entryIndex) const
{
    if (entryIndex < 0 || entryIndex >= int(m_entries.size()))
        return {};
    return entryMap(m_entries[size_t(entryIndex)], entryIndex);
}

QVariantMap TimelineModel::entryMap(const TimelineEntry &e, int entryIndex)
{
    return {{QStringLiteral("index"), entryIndex},
            {QStringLiteral("assetId"), qint64(e.assetId)},
            {QStringLiteral("fileId"), qint64(e.fileId)},
            {QStringLiteral("source"), thumbnailSource(e, "grid")},
            {QStringLiteral("preview"), thumbnailSource(e, "preview")},
            {QStringLiteral("full"), thumbnailSource(e, "full")},
            {QStringLiteral("video"), e.kind == MediaKind::Video},
            {QStringLiteral("motion"), e.moving},
            {QStringLiteral("stack"), e.stackCount},
            {QStringLiteral("favorite"), e.favorite},
            {QStringLiteral("available"), e.available},
            {QStringLiteral("aspect"), TimelineLayout::shownAspect(e)},
            {QStringLiteral("edited"), !e.editFingerprint.isEmpty()},
            {QStringLiteral("damaged"), e.damaged},
            {QStringLiteral("fresh"), e.fresh}};
}

QString TimelineModel::localDateText(int entryIndex) const
{
    if (entryIndex < 0 || entryIndex >= int(m_entries.size()))
        return {};
    const QDate date = TimelineLayout::localDate(m_entries[size_t(entryIndex)]);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : tr("Date unknown");
}

} // namespace tintype
