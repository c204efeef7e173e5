#include "Output.h"

#include "common/NativePath.h"

#include <QJsonArray>

#include <cstdio>

#ifdef _WIN32
#include <io.h>
#define isatty _isatty
#else
#include <unistd.h>
#endif

namespace tintype::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool stderrIsTerminal() { return isatty(2) != 0; }

QString kindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Photo: return QStringLiteral("photo");
    case MediaKind::Raw: return QStringLiteral("raw");
    case MediaKind::Video: return QStringLiteral("video");
    case MediaKind::Sidecar: return QStringLiteral("sidecar");
    case MediaKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

namespace {
template <typename T>
QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }
QJsonValue positiveOrNull(int v) { return v > 0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }
} // namespace

QJsonObject metadataToJson(const std::filesystem::path &path, const MediaMetadata &m)
{
    QJsonObject o;
    o[QStringLiteral("path")] = nativepath::display(path);
    o[QStringLiteral("kind")] = kindName(m.kind);
    o[QStringLiteral("format")] = orNull(m.format);
    o[QStringLiteral("capturedAt")] = m.captureTime.isValid() ? QJsonValue(m.captureTime.toIsoString()) : QJsonValue();
    o[QStringLiteral("captureTimeSource")] =
        m.captureTime.isValid() ? QJsonValue(captureTimeSourceName(m.captureTime.source)) : QJsonValue();
    o[QStringLiteral("utcOffsetMinutes")] = orNull(m.captureTime.offsetMinutes);
    o[QStringLiteral("latitude")] = orNull(m.latitude);
    o[QStringLiteral("longitude")] = orNull(m.longitude);
    o[QStringLiteral("altitude")] = orNull(m.altitude);
    // A video turns by its display matrix, in degrees: not an EXIF orientation code.
    if (m.kind == MediaKind::Video)
        o[QStringLiteral("rotation")] = m.rotationDegrees.value_or(0);
    else
        o[QStringLiteral("orientation")] = m.orientation;
    o[QStringLiteral("width")] = positiveOrNull(m.width);
    o[QStringLiteral("height")] = positiveOrNull(m.height);
    o[QStringLiteral("make")] = orNull(m.make);
    o[QStringLiteral("model")] = orNull(m.model);
    o[QStringLiteral("lens")] = orNull(m.lens);
    o[QStringLiteral("iso")] = orNull(m.iso);
    o[QStringLiteral("fNumber")] = orNull(m.fNumber);
    o[QStringLiteral("exposureTime")] = orNull(m.exposureTime);
    o[QStringLiteral("focalLength")] = orNull(m.focalLength);
    o[QStringLiteral("rating")] = orNull(m.rating);
    o[QStringLiteral("keywords")] = QJsonArray::fromStringList(m.keywords);
    o[QStringLiteral("title")] = orNull(m.title);
    o[QStringLiteral("description")] = orNull(m.description);
    o[QStringLiteral("duration")] = orNull(m.durationSeconds);
    if (!m.contentIdentifier.isEmpty()) // Apple Live Photo: still and clip share it
        o[QStringLiteral("contentIdentifier")] = m.contentIdentifier;
    if (!m.burstId.isEmpty())
        o[QStringLiteral("burstId")] = m.burstId;
    if (m.motionClip) // a motion photo's video inside the file: its bytes
        o[QStringLiteral("motionClip")] = QJsonObject{{QStringLiteral("offset"), qint64(m.motionClip->offset)},
                                                      {QStringLiteral("length"), qint64(m.motionClip->length)}};
    if (!m.warnings.isEmpty())
        o[QStringLiteral("warnings")] = QJsonArray::fromStringList(m.warnings);
    return o;
}

QString metadataToText(const std::filesystem::path &path, const MediaMetadata &m)
{
    const QJsonObject o = metadataToJson(path, m);
    static const char *const order[] = {"path",
                                        "kind",
                                        "format",
                                        "capturedAt",
                                        "captureTimeSource",
                                        "utcOffsetMinutes",
                                        "latitude",
                                        "longitude",
                                        "altitude",
                                        "orientation",
                                        "rotation",
                                        "width",
                                        "height",
                                        "make",
                                        "model",
                                        "lens",
                                        "iso",
                                        "fNumber",
                                        "exposureTime",
                                        "focalLength",
                                        "rating",
                                        "keywords",
                                        "title",
                                        "description",
                                        "duration",
                                        "motionClip",
                                        "contentIdentifier",
                                        "burstId",
                                        "warnings"};
    QString text;
    for (const char *key : order) {
        const auto it = o.constFind(QLatin1String(key));
        if (it == o.constEnd())
            continue;
        QString value;
        if (it->isNull())
            continue;
        if (it->isArray()) {
            QStringList items;
            for (const QJsonValue &v : it->toArray())
                items << v.toString();
            if (items.isEmpty())
                continue;
            value = items.join(QStringLiteral("; "));
        } else if (it->isObject()) { // motionClip
            const QJsonObject range = it->toObject();
            value = QStringLiteral("bytes %1 + %2")
                        .arg(qint64(range.value(QLatin1String("offset")).toDouble()))
                        .arg(qint64(range.value(QLatin1String("length")).toDouble()));
        } else if (it->isDouble()) {
            value = QString::number(it->toDouble(), 'g', 10);
        } else {
            value = it->toVariant().toString();
        }
        text += QStringLiteral("%1: %2\n").arg(it.key(), -18).arg(value);
    }
    return text;
}

} // namespace tintype::cli
