#include "places/PlaceStage.h"

#include "catalog/Catalog.h"
#include "catalog/PlaceRepository.h"
#include "geo/ReverseGeocoder.h"

#include <vector>

namespace tintype {

namespace {
constexpr int kBatch = 2000;
}

LibraryStage::Outcome PlaceStage::run(Context &context)
{
    m_done = 0;
    m_total = 0;
    Outcome outcome;
    const ReverseGeocoder *geocoder = m_geocoder ? m_geocoder : ReverseGeocoder::shared();
    if (!geocoder) {
        outcome.summary = ReverseGeocoder::installHint(ReverseGeocoder::defaultPath());
        outcome.skipped = true;
        return outcome;
    }
    const std::uint32_t version = geocoder->dataVersion();
    PlaceRepository places(context.catalog);
    int removed = 0;
    Status status = context.catalog.write([&] {
        removed = places.removeWithoutPosition();
        m_total = places.toDoCount(version);
    });
    if (!status) {
        outcome.error = status.error();
        return outcome;
    }
    qint64 named = 0;
    while (!context.cancel.load()) {
        std::vector<PlaceToDo> batch;
        status = context.catalog.read([&] { batch = places.toDo(version, kBatch); });
        if (!status) {
            outcome.error = status.error();
            return outcome;
        }
        if (batch.empty())
            break;
        std::vector<PlaceRecord> found;
        found.reserve(batch.size());
        for (const PlaceToDo &asset : batch) {
            const Place place = geocoder->placeAt(asset.latitude, asset.longitude);
            found.push_back({place.countryCode, place.region, place.city});
            named += !place.city.isEmpty();
        }
        status = context.catalog.write([&] {
            for (std::size_t i = 0; i < batch.size(); ++i)
                places.set(batch[i], found[i], version);
        });
        if (!status) {
            outcome.error = status.error();
            return outcome;
        }
        m_done += static_cast<qint64>(batch.size());
        if (context.progress)
            context.progress(m_done, m_total);
    }
    outcome.cancelled = context.cancel.load();
    outcome.summary = tr("Places: %1 photos, %2 in a town").arg(m_done.load()).arg(named);
    if (removed > 0)
        outcome.summary += tr(", %1 no longer have a position").arg(removed);
    return outcome;
}

} // namespace tintype
