#include "Commands.h"
#include "Output.h"

#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/PlaceRepository.h"
#include "common/NativePath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ls", text); }

QDateTime parseDate(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0));
    }
    return t;
}
} // namespace

int runList(Catalog &catalog, const QStringList &args)
{
    AssetRepository::Filter filter;
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--has-gps")) {
            filter.hasGps = true;
        } else if (a == QLatin1String("--no-gps")) {
            filter.hasGps = false;
        } else if (a == QLatin1String("--camera")) {
            filter.camera = value();
        } else if (a == QLatin1String("--from") || a == QLatin1String("--to")) {
            const QString text = value();
            QDateTime t = parseDate(text);
            if (!t.isValid()) {
                err() << tr("%1 wants a date like 2019-06-12 or 2019-06-12T15:30, not '%2'\n").arg(a, text);
                return UsageError;
            }
            // --to is inclusive of the day given without a time.
            if (a == QLatin1String("--to") && !text.contains(QLatin1Char('T')))
                t = t.addDays(1);
            (a == QLatin1String("--from") ? filter.from : filter.to) = t;
        } else if (a == QLatin1String("--root") || a == QLatin1String("--limit")) {
            bool ok = false;
            const qint64 n = value().toLongLong(&ok);
            if (!ok) {
                err() << tr("%1 takes a number\n").arg(a);
                return UsageError;
            }
            if (a == QLatin1String("--root"))
                filter.rootId = n;
            else
                filter.limit = int(n);
        } else {
            err() << tr("Usage: tintype-cli ls [--json] [--from DATE] [--to DATE] [--camera TEXT] [--has-gps|--no-gps] "
                        "[--root ID] [--limit N]\n");
            return UsageError;
        }
    }

    std::vector<AssetRepository::Listing> rows;
    QJsonArray array;
    const Status status = catalog.read([&] {
        rows = AssetRepository(catalog).list(filter);
        if (json)
            array = listingsToJson(catalog, rows);
    });
    if (!status) {
        err() << status.error() << "\n";
        return CatalogError;
    }
    if (json)
        out() << QJsonDocument(array).toJson();
    else
        printListings(rows);
    return Ok;
}

QJsonArray listingsToJson(Catalog &catalog, const std::vector<AssetRepository::Listing> &rows)
{
    std::vector<std::int64_t> ids;
    ids.reserve(rows.size());
    for (const auto &row : rows)
        ids.push_back(row.asset.id);
    const std::map<std::int64_t, PlaceRecord> places = PlaceRepository(catalog).forAssets(ids);
    QJsonArray array;
    for (const auto &row : rows) {
        QJsonObject o = metadataToJson(row.path, row.asset.metadata);
        o[QStringLiteral("id")] = double(row.asset.id);
        o[QStringLiteral("available")] = row.available;
        const auto place = places.find(row.asset.id);
        o[QStringLiteral("place")] =
            place == places.end() ? QJsonValue()
                                  : placeToJson(place->second.countryCode, place->second.region, place->second.city);
        array.append(o);
    }
    return array;
}

void printListings(const std::vector<AssetRepository::Listing> &rows)
{
    for (const auto &row : rows) {
        const MediaMetadata &m = row.asset.metadata;
        out() << QStringLiteral("%1  %2  %3%4\n")
                     .arg(m.captureTime.isValid() ? m.captureTime.toIsoString().left(19) : tr("(no date)"), -19)
                     .arg(kindName(m.kind), -5)
                     .arg(nativepath::display(row.path))
                     .arg(row.available ? QString() : tr("  (unavailable)"));
    }
}

} // namespace tintype::cli
