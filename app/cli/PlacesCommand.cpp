#include "Commands.h"
#include "Output.h"

#include "catalog/Catalog.h"
#include "catalog/PlaceRepository.h"
#include "geo/ReverseGeocoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("places", text); }
} // namespace

QString countryName(const QString &countryCode)
{
    const ReverseGeocoder *geocoder = ReverseGeocoder::shared();
    return geocoder ? geocoder->countryName(countryCode, QLocale().name()) : countryCode;
}

QJsonValue placeToJson(const QString &countryCode, const QString &region, const QString &city)
{
    if (countryCode.isEmpty())
        return QJsonValue::Null;
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject{{QStringLiteral("countryCode"), countryCode},
                       {QStringLiteral("country"), countryName(countryCode)},
                       {QStringLiteral("region"), orNull(region)},
                       {QStringLiteral("city"), orNull(city)}};
}

int runPlaces(Catalog &catalog, const QStringList &args)
{
    const bool json = args.contains(QLatin1String("--json"));
    if (args.size() > (json ? 1 : 0)) {
        err() << tr("Usage: tintype-cli places [--json]\n");
        return UsageError;
    }
    std::vector<PlaceCount> counts;
    const Status status = catalog.read([&] { counts = PlaceRepository(catalog).counts(); });
    if (!status) {
        err() << status.error() << "\n";
        return CatalogError;
    }
    // Countries with the most photos first, each with its cities (most first).
    struct Country {
        QString code;
        qint64 count = 0;
        std::vector<const PlaceCount *> cities;
    };
    std::vector<Country> countries;
    for (const PlaceCount &c : counts) {
        if (countries.empty() || countries.back().code != c.countryCode)
            countries.push_back({c.countryCode, 0, {}});
        countries.back().count += c.count;
        countries.back().cities.push_back(&c);
    }
    std::stable_sort(countries.begin(), countries.end(),
                     [](const Country &a, const Country &b) { return a.count > b.count; });
    if (json) {
        QJsonArray array;
        for (const Country &country : countries) {
            QJsonArray cities;
            for (const PlaceCount *c : country.cities)
                cities.append(QJsonObject{{QStringLiteral("city"), c->city.isEmpty() ? QJsonValue() : c->city},
                                          {QStringLiteral("region"), c->region.isEmpty() ? QJsonValue() : c->region},
                                          {QStringLiteral("count"), double(c->count)},
                                          {QStringLiteral("coverAssetId"), double(c->coverAssetId)}});
            array.append(QJsonObject{{QStringLiteral("countryCode"), country.code},
                                     {QStringLiteral("country"), countryName(country.code)},
                                     {QStringLiteral("count"), double(country.count)},
                                     {QStringLiteral("cities"), cities}});
        }
        out() << QJsonDocument(array).toJson();
        return Ok;
    }
    if (countries.empty()) {
        out() << tr("No places yet: photos with a position get one at 'tintype-cli scan'.\n");
        return Ok;
    }
    for (const Country &country : countries) {
        out() << QStringLiteral("%1 (%2)  %3\n").arg(countryName(country.code), country.code).arg(country.count);
        for (const PlaceCount *c : country.cities)
            out() << QStringLiteral("  %1  %2\n")
                         .arg(c->city.isEmpty() ? tr("(outside towns)") : c->city, -32)
                         .arg(c->count);
    }
    return Ok;
}

} // namespace tintype::cli
