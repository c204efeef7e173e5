// trips and memories: the library's stories (core/stories), and the user's
// choices about them (rename, hide, merge, album; dismiss).
#include "Commands.h"
#include "Output.h"

#include "catalog/Catalog.h"
#include "geo/ReverseGeocoder.h"
#include "stories/Stories.h"
#include "stories/ThumbnailSharpness.h"
#include "thumbs/ThumbnailCache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tintype::cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("stories", text, disambiguation, n);
}

QJsonArray idsToJson(const std::vector<std::int64_t> &ids)
{
    QJsonArray array;
    for (std::int64_t id : ids)
        array.append(double(id));
    return array;
}

QJsonObject tripToJson(const Trip &trip, int number)
{
    return QJsonObject{{QStringLiteral("number"), number},
                       {QStringLiteral("key"), trip.key},
                       {QStringLiteral("title"), trip.title},
                       {QStringLiteral("start"), trip.start.toString(Qt::ISODate)},
                       {QStringLiteral("end"), trip.end.toString(Qt::ISODate)},
                       {QStringLiteral("places"), QJsonArray::fromStringList(trip.places)},
                       {QStringLiteral("countryCodes"), QJsonArray::fromStringList(trip.countryCodes)},
                       {QStringLiteral("hidden"), trip.hidden},
                       {QStringLiteral("albumId"), trip.albumId ? QJsonValue(double(trip.albumId)) : QJsonValue()},
                       {QStringLiteral("coverAssetId"), double(trip.coverAssetId)},
                       {QStringLiteral("bestAssetIds"), idsToJson(trip.bestAssetIds)},
                       {QStringLiteral("assetIds"), idsToJson(trip.assetIds)}};
}
} // namespace

// The stories of a catalog, with sharpness from the library's grid thumbnails
// and country names in the UI language.
struct StoriesSession {
    explicit StoriesSession(Catalog &catalog)
        : cache(ThumbnailCache::defaultDirectory(catalog.path())),
          sharpness(catalog, cache),
          stories(catalog, options())
    {}
    Stories::Options options()
    {
        Stories::Options o;
        if (ReverseGeocoder::shared()) // else the English names Qt knows
            o.countryName = [](const QString &code) { return countryName(code); };
        o.sharpness = [this](const StoryAsset &asset) { return sharpness(asset); };
        return o;
    }
    ThumbnailCache cache;
    ThumbnailSharpness sharpness;
    Stories stories;
};

// Trip N of `trips` (1-based, as listed) or by its key.
const Trip *findTrip(const Stories &stories, const QString &which)
{
    bool number = false;
    const int n = which.toInt(&number);
    if (number)
        return n >= 1 && n <= int(stories.trips().size()) ? &stories.trips()[std::size_t(n - 1)] : nullptr;
    return stories.trip(which);
}

