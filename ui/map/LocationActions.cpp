#include "LocationActions.h"

#include "AssetActions.h"
#include "CatalogWorker.h"

#include "catalog/Catalog.h"
#include "catalog/PlaceRepository.h"
#include "catalog/UserDecisionRepository.h"
#include "geo/ReverseGeocoder.h"

namespace tintype {

bool LocationActions::apply(Catalog &catalog, const std::vector<std::int64_t> &assetIds, double latitude,
                            double longitude)
{
    if (!UserDecisionRepository(catalog).setLocation(assetIds, latitude, longitude))
        return false;
    if (const ReverseGeocoder *geocoder = ReverseGeocoder::shared()) {
        const Place place = geocoder->placeAt(latitude, longitude);
        PlaceRepository places(catalog);
        for (const std::int64_t id : assetIds)
            places.set({id, latitude, longitude}, {place.countryCode, place.region, place.city},
                       geocoder->dataVersion());
    }
    return true;
}

void LocationActions::setLocation(const QVariantList &assetIds, double latitude, double longitude)
{
    std::vector<std::int64_t> ids;
    for (const QVariant &id : assetIds)
        ids.push_back(id.toLongLong());
    if (!services() || ids.empty())
        return;
    services()->catalog().write<bool>(
        [ids, latitude, longitude](Catalog &catalog) { return apply(catalog, ids, latitude, longitude); }, this,
        [this, assetIds, n = int(ids.size())](const Result<bool> &result) {
            if (!result || !result.value()) {
                const QString message = result ? tr("That is not a position on Earth")
                                               : tr("The location could not be saved: %1").arg(result.error());
                services()->actions()->announce(message);
                emit done(false, message);
                return;
            }
            QList<qint64> changed;
            for (const QVariant &id : assetIds)
                changed.append(id.toLongLong());
            emit services()->assetsChanged(changed);
            emit services()->placesChanged();
            const QString message = tr("Location set for %n photo(s)", nullptr, n);
            services()->actions()->announce(message);
            emit done(true, message);
        });
}

} // namespace tintype
