#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace tintype {

// A place name for a position. The country comes from the border polygons;
// the city is the town a person would name; both empty at sea.
struct Place {
    QString countryCode; // ISO 3166-1 alpha-2 ("IT"), empty at sea
    QString region;      // admin1 ("Lazio"), may be empty
    QString city;        // "Rome"; empty in wilderness and at sea

    bool isEmpty() const { return countryCode.isEmpty(); }
    bool operator==(const Place &other) const = default;
};

// A town of the index (city sections left out): map labels and place search.
struct Town {
    QString name;        // "Rome"
    QString region;      // admin1, may be empty
    QString countryCode; // ISO alpha-2
    double latitude = 0;
    double longitude = 0;
    quint32 population = 0;
};

// Offline reverse geocoding over places.bin (built by
// core/geo/tools/build_places_index.mjs, installed by packaging/fetch-models.sh):
// GeoNames places of 1,000+ people, Natural Earth 1:10m country borders,
// country names in ~80 languages. The file is memory-mapped; lookups are
// thread-safe and allocate only the returned strings.
class ReverseGeocoder {
    Q_DECLARE_TR_FUNCTIONS(ReverseGeocoder)

public:
    ~ReverseGeocoder();
    ReverseGeocoder(const ReverseGeocoder &) = delete;
    ReverseGeocoder &operator=(const ReverseGeocoder &) = delete;

    // $TINTYPE_PLACES_INDEX when set, else the first <data folder>/tintype/models/places/places.bin
    // (the user's, then the system's: datafiles::locateFile).
    static QString defaultPath();
    static QString installHint(const QString &path);
    static Result<std::unique_ptr<ReverseGeocoder>> open(const QString &path);
    // The index at defaultPath(), opened once per process; null when missing or broken.
    static const ReverseGeocoder *shared();

    // Invalid coordinates give an empty place.
    Place placeAt(double latitude, double longitude) const;
    // Only the country (cheaper): ISO alpha-2 or empty at sea.
    QString countryCodeAt(double latitude, double longitude) const;
    // The country's name in `language` ("de", "pt_BR" → "pt"); English when
    // the language is unknown; the code itself when the code is.
    QString countryName(const QString &countryCode, const QString &language = QStringLiteral("en")) const;
    // The short common name for maps and headings, same fallbacks: "Russia"
    // where countryName() says "Russian Federation", "Russie" in French.
    QString countryShortName(const QString &countryCode, const QString &language = QStringLiteral("en")) const;
    // Towns of at least `minPopulation` people inside the box (west <= east,
    // no wrap over the date line), most populous first, at most `limit`.
    std::vector<Town> townsIn(double south, double west, double north, double east, quint32 minPopulation,
                              int limit) const;
    // Towns whose name starts with `text`, case and accents ignored ("zur"
    // finds Zürich), most populous first; "Paris, US" or "Paris, Texas": the
    // words after a comma must start the country code, country or region name.
    std::vector<Town> searchTowns(const QString &text, int limit) const;
    // Changes whenever the data or the rules change: stored places of an older
    // version are computed again.
    quint32 dataVersion() const;

private:
    ReverseGeocoder();
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace tintype
