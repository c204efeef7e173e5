#pragma once

// The in-memory layout of places.bin (core/geo/README.md, "Layout") and the
// geocoder's view of it, shared by the files that implement ReverseGeocoder.
// Internal to core/geo.

#include "geo/ReverseGeocoder.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace tintype {

namespace placesindex {
constexpr quint16 kNoCountry = 0xffff;
constexpr quint16 kSectionFlag = 0x8000; // on City::admin1: a city section (PPLX), never named

struct Header {
    char magic[8];
    quint32 version, columns, rows, countryCount, languageCount, admin1Count, cityCount, cellEdgeCount;
    quint32 countries, languages, admin1, cityStarts, cities, centres;
};
struct Trailer {
    quint32 edgeStarts, edges, strings, stringBytes, total;
};
struct City {
    float lat, lon;
    quint32 population, name;
    quint16 country, admin1;
};
struct Edge {
    float x1, y1, x2, y2;
    quint32 country;
};
static_assert(sizeof(Header) == 64 && sizeof(City) == 20 && sizeof(Edge) == 20);
} // namespace placesindex

struct ReverseGeocoder::Data {
    using Header = placesindex::Header;
    using Trailer = placesindex::Trailer;
    using City = placesindex::City;
    using Edge = placesindex::Edge;
    static constexpr quint16 kNoCountry = placesindex::kNoCountry;
    QFile file;
    const uchar *base = nullptr;
    qint64 size = 0;
    Header header{};
    Trailer trailer{};
    const char *countryCodes = nullptr;
    const quint32 *languages = nullptr;
    const quint32 *admin1 = nullptr;
    const quint32 *cityStarts = nullptr;
    const City *cities = nullptr;
    const quint16 *centres = nullptr;
    const quint32 *edgeStarts = nullptr;
    const Edge *edges = nullptr;
    const char *strings = nullptr;
    double cellDegrees = 0.5;
    // searchTowns: every place's name folded (lower case, no accents), made on the first search.
    mutable std::once_flag foldedOnce;
    mutable std::vector<QString> foldedNames;

    QString string(quint32 offset) const
    {
        if (offset >= trailer.stringBytes)
            return {};
        return QString::fromUtf8(strings + offset);
    }
    // Per language: its code, the official names (version 2 on), the short names (version 3 on).
    quint32 languageStride() const { return 1 + header.countryCount * (header.version >= 3 ? 2 : 1); }
    // `column`: 0 for the official names, countryCount for the short ones.
    QString countryName(const QString &countryCode, const QString &language, quint32 column) const;
    QString code(quint16 country) const
    {
        if (country >= header.countryCount)
            return {};
        return QString::fromLatin1(countryCodes + 2 * country, 2);
    }
    int cellOf(double lat, double lon, int *row = nullptr, int *col = nullptr) const
    {
        const int c = std::clamp(static_cast<int>(std::floor((lon + 180.0) / cellDegrees)), 0,
                                 static_cast<int>(header.columns) - 1);
        const int r =
            std::clamp(static_cast<int>(std::floor((90.0 - lat) / cellDegrees)), 0, static_cast<int>(header.rows) - 1);
        if (row)
            *row = r;
        if (col)
            *col = c;
        return r * static_cast<int>(header.columns) + c;
    }
    quint16 countryAt(double lat, double lon) const;
    quint16 coastCountry(double lat, double lon) const;
    // The country of the nearest border edge within `km`, or only of `country`'s edges when given.
    quint16 nearestEdgeCountry(double lat, double lon, double km, quint16 country = kNoCountry) const;
    template <typename Visit>
    void forCitiesAround(double lat, double lon, double km, Visit visit) const;
    bool allowed(quint16 polygonCountry, quint16 cityCountry) const;
    bool hasDependencies(quint16 country) const;
};

} // namespace tintype
