#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace tintype {

// A trip's title from its places: "Paris" (one town), "Italy: Rome, Florence,
// Venice" (towns of one country, at most three), "France, Italy" (several
// countries), the country alone when no town is known, else "Trip, <dates>".
class TripTitle {
    Q_DECLARE_TR_FUNCTIONS(TripTitle)

public:
    // Country name of an ISO code in the UI language (ReverseGeocoder::countryName).
    using CountryName = std::function<QString(const QString &countryCode)>;
    // The English name Qt knows (QLocale), the code itself when unknown.
    static QString qtCountryName(const QString &countryCode);

    static QString of(const QStringList &places, const QStringList &countryCodes, QDate start, QDate end,
                      const CountryName &countryName = qtCountryName);
};

} // namespace tintype
