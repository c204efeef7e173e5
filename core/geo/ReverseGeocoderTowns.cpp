// ReverseGeocoder's towns for the map (townsIn) and the place search (searchTowns).
#include "geo/PlacesIndexData.h"
#include "geo/ReverseGeocoder.h"

#include <QStringList>

namespace tintype {

using namespace placesindex;

namespace {
// Lower case without accents: "Zürich" → "zurich", "Kraków" → "krakow".
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}
} // namespace

std::vector<Town> ReverseGeocoder::townsIn(double south, double west, double north, double east, quint32 minPopulation,
                                           int limit) const
{
    std::vector<Town> out;
    if (!(south <= north) || !(west <= east) || limit <= 0)
        return out;
    int top = 0, bottom = 0, left = 0, right = 0;
    d->cellOf(std::min(90.0, north), std::max(-180.0, west), &top, &left);
    d->cellOf(std::max(-90.0, south), std::min(180.0, east), &bottom, &right);
    std::vector<const City *> found;
    for (int r = top; r <= bottom; ++r) {
        for (int c = left; c <= right; ++c) {
            const int cell = r * int(d->header.columns) + c;
            // Each cell's places are ordered by population: stop at the first too small.
            for (quint32 i = d->cityStarts[cell]; i < d->cityStarts[cell + 1]; ++i) {
                const City &city = d->cities[i];
                if (city.population < minPopulation)
                    break;
                if ((city.admin1 & kSectionFlag) || city.lat < south || city.lat > north || city.lon < west ||
                    city.lon > east)
                    continue;
                found.push_back(&city);
            }
        }
    }
    const size_t kept = std::min(found.size(), size_t(limit));
    std::partial_sort(found.begin(), found.begin() + kept, found.end(),
                      [](const City *a, const City *b) { return a->population > b->population; });
    out.reserve(kept);
    for (size_t i = 0; i < kept; ++i) {
        const City &c = *found[i];
        out.push_back({d->string(c.name), c.admin1 < d->header.admin1Count ? d->string(d->admin1[c.admin1]) : QString(),
                       d->code(c.country), c.lat, c.lon, c.population});
    }
    return out;
}

std::vector<Town> ReverseGeocoder::searchTowns(const QString &text, int limit) const
{
    std::vector<Town> out;
    const QStringList parts = text.split(QLatin1Char(','));
    const QString name = folded(parts.value(0).simplified());
    const QString within = folded(parts.mid(1).join(QLatin1Char(' ')).simplified());
    if (name.isEmpty() || limit <= 0)
        return out;
    std::call_once(d->foldedOnce, [this] {
        d->foldedNames.reserve(d->header.cityCount);
        for (quint32 i = 0; i < d->header.cityCount; ++i)
            d->foldedNames.push_back(folded(d->string(d->cities[i].name)));
    });
    struct Match {
        quint32 index;
        bool exact;
    };
    std::vector<Match> matches;
    for (quint32 i = 0; i < d->header.cityCount; ++i) {
        const City &c = d->cities[i];
        if ((c.admin1 & kSectionFlag) || !d->foldedNames[i].startsWith(name))
            continue;
        if (!within.isEmpty()) {
            const QString code = d->code(c.country);
            const QString region = c.admin1 < d->header.admin1Count ? d->string(d->admin1[c.admin1]) : QString();
            if (!folded(code).startsWith(within) && !folded(countryName(code)).startsWith(within) &&
                !folded(region).startsWith(within))
                continue;
        }
        matches.push_back({i, d->foldedNames[i].size() == name.size()});
    }
    std::sort(matches.begin(), matches.end(), [this](const Match &a, const Match &b) {
        if (a.exact != b.exact)
            return a.exact;
        return d->cities[a.index].population > d->cities[b.index].population;
    });
    for (size_t k = 0; k < matches.size() && int(out.size()) < limit; ++k) {
        const City &c = d->cities[matches[k].index];
        out.push_back({d->string(c.name), c.admin1 < d->header.admin1Count ? d->string(d->admin1[c.admin1]) : QString(),
                       d->code(c.country), c.lat, c.lon, c.population});
    }
    return out;
}

} // namespace tintype
