#include "stories/TripTitle.h"

#include <QLocale>

namespace tintype {

namespace {
constexpr int kMostPlaces = 3;
}

QString TripTitle::qtCountryName(const QString &countryCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(countryCode);
    return territory == QLocale::AnyTerritory ? countryCode : QLocale::territoryToString(territory);
}

QString TripTitle::of(const QStringList &places, const QStringList &countryCodes, QDate start, QDate end,
                      const CountryName &countryName)
{
    const QString list = tr(", "); // between places; translators may use another separator
    if (countryCodes.size() > 1) {
        QStringList names;
        for (const QString &code : countryCodes.mid(0, kMostPlaces))
            names << countryName(code);
        return names.join(list);
    }
    if (countryCodes.size() == 1) {
        if (places.size() == 1)
            return places.first();
        QString country = countryName(countryCodes.first());
        if (places.isEmpty())
            return country;
        //: A trip through towns of one country: "Italy: Rome, Florence, Venice"
        return tr("%1: %2").arg(country, places.mid(0, kMostPlaces).join(list));
    }
    const QLocale locale;
    return tr("Trip, %1 – %2")
        .arg(locale.toString(start, QLocale::ShortFormat), locale.toString(end, QLocale::ShortFormat));
}

} // namespace tintype