int runTrips(Catalog &catalog, const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    const bool all = args.removeAll(QStringLiteral("--all")) > 0;
    const bool homes = args.removeAll(QStringLiteral("--homes")) > 0;
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const bool known =
        action.isEmpty() || (action == QLatin1String("rename") && args.size() == 2) ||
        ((action == QLatin1String("hide") || action == QLatin1String("show") || action == QLatin1String("album")) &&
         args.size() == 1) ||
        (action == QLatin1String("merge") && args.size() == 2);
    if (!known) {
        err() << tr(
            "Usage: tintype-cli trips [--json] [--all] [--homes] | rename N TITLE | hide N | show N | merge N M | "
            "album N\n");
        return UsageError;
    }
    StoriesSession session(catalog);
    Stories &stories = session.stories;
    if (const Status loaded = stories.load(); !loaded) {
        err() << loaded.error() << "\n";
        return CatalogError;
    }
    if (!action.isEmpty()) {
        const Trip *trip = findTrip(stories, args.first());
        const Trip *other = action == QLatin1String("merge") ? findTrip(stories, args.at(1)) : nullptr;
        if (!trip || (action == QLatin1String("merge") && !other)) {
            err() << tr("No such trip; see tintype-cli trips --all\n");
            return UsageError;
        }
        const QString key = trip->key;
        Status status;
        if (action == QLatin1String("rename"))
            status = stories.renameTrip(key, args.at(1));
        else if (action == QLatin1String("hide") || action == QLatin1String("show"))
            status = stories.hideTrip(key, action == QLatin1String("hide"));
        else if (action == QLatin1String("merge"))
            status = stories.mergeTrips(key, other->key);
        else if (const Result<std::int64_t> album = stories.tripToAlbum(key); album)
            out() << tr("Album %1\n").arg(album.value());
        else
            status = Status::failure(album.error());
        if (!status) {
            err() << status.error() << "\n";
            return CatalogError;
        }
        return Ok;
    }
    if (homes) { // where home was, period by period (trips are measured from it)
        QJsonArray array;
        for (const HomeTimeline::Period &p : stories.homes().periods()) {
            const QString from = QDate::fromJulianDay(2440588 + p.firstDay).toString(Qt::ISODate);
            const QString to = QDate::fromJulianDay(2440588 + p.lastDay).toString(Qt::ISODate);
            if (json)
                array.append(QJsonObject{{QStringLiteral("from"), from},
                                         {QStringLiteral("to"), to},
                                         {QStringLiteral("place"), p.place},
                                         {QStringLiteral("corrected"), p.corrected},
                                         {QStringLiteral("noHome"), p.noHome},
                                         {QStringLiteral("latitude"), p.home.latitude},
                                         {QStringLiteral("longitude"), p.home.longitude}});
            else if (p.noHome)
                out() << tr("Home %1 – %2: none (set by you)\n").arg(from, to);
            else
                out() << tr("Home %1 – %2: %3 (%4, %5)%6\n")
                             .arg(from, to, p.place.isEmpty() ? tr("unnamed place") : p.place)
                             .arg(p.home.latitude, 0, 'f', 4)
                             .arg(p.home.longitude, 0, 'f', 4)
                             .arg(p.corrected ? tr(", set by you") : QString());
        }
        if (json)
            out() << QJsonDocument(array).toJson();
        return Ok;
    }
    QJsonArray array;
    int number = 0;
    const QLocale locale;
    for (const Trip &trip : stories.trips()) {
        ++number;
        if (trip.hidden && !all)
            continue;
        if (json) {
            array.append(tripToJson(trip, number));
            continue;
        }
        out() << QStringLiteral("%1  %2 – %3  %4  (%5)%6\n")
                     .arg(number, 3)
                     .arg(trip.start.toString(Qt::ISODate), trip.end.toString(Qt::ISODate), trip.title,
                          tr("%n photo(s)", "", int(trip.assetIds.size())), trip.hidden ? tr("  hidden") : QString());
    }
    if (json)
        out() << QJsonDocument(array).toJson();
    else if (number == 0)
        out() << tr("No trips found: trips are days away from home (over 50 km) with photos that have a "
                    "position.\n");
    return Ok;
}

int runMemories(Catalog &catalog, const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    QDate on = QDate::currentDate();
    QString dismiss;
    bool usage = false;
    while (!args.isEmpty() && !usage) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--on") && !args.isEmpty())
            on = QDate::fromString(args.takeFirst(), Qt::ISODate);
        else if (option == QLatin1String("dismiss") && args.size() == 1)
            dismiss = args.takeFirst();
        else
            usage = true;
    }
    if (usage || !on.isValid()) {
        err() << tr("Usage: tintype-cli memories [--on YYYY-MM-DD] [--json] | dismiss KEY\n");
        return UsageError;
    }
    StoriesSession session(catalog);
    Stories &stories = session.stories;
    if (const Status loaded = stories.load(); !loaded) {
        err() << loaded.error() << "\n";
        return CatalogError;
    }
    if (!dismiss.isEmpty()) {
        if (const Status status = stories.dismissMemory(dismiss); !status) {
            err() << status.error() << "\n";
            return CatalogError;
        }
        return Ok;
    }
    const std::vector<Memory> memories = stories.memories(on);
    if (json) {
        QJsonArray array;
        for (const Memory &m : memories)
            array.append(QJsonObject{{QStringLiteral("key"), m.key},
                                     {QStringLiteral("title"), m.title},
                                     {QStringLiteral("kind"), Memory::kindName(m.kind)},
                                     {QStringLiteral("from"), m.from.toString(Qt::ISODate)},
                                     {QStringLiteral("to"), m.to.toString(Qt::ISODate)},
                                     {QStringLiteral("coverAssetId"), double(m.coverAssetId)},
                                     {QStringLiteral("assetIds"), idsToJson(m.assetIds)}});
        out() << QJsonDocument(array).toJson();
        return Ok;
    }
    if (memories.empty())
        out() << tr("No memories on %1.\n").arg(on.toString(Qt::ISODate));
    for (const Memory &m : memories)
        out() << QStringLiteral("%1  (%2)  %3\n").arg(m.title, tr("%n photo(s)", "", int(m.assetIds.size())), m.key);
    return Ok;
}

} // namespace tintype::cli
