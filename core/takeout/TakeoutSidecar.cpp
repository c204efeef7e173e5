#include "takeout/TakeoutSidecar.h"

#include "takeout/TakeoutNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace tintype {

namespace {

// Year 1 to year 9999: anything else is not a date a photo can have.
constexpr qint64 kMinEpochSeconds = -62135596800LL;
constexpr qint64 kMaxEpochSeconds = 253402300799LL;

// A number Google wrote as a JSON number or as a string.
std::optional<double> numberOf(const QJsonValue &value)
{
    double d = 0;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

// {"timestamp": "1696574331", "formatted": "…"}: "0", "", missing or absurd = unknown.
std::optional<qint64> timestampOf(const QJsonValue &holder)
{
    const QJsonValue value = holder.toObject().value(QLatin1String("timestamp"));
    if (value.isString()) {
        bool ok = false;
        const qint64 seconds = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return seconds != 0 && seconds >= kMinEpochSeconds && seconds <= kMaxEpochSeconds
                       ? std::optional<qint64>(seconds)
                       : std::nullopt;
    }
    const std::optional<double> d = numberOf(value);
    if (!d || *d < double(kMinEpochSeconds) || *d > double(kMaxEpochSeconds))
        return std::nullopt;
    const auto seconds = qint64(std::trunc(*d));
    return seconds != 0 ? std::optional<qint64>(seconds) : std::nullopt;
}

// {"latitude": …, "longitude": …, "altitude": …}; 0/0 and out-of-range = unknown.
std::optional<GeoPosition> positionOf(const QJsonValue &holder)
{
    const QJsonObject geo = holder.toObject();
    const std::optional<double> lat = numberOf(geo.value(QLatin1String("latitude")));
    const std::optional<double> lon = numberOf(geo.value(QLatin1String("longitude")));
    if (!lat || !lon || (*lat == 0 && *lon == 0) || std::abs(*lat) > 90 || std::abs(*lon) > 180)
        return std::nullopt;
    GeoPosition p;
    p.latitude = *lat;
    p.longitude = *lon;
    p.altitude = numberOf(geo.value(QLatin1String("altitude")));
    return p;
}

bool flagOf(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    return value.isString() && value.toString().trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString textOf(const QJsonValue &value) { return value.isString() ? value.toString() : QString(); }

bool hasAny(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        if (o.contains(QLatin1String(key)))
            return true;
    return false;
}

// The JSON's top-level object, or a message saying why there is none.
Result<QJsonObject> objectOf(const QByteArray &json)
{
    if (json.size() > kMaxTakeoutJsonBytes)
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("TakeoutSidecar",
                                        "JSON file too large (%1 bytes; a Takeout metadata file is a few KB)")
                .arg(json.size()));
    if (json.trimmed().isEmpty())
        return Result<QJsonObject>::failure(QCoreApplication::translate("TakeoutSidecar", "empty JSON file"));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("TakeoutSidecar", "not valid JSON (%1 at byte %2)")
                .arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("TakeoutSidecar", "the JSON holds no object (a list or a single value)"));
    return doc.object();
}

} // namespace

JsonRole classifyJson(const QString &fileName, const QByteArray &json)
{
    if (isOtherTakeoutJsonFileName(fileName))
        return JsonRole::Other;
    const JsonRole byName = isAlbumMetadataFileName(fileName) ? JsonRole::AlbumMetadata : JsonRole::MediaSidecar;
    if (json.size() > kMaxTakeoutJsonBytes)
        return byName;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return byName;
    if (!doc.isObject())
        return JsonRole::Other; // other tools' JSON (exiftool writes a list)
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("albumData")).isObject())
        return JsonRole::AlbumMetadata;
    if (hasAny(o, {"photoTakenTime", "creationTime", "geoDataExif", "imageViews", "people", "favorited",
                   "googlePhotosOrigin"}))
        return JsonRole::MediaSidecar;
    if (hasAny(o, {"access", "date"}) && o.contains(QLatin1String("title")))
        return JsonRole::AlbumMetadata;
    if (o.contains(QLatin1String("title")) &&
        (byName == JsonRole::AlbumMetadata || hasAny(o, {"description", "geoData", "url"})))
        return byName;
    return JsonRole::Other;
}

Result<TakeoutSidecar> parseMediaSidecar(const QByteArray &json)
{
    const Result<QJsonObject> object = objectOf(json);
    if (!object)
        return Result<TakeoutSidecar>::failure(object.error());
    const QJsonObject &o = object.value();
    if (!hasAny(o, {"title", "photoTakenTime", "creationTime", "geoData", "geoDataExif"}))
        return Result<TakeoutSidecar>::failure(
            QCoreApplication::translate("TakeoutSidecar", "no Google Photos metadata in this JSON file"));

    TakeoutSidecar s;
    s.title = textOf(o.value(QLatin1String("title")));
    s.description = textOf(o.value(QLatin1String("description")));
    s.photoTakenUtc = timestampOf(o.value(QLatin1String("photoTakenTime")));
    s.creationUtc = timestampOf(o.value(QLatin1String("creationTime")));
    s.position = positionOf(o.value(QLatin1String("geoDataExif")));
    if (!s.position)
        s.position = positionOf(o.value(QLatin1String("geoData")));
    s.favorite = flagOf(o.value(QLatin1String("favorited")));
    s.archived = flagOf(o.value(QLatin1String("archived")));
    s.trashed = flagOf(o.value(QLatin1String("trashed")));
    const QJsonArray people = o.value(QLatin1String("people")).toArray();
    for (const QJsonValue person : people) {
        const QString name =
            (person.isString() ? person.toString() : textOf(person.toObject().value(QLatin1String("name")))).trimmed();
        if (!name.isEmpty() && !s.people.contains(name))
            s.people << name;
    }
    return s;
}

Result<TakeoutAlbum> parseAlbumMetadata(const QByteArray &json)
{
    const Result<QJsonObject> object = objectOf(json);
    if (!object)
        return Result<TakeoutAlbum>::failure(object.error());
    const QJsonValue nested = object->value(QLatin1String("albumData"));
    const QJsonObject o = nested.isObject() ? nested.toObject() : object.value();
    if (!hasAny(o, {"title", "date", "description", "access"}))
        return Result<TakeoutAlbum>::failure(
            QCoreApplication::translate("TakeoutSidecar", "no Google Photos album metadata in this JSON file"));

    TakeoutAlbum album;
    album.title = textOf(o.value(QLatin1String("title")));
    album.description = textOf(o.value(QLatin1String("description")));
    album.dateUtc = timestampOf(o.value(QLatin1String("date")));
    return album;
}

} // namespace tintype
